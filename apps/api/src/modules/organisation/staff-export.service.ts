import type { TOfficerListQuery } from '@formasaun/shared';
import type { Actor } from '../../platform/actor.js';
import type { Clock } from '../../platform/clock.js';
import { isoDate } from '../../platform/clock.js';
import type { OfficerService } from './officer.service.js';
import { writeStaffCsv, writeStaffXlsx } from './staff-import/staff-export.js';

// Headers match the import's synonyms, so an exported file imports back unchanged.
const COLUMNS = [
  { key: 'employeeNumber', header: 'Employee number' },
  { key: 'familyName', header: 'Family name' },
  { key: 'givenNames', header: 'Given names' },
  { key: 'sex', header: 'Sex' },
  { key: 'dateOfBirth', header: 'Date of birth' },
  { key: 'grade', header: 'Grade' },
  { key: 'positionTitle', header: 'Position' },
  { key: 'orgUnitName', header: 'Org unit' },
  { key: 'locationName', header: 'Location' },
  { key: 'hireDate', header: 'Hire date' },
  { key: 'languages', header: 'Languages' },
  { key: 'email', header: 'Email' },
  { key: 'phone', header: 'Phone' },
  { key: 'status', header: 'Status' },
];

export function makeStaffExportService(deps: { officers: OfficerService; clock: Clock }) {
  return {
    async exportStaff(actor: Actor, query: Partial<TOfficerListQuery>, format: 'xlsx' | 'csv') {
      const found = await deps.officers.findOfficersForExport(actor, query);
      const table = found.map((o) => ({ ...o, languages: o.languages.join(', ') }));
      const stem = `staff-${isoDate(deps.clock.now())}`;
      if (format === 'csv') {
        return { fileName: `${stem}.csv`, contentType: 'text/csv; charset=utf-8', body: writeStaffCsv(table, COLUMNS) };
      }
      return {
        fileName: `${stem}.xlsx`,
        contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        body: await writeStaffXlsx(table, COLUMNS, 'Staff'),
      };
    },
  };
}
export type StaffExportService = ReturnType<typeof makeStaffExportService>;
