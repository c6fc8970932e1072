import {
  ZAssessorUpdate,
  ZCampaignFormPage,
  ZCampaignFormsQuery,
  ZForm,
  ZFormSummaryList,
  ZIdParams,
  ZRatingsUpdate,
  ZReopen,
  ZTeamGrid,
  ZTeamRatingsUpdate,
} from '@formasaun/shared';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { actorOf } from '../../platform/http-auth.js';
import type { FormService } from './form.service.js';

export function formRoutes(root: FastifyInstance, forms: FormService) {
  const app = root.withTypeProvider<ZodTypeProvider>();
  const tags = ['needs'];

  app.get('/api/v1/my/assessment-forms', { schema: { tags, response: { 200: ZFormSummaryList } } }, async (req) => forms.findMyForms(actorOf(req)));
  app.get('/api/v1/assessment-forms/:id', { schema: { tags, params: ZIdParams, response: { 200: ZForm } } }, async (req) =>
    forms.getForm(actorOf(req), req.params.id),
  );
  app.put('/api/v1/assessment-forms/:id/ratings', { schema: { tags, params: ZIdParams, body: ZRatingsUpdate, response: { 200: ZForm } } }, async (req) =>
    forms.saveRatings(actorOf(req), req.params.id, req.body),
  );
  app.post('/api/v1/assessment-forms/:id/submit', { schema: { tags, params: ZIdParams, response: { 200: ZForm } } }, async (req) =>
    forms.submitForm(actorOf(req), req.params.id),
  );
  app.post('/api/v1/assessment-forms/:id/reopen', { schema: { tags, params: ZIdParams, body: ZReopen, response: { 200: ZForm } } }, async (req) =>
    forms.reopenForm(actorOf(req), req.params.id, req.body.reason),
  );
  app.put('/api/v1/assessment-forms/:id/assessor', { schema: { tags, params: ZIdParams, body: ZAssessorUpdate, response: { 200: ZForm } } }, async (req) =>
    forms.setAssessor(actorOf(req), req.params.id, req.body.assessorOfficerId),
  );
  app.get(
    '/api/v1/campaigns/:id/forms',
    { schema: { tags, params: ZIdParams, querystring: ZCampaignFormsQuery, response: { 200: ZCampaignFormPage } } },
    async (req) => forms.findCampaignForms(actorOf(req), req.params.id, req.query),
  );
  app.get('/api/v1/campaigns/:id/team', { schema: { tags, params: ZIdParams, response: { 200: ZTeamGrid } } }, async (req) =>
    forms.getTeam(actorOf(req), req.params.id),
  );
  app.put('/api/v1/campaigns/:id/team', { schema: { tags, params: ZIdParams, body: ZTeamRatingsUpdate, response: { 200: ZTeamGrid } } }, async (req) =>
    forms.saveTeam(actorOf(req), req.params.id, req.body),
  );
}
