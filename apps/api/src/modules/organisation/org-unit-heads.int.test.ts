import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOfficer, createOrgUnit, createTestApp, managerOf, type Session, type TestContext } from '../../../test/harness.js';

let ctx: TestContext;
let s: Session;
let adm: Awaited<ReturnType<typeof managerOf>>['adm'];

beforeAll(async () => {
  ctx = await createTestApp();
  ({ adm, session: s } = await managerOf(ctx));
});
afterAll(() => ctx.close());

const unitOf = async (id: string) =>
  ((await s.request('GET', '/api/v1/org-units')).json().items as { id: string; headOfficerId: string | null; headOfficerName: string | null }[]).find(
    (u) => u.id === id,
  )!;

describe('org unit heads', () => {
  it('sets a head from the unit or above it, shows the name, and clears it', async () => {
    const dept = await createOrgUnit(ctx.database, adm.id, adm.rootUnitId, 'Operations');
    const team = await createOrgUnit(ctx.database, adm.id, dept, 'Port team');
    const director = await createOfficer(ctx.database, adm.id, dept, { familyName: 'Guterres' });
    const member = await createOfficer(ctx.database, adm.id, team, { familyName: 'Pereira' });
    expect(await unitOf(dept)).toMatchObject({ headOfficerId: null, headOfficerName: null });

    const set = await s.request('PATCH', `/api/v1/org-units/${dept}`, { headOfficerId: director.id });
    expect(set.statusCode).toBe(200);
    expect(set.json()).toMatchObject({ headOfficerId: director.id, headOfficerName: 'Maria Guterres', name: 'Operations' });
    // The director may head a team below the directorate too; a team member may head the team.
    expect((await s.request('PATCH', `/api/v1/org-units/${team}`, { headOfficerId: director.id })).json().headOfficerId).toBe(director.id);
    expect((await s.request('PATCH', `/api/v1/org-units/${team}`, { headOfficerId: member.id })).json().headOfficerName).toBe('Maria Pereira');

    // A rename leaves the head alone; null clears it.
    expect((await s.request('PATCH', `/api/v1/org-units/${dept}`, { name: 'Operations directorate' })).json().headOfficerId).toBe(director.id);
    const cleared = await s.request('PATCH', `/api/v1/org-units/${dept}`, { headOfficerId: null });
    expect(cleared.json()).toMatchObject({ headOfficerId: null, headOfficerName: null });
  });

  it('refuses a head from below or beside the unit, or one who is not active, with the field named', async () => {
    const dept = await createOrgUnit(ctx.database, adm.id, adm.rootUnitId);
    const below = await createOrgUnit(ctx.database, adm.id, dept);
    const beside = await createOrgUnit(ctx.database, adm.id, adm.rootUnitId);
    const fromBelow = await createOfficer(ctx.database, adm.id, below);
    const fromBeside = await createOfficer(ctx.database, adm.id, beside);
    const gone = await createOfficer(ctx.database, adm.id, dept);
    await s.request('PATCH', `/api/v1/officers/${gone.id}`, { status: 'left' });
    for (const officer of [fromBelow, fromBeside, gone]) {
      const res = await s.request('PATCH', `/api/v1/org-units/${dept}`, { headOfficerId: officer.id });
      expect(res.statusCode).toBe(400);
      expect(res.json().error.details.map((d: { path: string }) => d.path)).toEqual(['body.headOfficerId']);
    }
    expect((await unitOf(dept)).headOfficerId).toBeNull();
  });

  it('answers 404 for an unknown officer and leaves the unit unchanged', async () => {
    const dept = await createOrgUnit(ctx.database, adm.id, adm.rootUnitId, 'Unchanged');
    const res = await s.request('PATCH', `/api/v1/org-units/${dept}`, { name: 'Changed', headOfficerId: crypto.randomUUID() });
    expect(res.statusCode).toBe(404);
    expect(await unitOf(dept)).toMatchObject({ headOfficerId: null });
    expect(((await s.request('GET', '/api/v1/org-units')).json().items as { name: string }[]).some((u) => u.name === 'Changed')).toBe(false);
  });

  it('loses its head when the officer record is deleted', async () => {
    const dept = await createOrgUnit(ctx.database, adm.id, adm.rootUnitId);
    const head = await createOfficer(ctx.database, adm.id, dept);
    await s.request('PATCH', `/api/v1/org-units/${dept}`, { headOfficerId: head.id });
    await ctx.database.raw.query('delete from officers where administration_id = $1 and id = $2', [adm.id, head.id]);
    expect(await unitOf(dept)).toMatchObject({ headOfficerId: null, headOfficerName: null });
  });
});
