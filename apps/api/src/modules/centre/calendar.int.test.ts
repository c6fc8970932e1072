import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOfficer, createTestApp, managerOf, signIn, type TestContext } from '../../../test/harness.js';
import { createOfficerAccount } from './calendar.test-factories.js';
import { createCourse, createRoom, createSession, createTrainer, enrolDirectly } from './centre.test-factories.js';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestApp({ env: { PUBLIC_URL: 'https://formasaun.example' } });
});
afterAll(() => ctx.close());

const pathOf = (url: string) => new URL(url).pathname;

function parseFeed(body: string) {
  const comp = new ICAL.Component(ICAL.parse(body));
  for (const tz of comp.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(tz);
  return comp.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
}

describe('calendar feeds', () => {
  it('creates a secret URL, serves the feed publicly, and answers 404 once revoked', async () => {
    const { adm, session } = await managerOf(ctx);
    const course = await createCourse(ctx.database, adm.id, { code: 'VAL-101' });
    const { roomId } = await createRoom(ctx.database, adm.id, { venueName: 'Dili centre' });
    const s = await createSession(ctx.database, adm.id, { courseId: course.id, startDay: '2026-12-07', days: 2, roomId, code: 'VAL-101-01' });
    await ctx.database.raw.query(`update session_days set starts_at = '09:00', ends_at = '12:30' where session_id = $1 and day = '2026-12-08'`, [s.id]);
    await createSession(ctx.database, adm.id, { courseId: course.id, startDay: '2026-12-14', status: 'draft' });
    await createSession(ctx.database, adm.id, { courseId: course.id, startDay: '2025-01-06' });

    const res = await session.request('POST', '/api/v1/calendar-feeds', { scope: 'centre' });
    expect(res.statusCode).toBe(201);
    const created = res.json();
    expect(created.url).toMatch(/^https:\/\/formasaun\.example\/api\/v1\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);
    const stored = await ctx.database.raw.query<{ token_hash: string }>(`select token_hash from calendar_feeds where id = $1`, [created.id]);
    expect(stored[0]!.token_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(created.url).not.toContain(stored[0]!.token_hash);

    const feed = await ctx.app.inject({ method: 'GET', url: pathOf(created.url) });
    expect(feed.statusCode).toBe(200);
    expect(feed.headers['content-type']).toBe('text/calendar; charset=utf-8');
    expect(feed.headers['cache-control']).toContain('private');
    expect(feed.body).toContain('\r\nTZID:Asia/Dili\r\n');
    const events = parseFeed(feed.body);
    // Two days of the scheduled session: not the draft, not the old one.
    expect(events.map((e) => e.uid)).toEqual([`${s.id}-20261207@formasaun`, `${s.id}-20261208@formasaun`]);
    expect(events[0]!.summary).toBe(`VAL-101 Course VAL-101`);
    expect(events[0]!.location).toContain('Dili centre');
    expect(events[0]!.description).toContain(`https://formasaun.example/sessions/${s.id}`);
    expect(events[0]!.startDate.toJSDate().toISOString()).toBe('2026-12-06T23:30:00.000Z');
    expect(events[1]!.endDate.toJSDate().toISOString()).toBe('2026-12-08T03:30:00.000Z');

    const list = (await session.request('GET', '/api/v1/calendar-feeds')).json();
    expect(list.items).toHaveLength(1);
    expect(JSON.stringify(list)).not.toContain(pathOf(created.url).split('/').at(-1)!.replace('.ics', ''));

    expect((await session.request('DELETE', `/api/v1/calendar-feeds/${created.id}`)).statusCode).toBe(204);
    expect((await ctx.app.inject({ method: 'GET', url: pathOf(created.url) })).statusCode).toBe(404);
    expect((await session.request('GET', '/api/v1/calendar-feeds')).json().items[0].revokedAt).not.toBeNull();
    expect((await ctx.app.inject({ method: 'GET', url: '/api/v1/calendar/not-a-token.ics' })).statusCode).toBe(404);
    expect((await ctx.app.inject({ method: 'GET', url: `/api/v1/calendar/${'A'.repeat(43)}.ics` })).statusCode).toBe(404);
  });

  it('shows an officer only their own sessions, and a trainer the sessions they train', async () => {
    const { adm } = await managerOf(ctx);
    const course = await createCourse(ctx.database, adm.id);
    const me = await createOfficerAccount(ctx.database, adm, { roles: ['officer', 'trainer'] });
    const other = await createOfficer(ctx.database, adm.id, adm.rootUnitId);
    const trainer = await createTrainer(ctx.database, adm.id, { officerId: me.officer.id, courses: [course.id] });
    const mine = await createSession(ctx.database, adm.id, { courseId: course.id, startDay: '2026-12-07' });
    const theirs = await createSession(ctx.database, adm.id, { courseId: course.id, startDay: '2026-12-14' });
    const trained = await createSession(ctx.database, adm.id, { courseId: course.id, startDay: '2027-01-11', days: 1, leadTrainerId: trainer.id });
    await enrolDirectly(ctx.database, adm.id, mine.id, [me.officer.id]);
    await enrolDirectly(ctx.database, adm.id, theirs.id, [other.id]);

    const s = await signIn(ctx.app, me.user);
    const officerFeed = (await s.request('POST', '/api/v1/calendar-feeds', { scope: 'officer' })).json();
    const officerEvents = parseFeed((await ctx.app.inject({ method: 'GET', url: pathOf(officerFeed.url) })).body);
    expect(new Set(officerEvents.map((e) => e.uid.split('-2026')[0]))).toEqual(new Set([mine.id]));

    const trainerFeed = (await s.request('POST', '/api/v1/calendar-feeds', { scope: 'trainer' })).json();
    expect(trainerFeed.subjectId).toBe(trainer.id);
    const trainerEvents = parseFeed((await ctx.app.inject({ method: 'GET', url: pathOf(trainerFeed.url) })).body);
    expect(trainerEvents.map((e) => e.uid)).toEqual([`${trained.id}-20270111@formasaun`]);

    // Someone else's officer record is not a subject one may choose.
    expect((await s.request('POST', '/api/v1/calendar-feeds', { scope: 'officer', subjectId: other.id })).statusCode).toBe(404);
    expect((await s.request('GET', '/api/v1/calendar-feeds?scope=officer')).json().items).toHaveLength(1);

    // A deactivated account's feeds stop answering.
    await ctx.database.raw.query(`update users set is_active = false where id = $1`, [me.user.id]);
    expect((await ctx.app.inject({ method: 'GET', url: pathOf(officerFeed.url) })).statusCode).toBe(404);
  });

  it('shows a room’s sessions, refuses another administration’s room, and escapes what people typed', async () => {
    const { adm, session } = await managerOf(ctx);
    const other = await managerOf(ctx);
    const course = await createCourse(ctx.database, adm.id);
    await ctx.database.raw.query(`update courses set title_en = $2 where id = $1`, [course.id, 'Risk\r\nATTENDEE:mailto:evil@x.test; <b>HTML</b>, too']);
    const { roomId } = await createRoom(ctx.database, adm.id);
    const foreignRoom = await createRoom(ctx.database, other.adm.id);
    await createSession(ctx.database, adm.id, { courseId: course.id, startDay: '2026-12-07', days: 1, roomId });
    await createSession(ctx.database, adm.id, { courseId: course.id, startDay: '2026-12-08', days: 1 });

    expect((await session.request('POST', '/api/v1/calendar-feeds', { scope: 'room', subjectId: foreignRoom.roomId })).statusCode).toBe(404);
    expect((await session.request('POST', '/api/v1/calendar-feeds', { scope: 'room' })).statusCode).toBe(400);
    const feed = (await session.request('POST', '/api/v1/calendar-feeds', { scope: 'room', subjectId: roomId })).json();
    expect(feed.subjectName).toContain('Room');
    const body = (await ctx.app.inject({ method: 'GET', url: pathOf(feed.url) })).body;
    expect(body.replace(/\r\n /g, '').split('\r\n').some((l) => l.startsWith('ATTENDEE'))).toBe(false);
    const events = parseFeed(body);
    expect(events).toHaveLength(1);
    expect(events[0]!.summary).toContain('Risk\nATTENDEE:mailto:evil@x.test; <b>HTML</b>, too');
  });
});
