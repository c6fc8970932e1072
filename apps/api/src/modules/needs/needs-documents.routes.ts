import { ZIdParams, ZPaperImportQuery, ZPaperImportResult, ZPaperQuery, ZReportQuery } from '@formasaun/shared';
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../../platform/http-auth.js';
import type { NeedsModule } from './index.js';
import type { PdfFile } from './report.service.js';

const download = (reply: FastifyReply, file: PdfFile) =>
  reply.header('content-type', file.contentType).header('content-disposition', `attachment; filename="${file.fileName}"`).send(file.body);

/** The needs context's documents: the TNA report, and the paper fallback (printable forms, template, import). */
export function needsDocumentRoutes(root: FastifyInstance, module: Pick<NeedsModule, 'reports' | 'paper'>) {
  const app = root.withTypeProvider<ZodTypeProvider>();
  const tags = ['needs'];
  const params = ZIdParams;

  app.get('/api/v1/campaigns/:id/report.pdf', { schema: { tags, params, querystring: ZReportQuery } }, async (req, reply) =>
    download(reply, await module.reports.tnaReport(actorOf(req), req.params.id, req.query)),
  );
  app.get('/api/v1/campaigns/:id/paper-forms.pdf', { schema: { tags, params, querystring: ZPaperQuery } }, async (req, reply) =>
    download(reply, await module.paper.paperForms(actorOf(req), req.params.id, req.query)),
  );
  app.get('/api/v1/campaigns/:id/paper-template.xlsx', { schema: { tags, params, querystring: ZPaperQuery } }, async (req, reply) =>
    download(reply, await module.paper.paperTemplate(actorOf(req), req.params.id, req.query)),
  );
  // The file is the body (application/octet-stream); the campaign is checked before the body is looked at.
  app.post(
    '/api/v1/campaigns/:id/paper-import',
    { schema: { tags, params, querystring: ZPaperImportQuery, body: z.any(), response: { 200: ZPaperImportResult } } },
    async (req) => module.paper.importPaper(actorOf(req), req.params.id, { fileName: req.query.fileName, bytes: Buffer.isBuffer(req.body) ? req.body : undefined }),
  );
}
