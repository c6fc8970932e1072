import {
  ZEnvelope,
  ZEnvelopeInput,
  ZEnvelopeQuery,
  ZEnvelopeUpdate,
  ZFundingSettings,
  ZFundingSettingsUpdate,
  ZFundingSource,
  ZFundingSourceInput,
  ZFundingSourceUpdate,
  ZFundingTotals,
  ZFundingTotalsQuery,
  ZIdParams,
} from '@formasaun/shared';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../../platform/http-auth.js';
import { capacityRoutes } from './capacity.routes.js';
import type { FundingModule } from './index.js';

const list = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item) });
const noContent = { 204: z.null() };

export function fundingRoutes(root: FastifyInstance, module: FundingModule) {
  const app = root.withTypeProvider<ZodTypeProvider>();
  const { funding } = module;
  const tags = ['funding'];
  const params = ZIdParams;

  app.get('/api/v1/funding/settings', { schema: { tags, response: { 200: ZFundingSettings } } }, async (req) => funding.getSettings(actorOf(req)));
  app.put('/api/v1/funding/settings', { schema: { tags, body: ZFundingSettingsUpdate, response: { 200: ZFundingSettings } } }, async (req) =>
    funding.updateSettings(actorOf(req), req.body),
  );
  app.get('/api/v1/funding/totals', { schema: { tags, querystring: ZFundingTotalsQuery, response: { 200: ZFundingTotals } } }, async (req) =>
    funding.totals(actorOf(req), req.query),
  );

  app.get('/api/v1/funding-sources', { schema: { tags, response: { 200: list(ZFundingSource) } } }, async (req) => ({
    items: await funding.findSources(actorOf(req)),
  }));
  app.post('/api/v1/funding-sources', { schema: { tags, body: ZFundingSourceInput, response: { 201: ZFundingSource } } }, async (req, reply) =>
    reply.status(201).send(await funding.createSource(actorOf(req), req.body)),
  );
  app.get('/api/v1/funding-sources/:id', { schema: { tags, params, response: { 200: ZFundingSource } } }, async (req) =>
    funding.getSource(actorOf(req), req.params.id),
  );
  app.patch('/api/v1/funding-sources/:id', { schema: { tags, params, body: ZFundingSourceUpdate, response: { 200: ZFundingSource } } }, async (req) =>
    funding.updateSource(actorOf(req), req.params.id, req.body),
  );
  app.delete('/api/v1/funding-sources/:id', { schema: { tags, params, response: noContent } }, async (req, reply) => {
    await funding.deleteSource(actorOf(req), req.params.id);
    return reply.status(204).send(null);
  });

  app.get('/api/v1/budget-envelopes', { schema: { tags, querystring: ZEnvelopeQuery, response: { 200: list(ZEnvelope) } } }, async (req) => ({
    items: await funding.findEnvelopes(actorOf(req), req.query),
  }));
  app.post('/api/v1/budget-envelopes', { schema: { tags, body: ZEnvelopeInput, response: { 201: ZEnvelope } } }, async (req, reply) =>
    reply.status(201).send(await funding.createEnvelope(actorOf(req), req.body)),
  );
  app.patch('/api/v1/budget-envelopes/:id', { schema: { tags, params, body: ZEnvelopeUpdate, response: { 200: ZEnvelope } } }, async (req) =>
    funding.updateEnvelope(actorOf(req), req.params.id, req.body),
  );
  app.delete('/api/v1/budget-envelopes/:id', { schema: { tags, params, response: noContent } }, async (req, reply) => {
    await funding.deleteEnvelope(actorOf(req), req.params.id);
    return reply.status(204).send(null);
  });

  capacityRoutes(root, module.capacity);
}
