import { ZCertificateList, ZIdParams, ZMyLearning, ZMySessions, ZOfficerTraining } from '@formasaun/shared';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { actorOf } from '../../platform/http-auth.js';
import type { CentreModule } from './index.js';

/** An officer's training record and the personal views; served by the certificate service, which holds them. */
export function learningRoutes(root: FastifyInstance, centre: CentreModule): void {
  const app = root.withTypeProvider<ZodTypeProvider>();
  const tags = ['centre'];
  const params = ZIdParams;
  const { certificates } = centre;

  app.get('/api/v1/officers/:id/training', { schema: { tags, params, response: { 200: ZOfficerTraining } } }, async (req) =>
    certificates.officerTraining(actorOf(req), req.params.id),
  );
  app.get('/api/v1/me/learning', { schema: { tags, response: { 200: ZMyLearning } } }, async (req) => certificates.myLearning(actorOf(req)));
  app.get('/api/v1/me/certificates', { schema: { tags, response: { 200: ZCertificateList } } }, async (req) => ({
    items: await certificates.myCertificates(actorOf(req)),
  }));
  app.get('/api/v1/me/sessions', { schema: { tags, response: { 200: ZMySessions } } }, async (req) => certificates.mySessions(actorOf(req)));
}
