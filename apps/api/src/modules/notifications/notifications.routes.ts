import { ZIdParams, ZNotificationPage, ZNotificationQuery, ZNotificationReadAll, ZNotificationUnread, ZOutboxPage, ZOutboxQuery } from '@formasaun/shared';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../../platform/http-auth.js';
import type { NotificationsModule } from './index.js';

export function notificationsRoutes(root: FastifyInstance, notifications: NotificationsModule): void {
  const app = root.withTypeProvider<ZodTypeProvider>();
  const { inbox } = notifications;
  const tags = ['notifications'];

  app.get('/api/v1/notifications', { schema: { tags, querystring: ZNotificationQuery, response: { 200: ZNotificationPage } } }, async (req) =>
    inbox.findMine(actorOf(req), req.query),
  );
  app.get('/api/v1/notifications/unread-count', { schema: { tags, response: { 200: ZNotificationUnread } } }, async (req) => inbox.unreadCount(actorOf(req)));
  app.post('/api/v1/notifications/:id/read', { schema: { tags, params: ZIdParams, response: { 204: z.null() } } }, async (req, reply) => {
    await inbox.markRead(actorOf(req), req.params.id);
    return reply.status(204).send(null);
  });
  app.post('/api/v1/notifications/read-all', { schema: { tags, response: { 200: ZNotificationReadAll } } }, async (req) => inbox.readAll(actorOf(req)));
  app.get('/api/v1/notifications/outbox', { schema: { tags, querystring: ZOutboxQuery, response: { 200: ZOutboxPage } } }, async (req) =>
    inbox.findOutbox(actorOf(req), req.query),
  );
}
