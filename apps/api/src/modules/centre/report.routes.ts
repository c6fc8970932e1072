import { ZCentreYearQuery, ZPlanVsActual, ZSustainability } from '@formasaun/shared';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { actorOf } from '../../platform/http-auth.js';
import type { CentreModule } from './index.js';

export function reportRoutes(root: FastifyInstance, centre: CentreModule): void {
  const app = root.withTypeProvider<ZodTypeProvider>();
  const tags = ['centre-reports'];
  app.get('/api/v1/centre/plan-vs-actual', { schema: { tags, querystring: ZCentreYearQuery, response: { 200: ZPlanVsActual } } }, async (req) =>
    centre.reports.planVsActual(actorOf(req), req.query.year),
  );
  app.get('/api/v1/centre/sustainability', { schema: { tags, querystring: ZCentreYearQuery, response: { 200: ZSustainability } } }, async (req) =>
    centre.reports.sustainability(actorOf(req), req.query.year),
  );
}
