import {
  ZIdParams,
  ZTrainerDetail,
  ZTrainerEvidenceInput,
  ZTrainerInput,
  ZTrainerLeave,
  ZTrainerLeaveInput,
  ZTrainerQualificationInput,
  ZTrainerQualificationItem,
  ZTrainerQualificationStatusInput,
  ZTrainerQuery,
  ZTrainerSummary,
  ZTrainerUpdate,
} from '@formasaun/shared';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../../platform/http-auth.js';
import type { CentreModule } from './index.js';

const list = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item) });
const noContent = { 204: z.null() };

/** The trainer pool: read with CentreRead (a trainer reads their own record), written with CentreWrite. */
export function trainerRoutes(root: FastifyInstance, centre: CentreModule): void {
  const app = root.withTypeProvider<ZodTypeProvider>();
  const { trainers } = centre;
  const tags = ['centre'];
  const params = ZIdParams;

  app.get('/api/v1/trainers', { schema: { tags, querystring: ZTrainerQuery, response: { 200: list(ZTrainerSummary) } } }, async (req) => ({
    items: await trainers.findTrainers(actorOf(req), req.query),
  }));
  app.post('/api/v1/trainers', { schema: { tags, body: ZTrainerInput, response: { 201: ZTrainerDetail } } }, async (req, reply) =>
    reply.status(201).send(await trainers.createTrainer(actorOf(req), req.body)),
  );
  app.get('/api/v1/trainers/me', { schema: { tags, response: { 200: ZTrainerDetail } } }, async (req) => trainers.getOwnTrainer(actorOf(req)));
  app.get('/api/v1/trainers/:id', { schema: { tags, params, response: { 200: ZTrainerDetail } } }, async (req) => trainers.getTrainer(actorOf(req), req.params.id));
  app.patch('/api/v1/trainers/:id', { schema: { tags, params, body: ZTrainerUpdate, response: { 200: ZTrainerDetail } } }, async (req) =>
    trainers.updateTrainer(actorOf(req), req.params.id, req.body),
  );
  app.delete('/api/v1/trainers/:id', { schema: { tags, params, response: noContent } }, async (req, reply) => {
    await trainers.deleteTrainer(actorOf(req), req.params.id);
    return reply.status(204).send(null);
  });

  app.post(
    '/api/v1/trainers/:id/qualifications',
    { schema: { tags, params, body: ZTrainerQualificationInput, response: { 201: ZTrainerQualificationItem } } },
    async (req, reply) => reply.status(201).send(await trainers.addQualification(actorOf(req), req.params.id, req.body)),
  );
  app.patch(
    '/api/v1/trainer-qualifications/:id',
    { schema: { tags, params, body: ZTrainerQualificationStatusInput, response: { 200: ZTrainerQualificationItem } } },
    async (req) => trainers.changeQualificationStatus(actorOf(req), req.params.id, req.body),
  );
  app.delete('/api/v1/trainer-qualifications/:id', { schema: { tags, params, response: noContent } }, async (req, reply) => {
    await trainers.deleteQualification(actorOf(req), req.params.id);
    return reply.status(204).send(null);
  });
  app.post(
    '/api/v1/trainer-qualifications/:id/events',
    { schema: { tags, params, body: ZTrainerEvidenceInput, response: { 201: ZTrainerQualificationItem } } },
    async (req, reply) => reply.status(201).send(await trainers.addEvidence(actorOf(req), req.params.id, req.body)),
  );

  app.post('/api/v1/trainers/:id/leave', { schema: { tags, params, body: ZTrainerLeaveInput, response: { 201: ZTrainerLeave } } }, async (req, reply) =>
    reply.status(201).send(await trainers.addLeave(actorOf(req), req.params.id, req.body)),
  );
  app.patch('/api/v1/trainer-leave/:id', { schema: { tags, params, body: ZTrainerLeaveInput, response: { 200: ZTrainerLeave } } }, async (req) =>
    trainers.updateLeave(actorOf(req), req.params.id, req.body),
  );
  app.delete('/api/v1/trainer-leave/:id', { schema: { tags, params, response: noContent } }, async (req, reply) => {
    await trainers.deleteLeave(actorOf(req), req.params.id);
    return reply.status(204).send(null);
  });
}
