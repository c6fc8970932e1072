import { randomUUID } from 'node:crypto';
import type { TCourseImportResult, TImportRowError } from '@formasaun/shared';
import { type Actor, requirePermission, tenantOf } from '../../platform/actor.js';
import { type Clock, isoDate } from '../../platform/clock.js';
import type { Database } from '../../platform/db.js';
import { AppError, invalid } from '../../platform/errors.js';
import { DEFAULT_LIMITS, readSpreadsheet } from '../organisation/staff-import/read-spreadsheet.js';
import { writeStaffXlsx } from '../organisation/staff-import/staff-export.js';
import { checkCourse, cycleMessage, prerequisiteGraph } from './catalogue.checks.js';
import { byAreaThenCode, type CourseData, type CourseRecord, findCycle } from './catalogue.domain.js';
import type { RefsLoader } from './catalogue.refs.js';
import type { CatalogueRepository } from './catalogue.repository.js';
import { dataOf, statusIssues } from './catalogue.service.js';
import { COLUMNS, courseRow, H, headerOf, parseCatalogueSheet } from './catalogue-sheet.js';

const SHEET_LIMITS = { ...DEFAULT_LIMITS, maxRows: 2000 };

/** Key-sorted JSON with id lists sorted: two courses with the same content compare equal. */
function canonical(c: CourseData): string {
  const sorted = { ...c, prerequisiteIds: [...c.prerequisiteIds].sort(), eligiblePositionIds: [...c.eligiblePositionIds].sort() };
  return JSON.stringify(sorted, (_key, value: unknown) =>
    value && typeof value === 'object' && !Array.isArray(value)
      ? Object.fromEntries(Object.entries(value as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)))
      : value,
  );
}

export function makeCatalogueExchangeService(deps: { database: Database; courses: CatalogueRepository; refs: RefsLoader; clock: Clock }) {
  const { database, courses, refs, clock } = deps;

  return {
    /** One row per course, in catalogue order; what the import reads back. */
    async exportCatalogue(actor: Actor) {
      requirePermission(actor, 'CatalogueRead');
      const { all, positions } = await database.transaction(tenantOf(actor), async (tx) => ({
        all: await courses.findAll(tx, actor.administrationId),
        positions: await courses.findPositions(tx, actor.administrationId),
      }));
      const codeOf = new Map(all.map((c) => [c.id, c.code]));
      const positionsById = new Map(positions.map((p) => [p.id, p]));
      const rows = all.sort(byAreaThenCode).map((c) => courseRow(c, (id) => codeOf.get(id) ?? id, positionsById));
      return {
        fileName: `catalogue-${isoDate(clock.now())}.xlsx`,
        contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        body: await writeStaffXlsx(rows, COLUMNS, 'Catalogue'),
      };
    },

    /** Upsert by code, all or nothing: any bad row refuses the whole file with every problem listed. */
    async importCatalogue(actor: Actor, file: { fileName: string; bytes: unknown }): Promise<TCourseImportResult> {
      requirePermission(actor, 'CatalogueWrite');
      if (!Buffer.isBuffer(file.bytes)) throw new AppError('UNSUPPORTED_MEDIA_TYPE', { message: 'send the file itself as application/octet-stream' });
      const sheet = await readSpreadsheet(file.bytes, file.fileName, SHEET_LIMITS);
      const administrationId = actor.administrationId;
      return database.transaction(tenantOf(actor), async (tx) => {
        await courses.lock(tx, administrationId);
        const stored = await courses.findAll(tx, administrationId);
        const context = await refs.load(tx, administrationId);
        const { rows, errors } = parseCatalogueSheet(sheet, { courses: stored, positions: context.positions });
        const bad = (row: number, field: string, code: string, reason: string, value = '') =>
          errors.push({ row, field, code, params: value ? { value } : {}, reason } satisfies TImportRowError);

        // Ids first, so prerequisites may name courses created by the same file.
        const firstRow = new Map<string, number>();
        const items = rows.flatMap((r) => {
          const key = r.data.code.toLowerCase();
          if (firstRow.has(key)) {
            bad(r.row, H.code, 'duplicate_code', `course "${r.data.code}" is already in row ${firstRow.get(key)}`, r.data.code);
            return [];
          }
          firstRow.set(key, r.row);
          return [{ ...r, id: r.existing?.id ?? randomUUID() }];
        });
        const idByCode = new Map([...stored.map((c) => [c.code.toLowerCase(), c.id] as const), ...items.map((i) => [i.data.code.toLowerCase(), i.id] as const)]);
        for (const item of items) {
          item.data.prerequisiteIds = item.prerequisiteCodes.flatMap((code) => {
            const id = idByCode.get(code.toLowerCase());
            if (!id) bad(item.row, H.prerequisites, 'unknown_course', `no course with code "${code}" in the catalogue or the file`, code);
            return id ? [id] : [];
          });
        }

        // The catalogue as it would be after the import: every rule is checked against it.
        const now = clock.now().toISOString();
        const final = new Map<string, CourseRecord>(stored.map((c) => [c.id, c]));
        for (const i of items) final.set(i.id, { ...i.data, id: i.id, createdAt: i.existing?.createdAt ?? now, updatedAt: now });
        const all = [...final.values()];
        for (const item of items) {
          const check = checkCourse(item.data, item.id, { refs: context, courses: all }, { cycles: false });
          for (const issue of [...check.issues, ...statusIssues(item.data, all)]) bad(item.row, headerOf(issue.path), issue.code, issue.message);
        }
        const graph = prerequisiteGraph(all, new Map());
        const cycle = findCycle(graph);
        if (cycle) {
          const message = cycleMessage(graph, (id) => final.get(id)?.code ?? id)!;
          for (const item of items.filter((i) => cycle.includes(i.id))) bad(item.row, H.prerequisites, 'prerequisite_cycle', message);
        }
        // Archiving a course in the file while an active course outside it still requires it.
        for (const item of items.filter((i) => i.data.status === 'archived')) {
          const dependants = all.filter((c) => c.status === 'active' && c.prerequisiteIds.includes(item.id) && !items.some((i) => i.id === c.id));
          if (dependants.length) bad(item.row, H.status, 'required_by_active', `active courses require it: ${dependants.map((c) => c.code).join(', ')}`);
        }

        if (errors.length) {
          errors.sort((a, b) => a.row - b.row);
          throw invalid(`the file has ${errors.length} problem(s); nothing was imported`, { errors });
        }
        const created = items.filter((i) => !i.existing);
        const changed = items.filter((i) => i.existing && canonical(i.data) !== canonical(dataOf(i.existing)));
        await courses.insert(tx, administrationId, created.map((i) => ({ id: i.id, data: i.data })));
        await courses.update(tx, administrationId, changed.map((i) => ({ id: i.id, data: i.data })), now);
        return { created: created.length, updated: changed.length, unchanged: items.length - created.length - changed.length };
      });
    },
  };
}
export type CatalogueExchangeService = ReturnType<typeof makeCatalogueExchangeService>;
