import type { TImportMapping, TImportPreview, TImportResult } from '@formasaun/shared';
import { type Actor, requirePermission, tenantOf } from '../../platform/actor.js';
import { type Clock, isoDate } from '../../platform/clock.js';
import type { Database, Tx } from '../../platform/db.js';
import { AppError, conflict, invalid, notFound } from '../../platform/errors.js';
import type { LocationRepository, PositionRepository } from './location.repository.js';
import type { OrgUnitRepository } from './org-unit.repository.js';
import type { StaffImportRepository, StaffImportRow, StaffWrite } from './staff-import.repository.js';
import { readSpreadsheet } from './staff-import/read-spreadsheet.js';
import { lookupKey, type StaffLookups, suggestMapping, type TRef, type TStaffRow, validateRows } from './staff-import/staff-rows.js';
import type { OfficerRepository } from './officer.repository.js';

const SAMPLE_ROWS = 5;

/** A code for a record the import creates: letters and digits of its name, made unique. */
function codeFor(name: string, taken: Set<string>): string {
  const base = lookupKey(name).toUpperCase().replace(/[^A-Z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 30) || 'NEW';
  let code = base;
  for (let i = 2; taken.has(lookupKey(code)); i += 1) code = `${base}-${i}`;
  taken.add(lookupKey(code));
  return code;
}

export function makeStaffImportService(deps: {
  database: Database;
  imports: StaffImportRepository;
  officers: OfficerRepository;
  orgUnits: OrgUnitRepository;
  positions: PositionRepository;
  locations: LocationRepository;
  clock: Clock;
}) {
  const { database, imports, officers, orgUnits, positions, locations, clock } = deps;

  async function lookupsOf(tx: Tx, adm: string): Promise<StaffLookups & { codes: Record<keyof StaffLookups, Set<string>> }> {
    const index = <T extends { id: string; code: string }>(list: T[], name: (t: T) => string) => {
      const map = new Map<string, string>();
      for (const item of list) {
        map.set(lookupKey(item.code), item.id);
        if (!map.has(lookupKey(name(item)))) map.set(lookupKey(name(item)), item.id);
      }
      return map;
    };
    const [units, pos, locs] = [
      (await orgUnits.findByCodes(tx, adm)).filter((u) => !u.closedOn),
      await positions.findAll(tx, adm),
      await locations.findAll(tx, adm),
    ];
    return {
      orgUnits: index(units, (u) => u.name),
      positions: index(pos, (p) => p.title),
      locations: index(locs, (l) => l.name),
      codes: {
        orgUnits: new Set(units.map((u) => lookupKey(u.code))),
        positions: new Set(pos.map((p) => lookupKey(p.code))),
        locations: new Set(locs.map((l) => lookupKey(l.code))),
      },
    };
  }

  async function evaluate(tx: Tx, actor: Actor, record: StaffImportRow) {
    const lookups = await lookupsOf(tx, actor.administrationId);
    const result = validateRows(record.rows, record.mapping as TImportMapping, lookups, record.createMissing, isoDate(clock.now()));
    const existing = await officers.findByEmployeeNumbers(tx, actor.administrationId, result.valid.map((r) => r.employeeNumber));
    return { ...result, lookups, existing: new Set(existing.map((e) => e.employeeNumber)) };
  }

  async function preview(tx: Tx, actor: Actor, record: StaffImportRow): Promise<TImportPreview> {
    const e = await evaluate(tx, actor, record);
    const toUpdate = e.valid.filter((r) => e.existing.has(r.employeeNumber)).length;
    return {
      id: record.id,
      fileName: record.fileName,
      status: record.status as TImportPreview['status'],
      headers: record.headers,
      mapping: record.mapping as TImportMapping,
      createMissing: record.createMissing,
      totalRows: record.rows.length,
      validRows: e.valid.length,
      toCreate: e.valid.length - toUpdate,
      toUpdate,
      errors: e.errors,
      missing: e.missing,
      sample: record.rows.slice(0, SAMPLE_ROWS).map((r) => r.values),
    };
  }

  async function load(tx: Tx, actor: Actor, id: string): Promise<StaffImportRow> {
    const record = await imports.find(tx, actor.administrationId, id);
    if (!record) throw notFound('import');
    return record;
  }

  return {
    /** Reads the file and keeps it as a preview; nothing touches the staff until commit. */
    async uploadStaff(actor: Actor, input: { fileName: string; bytes: Buffer; createMissing: boolean }): Promise<TImportPreview> {
      requirePermission(actor, 'OfficerImport');
      if (input.bytes.length === 0) throw invalid('the file is empty');
      const sheet = await readSpreadsheet(input.bytes, input.fileName);
      return database.transaction(tenantOf(actor), async (tx) => {
        const saved = await imports.savedMapping(tx, actor.administrationId);
        const record = {
          administrationId: actor.administrationId,
          fileName: input.fileName,
          createdBy: actor.userId,
          headers: sheet.headers,
          rows: sheet.rows,
          mapping: suggestMapping(sheet.headers, saved as TImportMapping | undefined),
          createMissing: input.createMissing,
          status: 'previewed',
        };
        const id = await imports.insert(tx, { ...record, rows: record.rows as never });
        // The rows are in memory already: preview them without reading 10,000 rows back.
        return preview(tx, actor, { ...record, id, createdAt: '', committedAt: null, result: null });
      });
    },

    async getStaffImport(actor: Actor, id: string): Promise<TImportPreview> {
      requirePermission(actor, 'OfficerImport');
      return database.transaction(tenantOf(actor), async (tx) => preview(tx, actor, await load(tx, actor, id)));
    },

    async updateStaffImport(actor: Actor, id: string, input: { mapping?: TImportMapping; createMissing?: boolean }): Promise<TImportPreview> {
      requirePermission(actor, 'OfficerImport');
      return database.transaction(tenantOf(actor), async (tx) => {
        const record = await load(tx, actor, id);
        if (record.status !== 'previewed') throw conflict('this import is already committed');
        if (input.mapping) {
          const unknown = Object.keys(input.mapping).filter((h) => !record.headers.includes(h));
          if (unknown.length) throw invalid('the mapping names headers the file does not have', unknown.map((h) => ({ path: `body.mapping.${h}`, message: 'no such header' })));
        }
        const patch = { mapping: input.mapping ?? record.mapping, createMissing: input.createMissing ?? record.createMissing };
        await imports.update(tx, actor.administrationId, id, patch);
        return preview(tx, actor, { ...record, ...patch });
      });
    },

    /** All or nothing: creates what was asked, inserts new officers, updates known ones, in one transaction. */
    async commitStaffImport(actor: Actor, id: string): Promise<TImportResult> {
      requirePermission(actor, 'OfficerImport');
      return database.transaction(tenantOf(actor), async (tx) => {
        const adm = actor.administrationId;
        const record = await load(tx, actor, id);
        if (record.status !== 'previewed') throw conflict('this import is already committed');
        const e = await evaluate(tx, actor, record);
        if (e.errors.length > 0) {
          throw new AppError('VALIDATION', { message: `${e.errors.length} problem(s) remain; fix the file and upload it again`, details: e.errors.slice(0, 100) });
        }
        const created = { orgUnits: new Map<string, string>(), positions: new Map<string, string>(), locations: new Map<string, string>() };
        for (const name of e.missing.orgUnits) {
          const unit = await orgUnits.insert(tx, { administrationId: adm, code: codeFor(name, e.lookups.codes.orgUnits), name, kind: 'unit', parentId: null });
          created.orgUnits.set(lookupKey(name), unit.id);
        }
        for (const name of e.missing.positions) {
          const grades = e.valid.filter((r) => r.position && 'create' in r.position && lookupKey(r.position.create) === lookupKey(name) && r.grade !== null).map((r) => r.grade as number);
          const position = await positions.insert(tx, {
            administrationId: adm,
            code: codeFor(name, e.lookups.codes.positions),
            title: name,
            gradeMin: grades.length ? Math.min(...grades) : 1,
            gradeMax: grades.length ? Math.max(...grades) : 20,
          });
          created.positions.set(lookupKey(name), position.id);
        }
        for (const name of e.missing.locations) {
          const location = await locations.insert(tx, { administrationId: adm, code: codeFor(name, e.lookups.codes.locations), name, kind: 'inland_office' });
          created.locations.set(lookupKey(name), location.id);
        }
        const resolve = (ref: TRef | null, made: Map<string, string>) => (ref === null ? null : 'id' in ref ? ref.id : (made.get(lookupKey(ref.create)) ?? null));
        const toWrite = (r: TStaffRow): StaffWrite => {
          const { row: _row, orgUnit, position, location, ...rest } = r;
          return { ...rest, orgUnitId: resolve(orgUnit, created.orgUnits)!, positionId: resolve(position, created.positions), locationId: resolve(location, created.locations) };
        };
        const today = isoDate(clock.now());
        const fresh = e.valid.filter((r) => !e.existing.has(r.employeeNumber)).map(toWrite);
        const known = e.valid.filter((r) => e.existing.has(r.employeeNumber)).map(toWrite);
        const result = {
          id,
          created: await imports.insertOfficers(tx, adm, fresh, today),
          updated: await imports.updateOfficers(tx, adm, known, today),
          createdOrgUnits: created.orgUnits.size,
          createdPositions: created.positions.size,
          createdLocations: created.locations.size,
        };
        await imports.update(tx, adm, id, { status: 'committed', committedAt: clock.now().toISOString(), result, rows: [] as never });
        await imports.saveMapping(tx, adm, record.mapping);
        return result;
      });
    },
  };
}
export type StaffImportService = ReturnType<typeof makeStaffImportService>;
