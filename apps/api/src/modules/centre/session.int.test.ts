import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOfficer, createOrgUnit, createTestApp, createUser, managerOf, type Session, signIn, type TestContext } from '../../../test/harness.js';
import { createCourse, createRoom, createSession, createTrainer, enrolDirectly } from './centre.test-factories.js';
import { addHoliday, addLeave, createPlan } from './session.test-factories.js';

let ctx: TestContext;
let s: Session;
let adm: Awaited<ReturnType<typeof managerOf>>['adm'];

beforeAll(async () => {
  ctx = await createTestApp();
  ({ adm, session: s } = await managerOf(ctx));
});
afterAll(() => ctx.close());

const day = (d: string) => ({ day: d, startsAt: '08:30', endsAt: '16:30' });
const feb = (...days: number[]) => days.map((n) => day(`2027-02-${String(n).padStart(2, '0')}`));
const codes = (res: { json(): { error: { details: { code: string }[] } } }) => res.json().error.details.map((d) => d.code);

async function world(capacity = 24) {
  const course = await createCourse(ctx.database, adm.id, { capacity: 20 });
  const { roomId } = await createRoom(ctx.database, adm.id, { capacity });
  const officer = await createOfficer(ctx.database, adm.id, adm.rootUnitId);
  const lead = await createTrainer(ctx.database, adm.id, { officerId: officer.id, courses: [course.id], status: 'lead' });
  return { course, roomId, lead: lead.id, trainerOfficer: officer.id };
}

describe('ad hoc sessions', () => {
  it('creates a session with a generated code, the course capacity within the room, and answers its detail', async () => {
    const w = await world(16);
    const res = await s.request('POST', '/api/v1/sessions', {
      courseId: w.course.id,
      days: feb(1, 2, 3),
      roomId: w.roomId,
      trainers: [{ trainerId: w.lead, role: 'lead' }],
      language: 'pt',
      notes: 'Bring the HS book',
    });
    expect(res.statusCode).toBe(201);
    const body = res.json();
    expect(body).toMatchObject({ code: `${w.course.code}-2027-01`, status: 'draft', capacity: 16, language: 'pt', startDay: '2027-02-01', endDay: '2027-02-03', courseDays: 3 });
    expect(body.days).toEqual(feb(1, 2, 3));
    expect(body.trainers).toMatchObject([{ trainerId: w.lead, role: 'lead', kind: 'internal', name: 'Maria Soares' }]);
    const again = await s.request('POST', '/api/v1/sessions', { courseId: w.course.id });
    expect(again.json().code).toBe(`${w.course.code}-2026-01`);
    expect((await s.request('GET', `/api/v1/sessions/${body.id}`)).json().roomName).toMatch(/^Room /);
    const list = (await s.request('GET', `/api/v1/sessions?courseId=${w.course.id}&from=2027-01-01`)).json().items;
    expect(list.map((x: { id: string }) => x.id)).toEqual([body.id]);
  });

  it('refuses each conflict with a message in words', async () => {
    const w = await world(24);
    await addHoliday(ctx.database, adm.id, '2027-02-10', 'Carnival');
    const post = (extra: object) => s.request('POST', '/api/v1/sessions', { courseId: w.course.id, roomId: w.roomId, trainers: [{ trainerId: w.lead, role: 'lead' }], ...extra });

    const small = await post({ days: feb(15), capacity: 30 });
    expect(small.statusCode).toBe(409);
    expect(codes(small)).toEqual(['room_too_small']);
    expect(small.json().error.message).toContain('seats 24, the session needs 30');

    const weekend = await post({ days: feb(5, 6) });
    expect(codes(weekend)).toEqual(['weekend']);
    expect(weekend.json().error.message).toContain('2027-02-06 is a weekend day');
    expect(codes(await post({ days: feb(9, 10) }))).toEqual(['public_holiday']);

    expect((await post({ days: feb(15, 16) })).statusCode).toBe(201);
    const clash = await post({ days: feb(16, 17) });
    expect(codes(clash).sort()).toEqual(['room_double_booked', 'trainer_double_booked']);
    expect(clash.json().error.message).toMatch(/already trains session .* on 2027-02-16/);

    const co = await createTrainer(ctx.database, adm.id, { name: 'Ana Expert', courses: [w.course.id], status: 'co_trainer' });
    const unqualified = await post({ days: feb(22), trainers: [{ trainerId: co.id, role: 'lead' }] });
    expect(unqualified.json().error.details[0]).toMatchObject({ code: 'trainer_not_qualified', params: { trainer: 'Ana Expert', role: 'lead', status: 'co_trainer' } });
    await addLeave(ctx.database, adm.id, w.lead, '2027-02-24', '2027-02-24');
    expect(codes(await post({ days: feb(24) }))).toEqual(['trainer_on_leave']);
  });

  it('refuses an enrolled officer double-booked, and keeps the warnings of release limit and days per quarter', async () => {
    const w = await world(24);
    const unit = await createOrgUnit(ctx.database, adm.id, adm.rootUnitId, 'Suai border post');
    const officers = [await createOfficer(ctx.database, adm.id, unit), await createOfficer(ctx.database, adm.id, unit)];
    const first = await createSession(ctx.database, adm.id, { courseId: w.course.id, startDay: '2027-03-01', days: 2 });
    await enrolDirectly(ctx.database, adm.id, first.id, [officers[0]!.id]);
    const second = (await s.request('POST', '/api/v1/sessions', { courseId: w.course.id, days: [day('2027-03-08')] })).json().id as string;
    await enrolDirectly(ctx.database, adm.id, second, [officers[0]!.id, officers[1]!.id]);

    const moved = await s.request('PATCH', `/api/v1/sessions/${second}`, { days: [day('2027-03-02')] });
    expect(moved.statusCode).toBe(409);
    expect(moved.json().error.message).toContain('is also enrolled in session');

    const tired = await createTrainer(ctx.database, adm.id, { name: 'Busy Expert', courses: [w.course.id], daysPerQuarter: 1 });
    const saved = await s.request('PATCH', `/api/v1/sessions/${second}`, { days: [day('2027-03-09'), day('2027-03-10')], trainers: [{ trainerId: tired.id, role: 'lead' }] });
    expect(saved.statusCode).toBe(200);
    const warnings = saved.json().conflicts;
    expect(warnings.map((c: { code: string; severity: string }) => `${c.severity}:${c.code}`).sort()).toEqual(['warning:release_limit', 'warning:trainer_over_days']);
    expect(warnings.find((c: { code: string }) => c.code === 'release_limit').message).toBe('Suai border post would release 2 officers on 2027-03-09, above its limit of 1');
  });

  it('shows drafts to the manager only', async () => {
    const w = await world();
    const draft = (await s.request('POST', '/api/v1/sessions', { courseId: w.course.id })).json().id as string;
    const officer = await createOfficer(ctx.database, adm.id, adm.rootUnitId);
    const user = await createUser(ctx.database, { administrationId: adm.id, roles: [{ role: 'officer' }], officerId: officer.id });
    const o = await signIn(ctx.app, user);
    expect((await o.request('GET', `/api/v1/sessions/${draft}`)).statusCode).toBe(404);
    expect((await o.request('GET', '/api/v1/sessions')).json().items.map((x: { id: string }) => x.id)).not.toContain(draft);
    expect((await o.request('POST', '/api/v1/sessions', { courseId: w.course.id })).statusCode).toBe(403);
  });
});

describe('status', () => {
  it('moves along the allowed transitions; completion waits for the last day', async () => {
    const w = await world();
    const create = await s.request('POST', '/api/v1/sessions', { courseId: w.course.id });
    const id = create.json().id as string;
    const status = (to: string, reason?: string) => s.request('POST', `/api/v1/sessions/${id}/status`, { status: to, reason });
    expect((await status('in_progress')).statusCode).toBe(409);
    const bare = await status('scheduled');
    expect(bare.statusCode).toBe(409);
    expect(bare.json().error.message).toBe('a session needs days, a room, a lead trainer before it is scheduled');
    await s.request('PATCH', `/api/v1/sessions/${id}`, { days: feb(1, 2), roomId: w.roomId, trainers: [{ trainerId: w.lead, role: 'lead' }] });
    expect((await status('scheduled')).json().status).toBe('scheduled');
    const early = await status('completed');
    expect(early.statusCode).toBe(409);
    expect(early.json().error.message).toBe('the session ends on 2027-02-02; it can be completed on or after that day');
    // A session that ended before today (2026-11-29) can be completed.
    const past = (await s.request('POST', '/api/v1/sessions', { courseId: w.course.id, days: [day('2026-11-23'), day('2026-11-24')], roomId: w.roomId, trainers: [{ trainerId: w.lead, role: 'lead' }] })).json().id as string;
    expect((await s.request('POST', `/api/v1/sessions/${past}/status`, { status: 'scheduled' })).json().status).toBe('scheduled');
    expect((await s.request('POST', `/api/v1/sessions/${past}/status`, { status: 'completed' })).json().status).toBe('completed');
    expect((await s.request('POST', `/api/v1/sessions/${past}/status`, { status: 'cancelled', reason: 'Too late' })).statusCode).toBe(409);
  });

  it('cancels with a reason, telling enrolled and waitlisted officers and internal trainers', async () => {
    const w = await world();
    const { id } = await createSession(ctx.database, adm.id, { courseId: w.course.id, startDay: '2027-04-05', roomId: w.roomId, leadTrainerId: w.lead });
    const officers = [await createOfficer(ctx.database, adm.id, adm.rootUnitId), await createOfficer(ctx.database, adm.id, adm.rootUnitId)];
    await enrolDirectly(ctx.database, adm.id, id, [officers[0]!.id]);
    await ctx.database.raw.query(`insert into enrolments (administration_id, session_id, officer_id, status, origin, waitlist_seq) values ($1, $2, $3, 'waitlisted', 'manager', 1)`, [
      adm.id,
      id,
      officers[1]!.id,
    ]);
    expect((await s.request('POST', `/api/v1/sessions/${id}/status`, { status: 'cancelled' })).statusCode).toBe(400);
    expect((await s.request('POST', `/api/v1/sessions/${id}/status`, { status: 'cancelled', reason: 'Trainer\r\nBcc: x' })).statusCode).toBe(400);
    const res = await s.request('POST', `/api/v1/sessions/${id}/status`, { status: 'cancelled', reason: 'Venue flooded' });
    expect(res.json()).toMatchObject({ status: 'cancelled', cancelReason: 'Venue flooded', enrolledCount: 0 });
    const sent = await ctx.database.raw.query<{ officer_id: string; kind: string; reason: string }>(
      `select officer_id, kind, reason from notifications where administration_id = $1 and session_id = $2 order by officer_id`,
      [adm.id, id],
    );
    expect(sent.map((n) => n.officer_id).sort()).toEqual([officers[0]!.id, officers[1]!.id, w.trainerOfficer].sort());
    expect(new Set(sent.map((n) => `${n.kind}:${n.reason}`))).toEqual(new Set(['cancellation:Venue flooded']));
    const left = await ctx.database.raw.query<{ status: string }>(`select distinct status from enrolments where administration_id = $1 and session_id = $2`, [adm.id, id]);
    expect(left).toEqual([{ status: 'cancelled' }]);
  });

  it('refuses a capacity below the seats taken', async () => {
    const w = await world();
    const { id } = await createSession(ctx.database, adm.id, { courseId: w.course.id, startDay: '2027-04-12', roomId: w.roomId, leadTrainerId: w.lead, capacity: 5 });
    await enrolDirectly(ctx.database, adm.id, id, [(await createOfficer(ctx.database, adm.id, adm.rootUnitId)).id, (await createOfficer(ctx.database, adm.id, adm.rootUnitId)).id]);
    expect((await s.request('PATCH', `/api/v1/sessions/${id}`, { capacity: 1 })).statusCode).toBe(409);
    expect((await s.request('PATCH', `/api/v1/sessions/${id}`, { capacity: 8 })).json().capacity).toBe(8);
  });
});

describe('from the approved plan', () => {
  it('creates the quarter runs once, splitting target groups; only approved plans', async () => {
    const course = await createCourse(ctx.database, adm.id, { capacity: 18 });
    const other = await createCourse(ctx.database, adm.id);
    const plan = await createPlan(ctx.database, adm.id, [
      { courseId: course.id, period: '2027Q1', count: 2, participants: { 'unit-a|pos': 20, 'unit-b|pos': 10 } },
      { courseId: other.id, period: '2027Q2', count: 1, participants: { 'unit-a|pos': 12 } },
    ]);
    const first = await s.request('POST', '/api/v1/sessions/from-plan', { planId: plan, period: '2027Q1' });
    expect(first.json()).toMatchObject({ created: 2, skipped: 0 });
    const made = (await s.request('GET', `/api/v1/sessions?planId=${plan}&period=2027Q1`)).json().items;
    expect(made.map((m: { code: string }) => m.code).sort()).toEqual([`${course.code}-2027-01`, `${course.code}-2027-02`]);
    expect(made.every((m: { status: string; capacity: number }) => m.status === 'draft' && m.capacity === 18)).toBe(true);
    const groups = await Promise.all(made.map(async (m: { id: string }) => (await s.request('GET', `/api/v1/sessions/${m.id}`)).json().targetGroups));
    expect(groups).toContainEqual({ 'unit-a|pos': 10, 'unit-b|pos': 5 });
    expect((await s.request('POST', '/api/v1/sessions/from-plan', { planId: plan, period: '2027Q1' })).json()).toMatchObject({ created: 0, skipped: 2 });
    const draftPlan = await createPlan(ctx.database, adm.id, [], 'draft');
    expect((await s.request('POST', '/api/v1/sessions/from-plan', { planId: draftPlan, period: '2027Q1' })).statusCode).toBe(409);
  });
});

describe('costs', () => {
  it('records actual costs by category and funding source', async () => {
    const w = await world();
    const { id } = await createSession(ctx.database, adm.id, { courseId: w.course.id, startDay: '2027-05-03' });
    const source = (await s.request('POST', '/api/v1/funding-sources', { name: 'WCO-Norad', kind: 'donor' })).json().id as string;
    const created = await s.request('POST', `/api/v1/sessions/${id}/costs`, { category: 'trainerFees', sourceId: source, amount: 1200.5, note: 'Expert fee' });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ category: 'trainerFees', sourceName: 'WCO-Norad', amount: 1200.5 });
    await s.request('POST', `/api/v1/sessions/${id}/costs`, { category: 'venue', amount: 300 });
    const patched = await s.request('PATCH', `/api/v1/session-costs/${created.json().id}`, { amount: 1100 });
    expect(patched.json().amount).toBe(1100);
    expect((await s.request('GET', `/api/v1/sessions/${id}/costs`)).json().items.map((c: { amount: number }) => c.amount)).toEqual([1100, 300]);
    expect((await s.request('POST', `/api/v1/sessions/${id}/costs`, { category: 'food', amount: 1 })).statusCode).toBe(400);
    expect((await s.request('DELETE', `/api/v1/session-costs/${created.json().id}`)).statusCode).toBe(204);
    expect((await s.request('GET', `/api/v1/sessions/${id}/costs`)).json().items).toHaveLength(1);
  });
});
