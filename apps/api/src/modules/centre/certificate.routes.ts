import {
  ZCentreLogo,
  ZCertificate,
  ZCertificateList,
  ZCertificatePdfQuery,
  ZCertificateRevoke,
  ZIdParams,
  ZVerifyParams,
  ZVerifyResult,
} from '@formasaun/shared';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../../platform/http-auth.js';
import { sendFile } from './attendance.routes.js';
import type { CentreModule } from './index.js';
import { learningRoutes } from './learning.routes.js';

export function certificateRoutes(root: FastifyInstance, centre: CentreModule): void {
  const app = root.withTypeProvider<ZodTypeProvider>();
  const tags = ['centre'];
  const params = ZIdParams;
  const { certificates } = centre;

  app.get('/api/v1/sessions/:id/certificates', { schema: { tags, params, response: { 200: ZCertificateList } } }, async (req) => ({
    items: await certificates.sessionCertificates(actorOf(req), req.params.id),
  }));
  app.get('/api/v1/certificates/:id.pdf', { schema: { tags, params, querystring: ZCertificatePdfQuery } }, async (req, reply) =>
    sendFile(reply, await certificates.certificatePdf(actorOf(req), req.params.id, req.query.lang)),
  );
  app.post('/api/v1/certificates/:id/revoke', { schema: { tags, params, body: ZCertificateRevoke, response: { 200: ZCertificate } } }, async (req) =>
    certificates.revoke(actorOf(req), req.params.id, req.body.reason),
  );
  app.get(
    '/api/v1/verify/:code',
    {
      schema: { tags, params: ZVerifyParams, response: { 200: ZVerifyResult } },
      config: { isPublic: true, rateLimit: { max: certificates.verifyPerMinute, timeWindow: 60_000 } },
    },
    async (req) => certificates.verify(req.params.code),
  );

  app.get('/api/v1/centre/logo', { schema: { tags, response: { 200: ZCentreLogo } } }, async (req) => certificates.getLogo(actorOf(req)));
  app.put('/api/v1/centre/logo', { bodyLimit: 512 * 1024, schema: { tags, body: z.any(), response: { 200: ZCentreLogo } } }, async (req) =>
    certificates.setLogo(actorOf(req), req.body),
  );
  app.delete('/api/v1/centre/logo', { schema: { tags, response: { 204: z.null() } } }, async (req, reply) => {
    await certificates.deleteLogo(actorOf(req));
    return reply.status(204).send(null);
  });

  learningRoutes(root, centre);
}
