import {
  ZIdParams,
  ZLocation,
  ZLocationCreate,
  ZOrgUnit,
  ZOrgUnitClose,
  ZOrgUnitCreate,
  ZOrgUnitMove,
  ZOrgUnitUpdate,
  ZPosition,
  ZPositionCreate,
} from '@formasaun/shared';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../../platform/http-auth.js';
import type { OrgUnitService } from './org-unit.service.js';
import type { ReferenceService } from './reference.service.js';

const list = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item) });

export function organisationRoutes(root: FastifyInstance, deps: { orgUnits: OrgUnitService; reference: ReferenceService }) {
  const app = root.withTypeProvider<ZodTypeProvider>();
  const { orgUnits, reference } = deps;
  const tags = ['organisation'];

  app.get('/api/v1/org-units', { schema: { tags, response: { 200: list(ZOrgUnit) } } }, async (req) => ({
    items: await orgUnits.findOrgUnits(actorOf(req)),
  }));
  app.post('/api/v1/org-units', { schema: { tags, body: ZOrgUnitCreate, response: { 201: ZOrgUnit } } }, async (req, reply) =>
    reply.status(201).send(await orgUnits.createOrgUnit(actorOf(req), req.body)),
  );
  app.patch('/api/v1/org-units/:id', { schema: { tags, params: ZIdParams, body: ZOrgUnitUpdate, response: { 200: ZOrgUnit } } }, async (req) =>
    orgUnits.updateOrgUnit(actorOf(req), req.params.id, req.body),
  );
  app.post('/api/v1/org-units/:id/move', { schema: { tags, params: ZIdParams, body: ZOrgUnitMove, response: { 200: ZOrgUnit } } }, async (req) =>
    orgUnits.moveOrgUnit(actorOf(req), req.params.id, req.body.parentId),
  );
  app.post('/api/v1/org-units/:id/close', { schema: { tags, params: ZIdParams, body: ZOrgUnitClose, response: { 200: ZOrgUnit } } }, async (req) =>
    orgUnits.closeOrgUnit(actorOf(req), req.params.id, req.body.closedOn),
  );

  app.get('/api/v1/locations', { schema: { tags, response: { 200: list(ZLocation) } } }, async (req) => ({
    items: await reference.findLocations(actorOf(req)),
  }));
  app.post('/api/v1/locations', { schema: { tags, body: ZLocationCreate, response: { 201: ZLocation } } }, async (req, reply) =>
    reply.status(201).send(await reference.createLocation(actorOf(req), req.body)),
  );
  app.get('/api/v1/positions', { schema: { tags, response: { 200: list(ZPosition) } } }, async (req) => ({
    items: await reference.findPositions(actorOf(req)),
  }));
  app.post('/api/v1/positions', { schema: { tags, body: ZPositionCreate, response: { 201: ZPosition } } }, async (req, reply) =>
    reply.status(201).send(await reference.createPosition(actorOf(req), req.body)),
  );
}
