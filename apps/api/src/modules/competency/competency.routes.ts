import {
  ZFramework,
  ZFrameworkCreate,
  ZFrameworkEdit,
  ZFrameworkEditResult,
  ZFrameworkVersionDetail,
  ZIdParams,
  ZPriority,
  ZPriorityInput,
  ZPriorityUpdate,
  ZRoleProfileGrid,
  ZRoleProfileImportQuery,
  ZRoleProfilePut,
  ZRoleProfileResult,
} from '@formasaun/shared';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../../platform/http-auth.js';
import type { CompetencyModule } from './index.js';

const list = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item) });

export function competencyRoutes(root: FastifyInstance, module: CompetencyModule) {
  const app = root.withTypeProvider<ZodTypeProvider>();
  const { frameworks, roleProfiles, priorities } = module;
  const tags = ['competency'];

  app.get('/api/v1/frameworks', { schema: { tags, response: { 200: list(ZFramework) } } }, async (req) => ({
    items: await frameworks.findFrameworks(actorOf(req)),
  }));
  app.post('/api/v1/frameworks', { schema: { tags, body: ZFrameworkCreate, response: { 201: ZFramework } } }, async (req, reply) =>
    reply.status(201).send(await frameworks.createFramework(actorOf(req), req.body)),
  );
  app.get('/api/v1/framework-versions/:id', { schema: { tags, params: ZIdParams, response: { 200: ZFrameworkVersionDetail } } }, async (req) =>
    frameworks.getFrameworkVersion(actorOf(req), req.params.id),
  );
  app.post(
    '/api/v1/framework-versions/:id/edits',
    { schema: { tags, params: ZIdParams, body: ZFrameworkEdit, response: { 200: ZFrameworkEditResult } } },
    async (req) => frameworks.editFrameworkVersion(actorOf(req), req.params.id, req.body),
  );

  app.get('/api/v1/framework-versions/:id/role-profiles', { schema: { tags, params: ZIdParams, response: { 200: ZRoleProfileGrid } } }, async (req) =>
    roleProfiles.getRoleProfiles(actorOf(req), req.params.id),
  );
  app.put(
    '/api/v1/framework-versions/:id/role-profiles',
    { schema: { tags, params: ZIdParams, body: ZRoleProfilePut, response: { 200: ZRoleProfileResult } } },
    async (req) => roleProfiles.putRoleProfiles(actorOf(req), req.params.id, req.body),
  );
  app.get('/api/v1/framework-versions/:id/role-profiles/export', { schema: { tags, params: ZIdParams } }, async (req, reply) => {
    const file = await roleProfiles.exportRoleProfiles(actorOf(req), req.params.id);
    return reply.header('content-type', file.contentType).header('content-disposition', `attachment; filename="${file.fileName}"`).send(file.body);
  });
  app.post(
    '/api/v1/framework-versions/:id/role-profiles/import',
    { schema: { tags, params: ZIdParams, querystring: ZRoleProfileImportQuery, body: z.any(), response: { 200: ZRoleProfileResult } } },
    // The body is checked after the version, so a foreign version id answers 404 whatever was sent.
    async (req) => roleProfiles.importRoleProfiles(actorOf(req), req.params.id, { fileName: req.query.fileName, bytes: req.body }),
  );

  app.get('/api/v1/priorities', { schema: { tags, response: { 200: list(ZPriority) } } }, async (req) => ({
    items: await priorities.findPriorities(actorOf(req)),
  }));
  app.post('/api/v1/priorities', { schema: { tags, body: ZPriorityInput, response: { 201: ZPriority } } }, async (req, reply) =>
    reply.status(201).send(await priorities.createPriority(actorOf(req), req.body)),
  );
  app.patch('/api/v1/priorities/:id', { schema: { tags, params: ZIdParams, body: ZPriorityUpdate, response: { 200: ZPriority } } }, async (req) =>
    priorities.updatePriority(actorOf(req), req.params.id, req.body),
  );
  app.delete('/api/v1/priorities/:id', { schema: { tags, params: ZIdParams, response: { 204: z.null() } } }, async (req, reply) => {
    await priorities.deletePriority(actorOf(req), req.params.id);
    return reply.status(204).send(null);
  });
}
