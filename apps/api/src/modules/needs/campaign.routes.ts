import { ZCampaignClosed, ZCampaignCreate, ZCampaignDetail, ZCampaignList, ZCampaignUpdate, ZIdParams, ZRemindersSent } from '@formasaun/shared';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { actorOf } from '../../platform/http-auth.js';
import type { CampaignService } from './campaign.service.js';

export function campaignRoutes(root: FastifyInstance, campaigns: CampaignService) {
  const app = root.withTypeProvider<ZodTypeProvider>();
  const tags = ['needs'];

  app.get('/api/v1/campaigns', { schema: { tags, response: { 200: ZCampaignList } } }, async (req) => campaigns.findCampaigns(actorOf(req)));
  app.post('/api/v1/campaigns', { schema: { tags, body: ZCampaignCreate, response: { 201: ZCampaignDetail } } }, async (req, reply) =>
    reply.status(201).send(await campaigns.createCampaign(actorOf(req), req.body)),
  );
  app.get('/api/v1/campaigns/:id', { schema: { tags, params: ZIdParams, response: { 200: ZCampaignDetail } } }, async (req) =>
    campaigns.getCampaign(actorOf(req), req.params.id),
  );
  app.patch('/api/v1/campaigns/:id', { schema: { tags, params: ZIdParams, body: ZCampaignUpdate, response: { 200: ZCampaignDetail } } }, async (req) =>
    campaigns.updateCampaign(actorOf(req), req.params.id, req.body),
  );
  app.post('/api/v1/campaigns/:id/open', { schema: { tags, params: ZIdParams, response: { 200: ZCampaignDetail } } }, async (req) =>
    campaigns.openCampaign(actorOf(req), req.params.id),
  );
  app.post('/api/v1/campaigns/:id/close', { schema: { tags, params: ZIdParams, response: { 200: ZCampaignClosed } } }, async (req) =>
    campaigns.closeCampaign(actorOf(req), req.params.id),
  );
  app.post('/api/v1/campaigns/:id/reminders', { schema: { tags, params: ZIdParams, response: { 200: ZRemindersSent } } }, async (req) =>
    campaigns.sendReminders(actorOf(req), req.params.id),
  );
}
