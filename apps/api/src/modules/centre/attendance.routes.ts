import {
  ZAttendanceGrid,
  ZAttendanceUpdate,
  ZCertificatePdfQuery,
  ZIdParams,
  ZResultsList,
  ZResultsUpdate,
  ZSignInImportQuery,
  ZSignInImportResult,
} from '@formasaun/shared';
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../../platform/http-auth.js';
import type { CentreFile } from './attendance-sheet.service.js';
import type { CentreModule } from './index.js';

/** Sends a generated file as a download. */
export const sendFile = (reply: FastifyReply, file: CentreFile) =>
  reply.header('content-type', file.contentType).header('content-disposition', `attachment; filename="${file.fileName}"`).send(file.body);

export function attendanceRoutes(root: FastifyInstance, centre: CentreModule): void {
  const app = root.withTypeProvider<ZodTypeProvider>();
  const tags = ['centre'];
  const params = ZIdParams;
  const { attendance } = centre;

  app.get('/api/v1/sessions/:id/attendance', { schema: { tags, params, response: { 200: ZAttendanceGrid } } }, async (req) =>
    attendance.getAttendance(actorOf(req), req.params.id),
  );
  app.put('/api/v1/sessions/:id/attendance', { schema: { tags, params, body: ZAttendanceUpdate, response: { 200: ZAttendanceGrid } } }, async (req) =>
    attendance.recordAttendance(actorOf(req), req.params.id, req.body),
  );
  app.get('/api/v1/sessions/:id/results', { schema: { tags, params, response: { 200: ZResultsList } } }, async (req) =>
    attendance.getResults(actorOf(req), req.params.id),
  );
  app.put('/api/v1/sessions/:id/results', { schema: { tags, params, body: ZResultsUpdate, response: { 200: ZResultsList } } }, async (req) =>
    attendance.recordResults(actorOf(req), req.params.id, req.body),
  );

  app.get('/api/v1/sessions/:id/sign-in-sheet.pdf', { schema: { tags, params, querystring: ZCertificatePdfQuery } }, async (req, reply) =>
    sendFile(reply, await attendance.signInSheetPdf(actorOf(req), req.params.id, req.query.lang)),
  );
  app.get('/api/v1/sessions/:id/sign-in-sheet.xlsx', { schema: { tags, params } }, async (req, reply) =>
    sendFile(reply, await attendance.signInSheetXlsx(actorOf(req), req.params.id)),
  );
  app.post(
    '/api/v1/sessions/:id/sign-in-sheet',
    {
      bodyLimit: centre.certificates.maxUploadBytes,
      schema: { tags, params, querystring: ZSignInImportQuery, body: z.any(), response: { 200: ZSignInImportResult } },
    },
    async (req) => attendance.importSignInSheet(actorOf(req), req.params.id, { fileName: req.query.fileName, bytes: req.body }),
  );
}
