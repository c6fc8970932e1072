import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, createUser, managerOf, type Session, signIn, type TestContext } from '../../../test/harness.js';
import { strategyLookups } from './strategy.lookups.js';

let ctx: TestContext;
let s: Session;
let adm: Awaited<ReturnType<typeof managerOf>>['adm'];

beforeAll(async () => {
  ctx = await createTestApp();
  ({ adm, session: s } = await managerOf(ctx));
});
afterAll(() => ctx.close());

const clearance = {
  name: 'Average clearance time at Dili port',
  unit: 'hours',
  baselineValue: 52,
  baselineYear: 2016,
  targets: { '2019': 24, '2017': 48, '2018': 36 },
  source: 'ASYCUDA World reports',
  direction: 'decrease',
};
const strategy = {
  title: 'Training strategy 2017–2019',
  fromYear: 2017,
  toYear: 2019,
  vision: 'A professional customs service that facilitates legitimate trade.',
  mission: 'Develop every officer’s competencies through a sustainable training centre.',
  goals: [
    {
      title: 'Faster, more predictable clearance',
      objectives: [{ title: 'Examiners classify and value correctly', functionalAreas: ['valuation', 'tariff-classification', 'valuation'], kpis: [clearance] }],
    },
    { title: 'A self-sufficient training centre', objectives: [] },
  ],
};
const paths = (res: { json(): { error: { details: { path: string }[] } } }) => res.json().error.details.map((d) => d.path);

describe('strategies', () => {
  it('creates a whole strategy in one call and reads it nested', async () => {
    const created = await s.request('POST', '/api/v1/strategies', strategy);
    expect(created.statusCode).toBe(201);
    const body = created.json();
    expect(body).toMatchObject({ title: strategy.title, fromYear: 2017, toYear: 2019, vision: strategy.vision });
    expect(body.goals.map((g: { title: string }) => g.title)).toEqual(strategy.goals.map((g) => g.title));
    const objective = body.goals[0].objectives[0];
    expect(objective.functionalAreas).toEqual(['tariff-classification', 'valuation']);
    // Targets come back in year order with the KPI's unit, ready for the evaluation to report against.
    expect(objective.kpis[0]).toMatchObject({ ...clearance, targets: { '2017': 48, '2018': 36, '2019': 24 } });
    expect(Object.keys(objective.kpis[0].targets)).toEqual(['2017', '2018', '2019']);

    const read = (await s.request('GET', `/api/v1/strategies/${body.id}`)).json();
    expect(read).toEqual(body);
    const list = (await s.request('GET', '/api/v1/strategies')).json().items;
    expect(list).toEqual([expect.objectContaining({ id: body.id, goalCount: 2, objectiveCount: 1, kpiCount: 1 })]);
  });

  it('names the field of bad input', async () => {
    const backwards = await s.request('POST', '/api/v1/strategies', { ...strategy, fromYear: 2019, toYear: 2017 });
    expect(backwards.statusCode).toBe(400);
    expect(paths(backwards)).toContain('body.toYear');
    const blank = await s.request('POST', '/api/v1/strategies', { ...strategy, title: '  ' });
    expect(paths(blank)).toEqual(['body.title']);
    const outside = await s.request('POST', '/api/v1/strategies', {
      ...strategy,
      goals: [{ title: 'g', objectives: [{ title: 'o', kpis: [{ ...clearance, targets: { '2017': 40, '2020': 20 } }] }] }],
    });
    expect(outside.statusCode).toBe(400);
    expect(paths(outside)).toEqual(['body.goals.0.objectives.0.kpis.0.targets.2020']);
    const noName = await s.request('POST', '/api/v1/strategies', { ...strategy, goals: [{ title: 'g', objectives: [{ title: 'o', kpis: [{ ...clearance, name: '' }] }] }] });
    expect(paths(noName)).toEqual(['body.goals.0.objectives.0.kpis.0.name']);
    const badArea = await s.request('POST', '/api/v1/strategies', { ...strategy, goals: [{ title: 'g', objectives: [{ title: 'o', functionalAreas: ['astrology'] }] }] });
    expect(paths(badArea)).toEqual(['body.goals.0.objectives.0.functionalAreas.0']);
  });

  it('edits goals, objectives and KPIs, checking targets against the strategy’s years', async () => {
    const st = (await s.request('POST', '/api/v1/strategies', { ...strategy, goals: [] })).json();
    const goal = await s.request('POST', `/api/v1/strategies/${st.id}/goals`, { title: 'Integrity', description: 'Arusha Declaration' });
    expect(goal.statusCode).toBe(201);
    const goalId = goal.json().id;
    const objective = await s.request('POST', `/api/v1/strategy-goals/${goalId}/objectives`, { title: 'Every officer trained in ethics', functionalAreas: ['integrity'] });
    expect(objective.statusCode).toBe(201);
    const objectiveId = objective.json().id;

    const kpi = await s.request('POST', `/api/v1/strategy-objectives/${objectiveId}/kpis`, { ...clearance, name: 'Officers trained in integrity', unit: '%', direction: 'increase', targets: { '2017': 30 } });
    expect(kpi.statusCode).toBe(201);
    const kpiId = kpi.json().id;
    const outside = await s.request('POST', `/api/v1/strategy-objectives/${objectiveId}/kpis`, { ...clearance, targets: { '2016': 60 } });
    expect(outside.statusCode).toBe(400);
    expect(paths(outside)).toEqual(['body.targets.2016']);
    const patchOutside = await s.request('PATCH', `/api/v1/strategy-kpis/${kpiId}`, { targets: { '2021': 90 } });
    expect(paths(patchOutside)).toEqual(['body.targets.2021']);
    const halfBaseline = await s.request('PATCH', `/api/v1/strategy-kpis/${kpiId}`, { baselineYear: null });
    expect(halfBaseline.statusCode).toBe(400);

    const patched = await s.request('PATCH', `/api/v1/strategy-kpis/${kpiId}`, { targets: { '2017': 30, '2018': 60, '2019': 90 }, baselineValue: 5 });
    expect(patched.json()).toMatchObject({ targets: { '2017': 30, '2018': 60, '2019': 90 }, baselineValue: 5, baselineYear: 2016, unit: '%' });
    expect((await s.request('PATCH', `/api/v1/strategy-objectives/${objectiveId}`, { functionalAreas: ['integrity', 'leadership-management'] })).json().functionalAreas).toEqual([
      'integrity',
      'leadership-management',
    ]);
    expect((await s.request('PATCH', `/api/v1/strategy-goals/${goalId}`, { title: 'Integrity and ethics' })).json()).toMatchObject({
      title: 'Integrity and ethics',
      objectives: [{ id: objectiveId, kpis: [{ id: kpiId }] }],
    });

    // Shrinking the strategy's years would strand the 2019 target: refused, naming the field.
    const shrink = await s.request('PATCH', `/api/v1/strategies/${st.id}`, { toYear: 2018 });
    expect(shrink.statusCode).toBe(400);
    expect(paths(shrink)).toEqual(['body.toYear']);
    expect(shrink.json().error.details[0].message).toBe('1 KPI(s) have targets for 2019: "Officers trained in integrity"');
    expect((await s.request('PATCH', `/api/v1/strategies/${st.id}`, { fromYear: 2020 })).statusCode).toBe(400);
    expect((await s.request('PATCH', `/api/v1/strategies/${st.id}`, { toYear: 2020, mission: null })).json()).toMatchObject({ toYear: 2020, mission: null });

    expect((await s.request('DELETE', `/api/v1/strategy-kpis/${kpiId}`)).statusCode).toBe(204);
    expect((await s.request('DELETE', `/api/v1/strategy-kpis/${kpiId}`)).statusCode).toBe(404);
    expect((await s.request('DELETE', `/api/v1/strategy-objectives/${objectiveId}`)).statusCode).toBe(204);
    expect((await s.request('DELETE', `/api/v1/strategy-goals/${goalId}`)).statusCode).toBe(204);
    expect((await s.request('GET', `/api/v1/strategies/${st.id}`)).json().goals).toEqual([]);
    expect((await s.request('DELETE', `/api/v1/strategies/${st.id}`)).statusCode).toBe(204);
    expect((await s.request('GET', `/api/v1/strategies/${st.id}`)).statusCode).toBe(404);
  });

  it('reorders goals, refusing lists that miss or repeat one', async () => {
    const st = (await s.request('POST', '/api/v1/strategies', { ...strategy, goals: [{ title: 'A' }, { title: 'B' }, { title: 'C' }] })).json();
    const [a, b, c] = st.goals.map((g: { id: string }) => g.id);
    const reordered = await s.request('PUT', `/api/v1/strategies/${st.id}/goal-order`, { goalIds: [c, a, b] });
    expect(reordered.json().goals.map((g: { title: string }) => g.title)).toEqual(['C', 'A', 'B']);
    expect((await s.request('PUT', `/api/v1/strategies/${st.id}/goal-order`, { goalIds: [c, a] })).statusCode).toBe(400);
    expect((await s.request('PUT', `/api/v1/strategies/${st.id}/goal-order`, { goalIds: [c, a, a] })).statusCode).toBe(400);
    const other = (await s.request('POST', '/api/v1/strategies', { ...strategy, goals: [{ title: 'X' }] })).json();
    const foreign = await s.request('PUT', `/api/v1/strategies/${st.id}/goal-order`, { goalIds: [c, a, other.goals[0].id] });
    expect(paths(foreign)).toEqual(['body.goalIds.2']);
    // A goal added later goes to the end.
    await s.request('POST', `/api/v1/strategies/${st.id}/goals`, { title: 'D' });
    expect((await s.request('GET', `/api/v1/strategies/${st.id}`)).json().goals.map((g: { title: string }) => g.title)).toEqual(['C', 'A', 'B', 'D']);
  });

  it('lets supervisors read and nobody without StrategyWrite change', async () => {
    const st = (await s.request('POST', '/api/v1/strategies', strategy)).json();
    const supervisor = await signIn(ctx.app, await createUser(ctx.database, { administrationId: adm.id, roles: [{ role: 'supervisor', orgUnitId: adm.rootUnitId }] }));
    expect((await supervisor.request('GET', `/api/v1/strategies/${st.id}`)).statusCode).toBe(200);
    expect((await supervisor.request('PATCH', `/api/v1/strategies/${st.id}`, { title: 'Mine now' })).statusCode).toBe(403);
    const officer = await signIn(ctx.app, await createUser(ctx.database, { administrationId: adm.id, roles: [{ role: 'officer' }] }));
    expect((await officer.request('GET', '/api/v1/strategies')).statusCode).toBe(403);
    expect((await officer.request('POST', '/api/v1/strategies', strategy)).statusCode).toBe(403);
    expect((await officer.request('POST', `/api/v1/strategies/${st.id}/goals`, { title: 'x' })).statusCode).toBe(403);
    expect((await officer.request('DELETE', `/api/v1/strategy-kpis/${st.goals[0].objectives[0].kpis[0].id}`)).statusCode).toBe(403);
  });

  it('gives other contexts a strategy and the latest one', async () => {
    const later = (await s.request('POST', '/api/v1/strategies', { ...strategy, title: 'Strategy 2020–2022', fromYear: 2020, toYear: 2022, goals: [] })).json();
    const { one, latest, none } = await ctx.database.transaction({ administrationId: adm.id }, async (tx) => ({
      one: await strategyLookups.strategy(tx, adm.id, later.id),
      latest: await strategyLookups.latest(tx, adm.id),
      none: await strategyLookups.strategy(tx, adm.id, '00000000-0000-4000-8000-000000000000'),
    }));
    expect(one).toEqual(later);
    expect(latest?.id).toBe(later.id);
    expect(none).toBeUndefined();
  });
});
