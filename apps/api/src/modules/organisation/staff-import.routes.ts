import { ZIdParams, ZImportOptions, ZImportPreview, ZImportResult, ZImportUploadQuery } from '@formasaun/shared';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError } from '../../platform/errors.js';
import { actorOf } from '../../platform/http-auth.js';
import type { StaffImportService } from './staff-import.service.js';

export function staffImportRoutes(root: FastifyInstance, deps: { staffImport: StaffImportService; maxUploadBytes: number }) {
  const app = root.withTypeProvider<ZodTypeProvider>();
  const { staffImport } = deps;
  const tags = ['staff import'];

  app.post(
    '/api/v1/imports/staff',
    {
      bodyLimit: deps.maxUploadBytes,
      schema: { tags, querystring: ZImportUploadQuery, body: z.any(), response: { 201: ZImportPreview } },
    },
    async (req, reply) => {
      if (!Buffer.isBuffer(req.body)) {
        throw new AppError('UNSUPPORTED_MEDIA_TYPE', { message: 'send the file itself as application/octet-stream' });
      }
      const preview = await staffImport.uploadStaff(actorOf(req), { fileName: req.query.fileName, bytes: req.body, createMissing: req.query.createMissing });
      return reply.status(201).send(preview);
    },
  );
  app.get('/api/v1/imports/staff/:id', { schema: { tags, params: ZIdParams, response: { 200: ZImportPreview } } }, async (req) =>
    staffImport.getStaffImport(actorOf(req), req.params.id),
  );
  app.put(
    '/api/v1/imports/staff/:id',
    { schema: { tags, params: ZIdParams, body: ZImportOptions.partial(), response: { 200: ZImportPreview } } },
    async (req) => staffImport.updateStaffImport(actorOf(req), req.params.id, req.body),
  );
  app.post('/api/v1/imports/staff/:id/commit', { schema: { tags, params: ZIdParams, response: { 200: ZImportResult } } }, async (req) =>
    staffImport.commitStaffImport(actorOf(req), req.params.id),
  );
}
