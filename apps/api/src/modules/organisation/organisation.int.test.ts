import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createOfficer,
  createOrgUnit,
  createTestApp,
  createUser,
  managerOf,
  type Session,
  signIn,
  type TestContext,
} from '../../../test/harness.js';

let ctx: TestContext;
let s: Session;
let adm: Awaited<ReturnType<typeof managerOf>>['adm'];

beforeAll(async () => {
  ctx = await createTestApp();
  ({ adm, session: s } = await managerOf(ctx));
});
afterAll(() => ctx.close());

describe('org units', () => {
  it('creates a tree, renames, moves a subtree and refuses a cycle', async () => {
    const dir = (await s.request('POST', '/api/v1/org-units', { parentId: adm.rootUnitId, code: 'ENF', name: 'Enforcement', kind: 'directorate' })).json();
    const dept = (await s.request('POST', '/api/v1/org-units', { parentId: dir.id, code: 'INT', name: 'Intelligence', kind: 'department' })).json();
    const unit = (await s.request('POST', '/api/v1/org-units', { parentId: dept.id, code: 'RSK', name: 'Risk', kind: 'unit' })).json();
    expect(unit.parentId).toBe(dept.id);

    const renamed = await s.request('PATCH', `/api/v1/org-units/${dept.id}`, { name: 'Intelligence and risk' });
    expect(renamed.json().name).toBe('Intelligence and risk');

    const moved = await s.request('POST', `/api/v1/org-units/${dept.id}/move`, { parentId: adm.rootUnitId });
    expect(moved.json().parentId).toBe(adm.rootUnitId);
    const units = (await s.request('GET', '/api/v1/org-units')).json().items as { id: string; parentId: string }[];
    expect(units.find((u) => u.id === unit.id)?.parentId).toBe(dept.id);

    const cycle = await s.request('POST', `/api/v1/org-units/${dept.id}/move`, { parentId: unit.id });
    expect(cycle.statusCode).toBe(400);
    expect(cycle.json().error.code).toBe('VALIDATION');
  });

  it('closes only an empty unit with no open sub-units', async () => {
    const parent = await createOrgUnit(ctx.database, adm.id, adm.rootUnitId);
    const child = await createOrgUnit(ctx.database, adm.id, parent);
    const officer = await createOfficer(ctx.database, adm.id, child);
    const blockedByChild = await s.request('POST', `/api/v1/org-units/${parent}/close`, { closedOn: '2026-12-31' });
    expect(blockedByChild.statusCode).toBe(409);
    const blockedByStaff = await s.request('POST', `/api/v1/org-units/${child}/close`, { closedOn: '2026-12-31' });
    expect(blockedByStaff.json().error.details).toEqual({ officers: 1 });
    await s.request('PATCH', `/api/v1/officers/${officer.id}`, { orgUnitId: adm.rootUnitId });
    expect((await s.request('POST', `/api/v1/org-units/${child}/close`, { closedOn: '2026-12-31' })).json().closedOn).toBe('2026-12-31');
    expect((await s.request('POST', `/api/v1/org-units/${parent}/close`, { closedOn: '2026-12-31' })).statusCode).toBe(200);
  });

  it('answers 400 with field paths for invalid bodies', async () => {
    const res = await s.request('POST', '/api/v1/org-units', { parentId: 'not-a-uuid', code: '', kind: 'galaxy' });
    expect(res.statusCode).toBe(400);
    const paths = (res.json().error.details as { path: string }[]).map((d) => d.path);
    expect(paths).toEqual(expect.arrayContaining(['body.parentId', 'body.code', 'body.name', 'body.kind']));
  });

  it('refuses a duplicate unit code with 409', async () => {
    const first = await s.request('POST', '/api/v1/org-units', { parentId: null, code: 'DUP', name: 'A', kind: 'unit' });
    expect(first.statusCode).toBe(201);
    const again = await s.request('POST', '/api/v1/org-units', { parentId: null, code: 'DUP', name: 'B', kind: 'unit' });
    expect(again.statusCode).toBe(409);
  });
});

describe('officers', () => {
  it('creates an officer, moves them and keeps the assignment history', async () => {
    const created = await s.request('POST', '/api/v1/officers', {
      employeeNumber: 'TL-9001',
      givenNames: 'Joaquina',
      familyName: 'Ximenes',
      sex: 'female',
      orgUnitId: adm.rootUnitId,
      positionId: adm.positionId,
      grade: 4,
      hireDate: '2019-02-01',
      languages: ['tet', 'pt'],
    });
    expect(created.statusCode).toBe(201);
    const id = created.json().id;
    const unit = await createOrgUnit(ctx.database, adm.id, adm.rootUnitId, 'Batugade border post');
    const moved = await s.request('PATCH', `/api/v1/officers/${id}`, { orgUnitId: unit, effectiveFrom: '2024-07-01' });
    expect(moved.statusCode).toBe(200);
    const detail = moved.json();
    expect(detail.orgUnitName).toBe('Batugade border post');
    expect(detail.assignments.map((a: { validFrom: string; validTo: string | null }) => [a.validFrom, a.validTo])).toEqual([
      ['2024-07-01', null],
      ['2019-02-01', '2024-06-30'],
    ]);
    const tooEarly = await s.request('PATCH', `/api/v1/officers/${id}`, { orgUnitId: adm.rootUnitId, effectiveFrom: '2020-01-01' });
    expect(tooEarly.statusCode).toBe(400);
  });

  it('checks the grade against the position range', async () => {
    const res = await s.request('POST', '/api/v1/officers', {
      employeeNumber: 'TL-9002',
      givenNames: 'Mateus',
      familyName: 'Belo',
      sex: 'male',
      orgUnitId: adm.rootUnitId,
      positionId: adm.positionId,
      grade: 9,
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details[0].path).toBe('body.grade');
  });

  it('lists with search, subtree filter, sort and pages', async () => {
    const branch = await createOrgUnit(ctx.database, adm.id, adm.rootUnitId, 'Port branch');
    const leaf = await createOrgUnit(ctx.database, adm.id, branch, 'Port leaf');
    for (const name of ['Amaral', 'Belo', 'Costa']) await createOfficer(ctx.database, adm.id, leaf, { familyName: name, sex: 'male' });
    await createOfficer(ctx.database, adm.id, branch, { familyName: 'Dias' });
    const page = (await s.request('GET', `/api/v1/officers?orgUnitId=${branch}&sort=familyName&order=desc&pageSize=2`)).json();
    expect(page.total).toBe(4);
    expect(page.items.map((o: { familyName: string }) => o.familyName)).toEqual(['Dias', 'Costa']);
    const second = (await s.request('GET', `/api/v1/officers?orgUnitId=${branch}&sort=familyName&order=desc&pageSize=2&page=2`)).json();
    expect(second.items.map((o: { familyName: string }) => o.familyName)).toEqual(['Belo', 'Amaral']);
    const beyond = (await s.request('GET', `/api/v1/officers?orgUnitId=${branch}&page=9`)).json();
    expect(beyond).toMatchObject({ items: [], total: 4 });
    const found = (await s.request('GET', `/api/v1/officers?q=${encodeURIComponent('maria cost')}`)).json();
    expect(found.items.map((o: { familyName: string }) => o.familyName)).toEqual(['Costa']);
    const men = (await s.request('GET', `/api/v1/officers?orgUnitId=${branch}&sex=male`)).json();
    expect(men.total).toBe(3);
    const pct = (await s.request('GET', `/api/v1/officers?q=${encodeURIComponent('%')}`)).json();
    expect(pct.total).toBe(0);
    expect((await s.request('GET', '/api/v1/officers?pageSize=1000')).statusCode).toBe(400);
  });
});

describe('scopes by role', () => {
  it('shows a supervisor their subtree only and an officer only themselves', async () => {
    const top = await createOrgUnit(ctx.database, adm.id, adm.rootUnitId, 'Supervised');
    const below = await createOrgUnit(ctx.database, adm.id, top, 'Supervised child');
    const outside = await createOrgUnit(ctx.database, adm.id, adm.rootUnitId, 'Elsewhere');
    const mine = await createOfficer(ctx.database, adm.id, below);
    const theirs = await createOfficer(ctx.database, adm.id, outside);
    const sup = await createUser(ctx.database, { administrationId: adm.id, roles: [{ role: 'supervisor', orgUnitId: top }] });
    const supS = await signIn(ctx.app, sup);
    const listed = (await supS.request('GET', '/api/v1/officers?pageSize=200')).json();
    expect(listed.items.map((o: { id: string }) => o.id)).toEqual([mine.id]);
    expect((await supS.request('GET', `/api/v1/officers/${theirs.id}`)).statusCode).toBe(404);
    expect((await supS.request('POST', '/api/v1/org-units', { parentId: null, code: 'NO', name: 'No', kind: 'unit' })).statusCode).toBe(403);

    const off = await createUser(ctx.database, { administrationId: adm.id, roles: [{ role: 'officer' }], officerId: mine.id });
    const offS = await signIn(ctx.app, off);
    expect((await offS.request('GET', '/api/v1/officers')).json().items.map((o: { id: string }) => o.id)).toEqual([mine.id]);
    expect((await offS.request('GET', `/api/v1/officers/${theirs.id}`)).statusCode).toBe(404);
    expect((await offS.request('GET', '/api/v1/officers/export?format=csv')).statusCode).toBe(403);
  });
});

describe('staff summary', () => {
  it('counts staff in post by sex and unit, and those who left by status only', async () => {
    const { session: own, adm: a } = await managerOf(ctx);
    await createOfficer(ctx.database, a.id, a.rootUnitId, { sex: 'female' });
    await createOfficer(ctx.database, a.id, a.rootUnitId, { sex: 'male' });
    const gone = await createOfficer(ctx.database, a.id, a.rootUnitId, { sex: 'male' });
    await own.request('PATCH', `/api/v1/officers/${gone.id}`, { status: 'left' });
    const viewer = await createUser(ctx.database, { administrationId: null, roles: [{ role: 'programme_viewer', administrationId: a.id }] });
    const summary = (await (await signIn(ctx.app, viewer)).request('GET', '/api/v1/staff-summary')).json();
    expect(summary).toMatchObject({ total: 2, bySex: { female: 1, male: 1 }, byStatus: { active: 2, left: 1 } });
    expect(summary.byOrgUnit).toEqual([{ orgUnitId: a.rootUnitId, name: 'Directorate General', female: 1, male: 1 }]);
    expect(JSON.stringify(summary)).not.toContain('Soares');
  });
});
