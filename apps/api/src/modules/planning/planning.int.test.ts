import { checkPlan } from '@formasaun/planner';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../app.js';
import { loadEnv } from '../../platform/env.js';
import { createTestApp, createUser, signIn, type TestContext } from '../../../test/harness.js';
import { createPlan, ok, optimise, planningWorld, type PlanningWorld, YEAR } from './planning.test-factories.js';

// Response bodies are read loosely here; the routes validate them against the contracts.
type Detail = ReturnType<typeof JSON.parse>;
let ctx: TestContext;
let w: PlanningWorld;
let plan: string;
const get = (id: string) => ok<Detail>(w.s, 'GET', `/api/v1/plans/${id}`, undefined);
const runOf = (d: Detail, courseId: string, period: string) => (d.runs as Detail[]).find((r) => r.courseId === courseId && r.period === period);
const sum = (xs: number[]) => xs.reduce((n, x) => n + x, 0);

beforeAll(async () => {
  ctx = await createTestApp();
  w = await planningWorld(ctx);
  plan = (await createPlan(w)).id;
});
afterAll(() => ctx.close());

describe('plans', () => {
  it('creates a plan from a closed campaign, showing its inputs before it is computed', async () => {
    const d = await get(plan);
    expect(d).toMatchObject({ status: 'draft', campaignName: 'TNA 2026', job: { state: 'idle' }, objective: null, runs: [], inputErrors: [], inputsChanged: [], edited: false });
    expect(d.periods).toEqual(w.periods);
    expect(d.years).toEqual([expect.objectContaining({ year: String(YEAR), budget: 13_000, cost: 0 })]);
    expect(d.groups.map((g: Detail) => [g.orgUnitName, g.size, g.releaseDays]).sort()).toEqual([
      ['Border', 6, 36],
      ['Port', 10, 60],
    ]);
    expect(d.areas.map((a: Detail) => a.functionalArea).sort()).toEqual(['integrity', 'tariff-classification', 'valuation']);
    expect(d.settings).toMatchObject({ budgetFactor: 1, timeLimitSeconds: 2 });
    const list = await ok<{ items: Detail[] }>(w.s, 'GET', '/api/v1/plans', undefined);
    expect(list.items.map((p) => p.id)).toContain(plan);
  });

  it('refuses a campaign that is not closed', async () => {
    const draft = await ok<{ id: string }>(w.s, 'POST', '/api/v1/campaigns', {
      name: 'TNA draft',
      frameworkVersionId: (await ctx.database.raw.query<{ id: string }>(`select framework_version_id as id from assessment_campaigns where id = $1`, [w.campaignId]))[0]!.id,
      opensOn: '2026-12-01',
      closesOn: '2026-12-20',
      mode: 'self',
      consolidation: 'mean',
      scopes: [{ orgUnitId: w.units.port }],
    }, 201);
    const res = await w.s.request('POST', '/api/v1/plans', { name: 'X', campaignId: draft.id, fromYear: YEAR, toYear: YEAR });
    expect([res.statusCode, res.json().error.code]).toEqual([409, 'CONFLICT']);
  });

  it('optimises in the background and stores a plan whose figures add up and pass the check', async () => {
    const done = await optimise(w, plan);
    expect(done).toMatchObject({ state: 'done', error: null });
    const d = await get(plan);
    expect(d.runs.length).toBeGreaterThan(0);
    expect(d.violations).toEqual([]);
    expect(d.objective).toBeGreaterThan(0);
    expect(d.greedyObjective).toEqual(expect.any(Number));
    expect(d.objective).toBeGreaterThanOrEqual(d.greedyObjective - 1e-6);
    expect(['optimal', 'feasible']).toContain(d.solverStatus);
    const year = d.years[0];
    expect(d.totalCost).toBeCloseTo(sum(d.runs.map((r: Detail) => r.cost)), 2);
    expect(year.cost).toBeCloseTo(d.totalCost, 2);
    expect(year.cost).toBeLessThanOrEqual(year.budget);
    expect(sum(Object.values<number>(year.byCategory))).toBeCloseTo(year.cost, 2);
    expect(d.totalRuns).toBe(sum(d.runs.map((r: Detail) => r.count)));
    for (const r of d.runs) {
      expect(r.totalParticipants).toBe(sum(Object.values<number>(r.participants)));
      // The donor's envelope is earmarked for valuation: it pays nothing else.
      if (r.functionalArea !== 'valuation') expect(r.funding.map((f: Detail) => f.sourceId)).not.toContain(w.sources.donor);
    }
    const allocated = sum(d.sources.map((s: Detail) => s.byYear[String(YEAR)]?.allocated ?? 0));
    expect(allocated + year.unfunded).toBeCloseTo(year.cost, 1);
    expect(sum(d.groups.map((g: Detail) => g.gapClosed))).toBeCloseTo(d.objective, 1);
    const instance = JSON.parse((await w.s.request('GET', `/api/v1/plans/${plan}/instance.json`)).body);
    const runs = d.runs.map((r: Detail) => ({ course: r.courseCode, period: r.period, count: r.count, participants: r.participants }));
    expect(checkPlan(instance, { runs }).violations).toEqual([]);
    expect(d.computedAt).toBe('2026-11-29T09:00:00.000Z');
  });

  it('keeps a pinned run and leaves out a forbidden one when optimised again', async () => {
    const q2 = `${YEAR}Q2`;
    const q1 = `${YEAR}Q1`;
    let d = await ok<Detail>(w.s, 'PUT', `/api/v1/plans/${plan}/pins`, { courseId: w.courses.ethics, period: q2, count: 2 });
    expect(d.pins).toContainEqual({ courseId: w.courses.ethics, period: q2, count: 2 });
    expect(d.inputsChanged).toEqual(['pins']);
    await ok(w.s, 'PUT', `/api/v1/plans/${plan}/pins`, { courseId: w.courses.val1, period: q1, count: 0 });
    expect(await optimise(w, plan)).toMatchObject({ state: 'done' });
    d = await get(plan);
    expect(runOf(d, w.courses.ethics, q2)).toMatchObject({ count: 2, pinned: true });
    expect(runOf(d, w.courses.val1, q1)).toBeUndefined();
    expect(d.violations).toEqual([]);
    expect(d.inputsChanged).toEqual([]);
    d = await ok<Detail>(w.s, 'DELETE', `/api/v1/plans/${plan}/pins`, { courseId: w.courses.ethics, period: q2 });
    expect(d.pins).toEqual([{ courseId: w.courses.val1, period: q1, count: 0 }]);
    expect((await w.s.request('DELETE', `/api/v1/plans/${plan}/pins`, { courseId: w.courses.ethics, period: q2 })).statusCode).toBe(404);
    const outside = await w.s.request('PUT', `/api/v1/plans/${plan}/pins`, { courseId: w.courses.ethics, period: '2030Q1', count: 1 });
    expect(outside.statusCode).toBe(400);
  });

  it('stores a hand edit as asked and lists what it breaks in words', async () => {
    const q3 = `${YEAR}Q3`;
    const group = (await get(plan)).groups.find((g: Detail) => g.orgUnitName === 'Port').id as string;
    const d = await ok<Detail>(w.s, 'PUT', `/api/v1/plans/${plan}/runs`, { courseId: w.courses.hs, period: q3, count: 1, participants: { [group]: 15 } });
    expect(d.edited).toBe(true);
    expect(runOf(d, w.courses.hs, q3)).toMatchObject({ count: 1, totalParticipants: 15 });
    const capacity = d.violations.find((v: Detail) => v.code === 'capacity');
    expect(capacity).toMatchObject({ course: 'HS-1', period: q3 });
    expect(capacity.message).toMatch(/HS-1/);
    const unknown = await w.s.request('PUT', `/api/v1/plans/${plan}/runs`, { courseId: w.courses.hs, period: q3, count: 1, participants: { 'nowhere/nobody': 4 } });
    expect([unknown.statusCode, unknown.json().error.details[0].path]).toEqual([400, 'body.participants.nowhere/nobody']);
    const refused = await w.s.request('POST', `/api/v1/plans/${plan}/approve`);
    expect([refused.statusCode, refused.json().error.message]).toEqual([409, expect.stringMatching(/breaks .*HS-1/)]);
  });

  it('says which inputs changed since the plan was computed', async () => {
    await ok(w.s, 'PATCH', `/api/v1/budget-envelopes/${w.govEnvelope}`, { amount: 8000 });
    const d = await get(plan);
    // The ethics pin was taken off after the last optimisation.
    expect(d.inputsChanged).toEqual(['budgets', 'pins']);
    expect(d.years[0].budget).toBe(12_000);
    await ok(w.s, 'PATCH', `/api/v1/budget-envelopes/${w.govEnvelope}`, { amount: 9000 });
    await ok(w.s, 'PUT', '/api/v1/capacity/trainer-days', { days: { [`${YEAR}Q3`]: null } });
    const missing = await get(plan);
    expect(missing.inputsChanged).toEqual(['trainer-days', 'pins']);
    expect(missing.inputErrors).toEqual([{ path: `trainerDays.${YEAR}Q3`, message: `no trainer-days entered for ${YEAR}Q3` }]);
    const refused = await w.s.request('POST', `/api/v1/plans/${plan}/optimise`);
    expect([refused.statusCode, refused.json().error.code, refused.json().error.details]).toEqual([400, 'VALIDATION', missing.inputErrors]);
    await ok(w.s, 'PUT', '/api/v1/capacity/trainer-days', { days: { [`${YEAR}Q3`]: 20 } });
  });

  it('lists costs no source may pay under its earmarks as a violation, and refuses to approve such a plan', async () => {
    const fresh = (await createPlan(w, { name: 'Earmarks' })).id;
    expect(await optimise(w, fresh)).toMatchObject({ state: 'done' });
    const before = await get(fresh);
    expect(before.violations).toEqual([]);
    const donor = (await ok<{ items: Detail[] }>(w.s, 'GET', '/api/v1/budget-envelopes', undefined)).items.find((e) => e.sourceId === w.sources.donor)!;
    // The donor now pays only IT courses, which the plan has none of: the general budget cannot carry everything.
    await ok(w.s, 'PATCH', `/api/v1/budget-envelopes/${donor.id}`, { functionalAreas: ['customs-it'] });
    const after = await get(fresh);
    const unfunded = after.years[0].unfunded as number;
    expect(unfunded).toBeGreaterThan(0);
    expect(after.violations).toEqual([
      expect.objectContaining({ code: 'funding', year: String(YEAR), message: expect.stringContaining('cannot be paid by any funding source whose earmarks allow them') }),
    ]);
    const refused = await w.s.request('POST', `/api/v1/plans/${fresh}/approve`);
    expect([refused.statusCode, refused.json().error.code]).toEqual([409, 'CONFLICT']);
    await ok(w.s, 'PATCH', `/api/v1/budget-envelopes/${donor.id}`, { functionalAreas: ['valuation'] });
    await w.s.request('DELETE', `/api/v1/plans/${fresh}`);
  });

  it('optimises within the earmarks: costs only a restricted source may pay are planned up to its money', async () => {
    const donor = (await ok<{ items: Detail[] }>(w.s, 'GET', '/api/v1/budget-envelopes', undefined)).items.find((e) => e.sourceId === w.sources.donor)!;
    // The donor's 4,000 now pays only integrity courses: one cheap ethics course cannot use it all.
    await ok(w.s, 'PATCH', `/api/v1/budget-envelopes/${donor.id}`, { functionalAreas: ['integrity'] });
    const fresh = (await createPlan(w, { name: 'Within earmarks' })).id;
    expect(await optimise(w, fresh)).toMatchObject({ state: 'done' });
    const d = await get(fresh);
    expect(d.violations).toEqual([]);
    expect(d.years[0].unfunded).toBe(0);
    expect(d.years[0].cost).toBeLessThan(d.years[0].budget - 1000);
    expect(d.objective).toBeGreaterThan(0);
    await ok(w.s, 'PATCH', `/api/v1/budget-envelopes/${donor.id}`, { functionalAreas: ['valuation'] });
    await w.s.request('DELETE', `/api/v1/plans/${fresh}`);
  });

  it('refuses to optimise a plan whose years lack inputs, naming each missing one', async () => {
    const longer = await createPlan(w, { name: 'Two years', toYear: YEAR + 1 });
    const res = await w.s.request('POST', `/api/v1/plans/${longer.id}/optimise`);
    expect([res.statusCode, res.json().error.code]).toEqual([400, 'VALIDATION']);
    const details = res.json().error.details as { path: string; message: string }[];
    expect(details).toContainEqual({ path: `budgets.${YEAR + 1}`, message: `no budget for ${YEAR + 1}` });
    expect(details).toContainEqual({ path: `trainerDays.${YEAR + 1}Q1`, message: `no trainer-days entered for ${YEAR + 1}Q1` });
    expect(res.json().error.message).toContain(`no budget for ${YEAR + 1}`);
    expect((await get(longer.id)).job.state).toBe('idle');
  });

  it('copies a plan into a scenario with changed settings that stays within its smaller budget', async () => {
    const scenario = await ok<Detail>(w.s, 'POST', `/api/v1/plans/${plan}/scenarios`, { name: 'Budget −20 %', settings: { budgetFactor: 0.8 } }, 201);
    expect(scenario).toMatchObject({ parentId: plan, objective: null, runs: [], settings: { budgetFactor: 0.8, timeLimitSeconds: 2 } });
    expect(scenario.pins).toEqual((await get(plan)).pins);
    expect(scenario.years[0].budget).toBe(10_400);
    expect(await optimise(w, scenario.id)).toMatchObject({ state: 'done' });
    const d = await get(scenario.id);
    expect(d.totalCost).toBeLessThanOrEqual(0.8 * 13_000);
    expect(d.violations).toEqual([]);
  });

  it('refuses a second optimisation while one runs, and keeps the best plan when cancelled', async () => {
    const slow = (await createPlan(w, { name: 'Slow', settings: { timeLimitSeconds: 30 } })).id;
    await ok(w.s, 'POST', `/api/v1/plans/${slow}/optimise`, undefined, 202);
    const again = await w.s.request('POST', `/api/v1/plans/${slow}/optimise`);
    expect(again.statusCode).toBe(409);
    expect((await w.s.request('DELETE', `/api/v1/plans/${slow}`)).statusCode).toBe(409);
    const running = await ok<Detail>(w.s, 'GET', `/api/v1/plans/${slow}/progress`, undefined);
    expect(running.state).toBe('running');
    const cancelled = await ok<Detail>(w.s, 'POST', `/api/v1/plans/${slow}/cancel`, undefined);
    expect(cancelled).toMatchObject({ state: 'cancelled' });
    const d = await get(slow);
    expect(d.job.state).toBe('cancelled');
    expect(d.runs.length).toBeGreaterThan(0);
    expect(d.violations).toEqual([]);
    expect((await w.s.request('POST', `/api/v1/plans/${slow}/cancel`)).statusCode).toBe(409);
  });

  it('approves a computed plan without violations; an approved plan cannot change; a newer one supersedes it', async () => {
    expect((await w.s.request('POST', `/api/v1/plans/${(await createPlan(w)).id}/approve`)).statusCode).toBe(409);
    expect(await optimise(w, plan)).toMatchObject({ state: 'done' });
    const approved = await ok<Detail>(w.s, 'POST', `/api/v1/plans/${plan}/approve`, undefined);
    expect(approved).toMatchObject({ status: 'approved', approvedAt: '2026-11-29T09:00:00.000Z', edited: false });
    const attempts: [string, string, unknown][] = [
      ['PATCH', `/api/v1/plans/${plan}`, { name: 'Renamed' }],
      ['POST', `/api/v1/plans/${plan}/optimise`, undefined],
      ['PUT', `/api/v1/plans/${plan}/pins`, { courseId: w.courses.hs, period: `${YEAR}Q1`, count: 1 }],
      ['PUT', `/api/v1/plans/${plan}/runs`, { courseId: w.courses.hs, period: `${YEAR}Q1`, count: 1 }],
      ['DELETE', `/api/v1/plans/${plan}`, undefined],
    ];
    for (const [method, url, body] of attempts) {
      const res = await w.s.request(method, url, body);
      expect({ method, url, status: res.statusCode, message: res.json().error.message }).toEqual({
        method,
        url,
        status: 409,
        message: 'approved plans cannot change; create a scenario from it',
      });
    }
    const runs = await ctx.database.transaction({ administrationId: w.adm.id }, async (tx) => {
      const { planningLookups } = await import('./planning.lookups.js');
      return planningLookups.approvedRuns(tx, w.adm.id, plan);
    });
    expect(runs.length).toBe(approved.runs.length);

    const next = (await ok<Detail>(w.s, 'POST', `/api/v1/plans/${plan}/scenarios`, { name: 'Revision', settings: {} }, 201)).id as string;
    expect(await optimise(w, next)).toMatchObject({ state: 'done' });
    await ok(w.s, 'POST', `/api/v1/plans/${next}/approve`, undefined);
    expect((await get(plan)).status).toBe('superseded');
    expect((await get(next)).status).toBe('approved');
  });

  it('deletes a draft', async () => {
    const draft = (await createPlan(w, { name: 'Throwaway' })).id;
    expect((await w.s.request('DELETE', `/api/v1/plans/${draft}`)).statusCode).toBe(204);
    expect((await w.s.request('GET', `/api/v1/plans/${draft}`)).statusCode).toBe(404);
  });

  it('lets a supervisor read plans but not change them', async () => {
    const sup = await signIn(ctx.app, await createUser(ctx.database, { administrationId: w.adm.id, roles: [{ role: 'supervisor', orgUnitId: w.units.port }] }));
    expect((await sup.request('GET', `/api/v1/plans/${plan}`)).statusCode).toBe(200);
    expect((await sup.request('POST', `/api/v1/plans/${plan}/scenarios`, { name: 'Mine' })).statusCode).toBe(403);
    const officer = await signIn(ctx.app, await createUser(ctx.database, { administrationId: w.adm.id, roles: [{ role: 'officer' }] }));
    expect((await officer.request('GET', '/api/v1/plans')).statusCode).toBe(403);
  });

  it('marks plans a stopped server left running as failed when it starts again', async () => {
    const stuck = (await createPlan(w, { name: 'Stuck' })).id;
    await ctx.database.raw.query(`update plans set job_state = 'running' where id = $1`, [stuck]);
    const restarted = await buildApp({ env: loadEnv({ LOG_LEVEL: 'silent' }), database: ctx.database, clock: ctx.clock });
    await restarted.close();
    const p = await ok<Detail>(w.s, 'GET', `/api/v1/plans/${stuck}/progress`, undefined);
    expect(p).toMatchObject({ state: 'failed', error: 'interrupted by a restart' });
  });
});
