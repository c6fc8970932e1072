import { ZReleaseShares, ZReleaseSharesPut, ZTrainerDays, ZTrainerDaysPut, ZTrainerDaysQuery } from '@formasaun/shared';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { actorOf } from '../../platform/http-auth.js';
import type { CapacityService } from './capacity.service.js';

export function capacityRoutes(root: FastifyInstance, capacity: CapacityService) {
  const app = root.withTypeProvider<ZodTypeProvider>();
  const tags = ['capacity'];

  app.get('/api/v1/capacity/trainer-days', { schema: { tags, querystring: ZTrainerDaysQuery, response: { 200: ZTrainerDays } } }, async (req) =>
    capacity.getTrainerDays(actorOf(req), req.query),
  );
  app.put('/api/v1/capacity/trainer-days', { schema: { tags, body: ZTrainerDaysPut, response: { 200: ZTrainerDays } } }, async (req) =>
    capacity.putTrainerDays(actorOf(req), req.body),
  );
  app.get('/api/v1/capacity/release-shares', { schema: { tags, response: { 200: ZReleaseShares } } }, async (req) => capacity.getReleaseShares(actorOf(req)));
  app.put('/api/v1/capacity/release-shares', { schema: { tags, body: ZReleaseSharesPut, response: { 200: ZReleaseShares } } }, async (req) =>
    capacity.putReleaseShares(actorOf(req), req.body),
  );
}
