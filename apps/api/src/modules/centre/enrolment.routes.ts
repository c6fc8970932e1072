import {
  ZEnrolment,
  ZEnrolmentBulkDecisionInput,
  ZEnrolmentBulkResult,
  ZEnrolmentDecisionInput,
  ZEnrolmentDirectInput,
  ZEnrolmentNominateInput,
  ZEnrolmentOutcome,
  ZEnrolmentOutcomes,
  ZEnrolmentQueueQuery,
  ZEnrolmentRequestInput,
  ZEnrolmentWithdrawInput,
  ZIdParams,
  ZMyEnrolments,
  ZSessionEnrolments,
  ZTeam,
} from '@formasaun/shared';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../../platform/http-auth.js';
import type { CentreModule } from './index.js';

/** Nominations, requests, decisions, enrolment and withdrawal; the officer's and the supervisor's views. */
export function enrolmentRoutes(root: FastifyInstance, centre: CentreModule): void {
  const app = root.withTypeProvider<ZodTypeProvider>();
  const { enrolment } = centre;
  const tags = ['enrolment'];
  const params = ZIdParams;

  app.get('/api/v1/sessions/:id/enrolments', { schema: { tags, params, response: { 200: ZSessionEnrolments } } }, async (req) =>
    enrolment.sessionEnrolments(actorOf(req), req.params.id),
  );
  app.post('/api/v1/sessions/:id/enrolments', { schema: { tags, params, body: ZEnrolmentDirectInput, response: { 201: ZEnrolmentOutcomes } } }, async (req, reply) =>
    reply.status(201).send({ items: await enrolment.enrolDirectly(actorOf(req), req.params.id, req.body) }),
  );
  app.post('/api/v1/sessions/:id/nominations', { schema: { tags, params, body: ZEnrolmentNominateInput, response: { 201: ZEnrolmentOutcomes } } }, async (req, reply) =>
    reply.status(201).send({ items: await enrolment.nominate(actorOf(req), req.params.id, req.body) }),
  );
  app.post('/api/v1/sessions/:id/requests', { schema: { tags, params, body: ZEnrolmentRequestInput, response: { 201: ZEnrolmentOutcome } } }, async (req, reply) =>
    reply.status(201).send(await enrolment.request(actorOf(req), req.params.id, req.body)),
  );

  app.get('/api/v1/enrolments', { schema: { tags, querystring: ZEnrolmentQueueQuery, response: { 200: z.object({ items: z.array(ZEnrolment) }) } } }, async (req) => ({
    items: await enrolment.queue(actorOf(req), req.query),
  }));
  app.post('/api/v1/enrolments/decisions', { schema: { tags, body: ZEnrolmentBulkDecisionInput, response: { 200: ZEnrolmentBulkResult } } }, async (req) =>
    enrolment.decideMany(actorOf(req), req.body),
  );
  app.post('/api/v1/enrolments/:id/decision', { schema: { tags, params, body: ZEnrolmentDecisionInput, response: { 200: ZEnrolment } } }, async (req) =>
    enrolment.decide(actorOf(req), req.params.id, req.body),
  );
  app.post('/api/v1/enrolments/:id/withdraw', { schema: { tags, params, body: ZEnrolmentWithdrawInput, response: { 200: ZEnrolment } } }, async (req) =>
    enrolment.withdraw(actorOf(req), req.params.id, req.body),
  );

  app.get('/api/v1/me/enrolments', { schema: { tags, response: { 200: ZMyEnrolments } } }, async (req) => enrolment.mine(actorOf(req)));
  app.get('/api/v1/team', { schema: { tags, response: { 200: ZTeam } } }, async (req) => enrolment.team(actorOf(req)));
}
