import {
  ZExportQuery,
  ZIdParams,
  ZOfficer,
  ZOfficerDetail,
  ZOfficerInput,
  ZOfficerListQuery,
  ZOfficerPage,
  ZOfficerUpdate,
  ZStaffSummary,
} from '@formasaun/shared';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { actorOf } from '../../platform/http-auth.js';
import type { OfficerService } from './officer.service.js';
import type { StaffExportService } from './staff-export.service.js';

export function officerRoutes(root: FastifyInstance, deps: { officers: OfficerService; staffExport: StaffExportService }) {
  const app = root.withTypeProvider<ZodTypeProvider>();
  const { officers, staffExport } = deps;
  const tags = ['staff'];

  app.get('/api/v1/officers', { schema: { tags, querystring: ZOfficerListQuery, response: { 200: ZOfficerPage } } }, async (req) =>
    officers.findOfficers(actorOf(req), req.query),
  );
  app.get(
    '/api/v1/officers/export',
    { schema: { tags, querystring: ZOfficerListQuery.omit({ page: true, pageSize: true }).extend(ZExportQuery.shape) } },
    async (req, reply) => {
      const file = await staffExport.exportStaff(actorOf(req), req.query, req.query.format);
      return reply
        .header('content-type', file.contentType)
        .header('content-disposition', `attachment; filename="${file.fileName}"`)
        .send(file.body);
    },
  );
  app.get('/api/v1/officers/:id', { schema: { tags, params: ZIdParams, response: { 200: ZOfficerDetail } } }, async (req) =>
    officers.getOfficer(actorOf(req), req.params.id),
  );
  app.post('/api/v1/officers', { schema: { tags, body: ZOfficerInput, response: { 201: ZOfficer } } }, async (req, reply) =>
    reply.status(201).send(await officers.createOfficer(actorOf(req), req.body)),
  );
  app.patch('/api/v1/officers/:id', { schema: { tags, params: ZIdParams, body: ZOfficerUpdate, response: { 200: ZOfficerDetail } } }, async (req) =>
    officers.updateOfficer(actorOf(req), req.params.id, req.body),
  );
  app.get('/api/v1/staff-summary', { schema: { tags, response: { 200: ZStaffSummary } } }, async (req) =>
    officers.staffSummary(actorOf(req)),
  );
}
