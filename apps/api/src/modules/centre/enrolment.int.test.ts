import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, createUser, managerOf, type Session, signIn, type TestContext } from '../../../test/harness.js';
import { createCourse, createSession, createTrainer, enrolDirectly } from './centre.test-factories.js';
import { enrolmentWorld, notificationsOf } from './enrolment.test-factories.js';

let ctx: TestContext;
let tenant: Awaited<ReturnType<typeof managerOf>>;
let s: Session;
let world: Awaited<ReturnType<typeof enrolmentWorld>>;
let courseId: string;

beforeAll(async () => {
  ctx = await createTestApp();
  tenant = await managerOf(ctx);
  s = tenant.session;
  world = await enrolmentWorld(ctx, tenant);
  courseId = (await createCourse(ctx.database, tenant.adm.id)).id;
});
afterAll(() => ctx.close());

const adm = () => tenant.adm.id;
const newSession = (opts: { capacity?: number; startDay?: string; status?: string; openForRequests?: boolean; course?: string; leadTrainerId?: string; days?: number } = {}) =>
  createSession(ctx.database, adm(), { courseId: opts.course ?? courseId, startDay: opts.startDay ?? '2026-12-07', ...opts });
const seats = async (sessionId: string) =>
  (await ctx.database.raw.query<{ n: number }>(`select enrolled_count as n from course_sessions where id = $1`, [sessionId]))[0]!.n;

describe('direct enrolment by the manager', () => {
  it('seats while there is room, then waitlists in order; a withdrawal promotes the first in line', async () => {
    const session = await newSession({ capacity: 2, startDay: '2027-01-04' });
    const { inA, inA2, inB } = world.officers;
    const res = await s.request('POST', `/api/v1/sessions/${session.id}/enrolments`, { officerIds: [inA.id, inA2.id, inB.id] });
    expect(res.statusCode).toBe(201);
    expect(res.json().items.map((i: { status: string; waitlistPosition: number | null }) => [i.status, i.waitlistPosition])).toEqual([
      ['enrolled', null],
      ['enrolled', null],
      ['waitlisted', 1],
    ]);
    expect(await seats(session.id)).toBe(2);

    const again = await s.request('POST', `/api/v1/sessions/${session.id}/enrolments`, { officerIds: [inB.id] });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.message).toContain('(waitlisted)');

    const first = res.json().items[0].enrolmentId as string;
    const withdrawn = await s.request('POST', `/api/v1/enrolments/${first}/withdraw`, { reason: 'Needed at the port' });
    expect(withdrawn.json()).toMatchObject({ status: 'withdrawn', reason: 'Needed at the port' });
    expect(await seats(session.id)).toBe(2);
    const list = (await s.request('GET', `/api/v1/sessions/${session.id}/enrolments`)).json();
    expect(list.items.find((e: { officerId: string }) => e.officerId === inB.id)).toMatchObject({ status: 'enrolled', waitlistPosition: null });
    const notes = await notificationsOf(ctx.database, adm());
    expect(notes.filter((n) => n.session_id === session.id).map((n) => n.kind).sort()).toEqual(['approval', 'approval', 'change', 'promotion', 'waitlist']);
    // A withdrawn officer can be enrolled again: the closed enrolment opens anew, at the end of the queue.
    const back = await s.request('POST', `/api/v1/sessions/${session.id}/enrolments`, { officerIds: [inA.id] });
    expect(back.json().items[0]).toMatchObject({ enrolmentId: first, status: 'waitlisted', waitlistPosition: 1 });
  });

  it('refuses draft, cancelled and completed sessions, officers who left, unknown officers', async () => {
    for (const status of ['draft', 'cancelled', 'completed']) {
      const session = await newSession({ status, startDay: '2027-02-01' });
      const res = await s.request('POST', `/api/v1/sessions/${session.id}/enrolments`, { officerIds: [world.officers.inA.id] });
      expect({ status, code: res.statusCode }).toEqual({ status, code: 409 });
      expect(res.json().error.message).toContain(status);
    }
    const session = await newSession({ startDay: '2027-02-08' });
    const { createOfficer } = await import('../../../test/harness.js');
    const gone = await createOfficer(ctx.database, adm(), world.units.unitB, { familyName: 'Gone' });
    await ctx.database.raw.query(`update officers set status = 'left' where id = $1`, [gone.id]);
    const left = await s.request('POST', `/api/v1/sessions/${session.id}/enrolments`, { officerIds: [gone.id] });
    expect(left.statusCode).toBe(409);
    expect(left.json().error.details.problems).toEqual([{ officerId: gone.id, officerName: 'Maria Gone', problem: 'left' }]);
    const unknown = await s.request('POST', `/api/v1/sessions/${session.id}/enrolments`, { officerIds: ['00000000-0000-4000-8000-000000000001'] });
    expect(unknown.statusCode).toBe(404);
    const twice = await s.request('POST', `/api/v1/sessions/${session.id}/enrolments`, { officerIds: [gone.id, gone.id] });
    expect(twice.statusCode).toBe(400);
  });

  it('refuses a seat on days the officer is already enrolled elsewhere, naming the session', async () => {
    const a = await newSession({ startDay: '2027-03-01', days: 3 });
    const b = await createSession(ctx.database, adm(), { courseId, startDay: '2027-03-03', days: 2, code: 'OVERLAP-B' });
    await enrolDirectly(ctx.database, adm(), b.id, [world.officers.inA2.id]);
    const res = await s.request('POST', `/api/v1/sessions/${a.id}/enrolments`, { officerIds: [world.officers.inA2.id] });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.message).toContain('OVERLAP-B');
    expect(res.json().error.message).toContain('2027-03-03');
  });
});

describe('prerequisites', () => {
  it('names the missing courses; the manager may override, and the override is recorded', async () => {
    const basics = await createCourse(ctx.database, adm(), { code: 'VAL-101' });
    const advanced = await createCourse(ctx.database, adm(), { code: 'VAL-201' });
    await ctx.database.raw.query(`insert into course_prerequisites (administration_id, course_id, prerequisite_id) values ($1, $2, $3)`, [adm(), advanced.id, basics.id]);
    const session = await newSession({ course: advanced.id, startDay: '2027-04-05' });
    const { inA, inA2 } = world.officers;
    const nominated = await world.supervisor.request('POST', `/api/v1/sessions/${session.id}/nominations`, { officerIds: [inA.id] });
    expect(nominated.statusCode).toBe(409);
    expect(nominated.json().error.message).toContain('VAL-101');
    expect(nominated.json().error.details.problems[0]).toMatchObject({ problem: 'prerequisites', courses: ['VAL-101 Course VAL-101'] });

    const overridden = await s.request('POST', `/api/v1/sessions/${session.id}/enrolments`, { officerIds: [inA.id], override: true, reason: 'Trained abroad' });
    expect(overridden.statusCode).toBe(201);
    const row = (await s.request('GET', `/api/v1/sessions/${session.id}/enrolments`)).json().items[0];
    expect(row.reason).toBe('prerequisites overridden: VAL-101 Course VAL-101 — Trained abroad');

    // Evidence from the prerequisite course counts as completed.
    await ctx.database.raw.query(
      `insert into training_evidence (administration_id, officer_id, competency_code, levels, source, course_id, on_day) values ($1, $2, 'valuation-basics', 1, 'course', $3, '2026-01-10')`,
      [adm(), inA2.id, basics.id],
    );
    expect((await world.supervisor.request('POST', `/api/v1/sessions/${session.id}/nominations`, { officerIds: [inA2.id] })).statusCode).toBe(201);
  });
});

describe('nominations', () => {
  it('a supervisor nominates their subtree only; the manager approves or declines with a reason', async () => {
    const session = await newSession({ capacity: 1, startDay: '2027-05-03' });
    const { inA, inA2, inB } = world.officers;
    expect((await world.supervisor.request('POST', `/api/v1/sessions/${session.id}/nominations`, { officerIds: [inA.id, inB.id] })).statusCode).toBe(404);
    const res = await world.supervisor.request('POST', `/api/v1/sessions/${session.id}/nominations`, { officerIds: [inA.id, inA2.id], note: 'Needs it for the new code' });
    expect(res.statusCode).toBe(201);
    const [a, b] = res.json().items as { enrolmentId: string; status: string }[];
    expect(a!.status).toBe('nominated');
    // The supervisor cannot decide nominations; their team's list shows them.
    expect((await world.supervisor.request('POST', `/api/v1/enrolments/${a!.enrolmentId}/decision`, { decision: 'approve' })).statusCode).toBe(403);
    const queue = (await s.request('GET', '/api/v1/enrolments?status=nominated')).json().items.map((e: { id: string }) => e.id);
    expect(queue).toEqual(expect.arrayContaining([a!.enrolmentId, b!.enrolmentId]));
    expect((await world.supervisor.request('GET', '/api/v1/enrolments?status=nominated')).statusCode).toBe(403);

    const noReason = await s.request('POST', `/api/v1/enrolments/${b!.enrolmentId}/decision`, { decision: 'decline' });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().error.details.map((d: { path: string }) => d.path)).toEqual(['body.reason']);
    const crlf = await s.request('POST', `/api/v1/enrolments/${b!.enrolmentId}/decision`, { decision: 'decline', reason: 'No\r\nBcc: x@example.test' });
    expect(crlf.statusCode).toBe(400);

    const bulk = await s.request('POST', '/api/v1/enrolments/decisions', { ids: [a!.enrolmentId, b!.enrolmentId], decision: 'approve' });
    expect(bulk.json().items).toEqual([
      { id: a!.enrolmentId, status: 'enrolled', waitlistPosition: null, error: null },
      { id: b!.enrolmentId, status: 'waitlisted', waitlistPosition: 1, error: null },
    ]);
    const decided = await s.request('POST', `/api/v1/enrolments/${b!.enrolmentId}/decision`, { decision: 'decline', reason: 'Full' });
    expect(decided.statusCode).toBe(409);
    expect(decided.json().error.message).toContain('waitlisted');

    const kinds = (await notificationsOf(ctx.database, adm())).filter((n) => n.session_id === session.id).map((n) => n.kind).sort();
    expect(kinds).toEqual(['approval', 'nomination', 'nomination', 'waitlist']);

    // The supervisor sees their subtree's enrolments of the session; the officer of unit B would not show.
    await s.request('POST', `/api/v1/sessions/${session.id}/enrolments`, { officerIds: [inB.id] });
    const seen = (await world.supervisor.request('GET', `/api/v1/sessions/${session.id}/enrolments`)).json().items.map((e: { officerId: string }) => e.officerId);
    expect(seen.sort()).toEqual([inA.id, inA2.id].sort());
  });

  it('declines with a reason, and the officer may be nominated again', async () => {
    const session = await newSession({ startDay: '2027-05-17' });
    const id = (await world.supervisor.request('POST', `/api/v1/sessions/${session.id}/nominations`, { officerIds: [world.officers.inA.id] })).json().items[0].enrolmentId;
    const declined = await s.request('POST', `/api/v1/enrolments/${id}/decision`, { decision: 'decline', reason: 'Not this quarter' });
    expect(declined.json()).toMatchObject({ status: 'declined', reason: 'Not this quarter' });
    const notes = (await notificationsOf(ctx.database, adm())).filter((n) => n.session_id === session.id && n.kind === 'decline');
    expect(notes).toEqual([expect.objectContaining({ officer_id: world.officers.inA.id, reason: 'Not this quarter' })]);
    const again = await world.supervisor.request('POST', `/api/v1/sessions/${session.id}/nominations`, { officerIds: [world.officers.inA.id] });
    expect(again.json().items[0]).toMatchObject({ enrolmentId: id, status: 'nominated' });
  });
});

describe('requests by officers', () => {
  it('an officer requests an open session; their supervisor is told and decides; the officer may withdraw', async () => {
    const closed = await newSession({ startDay: '2027-06-07' });
    expect((await world.learner.request('POST', `/api/v1/sessions/${closed.id}/requests`, {})).statusCode).toBe(409);
    const open = await newSession({ capacity: 5, startDay: '2027-06-14', openForRequests: true });
    const res = await world.learner.request('POST', `/api/v1/sessions/${open.id}/requests`, { note: 'For my posting at the airport' });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ officerId: world.officers.inA.id, status: 'requested' });
    const id = res.json().enrolmentId as string;
    const told = (await notificationsOf(ctx.database, adm())).filter((n) => n.session_id === open.id && n.kind === 'request');
    expect(told.map((n) => n.user_id)).toEqual([world.supervisorUser.id]);

    const mine = (await world.learner.request('GET', '/api/v1/me/enrolments')).json();
    expect(mine.items.find((e: { id: string }) => e.id === id)).toMatchObject({ status: 'requested' });
    expect(mine.openSessions.map((o: { id: string }) => o.id)).toContain(open.id);
    expect(mine.openSessions.map((o: { id: string }) => o.id)).not.toContain(closed.id);

    // The officer cannot decide; the supervisor's queue shows the request.
    expect((await world.learner.request('POST', `/api/v1/enrolments/${id}/decision`, { decision: 'approve' })).statusCode).toBe(403);
    expect((await world.supervisor.request('GET', '/api/v1/enrolments?status=requested')).json().items.map((e: { id: string }) => e.id)).toEqual([id]);
    const approved = await world.supervisor.request('POST', `/api/v1/enrolments/${id}/decision`, { decision: 'approve' });
    expect(approved.json()).toMatchObject({ status: 'enrolled', decidedBy: expect.any(String) });
    expect(await seats(open.id)).toBe(1);

    const out = await world.learner.request('POST', `/api/v1/enrolments/${id}/withdraw`, {});
    expect(out.json().status).toBe('withdrawn');
    expect(await seats(open.id)).toBe(0);
    expect((await world.learner.request('POST', `/api/v1/enrolments/${id}/withdraw`, {})).statusCode).toBe(409);
  });

  it('hides other officers’ enrolments from an officer (404)', async () => {
    const session = await newSession({ startDay: '2027-06-28' });
    const other = (await s.request('POST', `/api/v1/sessions/${session.id}/enrolments`, { officerIds: [world.officers.inB.id] })).json().items[0].enrolmentId;
    expect((await world.learner.request('POST', `/api/v1/enrolments/${other}/withdraw`, {})).statusCode).toBe(404);
    expect((await world.supervisor.request('POST', `/api/v1/enrolments/${other}/withdraw`, {})).statusCode).toBe(404);
    expect((await world.learner.request('GET', `/api/v1/sessions/${session.id}/enrolments`)).statusCode).toBe(404);
  });
});

describe('views', () => {
  it('a trainer of the session sees the enrolled list only', async () => {
    const { createOfficer } = await import('../../../test/harness.js');
    const trainerOfficer = await createOfficer(ctx.database, adm(), world.units.unitB, { familyName: 'Trainer' });
    const trainer = await createTrainer(ctx.database, adm(), { officerId: trainerOfficer.id, courses: [courseId] });
    const user = await createUser(ctx.database, { administrationId: adm(), roles: [{ role: 'trainer' }], officerId: trainerOfficer.id });
    const t = await signIn(ctx.app, user);
    const session = await newSession({ capacity: 1, startDay: '2027-07-05', leadTrainerId: trainer.id });
    await s.request('POST', `/api/v1/sessions/${session.id}/enrolments`, { officerIds: [world.officers.inA.id, world.officers.inB.id] });
    const seen = (await t.request('GET', `/api/v1/sessions/${session.id}/enrolments`)).json();
    expect(seen.items.map((e: { status: string }) => e.status)).toEqual(['enrolled']);
    const notMine = await newSession({ startDay: '2027-07-12' });
    expect((await t.request('GET', `/api/v1/sessions/${notMine.id}/enrolments`)).statusCode).toBe(404);
  });

  it('the team view lists the subtree with enrolments, completed courses, and sessions planned for their group', async () => {
    const [unit] = await ctx.database.raw.query<{ code: string }>(`select code from org_units where id = $1`, [world.units.unitA1]);
    const session = await newSession({ startDay: '2027-08-02' });
    await ctx.database.raw.query(`update course_sessions set target_groups = $2 where id = $1`, [session.id, JSON.stringify({ [`${unit!.code.toLowerCase()}/co`]: 12 })]);
    const done = await newSession({ startDay: '2026-10-05', status: 'completed' });
    await enrolDirectly(ctx.database, adm(), done.id, [world.officers.inA2.id]);
    await ctx.database.raw.query(`insert into session_results (administration_id, session_id, officer_id, completed) values ($1, $2, $3, true)`, [adm(), done.id, world.officers.inA2.id]);
    const team = (await world.supervisor.request('GET', '/api/v1/team')).json();
    const names = team.officers.map((o: { id: string }) => o.id);
    expect(names).toEqual(expect.arrayContaining([world.officers.inA.id, world.officers.inA2.id, world.officers.supervisor.id]));
    expect(names).not.toContain(world.officers.inB.id);
    expect(team.officers.find((o: { id: string }) => o.id === world.officers.inA2.id).completed).toEqual([
      expect.objectContaining({ sessionId: done.id, endDay: '2026-10-07' }),
    ]);
    expect(team.sessions.find((x: { id: string }) => x.id === session.id).targetOfficerIds).toEqual([world.officers.inA.id]);
    expect(team.sessions.map((x: { id: string }) => x.id)).not.toContain(done.id);
    expect((await world.learner.request('GET', '/api/v1/team')).statusCode).toBe(403);
  });
});
