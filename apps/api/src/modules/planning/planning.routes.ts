import {
  ZIdParams,
  ZPin,
  ZPinDelete,
  ZPlanCreate,
  ZPlanDetail,
  ZPlanDocumentQuery,
  ZPlanList,
  ZPlanProgress,
  ZPlanRename,
  ZRunEdit,
  ZScenarioCreate,
} from '@formasaun/shared';
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../../platform/http-auth.js';
import type { PlanFile } from './documents.service.js';
import type { PlanningModule } from './index.js';

const download = (reply: FastifyReply, file: PlanFile) =>
  reply.header('content-type', file.contentType).header('content-disposition', `attachment; filename="${file.fileName}"`).send(file.body);

export function planningRoutes(root: FastifyInstance, module: PlanningModule) {
  const app = root.withTypeProvider<ZodTypeProvider>();
  const tags = ['planning'];
  const params = ZIdParams;
  const { plans, optimisation, documents } = module;
  // A closing server stops its solvers and stores their best plans before the database goes.
  root.addHook('onClose', () => optimisation.shutdown());

  app.get('/api/v1/plans', { schema: { tags, response: { 200: ZPlanList } } }, async (req) => plans.findPlans(actorOf(req)));
  app.post('/api/v1/plans', { schema: { tags, body: ZPlanCreate, response: { 201: ZPlanDetail } } }, async (req, reply) =>
    reply.status(201).send(await plans.createPlan(actorOf(req), req.body)),
  );
  app.get('/api/v1/plans/:id', { schema: { tags, params, response: { 200: ZPlanDetail } } }, async (req) => plans.getPlan(actorOf(req), req.params.id));
  app.patch('/api/v1/plans/:id', { schema: { tags, params, body: ZPlanRename, response: { 200: ZPlanDetail } } }, async (req) =>
    plans.renamePlan(actorOf(req), req.params.id, req.body.name),
  );
  app.delete('/api/v1/plans/:id', { schema: { tags, params, response: { 204: z.null() } } }, async (req, reply) => {
    await plans.deletePlan(actorOf(req), req.params.id);
    return reply.status(204).send(null);
  });
  app.post('/api/v1/plans/:id/scenarios', { schema: { tags, params, body: ZScenarioCreate, response: { 201: ZPlanDetail } } }, async (req, reply) =>
    reply.status(201).send(await plans.createScenario(actorOf(req), req.params.id, req.body)),
  );
  app.put('/api/v1/plans/:id/pins', { schema: { tags, params, body: ZPin, response: { 200: ZPlanDetail } } }, async (req) =>
    plans.pin(actorOf(req), req.params.id, req.body),
  );
  app.delete('/api/v1/plans/:id/pins', { schema: { tags, params, body: ZPinDelete, response: { 200: ZPlanDetail } } }, async (req) =>
    plans.unpin(actorOf(req), req.params.id, req.body),
  );
  app.put('/api/v1/plans/:id/runs', { schema: { tags, params, body: ZRunEdit, response: { 200: ZPlanDetail } } }, async (req) =>
    plans.editRun(actorOf(req), req.params.id, req.body),
  );
  app.post('/api/v1/plans/:id/approve', { schema: { tags, params, response: { 200: ZPlanDetail } } }, async (req) => plans.approvePlan(actorOf(req), req.params.id));

  app.post('/api/v1/plans/:id/optimise', { schema: { tags, params, response: { 202: ZPlanProgress } } }, async (req, reply) =>
    reply.status(202).send(await optimisation.optimise(actorOf(req), req.params.id)),
  );
  app.get('/api/v1/plans/:id/progress', { schema: { tags, params, response: { 200: ZPlanProgress } } }, async (req) =>
    optimisation.progress(actorOf(req), req.params.id),
  );
  app.post('/api/v1/plans/:id/cancel', { schema: { tags, params, response: { 200: ZPlanProgress } } }, async (req) =>
    optimisation.cancel(actorOf(req), req.params.id),
  );

  app.get('/api/v1/plans/:id/document.pdf', { schema: { tags, params, querystring: ZPlanDocumentQuery } }, async (req, reply) =>
    download(reply, await documents.planPdf(actorOf(req), req.params.id, req.query)),
  );
  app.get('/api/v1/plans/:id/export.xlsx', { schema: { tags, params, querystring: ZPlanDocumentQuery } }, async (req, reply) =>
    download(reply, await documents.planXlsx(actorOf(req), req.params.id, req.query)),
  );
  app.get('/api/v1/plans/:id/instance.json', { schema: { tags, params } }, async (req, reply) =>
    download(reply, await documents.instanceJson(actorOf(req), req.params.id)),
  );
}
