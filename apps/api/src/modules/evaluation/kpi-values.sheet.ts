import type { TImportRowError } from '@formasaun/shared';
import type { ExportColumn, ExportRow } from '../organisation/staff-import/staff-export.js';
import { entryProblems } from './kpi-values.presenter.js';
import type { KpiRef, ValueRow, ValueWrite } from './kpi-values.repository.js';

/** One row per KPI and period; a KPI without values gets one row with period and value empty, to be filled in. */
export const H = {
  kpiId: 'KPI id',
  objective: 'Objective',
  kpi: 'KPI',
  unit: 'Unit',
  period: 'Period',
  value: 'Value',
  source: 'Source',
  note: 'Note',
} as const;
export const COLUMNS: ExportColumn[] = Object.values(H).map((h) => ({ key: h, header: h }));
const REQUIRED = [H.kpiId, H.unit, H.period, H.value];

export function valueRows(kpis: readonly KpiRef[], values: readonly ValueRow[]): ExportRow[] {
  return kpis.flatMap((k): ExportRow[] => {
    const head = { [H.kpiId]: k.id, [H.objective]: k.objectiveTitle, [H.kpi]: k.name, [H.unit]: k.unit };
    const own = values.filter((v) => v.kpiId === k.id);
    if (!own.length) return [{ ...head, [H.period]: null, [H.value]: null, [H.source]: null, [H.note]: null }];
    return own.map((v) => ({ ...head, [H.period]: v.period, [H.value]: Number(v.value), [H.source]: v.source, [H.note]: v.note }));
  });
}

/** "1 234,5" and "1234.5" alike; anything else that is not a plain number is refused. */
function parseNumber(text: string): number {
  const compact = text.replace(/[\s\u00a0]/g, '');
  const normal = compact.includes(',') && !compact.includes('.') ? compact.replace(',', '.') : compact.replace(/,/g, '');
  return /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(normal) ? Number(normal) : Number.NaN;
}

/** Takes off the ' the export puts before text a spreadsheet would read as a formula. */
const unquote = (text: string) => (/^'[=+\-@\t\r]/.test(text) ? text.slice(1) : text);

/**
 * Reads rows into values of the administration's KPIs. Rows with neither period nor value are the export's blank
 * lines and are skipped; every problem is reported with its row and column, so the whole file can be fixed at once.
 */
export function parseValueSheet(
  sheet: { headers: string[]; rows: { row: number; values: Record<string, string> }[] },
  kpis: readonly KpiRef[],
): { values: (ValueWrite & { row: number })[]; errors: TImportRowError[] } {
  const errors: TImportRowError[] = [];
  const bad = (row: number, field: string, code: string, reason: string, value = '') => errors.push({ row, field, code, params: value ? { value } : {}, reason });
  for (const h of REQUIRED) if (!sheet.headers.includes(h)) bad(1, h, 'required', `the column "${h}" is missing`);
  if (errors.length) return { values: [], errors };

  const byId = new Map(kpis.map((k) => [k.id.toLowerCase(), k]));
  const firstRow = new Map<string, number>();
  const values: (ValueWrite & { row: number })[] = [];
  for (const { row, values: cells } of sheet.rows) {
    const cell = (h: string) => unquote((cells[h] ?? '').trim());
    const period = cell(H.period).toUpperCase();
    const valueText = cell(H.value);
    if (!period && !valueText) continue;
    const kpi = byId.get(cell(H.kpiId).toLowerCase());
    if (!kpi) {
      bad(row, H.kpiId, 'unknown_kpi', cell(H.kpiId) ? `no KPI with id "${cell(H.kpiId)}" in this administration` : 'the KPI id is empty', cell(H.kpiId));
      continue;
    }
    const before = errors.length;
    if (!period) bad(row, H.period, 'required', 'the period is empty');
    if (!valueText) bad(row, H.value, 'required', 'the value is empty');
    if (!cell(H.unit)) bad(row, H.unit, 'required', 'the unit is empty');
    if (errors.length > before) continue;
    const value = parseNumber(valueText);
    const header = { period: H.period, value: H.value, unit: H.unit } as const;
    for (const p of entryProblems(kpi, { period, value, unit: cell(H.unit) })) {
      bad(row, header[p.field], p.code, p.reason, p.field === 'value' ? valueText : p.field === 'unit' ? cell(H.unit) : period);
    }
    if (errors.length > before) continue;
    const key = `${kpi.id}|${period}`;
    if (firstRow.has(key)) {
      bad(row, H.period, 'duplicate_period', `${period} of this KPI is already in row ${firstRow.get(key)}`, period);
      continue;
    }
    firstRow.set(key, row);
    values.push({ row, kpiId: kpi.id, period, value: Math.round(value * 100) / 100, source: cell(H.source) || null, note: cell(H.note) || null });
  }
  return { values, errors };
}
