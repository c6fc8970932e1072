import type { TRoleProfileGrid, TRoleProfilePut, TRoleProfileResult } from '@formasaun/shared';
import { type Actor, requirePermission, tenantOf } from '../../platform/actor.js';
import type { Database, Tx } from '../../platform/db.js';
import { AppError, invalid, notFound } from '../../platform/errors.js';
import { readSpreadsheet } from '../organisation/staff-import/read-spreadsheet.js';
import { writeStaffXlsx } from '../organisation/staff-import/staff-export.js';
import type { FrameworkRepository } from './framework.repository.js';
import { writableVersion } from './framework-versioning.js';
import { type GridCell, parseRoleProfileSheet, roleProfileTable } from './role-profile-sheet.js';
import type { RoleProfileRepository } from './role-profile.repository.js';

// One column per competency can exceed the staff import's 60-column limit.
const SHEET_LIMITS = { maxRows: 5000, maxUncompressedBytes: 20 * 1024 * 1024, maxColumns: 1000 };

export function makeRoleProfileService(deps: { database: Database; frameworks: FrameworkRepository; roleProfiles: RoleProfileRepository }) {
  const { database, frameworks, roleProfiles } = deps;

  async function grid(tx: Tx, administrationId: string, versionId: string): Promise<TRoleProfileGrid> {
    if (!(await frameworks.findVersion(tx, administrationId, versionId))) throw notFound('framework version');
    const competencies = await frameworks.findCompetencies(tx, administrationId, versionId);
    return {
      versionId,
      positions: await roleProfiles.findPositions(tx, administrationId),
      competencies: competencies.map(({ competency: c, area }) => ({ id: c.id, code: c.code, nameEn: c.nameEn, namePt: c.namePt, areaCode: area.code })),
      cells: (await roleProfiles.findCells(tx, administrationId, versionId)).map((c) => ({
        positionId: c.positionId,
        competencyId: c.competencyId,
        requiredLevel: c.requiredLevel,
        criticality: c.criticality,
      })),
    };
  }

  /** Checks every reference first, then writes: in place, or into a new version when the edited one is in use. */
  async function write(tx: Tx, administrationId: string, versionId: string, cells: GridCell[]): Promise<TRoleProfileResult> {
    const current = await grid(tx, administrationId, versionId);
    const positions = new Set(current.positions.map((p) => p.id));
    const competencies = new Set(current.competencies.map((c) => c.id));
    const seen = new Set<string>();
    for (const [i, c] of cells.entries()) {
      if (!positions.has(c.positionId)) throw notFound('position');
      if (!competencies.has(c.competencyId)) throw notFound('competency');
      const key = `${c.positionId}:${c.competencyId}`;
      if (seen.has(key)) throw invalid('a cell is listed twice', [{ path: `body.cells.${i}`, message: 'same position and competency as an earlier cell' }]);
      seen.add(key);
    }
    const target = await writableVersion(tx, frameworks, administrationId, versionId);
    const mapped = cells.map((c) => ({ ...c, competencyId: target.competencyIds.get(c.competencyId)! }));
    await roleProfiles.deleteCells(tx, administrationId, target.versionId, mapped.filter((c) => c.requiredLevel === null));
    await roleProfiles.upsertCells(
      tx,
      mapped.flatMap((c) =>
        c.requiredLevel === null
          ? []
          : [{ administrationId, frameworkVersionId: target.versionId, positionId: c.positionId, competencyId: c.competencyId, requiredLevel: c.requiredLevel, criticality: c.criticality }],
      ),
    );
    return { ...(await grid(tx, administrationId, target.versionId)), isNewVersion: target.isNewVersion, editedVersionId: versionId };
  }

  return {
    async getRoleProfiles(actor: Actor, versionId: string): Promise<TRoleProfileGrid> {
      requirePermission(actor, 'FrameworkRead');
      return database.transaction(tenantOf(actor), (tx) => grid(tx, actor.administrationId, versionId));
    },

    async putRoleProfiles(actor: Actor, versionId: string, input: TRoleProfilePut): Promise<TRoleProfileResult> {
      requirePermission(actor, 'FrameworkWrite');
      return database.transaction(tenantOf(actor), (tx) => write(tx, actor.administrationId, versionId, input.cells));
    },

    async exportRoleProfiles(actor: Actor, versionId: string) {
      requirePermission(actor, 'FrameworkRead');
      const g = await database.transaction(tenantOf(actor), (tx) => grid(tx, actor.administrationId, versionId));
      const table = roleProfileTable(g.positions, g.competencies, g.cells);
      return {
        fileName: `role-profiles-${versionId.slice(0, 8)}.xlsx`,
        contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        body: await writeStaffXlsx(table.rows, table.columns, 'Role profiles'),
      };
    },

    /** All or nothing: any row or field problem refuses the whole file with the full list. */
    async importRoleProfiles(actor: Actor, versionId: string, file: { fileName: string; bytes: unknown }): Promise<TRoleProfileResult> {
      requirePermission(actor, 'FrameworkWrite');
      return database.transaction(tenantOf(actor), async (tx) => {
        const current = await grid(tx, actor.administrationId, versionId);
        if (!Buffer.isBuffer(file.bytes)) throw new AppError('UNSUPPORTED_MEDIA_TYPE', { message: 'send the file itself as application/octet-stream' });
        const sheet = await readSpreadsheet(file.bytes, file.fileName, SHEET_LIMITS);
        const { cells, errors } = parseRoleProfileSheet(sheet, current.positions, current.competencies);
        if (errors.length) throw invalid(`the file has ${errors.length} problem(s); nothing was imported`, { errors });
        return write(tx, actor.administrationId, versionId, cells);
      });
    },
  };
}
export type RoleProfileService = ReturnType<typeof makeRoleProfileService>;
