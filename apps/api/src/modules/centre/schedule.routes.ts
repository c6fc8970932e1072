import { ZScheduleApplied, ZScheduleApply, ZScheduleProposals, ZScheduleProposeInput } from '@formasaun/shared';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { actorOf } from '../../platform/http-auth.js';
import type { CentreModule } from './index.js';

export function scheduleRoutes(root: FastifyInstance, centre: CentreModule): void {
  const app = root.withTypeProvider<ZodTypeProvider>();
  const tags = ['schedule'];
  app.post('/api/v1/schedule/propose', { schema: { tags, body: ZScheduleProposeInput, response: { 200: ZScheduleProposals } } }, async (req) =>
    centre.schedule.propose(actorOf(req), req.body),
  );
  app.post('/api/v1/schedule/apply', { schema: { tags, body: ZScheduleApply, response: { 200: ZScheduleApplied } } }, async (req) =>
    centre.schedule.apply(actorOf(req), req.body),
  );
}
