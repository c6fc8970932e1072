import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOfficer, createTestApp, createUser, managerOf, type Session, signIn, type TestContext } from '../../../test/harness.js';
import { fundingLookups } from '../funding/funding.lookups.js';
import { createCourse, createSession } from './centre.test-factories.js';

let ctx: TestContext;
let s: Session;
let adm: Awaited<ReturnType<typeof managerOf>>['adm'];

beforeAll(async () => {
  ctx = await createTestApp();
  ({ adm, session: s } = await managerOf(ctx));
});
afterAll(() => ctx.close());

const paths = (res: { json(): { error: { details: { path: string }[] } } }) => res.json().error.details.map((d) => d.path);

describe('the trainer pool', () => {
  it('adds an internal trainer from an officer record and an external expert; lists them with their figures', async () => {
    const officer = await createOfficer(ctx.database, adm.id, adm.rootUnitId, { familyName: 'Ximenes' });
    const internal = await s.request('POST', '/api/v1/trainers', { kind: 'internal', officerId: officer.id, daysPerQuarter: 15, languages: ['pt', 'tet'] });
    expect(internal.statusCode).toBe(201);
    expect(internal.json()).toMatchObject({ kind: 'internal', name: 'Maria Ximenes', organisation: 'Directorate General', employeeNumber: officer.employeeNumber, daysPerQuarter: 15 });
    const expert = await s.request('POST', '/api/v1/trainers', {
      kind: 'external',
      name: 'Jean Dupont',
      organisation: 'WCO',
      email: 'jean@example.org',
      dailyFee: 450,
      languages: ['en', 'fr'],
      daysPerQuarter: 5,
    });
    expect(expert.statusCode).toBe(201);
    expect(expert.json()).toMatchObject({ kind: 'external', organisation: 'WCO', dailyFee: 450, highestStatus: null });

    const course = await createCourse(ctx.database, adm.id);
    const q = await s.request('POST', `/api/v1/trainers/${internal.json().id}/qualifications`, { courseId: course.id, status: 'co_trainer', since: '2016-05-01' });
    expect(q.statusCode).toBe(201);
    await createSession(ctx.database, adm.id, { courseId: course.id, startDay: '2026-11-30', leadTrainerId: internal.json().id });
    await createSession(ctx.database, adm.id, { courseId: course.id, startDay: '2026-05-04', leadTrainerId: internal.json().id });

    const list = (await s.request('GET', '/api/v1/trainers')).json().items;
    expect(list.find((t: { id: string }) => t.id === internal.json().id)).toMatchObject({ highestStatus: 'co_trainer', qualifiedCourses: 1, sessionsThisQuarter: 1 });
    expect((await s.request('GET', '/api/v1/trainers?kind=external')).json().items.map((t: { id: string }) => t.id)).toEqual([expert.json().id]);
    expect((await s.request('GET', '/api/v1/trainers?status=co_trainer')).json().items.map((t: { id: string }) => t.id)).toEqual([internal.json().id]);
  });

  it('refuses an unknown officer (404), a second trainer for one officer (409), bad fields (400)', async () => {
    expect((await s.request('POST', '/api/v1/trainers', { kind: 'internal', officerId: '00000000-0000-4000-8000-000000000000' })).statusCode).toBe(404);
    const officer = await createOfficer(ctx.database, adm.id, adm.rootUnitId);
    expect((await s.request('POST', '/api/v1/trainers', { kind: 'internal', officerId: officer.id })).statusCode).toBe(201);
    expect((await s.request('POST', '/api/v1/trainers', { kind: 'internal', officerId: officer.id })).statusCode).toBe(409);
    expect(paths(await s.request('POST', '/api/v1/trainers', { kind: 'external', name: 'X', daysPerQuarter: 93 }))).toEqual(['body.daysPerQuarter']);
    expect(paths(await s.request('POST', '/api/v1/trainers', { kind: 'external', name: 'X', email: 'not-mail' }))).toEqual(['body.email']);
    const internalId = (await s.request('GET', '/api/v1/trainers?kind=internal')).json().items[0].id as string;
    expect(paths(await s.request('PATCH', `/api/v1/trainers/${internalId}`, { name: 'Renamed', dailyFee: 10 }))).toEqual(['body.name', 'body.dailyFee']);
  });
});

describe('qualifications and the path', () => {
  it('promotes with a promoted event, refuses a silent demotion, keeps the evidence timeline', async () => {
    const trainer = (await s.request('POST', '/api/v1/trainers', { kind: 'external', name: 'Ana Lopes', organisation: 'Mozambique Customs' })).json().id as string;
    const course = await createCourse(ctx.database, adm.id);
    const created = (await s.request('POST', `/api/v1/trainers/${trainer}/qualifications`, { courseId: course.id, note: 'ToT course Maputo' })).json();
    expect(created).toMatchObject({ status: 'trained', courseCode: course.code, events: [{ kind: 'course_attended', statusTo: 'trained', note: 'ToT course Maputo' }] });
    const session = await createSession(ctx.database, adm.id, { courseId: course.id, startDay: '2026-10-05' });
    const evidence = await s.request('POST', `/api/v1/trainer-qualifications/${created.id}/events`, { kind: 'co_delivered', sessionId: session.id, day: '2026-10-07' });
    expect(evidence.statusCode).toBe(201);
    expect(paths(await s.request('POST', `/api/v1/trainer-qualifications/${created.id}/events`, { kind: 'observation' }))).toEqual(['body.observationResult']);
    await s.request('POST', `/api/v1/trainer-qualifications/${created.id}/events`, { kind: 'observation', observationResult: 'exceeds', day: '2026-10-08' });
    const promoted = await s.request('PATCH', `/api/v1/trainer-qualifications/${created.id}`, { status: 'lead', note: 'two co-deliveries, observation exceeds' });
    expect(promoted.json().status).toBe('lead');
    expect(promoted.json().events.map((e: { kind: string }) => e.kind)).toEqual(['co_delivered', 'observation', 'course_attended', 'promoted']);
    expect(promoted.json().events[0].sessionCode).toBeTruthy();

    expect(paths(await s.request('PATCH', `/api/v1/trainer-qualifications/${created.id}`, { status: 'trained' }))).toEqual(['body.note']);
    const demoted = await s.request('PATCH', `/api/v1/trainer-qualifications/${created.id}`, { status: 'co_trainer', note: 'observation below standard' });
    expect(demoted.json()).toMatchObject({ status: 'co_trainer' });
    expect(demoted.json().events.at(-1)).toMatchObject({ kind: 'demoted', statusTo: 'co_trainer', note: 'observation below standard' });
    expect((await s.request('POST', `/api/v1/trainers/${trainer}/qualifications`, { courseId: course.id })).statusCode).toBe(409);
    expect((await s.request('POST', `/api/v1/trainers/${trainer}/qualifications`, { competencyCode: 'valuation-basics', status: 'master' })).statusCode).toBe(201);
    expect((await s.request('POST', `/api/v1/trainers/${trainer}/qualifications`, { competencyCode: 'no-such-thing' })).statusCode).toBe(404);
    expect(paths(await s.request('POST', `/api/v1/trainers/${trainer}/qualifications`, { courseId: course.id, competencyCode: 'valuation-basics' }))).toEqual(['body.courseId']);
  });

  it('answers 404 for another administration’s course and session', async () => {
    const other = await managerOf(ctx);
    const foreignCourse = await createCourse(ctx.database, other.adm.id);
    const trainer = (await s.request('POST', '/api/v1/trainers', { kind: 'external', name: 'Tom Baker' })).json().id as string;
    expect((await s.request('POST', `/api/v1/trainers/${trainer}/qualifications`, { courseId: foreignCourse.id })).statusCode).toBe(404);
    const q = (await s.request('POST', `/api/v1/trainers/${trainer}/qualifications`, { courseId: (await createCourse(ctx.database, adm.id)).id })).json().id as string;
    const foreignSession = await createSession(ctx.database, other.adm.id, { courseId: foreignCourse.id, startDay: '2026-10-05' });
    expect((await s.request('POST', `/api/v1/trainer-qualifications/${q}/events`, { kind: 'co_delivered', sessionId: foreignSession.id })).statusCode).toBe(404);
  });
});

describe('leave and access', () => {
  it('adds, refuses to before from (400) and overlaps (409), edits and deletes leave', async () => {
    const trainer = (await s.request('POST', '/api/v1/trainers', { kind: 'external', name: 'Leave Taker' })).json().id as string;
    expect(paths(await s.request('POST', `/api/v1/trainers/${trainer}/leave`, { fromDay: '2027-02-10', toDay: '2027-02-01' }))).toEqual(['body.toDay']);
    const leave = await s.request('POST', `/api/v1/trainers/${trainer}/leave`, { fromDay: '2027-02-01', toDay: '2027-02-10', reason: 'Annual leave' });
    expect(leave.statusCode).toBe(201);
    expect((await s.request('POST', `/api/v1/trainers/${trainer}/leave`, { fromDay: '2027-02-09', toDay: '2027-02-12' })).statusCode).toBe(409);
    const edited = await s.request('PATCH', `/api/v1/trainer-leave/${leave.json().id}`, { fromDay: '2027-02-01', toDay: '2027-02-03', reason: null });
    expect(edited.json()).toMatchObject({ toDay: '2027-02-03', reason: null });
    expect((await s.request('GET', `/api/v1/trainers/${trainer}`)).json().leave).toHaveLength(1);
    expect((await s.request('DELETE', `/api/v1/trainer-leave/${leave.json().id}`)).statusCode).toBe(204);
  });

  it('lets a trainer read their own record only; others read the list; writes need CentreWrite', async () => {
    const officer = await createOfficer(ctx.database, adm.id, adm.rootUnitId);
    const mine = (await s.request('POST', '/api/v1/trainers', { kind: 'internal', officerId: officer.id })).json().id as string;
    const another = (await s.request('POST', '/api/v1/trainers', { kind: 'external', name: 'Someone Else' })).json().id as string;
    const trainer = await signIn(ctx.app, await createUser(ctx.database, { administrationId: adm.id, roles: [{ role: 'trainer' }], officerId: officer.id }));
    expect((await trainer.request('GET', `/api/v1/trainers/${mine}`)).statusCode).toBe(200);
    expect((await trainer.request('GET', '/api/v1/trainers/me')).json().id).toBe(mine);
    expect((await trainer.request('GET', `/api/v1/trainers/${another}`)).statusCode).toBe(404);
    expect((await trainer.request('GET', '/api/v1/trainers')).statusCode).toBe(200);
    expect((await trainer.request('PATCH', `/api/v1/trainers/${mine}`, { daysPerQuarter: 90 })).statusCode).toBe(403);
  });
});

describe('trainer-days from the pool', () => {
  it('replaces the manual figure in planning inputs while the pool has an active trainer', async () => {
    const fresh = await managerOf(ctx);
    const m = fresh.session;
    const read = () => ctx.database.transaction({ administrationId: fresh.adm.id }, (tx) => fundingLookups.trainerDays(tx, fresh.adm.id, ['2017Q1', '2017Q2']));
    await m.request('PUT', '/api/v1/capacity/trainer-days', { days: { '2017Q1': 40, '2017Q2': 40 } });
    expect(await read()).toEqual({ '2017Q1': 40, '2017Q2': 40 });

    const a = (await m.request('POST', '/api/v1/trainers', { kind: 'external', name: 'Pool A', daysPerQuarter: 20 })).json().id as string;
    const b = (await m.request('POST', '/api/v1/trainers', { kind: 'external', name: 'Pool B', daysPerQuarter: 12 })).json().id as string;
    // One week of leave (Mon 2017-03-06 to Sun 2017-03-12) with a public holiday on the Wednesday: 4 working days.
    await m.request('POST', `/api/v1/trainers/${a}/leave`, { fromDay: '2017-03-06', toDay: '2017-03-12' });
    await m.request('POST', '/api/v1/public-holidays', { holidays: [{ day: '2017-03-08', name: 'Women’s Day' }] });
    await m.request('POST', `/api/v1/trainers/${b}/leave`, { fromDay: '2017-04-03', toDay: '2017-06-30' });
    expect(await read()).toEqual({ '2017Q1': 16 + 12, '2017Q2': 20 + 0 });

    const grid = (await m.request('GET', '/api/v1/capacity/trainer-days?fromYear=2017&toYear=2017')).json();
    expect(grid.periods[0]).toEqual({ period: '2017Q1', days: 28, source: 'pool' });

    await m.request('PATCH', `/api/v1/trainers/${a}`, { active: false });
    await m.request('PATCH', `/api/v1/trainers/${b}`, { active: false });
    expect(await read()).toEqual({ '2017Q1': 40, '2017Q2': 40 });
    expect((await m.request('GET', '/api/v1/capacity/trainer-days?fromYear=2017&toYear=2017')).json().periods[0]).toEqual({ period: '2017Q1', days: 40 });
  });
});
