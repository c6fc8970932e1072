import {
  ZIdParams,
  ZVenue,
  ZVenueClosureInput,
  ZVenueHoliday,
  ZVenueHolidayDayQuery,
  ZVenueHolidayQuery,
  ZVenueHolidaysInput,
  ZVenueInput,
  ZVenueRoom,
  ZVenueRoomClosure,
  ZVenueRoomInput,
  ZVenueRoomUpdate,
  ZVenueUpdate,
} from '@formasaun/shared';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../../platform/http-auth.js';
import type { CentreModule } from './index.js';

const list = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item) });
const noContent = { 204: z.null() };

/** Venues with their rooms and closures, and public holidays: read with CentreRead, written with CentreWrite. */
export function venueRoutes(root: FastifyInstance, centre: CentreModule): void {
  const app = root.withTypeProvider<ZodTypeProvider>();
  const { venues } = centre;
  const tags = ['centre'];
  const params = ZIdParams;

  app.get('/api/v1/venues', { schema: { tags, response: { 200: list(ZVenue) } } }, async (req) => ({ items: await venues.findVenues(actorOf(req)) }));
  app.post('/api/v1/venues', { schema: { tags, body: ZVenueInput, response: { 201: ZVenue } } }, async (req, reply) =>
    reply.status(201).send(await venues.createVenue(actorOf(req), req.body)),
  );
  app.get('/api/v1/venues/:id', { schema: { tags, params, response: { 200: ZVenue } } }, async (req) => venues.getVenue(actorOf(req), req.params.id));
  app.patch('/api/v1/venues/:id', { schema: { tags, params, body: ZVenueUpdate, response: { 200: ZVenue } } }, async (req) =>
    venues.updateVenue(actorOf(req), req.params.id, req.body),
  );
  app.delete('/api/v1/venues/:id', { schema: { tags, params, response: noContent } }, async (req, reply) => {
    await venues.deleteVenue(actorOf(req), req.params.id);
    return reply.status(204).send(null);
  });

  app.post('/api/v1/venues/:id/rooms', { schema: { tags, params, body: ZVenueRoomInput, response: { 201: ZVenueRoom } } }, async (req, reply) =>
    reply.status(201).send(await venues.createRoom(actorOf(req), req.params.id, req.body)),
  );
  app.patch('/api/v1/rooms/:id', { schema: { tags, params, body: ZVenueRoomUpdate, response: { 200: ZVenueRoom } } }, async (req) =>
    venues.updateRoom(actorOf(req), req.params.id, req.body),
  );
  app.delete('/api/v1/rooms/:id', { schema: { tags, params, response: noContent } }, async (req, reply) => {
    await venues.deleteRoom(actorOf(req), req.params.id);
    return reply.status(204).send(null);
  });
  app.post('/api/v1/rooms/:id/closures', { schema: { tags, params, body: ZVenueClosureInput, response: { 201: ZVenueRoomClosure } } }, async (req, reply) =>
    reply.status(201).send(await venues.addClosure(actorOf(req), req.params.id, req.body)),
  );
  app.delete('/api/v1/room-closures/:id', { schema: { tags, params, response: noContent } }, async (req, reply) => {
    await venues.deleteClosure(actorOf(req), req.params.id);
    return reply.status(204).send(null);
  });

  app.get('/api/v1/public-holidays', { schema: { tags, querystring: ZVenueHolidayQuery, response: { 200: list(ZVenueHoliday) } } }, async (req) => ({
    items: await venues.findHolidays(actorOf(req), req.query.year),
  }));
  app.post('/api/v1/public-holidays', { schema: { tags, body: ZVenueHolidaysInput, response: { 200: list(ZVenueHoliday) } } }, async (req) => ({
    items: await venues.addHolidays(actorOf(req), req.body),
  }));
  app.delete('/api/v1/public-holidays', { schema: { tags, querystring: ZVenueHolidayDayQuery, response: noContent } }, async (req, reply) => {
    await venues.deleteHoliday(actorOf(req), req.query.day);
    return reply.status(204).send(null);
  });
}
