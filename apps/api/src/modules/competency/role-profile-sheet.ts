import type { TImportRowError } from '@formasaun/shared';
import type { Sheet } from '../organisation/staff-import/read-spreadsheet.js';
import type { ExportColumn, ExportRow } from '../organisation/staff-import/staff-export.js';

export const POSITION_CODE = 'Position code';
export const POSITION_TITLE = 'Position';

interface Ref {
  id: string;
  code: string;
}
export interface GridCell {
  positionId: string;
  competencyId: string;
  requiredLevel: number | null;
  criticality: number;
}

/** "level/criticality"; ; , . | or a space also separate, as a spreadsheet may have turned "3/4" into "3,4" or "3.4". */
const CELL = /^([0-4])\s*[/;,.| ]\s*([1-5])$/;

/** One sheet: a row per position, a column per competency code, cells "level/criticality". */
export function roleProfileTable(
  positions: (Ref & { title: string })[],
  competencies: Ref[],
  cells: { positionId: string; competencyId: string; requiredLevel: number; criticality: number }[],
): { columns: ExportColumn[]; rows: ExportRow[] } {
  const byCompetency = new Map(competencies.map((c) => [c.id, c.code]));
  const byPosition = new Map<string, ExportRow>(positions.map((p) => [p.id, { [POSITION_CODE]: p.code, [POSITION_TITLE]: p.title }]));
  for (const c of cells) {
    const row = byPosition.get(c.positionId);
    const code = byCompetency.get(c.competencyId);
    if (row && code) row[code] = `${c.requiredLevel}/${c.criticality}`;
  }
  return {
    columns: [POSITION_CODE, POSITION_TITLE, ...competencies.map((c) => c.code)].map((h) => ({ key: h, header: h })),
    rows: [...byPosition.values()],
  };
}

const problem = (row: number, field: string, code: string, reason: string, value = ''): TImportRowError => ({
  row,
  field,
  code,
  params: value ? { value } : {},
  reason,
});

/**
 * Reads the grid back: an empty cell removes the requirement; positions and competency columns absent from the file
 * are left as they are. Returns every problem at once so the whole file can be fixed in one go.
 */
export function parseRoleProfileSheet(sheet: Sheet, positions: Ref[], competencies: Ref[]): { cells: GridCell[]; errors: TImportRowError[] } {
  const errors: TImportRowError[] = [];
  const positionByCode = new Map(positions.map((p) => [p.code.toLowerCase(), p.id]));
  const competencyByCode = new Map(competencies.map((c) => [c.code, c.id]));
  if (!sheet.headers.includes(POSITION_CODE)) errors.push(problem(1, POSITION_CODE, 'required', `the column "${POSITION_CODE}" is missing`));
  const columns = sheet.headers.filter((h) => h !== POSITION_CODE && h !== POSITION_TITLE);
  for (const h of columns) {
    if (!competencyByCode.has(h)) errors.push(problem(1, h, 'unknown_competency', `"${h}" is not a competency code of this framework version`, h));
  }
  const cells: GridCell[] = [];
  const seen = new Map<string, number>();
  for (const { row, values } of sheet.rows) {
    const code = values[POSITION_CODE] ?? '';
    const positionId = positionByCode.get(code.toLowerCase());
    if (!code) {
      errors.push(problem(row, POSITION_CODE, 'required', 'the position code is empty'));
      continue;
    }
    if (!positionId) {
      errors.push(problem(row, POSITION_CODE, 'unknown_position', `no position with code "${code}"`, code));
      continue;
    }
    if (seen.has(positionId)) {
      errors.push(problem(row, POSITION_CODE, 'duplicate_position', `position "${code}" is already in row ${seen.get(positionId)}`, code));
      continue;
    }
    seen.set(positionId, row);
    for (const h of columns) {
      const competencyId = competencyByCode.get(h);
      if (!competencyId) continue;
      const text = (values[h] ?? '').trim();
      if (text === '') {
        cells.push({ positionId, competencyId, requiredLevel: null, criticality: 3 });
        continue;
      }
      const m = CELL.exec(text);
      if (!m) {
        errors.push(problem(row, h, 'invalid_cell', `"${text}" is not "level/criticality" with level 0–4 and criticality 1–5 (e.g. 3/4)`, text));
        continue;
      }
      cells.push({ positionId, competencyId, requiredLevel: Number(m[1]), criticality: Number(m[2]) });
    }
  }
  return { cells, errors };
}
