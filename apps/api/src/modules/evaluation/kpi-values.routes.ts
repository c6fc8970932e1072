import { ZIdParams, ZKpiImportQuery, ZKpiImportResult, ZKpiResults, ZKpiStrategyQuery, ZKpiValues, ZKpiValuesPut } from '@formasaun/shared';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../../platform/http-auth.js';
import type { KpiValuesService } from './kpi-values.service.js';

export function kpiValuesRoutes(root: FastifyInstance, deps: { kpiValues: KpiValuesService; maxUploadBytes: number }) {
  const app = root.withTypeProvider<ZodTypeProvider>();
  const { kpiValues } = deps;
  const tags = ['evaluation'];
  const params = ZIdParams;

  app.get('/api/v1/kpis/:id/values', { schema: { tags, params, response: { 200: ZKpiValues } } }, async (req) => kpiValues.getValues(actorOf(req), req.params.id));
  app.put('/api/v1/kpis/:id/values', { schema: { tags, params, body: ZKpiValuesPut, response: { 200: ZKpiValues } } }, async (req) =>
    kpiValues.putValues(actorOf(req), req.params.id, req.body),
  );
  app.delete('/api/v1/kpi-values/:id', { schema: { tags, params, response: { 204: z.null() } } }, async (req, reply) => {
    await kpiValues.deleteValue(actorOf(req), req.params.id);
    return reply.status(204).send(null);
  });
  app.get('/api/v1/kpi-values.xlsx', { schema: { tags, querystring: ZKpiStrategyQuery } }, async (req, reply) => {
    const file = await kpiValues.exportValues(actorOf(req), req.query);
    return reply.header('content-type', file.contentType).header('content-disposition', `attachment; filename="${file.fileName}"`).send(file.body);
  });
  // The file is the body (application/octet-stream).
  app.post(
    '/api/v1/kpi-values',
    { bodyLimit: deps.maxUploadBytes, schema: { tags, querystring: ZKpiImportQuery, body: z.any(), response: { 200: ZKpiImportResult } } },
    async (req) => kpiValues.importValues(actorOf(req), { fileName: req.query.fileName, bytes: req.body }),
  );
  app.get('/api/v1/evaluation/kpi-results', { schema: { tags, querystring: ZKpiStrategyQuery, response: { 200: ZKpiResults } } }, async (req) =>
    kpiValues.results(actorOf(req), req.query),
  );
}
