import {
  ZComparison,
  ZCompareQuery,
  ZDrilldown,
  ZDrilldownQuery,
  ZHeatmap,
  ZHeatmapQuery,
  ZIdParams,
  ZNeedsList,
  ZNeedsQuery,
  ZOfficerProfile,
  ZPlanningGroups,
  ZPlanningGroupsQuery,
  ZProfileQuery,
  ZResultsExportQuery,
} from '@formasaun/shared';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { actorOf } from '../../platform/http-auth.js';
import type { ResultsService } from './results.service.js';

export function resultsRoutes(root: FastifyInstance, results: ResultsService) {
  const app = root.withTypeProvider<ZodTypeProvider>();
  const tags = ['needs'];
  const params = ZIdParams;

  app.get('/api/v1/campaigns/:id/heatmap', { schema: { tags, params, querystring: ZHeatmapQuery, response: { 200: ZHeatmap } } }, async (req) =>
    results.heatmap(actorOf(req), req.params.id, req.query),
  );
  app.get('/api/v1/campaigns/:id/needs', { schema: { tags, params, querystring: ZNeedsQuery, response: { 200: ZNeedsList } } }, async (req) =>
    results.rankedNeeds(actorOf(req), req.params.id, req.query.limit),
  );
  app.get('/api/v1/campaigns/:id/profile', { schema: { tags, params, querystring: ZProfileQuery, response: { 200: ZOfficerProfile } } }, async (req) =>
    results.officerProfile(actorOf(req), req.params.id, req.query.officerId),
  );
  app.get('/api/v1/campaigns/:id/compare', { schema: { tags, params, querystring: ZCompareQuery, response: { 200: ZComparison } } }, async (req) =>
    results.compare(actorOf(req), req.params.id, req.query.with, req.query.by),
  );
  app.get('/api/v1/campaigns/:id/drilldown', { schema: { tags, params, querystring: ZDrilldownQuery, response: { 200: ZDrilldown } } }, async (req) =>
    results.drilldown(actorOf(req), req.params.id, req.query),
  );
  app.get('/api/v1/campaigns/:id/results/export', { schema: { tags, params, querystring: ZResultsExportQuery } }, async (req, reply) => {
    const file = await results.exportResults(actorOf(req), req.params.id, req.query);
    return reply.header('content-type', file.contentType).header('content-disposition', `attachment; filename="${file.fileName}"`).send(file.body);
  });
  app.get(
    '/api/v1/campaigns/:id/planning-groups',
    { schema: { tags, params, querystring: ZPlanningGroupsQuery, response: { 200: ZPlanningGroups } } },
    async (req) => results.planningGroups(actorOf(req), req.params.id, req.query),
  );
}
