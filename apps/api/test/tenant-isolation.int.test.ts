import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rows } from '../src/platform/db.js';
import { createOfficer, createTestApp, createUser, managerOf, type Session, type TestContext } from './harness.js';

let ctx: TestContext;
let mine: Awaited<ReturnType<typeof managerOf>>;
let theirs: Awaited<ReturnType<typeof managerOf>>;
const foreign: Record<string, string> = {};

async function staffFile(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Staff');
  ws.addRow(['Employee number', 'Given names', 'Family name', 'Sex', 'Org unit']);
  ws.addRow(['X-1', 'Ana', 'Soares', 'F', 'DG']);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const upload = async (s: Session) =>
  (await s.request('POST', '/api/v1/imports/staff?fileName=s.xlsx', await staffFile(), { 'content-type': 'application/octet-stream' })).json().id as string;

beforeAll(async () => {
  ctx = await createTestApp();
  mine = await managerOf(ctx);
  theirs = await managerOf(ctx);
  foreign.orgUnit = theirs.adm.rootUnitId;
  foreign.position = theirs.adm.positionId;
  foreign.location = theirs.adm.locationId;
  foreign.officer = (await createOfficer(ctx.database, theirs.adm.id, theirs.adm.rootUnitId)).id;
  foreign.user = (await createUser(ctx.database, { administrationId: theirs.adm.id, roles: [{ role: 'officer' }] })).id;
  foreign.import = await upload(theirs.session);
});
afterAll(() => ctx.close());

/** Every route with an id, called with the other administration's id of the right kind. */
const ID_ROUTES: Record<string, { method: string; kind: string; body?: () => unknown }[]> = {
  '/api/v1/org-units/{id}': [{ method: 'PATCH', kind: 'orgUnit', body: () => ({ name: 'Taken over' }) }],
  '/api/v1/org-units/{id}/move': [{ method: 'POST', kind: 'orgUnit', body: () => ({ parentId: null }) }],
  '/api/v1/org-units/{id}/close': [{ method: 'POST', kind: 'orgUnit', body: () => ({ closedOn: '2026-12-31' }) }],
  '/api/v1/officers/{id}': [
    { method: 'GET', kind: 'officer' },
    { method: 'PATCH', kind: 'officer', body: () => ({ familyName: 'Taken' }) },
  ],
  '/api/v1/imports/staff/{id}': [
    { method: 'GET', kind: 'import' },
    { method: 'PUT', kind: 'import', body: () => ({ createMissing: true }) },
  ],
  '/api/v1/imports/staff/{id}/commit': [{ method: 'POST', kind: 'import' }],
  '/api/v1/users/{id}': [{ method: 'PATCH', kind: 'user', body: () => ({ displayName: 'Taken' }) }],
};

describe('tenant isolation', () => {
  it('covers every route that takes an id', async () => {
    const spec = ctx.app.swagger() as { paths: Record<string, unknown> };
    const withIds = Object.keys(spec.paths).filter((p) => p.includes('{'));
    expect(withIds.sort()).toEqual(Object.keys(ID_ROUTES).sort());
  });

  it('answers 404 for the other administration’s ids on every route, and changes nothing', async () => {
    for (const [route, calls] of Object.entries(ID_ROUTES)) {
      for (const call of calls) {
        const url = route.replace('{id}', foreign[call.kind]!);
        const res = await mine.session.request(call.method, url, call.body?.());
        expect({ route, method: call.method, status: res.statusCode }).toEqual({ route, method: call.method, status: 404 });
        expect(res.json().error.code).toBe('NOT_FOUND');
      }
    }
    const officer = (await theirs.session.request('GET', `/api/v1/officers/${foreign.officer}`)).json();
    expect(officer.familyName).toBe('Soares');
    expect((await theirs.session.request('GET', `/api/v1/imports/staff/${foreign.import}`)).json().status).toBe('previewed');
  });

  it('answers 404 when a body refers to the other administration’s records', async () => {
    const s = mine.session;
    const own = await createOfficer(ctx.database, mine.adm.id, mine.adm.rootUnitId);
    const cases: [string, string, unknown][] = [
      ['POST', '/api/v1/org-units', { parentId: foreign.orgUnit, code: 'X1', name: 'X', kind: 'unit' }],
      ['POST', '/api/v1/org-units', { parentId: null, code: 'X2', name: 'X', kind: 'unit', locationId: foreign.location }],
      ['POST', `/api/v1/org-units/${mine.adm.rootUnitId}/move`, { parentId: foreign.orgUnit }],
      ['POST', '/api/v1/officers', { employeeNumber: 'Z-1', givenNames: 'A', familyName: 'B', sex: 'male', orgUnitId: foreign.orgUnit }],
      ['PATCH', `/api/v1/officers/${own.id}`, { positionId: foreign.position }],
      ['PATCH', `/api/v1/officers/${own.id}`, { locationId: foreign.location }],
      ['POST', '/api/v1/users', { email: 'z@example.test', displayName: 'Z', password: 'long enough pw', officerId: foreign.officer, roles: [{ role: 'officer' }] }],
      ['POST', '/api/v1/users', { email: 'y@example.test', displayName: 'Y', password: 'long enough pw', roles: [{ role: 'supervisor', orgUnitId: foreign.orgUnit }] }],
    ];
    for (const [method, url, body] of cases) {
      const res = await s.request(method, url, body);
      expect({ url, body, status: res.statusCode }).toEqual({ url, body, status: 404 });
    }
  });

  it('lists only the actor’s own administration', async () => {
    const s = mine.session;
    const ids = async (url: string) => ((await s.request('GET', url)).json().items as { id: string }[]).map((i) => i.id);
    expect(await ids('/api/v1/org-units')).not.toContain(foreign.orgUnit);
    expect(await ids('/api/v1/positions')).not.toContain(foreign.position);
    expect(await ids('/api/v1/locations')).not.toContain(foreign.location);
    expect(await ids('/api/v1/officers?pageSize=200')).not.toContain(foreign.officer);
    expect(await ids('/api/v1/users')).not.toContain(foreign.user);
    expect(await ids('/api/v1/administrations')).toEqual([mine.adm.id]);
    const csv = (await s.request('GET', '/api/v1/officers/export?format=csv')).body;
    expect(csv).not.toContain(foreign.officer);
    const summary = (await s.request('GET', '/api/v1/staff-summary')).json();
    expect(summary.administrationId).toBe(mine.adm.id);
  });

  it('keeps row-level security as a second lock under the repositories', async () => {
    const seen = await ctx.database.transaction({ administrationId: mine.adm.id }, async (tx) =>
      (await rows(tx, sql`select id from officers where id = ${foreign.officer}`)).length,
    );
    expect(seen).toBe(0);
  });
});
