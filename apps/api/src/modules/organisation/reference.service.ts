import type { TLocation, TLocationCreate, TPosition, TPositionCreate } from '@formasaun/shared';
import { type Actor, requirePermission, tenantOf } from '../../platform/actor.js';
import type { Database } from '../../platform/db.js';
import type { LocationRepository, PositionRepository } from './location.repository.js';
import { presentLocation, presentPosition } from './organisation.presenter.js';

/** Locations and positions: the reference lists officers point to. */
export function makeReferenceService(deps: { database: Database; locations: LocationRepository; positions: PositionRepository }) {
  const { database, locations, positions } = deps;
  return {
    async findLocations(actor: Actor): Promise<TLocation[]> {
      requirePermission(actor, 'LocationRead');
      return database.transaction(tenantOf(actor), async (tx) => (await locations.findAll(tx, actor.administrationId)).map(presentLocation));
    },
    async createLocation(actor: Actor, input: TLocationCreate): Promise<TLocation> {
      requirePermission(actor, 'LocationWrite');
      return database.transaction(tenantOf(actor), async (tx) =>
        presentLocation(await locations.insert(tx, { administrationId: actor.administrationId, ...input })),
      );
    },
    async findPositions(actor: Actor): Promise<TPosition[]> {
      requirePermission(actor, 'PositionRead');
      return database.transaction(tenantOf(actor), async (tx) => (await positions.findAll(tx, actor.administrationId)).map(presentPosition));
    },
    async createPosition(actor: Actor, input: TPositionCreate): Promise<TPosition> {
      requirePermission(actor, 'PositionWrite');
      return database.transaction(tenantOf(actor), async (tx) =>
        presentPosition(await positions.insert(tx, { administrationId: actor.administrationId, ...input })),
      );
    },
  };
}
export type ReferenceService = ReturnType<typeof makeReferenceService>;
