import { ZIdParams, ZUser, ZUserCreate, ZUserUpdate } from '@formasaun/shared';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../../platform/http-auth.js';
import type { UsersService } from './users.service.js';

export function usersRoutes(root: FastifyInstance, deps: { users: UsersService }) {
  const app = root.withTypeProvider<ZodTypeProvider>();
  const tags = ['users'];
  app.get('/api/v1/users', { schema: { tags, response: { 200: z.object({ items: z.array(ZUser) }) } } }, async (req) => ({
    items: await deps.users.findUsers(actorOf(req)),
  }));
  app.post('/api/v1/users', { schema: { tags, body: ZUserCreate, response: { 201: ZUser } } }, async (req, reply) =>
    reply.status(201).send(await deps.users.createUser(actorOf(req), req.body)),
  );
  app.patch('/api/v1/users/:id', { schema: { tags, params: ZIdParams, body: ZUserUpdate, response: { 200: ZUser } } }, async (req) =>
    deps.users.updateUser(actorOf(req), req.params.id, req.body),
  );
}
