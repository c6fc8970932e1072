import {
  ZIdParams,
  ZSessionCost,
  ZSessionCostInput,
  ZSessionCostUpdate,
  ZSessionDetail,
  ZSessionInput,
  ZSessionQuery,
  ZSessionStatusChange,
  ZSessionSummary,
  ZSessionsFromPlan,
  ZSessionsFromPlanResult,
  ZSessionUpdate,
} from '@formasaun/shared';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../../platform/http-auth.js';
import type { CentreModule } from './index.js';

const list = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item) });

export function sessionRoutes(root: FastifyInstance, centre: CentreModule): void {
  const app = root.withTypeProvider<ZodTypeProvider>();
  const { sessions } = centre;
  const tags = ['sessions'];
  const params = ZIdParams;

  app.get('/api/v1/sessions', { schema: { tags, querystring: ZSessionQuery, response: { 200: list(ZSessionSummary) } } }, async (req) => ({
    items: await sessions.find(actorOf(req), req.query),
  }));
  app.post('/api/v1/sessions', { schema: { tags, body: ZSessionInput, response: { 201: ZSessionDetail } } }, async (req, reply) =>
    reply.status(201).send(await sessions.create(actorOf(req), req.body)),
  );
  app.post('/api/v1/sessions/from-plan', { schema: { tags, body: ZSessionsFromPlan, response: { 200: ZSessionsFromPlanResult } } }, async (req) =>
    sessions.fromPlan(actorOf(req), req.body),
  );
  app.get('/api/v1/sessions/:id', { schema: { tags, params, response: { 200: ZSessionDetail } } }, async (req) => sessions.get(actorOf(req), req.params.id));
  app.patch('/api/v1/sessions/:id', { schema: { tags, params, body: ZSessionUpdate, response: { 200: ZSessionDetail } } }, async (req) =>
    sessions.update(actorOf(req), req.params.id, req.body),
  );
  app.post('/api/v1/sessions/:id/status', { schema: { tags, params, body: ZSessionStatusChange, response: { 200: ZSessionDetail } } }, async (req) =>
    sessions.changeStatus(actorOf(req), req.params.id, req.body),
  );

  app.get('/api/v1/sessions/:id/costs', { schema: { tags, params, response: { 200: list(ZSessionCost) } } }, async (req) => ({
    items: await sessions.findCosts(actorOf(req), req.params.id),
  }));
  app.post('/api/v1/sessions/:id/costs', { schema: { tags, params, body: ZSessionCostInput, response: { 201: ZSessionCost } } }, async (req, reply) =>
    reply.status(201).send(await sessions.createCost(actorOf(req), req.params.id, req.body)),
  );
  app.patch('/api/v1/session-costs/:id', { schema: { tags, params, body: ZSessionCostUpdate, response: { 200: ZSessionCost } } }, async (req) =>
    sessions.updateCost(actorOf(req), req.params.id, req.body),
  );
  app.delete('/api/v1/session-costs/:id', { schema: { tags, params, response: { 204: z.null() } } }, async (req, reply) => {
    await sessions.deleteCost(actorOf(req), req.params.id);
    return reply.status(204).send(null);
  });
}
