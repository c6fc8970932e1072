import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOfficer, createTestApp, managerOf, type Session, type TestContext } from '../../../test/harness.js';
import { createCourse, createRoom, createSession, createTrainer, enrolDirectly } from './centre.test-factories.js';
import { addHoliday, createPlan } from './session.test-factories.js';

let ctx: TestContext;
let s: Session;
let adm: Awaited<ReturnType<typeof managerOf>>['adm'];

beforeAll(async () => {
  ctx = await createTestApp();
  ({ adm, session: s } = await managerOf(ctx));
});
afterAll(() => ctx.close());

describe('scheduling assistant', () => {
  it('proposes a conflict-free quarter for the plan runs and apply schedules it', async () => {
    const courses = [await createCourse(ctx.database, adm.id, { days: 3 }), await createCourse(ctx.database, adm.id, { days: 2.5 }), await createCourse(ctx.database, adm.id, { days: 5 })];
    await createRoom(ctx.database, adm.id, { capacity: 20 });
    await createRoom(ctx.database, adm.id, { capacity: 30 });
    for (let i = 0; i < 3; i++) await createTrainer(ctx.database, adm.id, { courses: courses.map((c) => c.id), daysPerQuarter: 30 });
    await addHoliday(ctx.database, adm.id, '2027-08-30', 'Popular consultation day');
    const plan = await createPlan(ctx.database, adm.id, courses.map((c) => ({ courseId: c.id, period: '2027Q3', count: 3, participants: { g: 45 } })));
    expect((await s.request('POST', '/api/v1/sessions/from-plan', { planId: plan, period: '2027Q3' })).json().created).toBe(9);

    const proposed = await s.request('POST', '/api/v1/schedule/propose', { period: '2027Q3' });
    expect(proposed.statusCode).toBe(200);
    const { proposals, unplaced } = proposed.json();
    expect(unplaced).toEqual([]);
    expect(proposals).toHaveLength(9);
    for (const p of proposals) {
      expect(p.days.every((d: { day: string }) => d.day >= '2027-07-01' && d.day <= '2027-09-30' && d.day !== '2027-08-30')).toBe(true);
      expect(p.trainers[0].role).toBe('lead');
      expect(p.warnings.filter((w: { severity: string }) => w.severity === 'error')).toEqual([]);
    }
    const keep = proposals.map((p: { sessionId: string; days: unknown; roomId: string; trainers: unknown }) => ({ sessionId: p.sessionId, days: p.days, roomId: p.roomId, trainers: p.trainers }));
    const applied = await s.request('POST', '/api/v1/schedule/apply', { proposals: keep });
    expect(applied.json().applied).toBe(9);
    const scheduled = (await s.request('GET', `/api/v1/sessions?planId=${plan}`)).json().items;
    expect(scheduled.every((x: { status: string; roomId: string | null }) => x.status === 'scheduled' && x.roomId)).toBe(true);
    for (const x of scheduled) expect((await s.request('GET', `/api/v1/sessions/${x.id}`)).json().conflicts.filter((c: { severity: string }) => c.severity === 'error')).toEqual([]);
    expect((await s.request('POST', '/api/v1/schedule/propose', { period: '2027Q3' })).json().proposals).toEqual([]);
    // Applying again: the sessions are no longer drafts.
    expect((await s.request('POST', '/api/v1/schedule/apply', { proposals: keep.slice(0, 1) })).statusCode).toBe(409);
  });

  it('explains what it cannot place and refuses conflicting proposals on apply', async () => {
    const course = await createCourse(ctx.database, adm.id, { capacity: 20 });
    const orphan = await createCourse(ctx.database, adm.id);
    const { roomId } = await createRoom(ctx.database, adm.id, { capacity: 25 });
    const lead = await createTrainer(ctx.database, adm.id, { courses: [course.id] });
    const plan = await createPlan(ctx.database, adm.id, [
      { courseId: course.id, period: '2027Q4', count: 2, participants: { g: 30 } },
      { courseId: orphan.id, period: '2027Q4', count: 1, participants: { g: 10 } },
    ]);
    const { sessionIds } = (await s.request('POST', '/api/v1/sessions/from-plan', { planId: plan, period: '2027Q4' })).json();
    const { unplaced } = (await s.request('POST', '/api/v1/schedule/propose', { period: '2027Q4', sessionIds })).json();
    expect(unplaced).toHaveLength(1);
    expect(unplaced[0].reasons[0].message).toBe(`no active trainer is qualified as lead trainer for ${orphan.code}`);

    const mine = (await s.request('GET', `/api/v1/sessions?planId=${plan}&courseId=${course.id}`)).json().items.map((x: { id: string }) => x.id) as string[];
    expect(mine).toHaveLength(2);
    const same = { days: [{ day: '2027-10-04', startsAt: '08:30', endsAt: '16:30' }], roomId, trainers: [{ trainerId: lead.id, role: 'lead' }] };
    const res = await s.request('POST', '/api/v1/schedule/apply', { proposals: mine.map((sessionId) => ({ sessionId, ...same })) });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.message).toContain('is booked by session');
  });
});

describe('plan vs actual and sustainability', () => {
  it('counts runs, participants and costs per quarter on a small world', async () => {
    const course = await createCourse(ctx.database, adm.id, { capacity: 20 });
    await createPlan(ctx.database, adm.id, [{ courseId: course.id, period: '2019Q1', count: 2, participants: { a: 20, b: 10 } }]);
    const { roomId } = await createRoom(ctx.database, adm.id);
    const internal = await createTrainer(ctx.database, adm.id, { officerId: (await createOfficer(ctx.database, adm.id, adm.rootUnitId)).id, courses: [course.id] });
    const external = await createTrainer(ctx.database, adm.id, { courses: [course.id] });
    const done = await createSession(ctx.database, adm.id, { courseId: course.id, startDay: '2019-02-04', days: 3, roomId, leadTrainerId: internal.id, status: 'completed' });
    await ctx.database.raw.query(`insert into session_trainers (administration_id, session_id, trainer_id, role) values ($1, $2, $3, 'co')`, [adm.id, done.id, external.id]);
    await createSession(ctx.database, adm.id, { courseId: course.id, startDay: '2019-03-04', days: 3, roomId, status: 'scheduled' });
    const officers = [await createOfficer(ctx.database, adm.id, adm.rootUnitId), await createOfficer(ctx.database, adm.id, adm.rootUnitId), await createOfficer(ctx.database, adm.id, adm.rootUnitId)];
    await enrolDirectly(ctx.database, adm.id, done.id, officers.map((o) => o.id));
    for (const [i, o] of officers.entries()) {
      await ctx.database.raw.query(`insert into session_results (administration_id, session_id, officer_id, completed) values ($1, $2, $3, $4)`, [adm.id, done.id, o.id, i < 2]);
    }
    const source = (await s.request('POST', '/api/v1/funding-sources', { name: 'State budget 2019', kind: 'government' })).json().id as string;
    await s.request('POST', `/api/v1/sessions/${done.id}/costs`, { category: 'trainerFees', sourceId: source, amount: 600 });
    await s.request('POST', `/api/v1/sessions/${done.id}/costs`, { category: 'venue', amount: 168 });
    const [q] = await ctx.database.raw.query<{ id: string }>(`select id from trainer_qualifications where administration_id = $1 and trainer_id = $2`, [adm.id, internal.id]);
    await ctx.database.raw.query(`insert into trainer_path_events (administration_id, qualification_id, day, kind, status_to) values ($1, $2, '2019-03-01', 'promoted', 'master')`, [adm.id, q!.id]);

    const pva = (await s.request('GET', '/api/v1/centre/plan-vs-actual?year=2019')).json();
    expect(pva.quarters).toHaveLength(4);
    // Course cost model of the factory: 1500 fixed trainer fees per run, 50 travel per diem per participant.
    expect(pva.quarters[0]).toMatchObject({
      period: '2019Q1',
      runsPlanned: 2,
      sessionsScheduled: 2,
      sessionsDelivered: 1,
      participantsPlanned: 30,
      participantsEnrolled: 3,
      participantsCompleted: 2,
      costPlanned: 4500,
      costActual: 768,
      plannedByCategory: { trainerFees: 3000, venue: 0, travelPerDiem: 1500, materials: 0 },
      actualByCategory: { trainerFees: 600, venue: 168, travelPerDiem: 0, materials: 0 },
      actualBySource: [
        { sourceId: source, sourceName: 'State budget 2019', amount: 600 },
        { sourceId: null, sourceName: null, amount: 168 },
      ],
    });
    expect(pva.total).toMatchObject({ runsPlanned: 2, costActual: 768 });

    const sus = (await s.request('GET', '/api/v1/centre/sustainability?year=2019')).json();
    // 3 days × (1 internal + 1 external); 2 completers × 3 days × 8 hours = 48 participant-hours; 768 / 48 = 16.
    expect(sus.quarters[0]).toEqual({
      period: '2019Q1',
      trainerDaysInternal: 3,
      trainerDaysExternal: 3,
      internalShare: 0.5,
      trainersAdvanced: 1,
      participantHours: 48,
      actualCost: 768,
      costPerParticipantHour: 16,
    });
    expect(sus.quarters[1]).toMatchObject({ internalShare: null, costPerParticipantHour: null });
  });
});
