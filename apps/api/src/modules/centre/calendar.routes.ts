import { ZCalendarFeed, ZCalendarFeedCreated, ZCalendarFeedInput, ZCalendarFeedQuery, ZCalendarTokenParams, ZIdParams } from '@formasaun/shared';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../../platform/http-auth.js';
import type { CentreModule } from './index.js';

/** Calendar clients poll every hour or so; a burst from one address beyond this is not a calendar. */
const FEED_REQUESTS_PER_MINUTE = 60;

export function calendarRoutes(root: FastifyInstance, centre: CentreModule): void {
  const app = root.withTypeProvider<ZodTypeProvider>();
  const { calendars } = centre;
  const tags = ['calendars'];

  app.post('/api/v1/calendar-feeds', { schema: { tags, body: ZCalendarFeedInput, response: { 201: ZCalendarFeedCreated } } }, async (req, reply) =>
    reply.status(201).send(await calendars.createFeed(actorOf(req), req.body)),
  );
  app.get('/api/v1/calendar-feeds', { schema: { tags, querystring: ZCalendarFeedQuery, response: { 200: z.object({ items: z.array(ZCalendarFeed) }) } } }, async (req) => ({
    items: await calendars.findFeeds(actorOf(req), req.query),
  }));
  app.delete('/api/v1/calendar-feeds/:id', { schema: { tags, params: ZIdParams, response: { 204: z.null() } } }, async (req, reply) => {
    await calendars.revokeFeed(actorOf(req), req.params.id);
    return reply.status(204).send(null);
  });

  // The feed itself: public, addressed by its secret token; the body is text/calendar, not JSON.
  app.get(
    '/api/v1/calendar/:token.ics',
    { schema: { tags, params: ZCalendarTokenParams }, config: { isPublic: true, rateLimit: { max: FEED_REQUESTS_PER_MINUTE, timeWindow: 60_000 } } },
    async (req, reply) => {
      const body = await calendars.feed(req.params.token);
      return reply
        .header('content-type', 'text/calendar; charset=utf-8')
        .header('content-disposition', 'inline; filename="formasaun.ics"')
        .header('cache-control', 'private, max-age=300')
        .send(body);
    },
  );
}
