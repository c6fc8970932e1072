import type { TOrgUnit, TOrgUnitCreate, TOrgUnitUpdate } from '@formasaun/shared';
import { type Actor, requirePermission, tenantOf } from '../../platform/actor.js';
import type { Database, Tx } from '../../platform/db.js';
import { conflict, invalid, notFound } from '../../platform/errors.js';
import type { LocationRepository } from './location.repository.js';
import type { OrgUnitRepository } from './org-unit.repository.js';
import { presentOrgUnit } from './organisation.presenter.js';

export function makeOrgUnitService(deps: { database: Database; orgUnits: OrgUnitRepository; locations: LocationRepository }) {
  const { database, orgUnits, locations } = deps;

  async function getOne(tx: Tx, actor: Actor, id: string): Promise<TOrgUnit> {
    const all = await orgUnits.findAll(tx, actor.administrationId);
    const unit = all.find((u) => u.id === id);
    if (!unit) throw notFound('org unit');
    return presentOrgUnit(unit);
  }

  async function checkRefs(tx: Tx, actor: Actor, parentId: string | null | undefined, locationId: string | null | undefined) {
    if (parentId) {
      const parent = await orgUnits.find(tx, actor.administrationId, parentId);
      if (!parent) throw notFound('parent org unit');
      if (parent.closedOn) throw conflict('the parent org unit is closed');
    }
    if (locationId && !(await locations.find(tx, actor.administrationId, locationId))) throw notFound('location');
  }

  /** A head is an active officer of this administration sitting in the unit or above it (a director sits in the directorate). */
  async function checkHead(tx: Tx, actor: Actor, unitId: string, headOfficerId: string | null | undefined) {
    if (!headOfficerId) return;
    const officer = await orgUnits.findHeadCandidate(tx, actor.administrationId, headOfficerId);
    if (!officer) throw notFound('officer');
    const field = (message: string) => invalid(`the head ${message}`, [{ path: 'body.headOfficerId', message }]);
    if (officer.status !== 'active') throw field('is not an active officer');
    if (!(await orgUnits.ancestorIds(tx, actor.administrationId, unitId)).includes(officer.orgUnitId)) {
      throw field('must belong to the unit or to a unit above it');
    }
  }

  return {
    async findOrgUnits(actor: Actor): Promise<TOrgUnit[]> {
      requirePermission(actor, 'OrgUnitRead');
      return database.transaction(tenantOf(actor), async (tx) =>
        (await orgUnits.findAll(tx, actor.administrationId)).map(presentOrgUnit),
      );
    },

    async createOrgUnit(actor: Actor, input: TOrgUnitCreate): Promise<TOrgUnit> {
      requirePermission(actor, 'OrgUnitWrite');
      return database.transaction(tenantOf(actor), async (tx) => {
        await checkRefs(tx, actor, input.parentId, input.locationId);
        const row = await orgUnits.insert(tx, { administrationId: actor.administrationId, ...input });
        return getOne(tx, actor, row.id);
      });
    },

    async updateOrgUnit(actor: Actor, id: string, input: TOrgUnitUpdate): Promise<TOrgUnit> {
      requirePermission(actor, 'OrgUnitWrite');
      return database.transaction(tenantOf(actor), async (tx) => {
        if (!(await orgUnits.find(tx, actor.administrationId, id))) throw notFound('org unit');
        await checkRefs(tx, actor, undefined, input.locationId);
        await checkHead(tx, actor, id, input.headOfficerId);
        await orgUnits.update(tx, actor.administrationId, id, input);
        return getOne(tx, actor, id);
      });
    },

    /** Moves a unit with its whole subtree under a new parent (or to the top). */
    async moveOrgUnit(actor: Actor, id: string, parentId: string | null): Promise<TOrgUnit> {
      requirePermission(actor, 'OrgUnitWrite');
      return database.transaction(tenantOf(actor), async (tx) => {
        if (!(await orgUnits.find(tx, actor.administrationId, id))) throw notFound('org unit');
        await checkRefs(tx, actor, parentId, undefined);
        if (parentId && (await orgUnits.subtreeIds(tx, actor.administrationId, [id])).includes(parentId)) {
          throw invalid('a unit cannot move under itself or one of its own sub-units', [
            { path: 'body.parentId', message: 'inside the subtree being moved' },
          ]);
        }
        await orgUnits.update(tx, actor.administrationId, id, { parentId });
        return getOne(tx, actor, id);
      });
    },

    /** Closing keeps the unit for history; it must be empty of staff and open sub-units first. */
    async closeOrgUnit(actor: Actor, id: string, closedOn: string): Promise<TOrgUnit> {
      requirePermission(actor, 'OrgUnitWrite');
      return database.transaction(tenantOf(actor), async (tx) => {
        const unit = await orgUnits.find(tx, actor.administrationId, id);
        if (!unit) throw notFound('org unit');
        if (unit.closedOn) throw conflict('the org unit is already closed');
        const children = await orgUnits.countOpenChildren(tx, actor.administrationId, id);
        if (children > 0) throw conflict(`close or move its ${children} open sub-unit(s) first`, { openSubUnits: children });
        const staff = await orgUnits.countOfficers(tx, actor.administrationId, id);
        if (staff > 0) throw conflict(`move its ${staff} officer(s) to another unit first`, { officers: staff });
        await orgUnits.update(tx, actor.administrationId, id, { closedOn });
        return getOne(tx, actor, id);
      });
    },
  };
}
export type OrgUnitService = ReturnType<typeof makeOrgUnitService>;
