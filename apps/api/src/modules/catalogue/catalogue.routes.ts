import {
  ZCatalogueInstalled,
  ZCourse,
  ZCourseCreate,
  ZCourseImportQuery,
  ZCourseImportResult,
  ZCourseList,
  ZCourseListQuery,
  ZCourseUpdate,
  ZIdParams,
} from '@formasaun/shared';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../../platform/http-auth.js';
import type { CatalogueModule } from './index.js';

export function catalogueRoutes(root: FastifyInstance, module: CatalogueModule & { maxUploadBytes: number }) {
  const app = root.withTypeProvider<ZodTypeProvider>();
  const { courses, exchange } = module;
  const tags = ['catalogue'];

  app.get('/api/v1/courses', { schema: { tags, querystring: ZCourseListQuery, response: { 200: ZCourseList } } }, async (req) =>
    courses.findCourses(actorOf(req), req.query),
  );
  app.post('/api/v1/courses', { schema: { tags, body: ZCourseCreate, response: { 201: ZCourse } } }, async (req, reply) =>
    reply.status(201).send(await courses.createCourse(actorOf(req), req.body)),
  );
  app.get('/api/v1/courses/export', { schema: { tags } }, async (req, reply) => {
    const file = await exchange.exportCatalogue(actorOf(req));
    return reply.header('content-type', file.contentType).header('content-disposition', `attachment; filename="${file.fileName}"`).send(file.body);
  });
  app.post(
    '/api/v1/courses/import',
    { bodyLimit: module.maxUploadBytes, schema: { tags, querystring: ZCourseImportQuery, body: z.any(), response: { 200: ZCourseImportResult } } },
    async (req) => exchange.importCatalogue(actorOf(req), { fileName: req.query.fileName, bytes: req.body }),
  );
  app.post('/api/v1/courses/install-default', { schema: { tags, response: { 201: ZCatalogueInstalled } } }, async (req, reply) =>
    reply.status(201).send(await courses.installDefault(actorOf(req))),
  );
  app.get('/api/v1/courses/:id', { schema: { tags, params: ZIdParams, response: { 200: ZCourse } } }, async (req) =>
    courses.getCourse(actorOf(req), req.params.id),
  );
  app.patch('/api/v1/courses/:id', { schema: { tags, params: ZIdParams, body: ZCourseUpdate, response: { 200: ZCourse } } }, async (req) =>
    courses.updateCourse(actorOf(req), req.params.id, req.body),
  );
  app.post('/api/v1/courses/:id/archive', { schema: { tags, params: ZIdParams, response: { 200: ZCourse } } }, async (req) =>
    courses.archiveCourse(actorOf(req), req.params.id),
  );
  app.post('/api/v1/courses/:id/restore', { schema: { tags, params: ZIdParams, response: { 200: ZCourse } } }, async (req) =>
    courses.restoreCourse(actorOf(req), req.params.id),
  );
  app.delete('/api/v1/courses/:id', { schema: { tags, params: ZIdParams, response: { 204: z.null() } } }, async (req, reply) => {
    await courses.deleteCourse(actorOf(req), req.params.id);
    return reply.status(204).send(null);
  });
}
