import { ZAdministration, ZAdministrationCreate, ZHealth } from '@formasaun/shared';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../../platform/http-auth.js';
import type { AdministrationService } from './administration.service.js';

export function administrationRoutes(root: FastifyInstance, deps: { administrations: AdministrationService }) {
  const app = root.withTypeProvider<ZodTypeProvider>();
  const { administrations } = deps;

  app.get('/api/health', { schema: { tags: ['platform'], response: { 200: ZHealth, 503: ZHealth } }, config: { isPublic: true } }, async (_req, reply) => {
    const health = await administrations.health();
    return reply.status(health.status === 'ok' ? 200 : 503).send(health);
  });

  app.get(
    '/api/v1/administrations',
    { schema: { tags: ['platform'], response: { 200: z.object({ items: z.array(ZAdministration) }) } } },
    async (req) => ({ items: await administrations.findAdministrations(actorOf(req)) }),
  );

  app.post(
    '/api/v1/administrations',
    { schema: { tags: ['platform'], body: ZAdministrationCreate, response: { 201: ZAdministration } } },
    async (req, reply) => reply.status(201).send(await administrations.createAdministration(actorOf(req), req.body)),
  );
}
