import type { TLocale } from '@formasaun/shared';
import { type ExportColumn, writeStaffXlsx } from '../organisation/staff-import/staff-export.js';
import type { FrameworkCompetency } from './needs.ports.js';
import type { ResultRow } from './results.repository.js';

const KEYS = [
  'employeeNumber',
  'familyName',
  'givenNames',
  'orgUnitName',
  'positionTitle',
  'code',
  'name',
  'selfLevel',
  'supervisorLevel',
  'assessedLevel',
  'requiredLevel',
  'gap',
  'criticality',
  'multiplier',
  'weightedNeed',
] as const;
type Key = (typeof KEYS)[number];

/** Column headers of the results export in English and Portuguese. */
export const EXPORT_HEADERS: Record<TLocale, Record<Key, string>> = {
  en: {
    employeeNumber: 'Employee number',
    familyName: 'Family name',
    givenNames: 'Given names',
    orgUnitName: 'Org unit',
    positionTitle: 'Position',
    code: 'Competency',
    name: 'Competency name',
    selfLevel: 'Self',
    supervisorLevel: 'Supervisor',
    assessedLevel: 'Assessed',
    requiredLevel: 'Required',
    gap: 'Gap',
    criticality: 'Criticality',
    multiplier: 'Priority multiplier',
    weightedNeed: 'Weighted need',
  },
  pt: {
    employeeNumber: 'Número de funcionário',
    familyName: 'Apelido',
    givenNames: 'Nomes próprios',
    orgUnitName: 'Unidade orgânica',
    positionTitle: 'Cargo',
    code: 'Competência',
    name: 'Nome da competência',
    selfLevel: 'Autoavaliação',
    supervisorLevel: 'Supervisor',
    assessedLevel: 'Avaliado',
    requiredLevel: 'Exigido',
    gap: 'Lacuna',
    criticality: 'Criticidade',
    multiplier: 'Multiplicador de prioridade',
    weightedNeed: 'Necessidade ponderada',
  },
};

/** The results as an xlsx sheet: headers and competency names in the reader's language. */
export async function resultsWorkbook(found: ResultRow[], competencies: FrameworkCompetency[], lang: TLocale, sheetName: string): Promise<Buffer> {
  const byId = new Map(competencies.map((c) => [c.id, c]));
  const columns: ExportColumn[] = KEYS.map((key) => ({ key, header: EXPORT_HEADERS[lang][key] }));
  const sheet = found.map((r) => {
    const c = byId.get(r.competencyId);
    return { ...r, code: c?.code, name: c && (lang === 'pt' ? c.namePt : c.nameEn) };
  });
  return writeStaffXlsx(sheet, columns, sheetName);
}
