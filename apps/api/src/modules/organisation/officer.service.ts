import type {
  TOfficer,
  TOfficerDetail,
  TOfficerInput,
  TOfficerListQuery,
  TOfficerPage,
  TOfficerUpdate,
  TStaffSummary,
} from '@formasaun/shared';
import { sql } from 'drizzle-orm';
import { type Actor, requirePermission, tenantOf } from '../../platform/actor.js';
import { type Clock, isoDate } from '../../platform/clock.js';
import { type Database, rows, type Tx } from '../../platform/db.js';
import { invalid, notFound } from '../../platform/errors.js';
import type { LocationRepository, PositionRepository } from './location.repository.js';
import type { OfficerFilter, OfficerRepository, OfficerRow } from './officer.repository.js';
import type { OrgUnitRepository } from './org-unit.repository.js';
import { officerVisibility } from './organisation.policy.js';
import { presentAssignment, presentOfficer } from './organisation.presenter.js';

export function makeOfficerService(deps: {
  database: Database;
  officers: OfficerRepository;
  orgUnits: OrgUnitRepository;
  positions: PositionRepository;
  locations: LocationRepository;
  clock: Clock;
}) {
  const { database, officers, orgUnits, positions, locations, clock } = deps;

  async function filterOf(tx: Tx, actor: Actor, query: Partial<TOfficerListQuery>): Promise<OfficerFilter> {
    const { orgUnitId, sort: _s, order: _o, page: _p, pageSize: _ps, ...rest } = query;
    if (!orgUnitId) return rest;
    return { ...rest, unitIds: await orgUnits.subtreeIds(tx, actor.administrationId, [orgUnitId]) };
  }

  async function detail(tx: Tx, actor: Actor, id: string): Promise<TOfficerDetail> {
    const found = await officers.find(tx, actor.administrationId, await officerVisibility(tx, actor, orgUnits), id);
    if (!found) throw notFound('officer');
    const history = await officers.assignments(tx, actor.administrationId, id);
    return { ...presentOfficer(found), assignments: history.map(presentAssignment) };
  }

  async function checkRefs(tx: Tx, actor: Actor, input: Partial<TOfficerInput>) {
    const adm = actor.administrationId;
    if (input.orgUnitId) {
      const unit = await orgUnits.find(tx, adm, input.orgUnitId);
      if (!unit) throw notFound('org unit');
      if (unit.closedOn) throw invalid('the org unit is closed', [{ path: 'body.orgUnitId', message: 'closed' }]);
    }
    if (input.positionId) {
      const position = await positions.find(tx, adm, input.positionId);
      if (!position) throw notFound('position');
      if (input.grade != null && (input.grade < position.gradeMin || input.grade > position.gradeMax)) {
        throw invalid(`grade must be within ${position.gradeMin}–${position.gradeMax} for ${position.title}`, [
          { path: 'body.grade', message: `outside ${position.gradeMin}–${position.gradeMax}` },
        ]);
      }
    }
    if (input.locationId && !(await locations.find(tx, adm, input.locationId))) throw notFound('location');
  }

  return {
    async findOfficers(actor: Actor, query: TOfficerListQuery): Promise<TOfficerPage> {
      requirePermission(actor, 'OfficerRead');
      return database.transaction(tenantOf(actor), async (tx) => {
        const visibility = await officerVisibility(tx, actor, orgUnits);
        const { items, total } = await officers.findPage(tx, actor.administrationId, visibility, await filterOf(tx, actor, query), query);
        return { items: items.map(presentOfficer), total, page: query.page, pageSize: query.pageSize };
      });
    },

    async findOfficersForExport(actor: Actor, query: Partial<TOfficerListQuery>): Promise<OfficerRow[]> {
      requirePermission(actor, 'OfficerExport');
      return database.transaction(tenantOf(actor), async (tx) =>
        officers.findAllMatching(tx, actor.administrationId, await officerVisibility(tx, actor, orgUnits), await filterOf(tx, actor, query)),
      );
    },

    async getOfficer(actor: Actor, id: string): Promise<TOfficerDetail> {
      requirePermission(actor, 'OfficerRead');
      return database.transaction(tenantOf(actor), (tx) => detail(tx, actor, id));
    },

    async createOfficer(actor: Actor, input: TOfficerInput): Promise<TOfficer> {
      requirePermission(actor, 'OfficerWrite');
      return database.transaction(tenantOf(actor), async (tx) => {
        await checkRefs(tx, actor, input);
        const id = await officers.insert(tx, { administrationId: actor.administrationId, ...input });
        await officers.insertAssignment(tx, {
          administrationId: actor.administrationId,
          officerId: id,
          orgUnitId: input.orgUnitId,
          positionId: input.positionId,
          locationId: input.locationId,
          grade: input.grade,
          validFrom: input.hireDate ?? isoDate(clock.now()),
        });
        return detail(tx, actor, id);
      });
    },

    /** A change of unit, position, location or grade closes the open assignment and opens a new one. */
    async updateOfficer(actor: Actor, id: string, input: TOfficerUpdate): Promise<TOfficerDetail> {
      requirePermission(actor, 'OfficerWrite');
      return database.transaction(tenantOf(actor), async (tx) => {
        const current = await detail(tx, actor, id);
        const { effectiveFrom, ...patch } = input;
        await checkRefs(tx, actor, { ...patch, grade: patch.grade ?? current.grade, positionId: patch.positionId ?? current.positionId });
        await officers.update(tx, actor.administrationId, id, patch);
        const moved = (['orgUnitId', 'positionId', 'locationId', 'grade'] as const).some(
          (k) => patch[k] !== undefined && patch[k] !== current[k],
        );
        if (moved) await reassign(tx, actor, id, { ...current, ...patch }, effectiveFrom ?? isoDate(clock.now()));
        return detail(tx, actor, id);
      });
    },

    /** Head counts only: what a programme viewer may read of an administration's staff. */
    async staffSummary(actor: Actor): Promise<TStaffSummary> {
      requirePermission(actor, 'AggregateRead');
      return database.transaction(tenantOf(actor), async (tx) => {
        const adm = actor.administrationId;
        const byGroup = await rows<{ status: string; sex: string; n: number }>(
          tx,
          sql`select status, sex, count(*)::int as n from officers where administration_id = ${adm} group by status, sex`,
        );
        const byUnit = await rows<{ orgUnitId: string; name: string; female: number; male: number }>(
          tx,
          sql`select u.id as "orgUnitId", u.name, count(*) filter (where o.sex = 'female')::int as female, count(*) filter (where o.sex = 'male')::int as male
              from org_units u join officers o on o.administration_id = u.administration_id and o.org_unit_id = u.id and o.status <> 'left'
              where u.administration_id = ${adm} group by u.id, u.name order by u.name`,
        );
        const sum = (key: 'status' | 'sex', list = byGroup) =>
          list.reduce<Record<string, number>>((acc, r) => ({ ...acc, [r[key]]: (acc[r[key]] ?? 0) + r.n }), {});
        return {
          administrationId: adm,
          // Staff in post, as the org tree counts them; those who left appear in byStatus only.
          total: byGroup.filter((r) => r.status !== 'left').reduce((n, r) => n + r.n, 0),
          byStatus: sum('status'),
          bySex: sum('sex', byGroup.filter((r) => r.status !== 'left')),
          byOrgUnit: byUnit,
        };
      });
    },
  };

  async function reassign(
    tx: Tx,
    actor: Actor,
    officerId: string,
    next: { orgUnitId: string; positionId: string | null; locationId: string | null; grade: number | null },
    from: string,
  ) {
    const adm = actor.administrationId;
    const open = await officers.openAssignment(tx, adm, officerId);
    const values = { orgUnitId: next.orgUnitId, positionId: next.positionId, locationId: next.locationId, grade: next.grade };
    if (open && from < open.validFrom) {
      throw invalid(`the change cannot take effect before the current assignment began (${open.validFrom})`, [
        { path: 'body.effectiveFrom', message: `before ${open.validFrom}` },
      ]);
    }
    if (open && from === open.validFrom) return officers.updateAssignment(tx, adm, open.id, values);
    if (open) {
      const dayBefore = new Date(Date.parse(`${from}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
      await officers.updateAssignment(tx, adm, open.id, { validTo: dayBefore });
    }
    await officers.insertAssignment(tx, { administrationId: adm, officerId, validFrom: from, ...values });
  }
}
export type OfficerService = ReturnType<typeof makeOfficerService>;
