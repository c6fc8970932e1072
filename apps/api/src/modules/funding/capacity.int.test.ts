import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrgUnit, createTestApp, createUser, managerOf, type Session, signIn, type TestContext } from '../../../test/harness.js';
import { fundingLookups } from './funding.lookups.js';

let ctx: TestContext;
let s: Session;
let adm: Awaited<ReturnType<typeof managerOf>>['adm'];

beforeAll(async () => {
  ctx = await createTestApp();
  ({ adm, session: s } = await managerOf(ctx));
});
afterAll(() => ctx.close());

const paths = (res: { json(): { error: { details: { path: string }[] } } }) => res.json().error.details.map((d) => d.path);

describe('trainer-days per quarter', () => {
  it('writes a grid of quarters in one call and reads every quarter of a range', async () => {
    const put = await s.request('PUT', '/api/v1/capacity/trainer-days', { days: { '2017Q1': 40, '2017Q2': 55.5, '2018Q4': 0 } });
    expect(put.statusCode).toBe(200);
    expect(put.json()).toMatchObject({ fromYear: 2017, toYear: 2018 });
    const grid = (await s.request('GET', '/api/v1/capacity/trainer-days?fromYear=2017&toYear=2019')).json();
    expect(grid.periods).toHaveLength(12);
    expect(grid.periods.slice(0, 3)).toEqual([
      { period: '2017Q1', days: 40 },
      { period: '2017Q2', days: 55.5 },
      { period: '2017Q3', days: null },
    ]);
    expect(grid.periods.find((p: { period: string }) => p.period === '2018Q4').days).toBe(0);
    // null clears a quarter; the others stay.
    await s.request('PUT', '/api/v1/capacity/trainer-days', { days: { '2017Q1': null, '2017Q2': 60 } });
    const planning = await ctx.database.transaction({ administrationId: adm.id }, (tx) => fundingLookups.trainerDays(tx, adm.id, ['2017Q1', '2017Q2', '2018Q4']));
    expect(planning).toEqual({ '2017Q2': 60, '2018Q4': 0 });
  });

  it('names the field of bad input', async () => {
    expect(paths(await s.request('PUT', '/api/v1/capacity/trainer-days', { days: { '2017Q1': -1 } }))).toEqual(['body.days.2017Q1']);
    expect(paths(await s.request('PUT', '/api/v1/capacity/trainer-days', { days: { '2017Q5': 10 } }))).toEqual(['body.days.2017Q5']);
    expect(paths(await s.request('PUT', '/api/v1/capacity/trainer-days', { days: {} }))).toEqual(['body.days']);
    expect(paths(await s.request('GET', '/api/v1/capacity/trainer-days?fromYear=2019&toYear=2017'))).toEqual(['querystring.toYear']);
  });
});

describe('release shares', () => {
  it('sets shares per org unit, falls back to the default, and gives planning the figures', async () => {
    const port = await createOrgUnit(ctx.database, adm.id, adm.rootUnitId, 'Dili Port Clearance Office');
    const border = await createOrgUnit(ctx.database, adm.id, adm.rootUnitId, 'Batugade Border Post');
    const empty = (await s.request('GET', '/api/v1/capacity/release-shares')).json();
    expect(empty).toEqual({ defaultShare: 0.1, daysPerQuarter: 60, shares: [] });

    const put = await s.request('PUT', '/api/v1/capacity/release-shares', { shares: [{ orgUnitId: border, share: 0.05 }, { orgUnitId: port, share: 0.15 }] });
    expect(put.statusCode).toBe(200);
    expect(put.json().shares).toHaveLength(2);
    await s.request('PUT', '/api/v1/capacity/release-shares', { shares: [{ orgUnitId: port, share: null }] });
    await s.request('PUT', '/api/v1/funding/settings', { daysPerQuarter: 58, defaultReleaseShare: 0.12 });
    const planning = await ctx.database.transaction({ administrationId: adm.id }, (tx) => fundingLookups.releaseShares(tx, adm.id));
    expect(planning).toEqual({ defaultShare: 0.12, daysPerQuarter: 58, byOrgUnit: { [border]: 0.05 } });
  });

  it('refuses shares outside (0, 1] naming the field, and another administration’s unit with 404', async () => {
    expect(paths(await s.request('PUT', '/api/v1/capacity/release-shares', { shares: [{ orgUnitId: adm.rootUnitId, share: 0 }] }))).toEqual(['body.shares.0.share']);
    expect(paths(await s.request('PUT', '/api/v1/capacity/release-shares', { shares: [{ orgUnitId: adm.rootUnitId, share: 1.5 }] }))).toEqual(['body.shares.0.share']);
    expect(paths(await s.request('PUT', '/api/v1/funding/settings', { defaultReleaseShare: 0 }))).toEqual(['body.defaultReleaseShare']);
    expect(paths(await s.request('PUT', '/api/v1/funding/settings', { daysPerQuarter: 0 }))).toEqual(['body.daysPerQuarter']);
    const other = await managerOf(ctx);
    const foreign = await s.request('PUT', '/api/v1/capacity/release-shares', { shares: [{ orgUnitId: adm.rootUnitId, share: 0.2 }, { orgUnitId: other.adm.rootUnitId, share: 0.2 }] });
    expect(foreign.statusCode).toBe(404);
    // All or nothing: the valid first row was not written either.
    expect((await s.request('GET', '/api/v1/capacity/release-shares')).json().shares.map((x: { orgUnitId: string }) => x.orgUnitId)).not.toContain(adm.rootUnitId);
  });

  it('lets supervisors read capacities (PlanRead) but not change them; officers neither', async () => {
    const supervisor = await signIn(ctx.app, await createUser(ctx.database, { administrationId: adm.id, roles: [{ role: 'supervisor', orgUnitId: adm.rootUnitId }] }));
    expect((await supervisor.request('GET', '/api/v1/capacity/release-shares')).statusCode).toBe(200);
    expect((await supervisor.request('GET', '/api/v1/capacity/trainer-days?fromYear=2017&toYear=2017')).statusCode).toBe(200);
    expect((await supervisor.request('PUT', '/api/v1/capacity/trainer-days', { days: { '2017Q1': 1 } })).statusCode).toBe(403);
    expect((await supervisor.request('PUT', '/api/v1/capacity/release-shares', { shares: [] })).statusCode).toBe(403);
    const officer = await signIn(ctx.app, await createUser(ctx.database, { administrationId: adm.id, roles: [{ role: 'officer' }] }));
    expect((await officer.request('GET', '/api/v1/capacity/release-shares')).statusCode).toBe(403);
    expect((await officer.request('PUT', '/api/v1/capacity/trainer-days', { days: { '2017Q1': 1 } })).statusCode).toBe(403);
  });
});
