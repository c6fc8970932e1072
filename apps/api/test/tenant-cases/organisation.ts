import ExcelJS from 'exceljs';
import { expect } from 'vitest';
import { createOfficer, createUser, type Session } from '../harness.js';
import type { TenantCaseBuilder } from './types.js';

async function staffFile(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Staff');
  ws.addRow(['Employee number', 'Given names', 'Family name', 'Sex', 'Org unit']);
  ws.addRow(['X-1', 'Ana', 'Soares', 'F', 'DG']);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const upload = async (s: Session) =>
  (await s.request('POST', '/api/v1/imports/staff?fileName=s.xlsx', await staffFile(), { 'content-type': 'application/octet-stream' })).json().id as string;

export const organisationCases: TenantCaseBuilder = async (ctx, mine, theirs) => {
  const orgUnit = theirs.adm.rootUnitId;
  const officer = (await createOfficer(ctx.database, theirs.adm.id, theirs.adm.rootUnitId)).id;
  const user = (await createUser(ctx.database, { administrationId: theirs.adm.id, roles: [{ role: 'officer' }] })).id;
  const staffImport = await upload(theirs.session);
  const own = await createOfficer(ctx.database, mine.adm.id, mine.adm.rootUnitId);
  return {
    routes: {
      '/api/v1/org-units/{id}': [{ method: 'PATCH', id: orgUnit, body: { name: 'Taken over' } }],
      '/api/v1/org-units/{id}/move': [{ method: 'POST', id: orgUnit, body: { parentId: null } }],
      '/api/v1/org-units/{id}/close': [{ method: 'POST', id: orgUnit, body: { closedOn: '2026-12-31' } }],
      '/api/v1/officers/{id}': [
        { method: 'GET', id: officer },
        { method: 'PATCH', id: officer, body: { familyName: 'Taken' } },
      ],
      '/api/v1/imports/staff/{id}': [
        { method: 'GET', id: staffImport },
        { method: 'PUT', id: staffImport, body: { createMissing: true } },
      ],
      '/api/v1/imports/staff/{id}/commit': [{ method: 'POST', id: staffImport }],
      '/api/v1/users/{id}': [{ method: 'PATCH', id: user, body: { displayName: 'Taken' } }],
    },
    bodies: [
      { method: 'POST', url: '/api/v1/org-units', body: { parentId: orgUnit, code: 'X1', name: 'X', kind: 'unit' } },
      { method: 'POST', url: '/api/v1/org-units', body: { parentId: null, code: 'X2', name: 'X', kind: 'unit', locationId: theirs.adm.locationId } },
      { method: 'POST', url: `/api/v1/org-units/${mine.adm.rootUnitId}/move`, body: { parentId: orgUnit } },
      { method: 'PATCH', url: `/api/v1/org-units/${mine.adm.rootUnitId}`, body: { headOfficerId: officer } },
      { method: 'POST', url: '/api/v1/officers', body: { employeeNumber: 'Z-1', givenNames: 'A', familyName: 'B', sex: 'male', orgUnitId: orgUnit } },
      { method: 'PATCH', url: `/api/v1/officers/${own.id}`, body: { positionId: theirs.adm.positionId } },
      { method: 'PATCH', url: `/api/v1/officers/${own.id}`, body: { locationId: theirs.adm.locationId } },
      {
        method: 'POST',
        url: '/api/v1/users',
        body: { email: 'z@example.test', displayName: 'Z', password: 'long enough pw', officerId: officer, roles: [{ role: 'officer' }] },
      },
      {
        method: 'POST',
        url: '/api/v1/users',
        body: { email: 'y@example.test', displayName: 'Y', password: 'long enough pw', roles: [{ role: 'supervisor', orgUnitId: orgUnit }] },
      },
    ],
    lists: [
      { url: '/api/v1/org-units', foreignIds: [orgUnit] },
      { url: '/api/v1/positions', foreignIds: [theirs.adm.positionId] },
      { url: '/api/v1/locations', foreignIds: [theirs.adm.locationId] },
      { url: '/api/v1/officers?pageSize=200', foreignIds: [officer] },
      { url: '/api/v1/users', foreignIds: [user] },
    ],
    unchanged: async (s) => {
      expect((await s.request('GET', `/api/v1/officers/${officer}`)).json().familyName).toBe('Soares');
      expect((await s.request('GET', `/api/v1/imports/staff/${staffImport}`)).json().status).toBe('previewed');
    },
  };
};
