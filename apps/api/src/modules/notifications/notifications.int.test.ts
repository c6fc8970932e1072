import type { AddressInfo } from 'node:net';
import ICAL from 'ical.js';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, createTestApp, managerOf, signIn, type TestContext } from '../../../test/harness.js';
import { createOfficerAccount, enqueue, notificationsOf } from '../centre/calendar.test-factories.js';
import { createCourse, createRoom, createSession, createTrainer, enrolDirectly } from '../centre/centre.test-factories.js';

/** A real SMTP server on a free local port that keeps every message it receives, and refuses mailboxes named bounce@. */
async function startMailbox() {
  const raw: Buffer[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onRcptTo: (address, _session, cb) => (address.address.startsWith('bounce@') ? cb(new Error('mailbox unavailable')) : cb()),
    onData: (stream, _session, cb) => {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        raw.push(Buffer.concat(chunks));
        cb();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return { port, messages: () => Promise.all(raw.map((r) => simpleParser(r))), close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

let mailbox: Awaited<ReturnType<typeof startMailbox>>;
let mailCtx: TestContext;
let ctx: TestContext;
beforeAll(async () => {
  mailbox = await startMailbox();
  mailCtx = await createTestApp({ env: { SMTP_URL: `smtp://127.0.0.1:${mailbox.port}`, SMTP_FROM: 'Centro de Formação <centre@customs.example>', PUBLIC_URL: 'https://formasaun.example' } });
  ctx = await createTestApp();
});
afterAll(async () => {
  await mailCtx?.close();
  await ctx?.close();
  await mailbox?.close();
});

async function sessionWithRoom(c: TestContext, admId: string) {
  const course = await createCourse(c.database, admId, { code: `RSK-${Math.random().toString(36).slice(2, 6).toUpperCase()}` });
  const { roomId } = await createRoom(c.database, admId, { venueName: 'Comoro training centre' });
  const session = await createSession(c.database, admId, { courseId: course.id, startDay: '2026-12-07', days: 2, roomId });
  return { course, session };
}

describe('e-mail delivery', () => {
  it('sends each notification with its .ics to the officer, in their language, and records the outcome', async () => {
    const { adm } = await managerOf(mailCtx);
    const { course, session } = await sessionWithRoom(mailCtx, adm.id);
    const ana = await createOfficerAccount(mailCtx.database, adm, { officerEmail: 'ana@customs.example', locale: 'pt', familyName: 'Guterres' });
    const noEmail = await createOfficerAccount(mailCtx.database, adm, { officerEmail: null });
    await mailCtx.database.raw.query(`update users set email = 'not-an-address' where id = $1`, [noEmail.user.id]);
    const bounce = await createOfficerAccount(mailCtx.database, adm, { officerEmail: 'bounce@customs.example' });
    await enqueue(
      mailCtx.database,
      adm.id,
      { kind: 'approval', officerId: ana.officer.id, sessionId: session.id },
      { kind: 'cancellation', officerId: ana.officer.id, sessionId: session.id, reason: 'Trainer ill\r\nBcc: evil@x.test' },
      { kind: 'approval', officerId: noEmail.officer.id, sessionId: session.id },
      { kind: 'waitlist', officerId: bounce.officer.id, sessionId: session.id },
    );

    expect(await mailCtx.app.notifications.dispatchPending()).toEqual({ sent: 2, failed: 1, skipped: 1 });
    const mails = await mailbox.messages();
    expect(mails).toHaveLength(2);
    const approval = mails.find((m) => m.subject?.includes('Lugar confirmado'));
    const cancellation = mails.find((m) => m.subject?.includes('Cancelada'));
    expect(approval!.subject).toBe(`Formasaun: Lugar confirmado: ${course.code} Curso ${course.code}`);
    expect((approval!.to as { value: { address: string }[] }).value[0]!.address).toBe('ana@customs.example');
    expect(approval!.from!.value[0]!.address).toBe('centre@customs.example');
    expect(approval!.text).toContain('Olá Maria Guterres,');
    expect(approval!.text).toContain('Comoro training centre');
    expect(approval!.text).toContain('08:30–16:30');
    expect(approval!.text).toContain('https://formasaun.example/learning');
    const ics = approval!.attachments.find((a) => a.contentType === 'text/calendar')!;
    expect(ics.filename).toBe('session.ics');
    const comp = new ICAL.Component(ICAL.parse(ics.content.toString('utf8')));
    expect(comp.getFirstPropertyValue('method')).toBe('REQUEST');
    for (const tz of comp.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(tz);
    const events = comp.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(events.map((e) => e.startDate.toJSDate().toISOString())).toEqual(['2026-12-06T23:30:00.000Z', '2026-12-07T23:30:00.000Z']);
    expect(events[0]!.summary).toBe(`${course.code} Curso ${course.code}`);
    expect(events[0]!.attendees[0]!.getFirstValue()).toBe('mailto:ana@customs.example');

    // The reason's line break never becomes a header; the cancellation withdraws the days.
    expect(cancellation!.headers.has('bcc')).toBe(false);
    expect(cancellation!.text).toContain('Motivo: Trainer ill\nBcc: evil@x.test');
    const cancelIcs = new ICAL.Component(ICAL.parse(cancellation!.attachments[0]!.content.toString('utf8')));
    expect(cancelIcs.getFirstPropertyValue('method')).toBe('CANCEL');
    expect(cancelIcs.getFirstSubcomponent('vevent')!.getFirstPropertyValue('status')).toBe('CANCELLED');

    const rows = await notificationsOf(mailCtx.database, adm.id);
    expect(rows.map((r) => [r.kind, r.email_status, r.email_to, r.attempts]).sort()).toEqual([
      ['approval', 'no_address', null, 0],
      ['approval', 'sent', 'ana@customs.example', 1],
      ['cancellation', 'sent', 'ana@customs.example', 1],
      ['waitlist', 'failed', 'bounce@customs.example', 1],
    ]);

    // Failed: retried after the pause, up to five attempts, then left alone.
    expect(await mailCtx.app.notifications.dispatchPending()).toEqual({ sent: 0, failed: 0, skipped: 0 });
    for (let i = 0; i < 6; i++) {
      mailCtx.clock.advance(3_600_000);
      await mailCtx.app.notifications.dispatchPending();
    }
    const failed = (await notificationsOf(mailCtx.database, adm.id)).find((r) => r.kind === 'waitlist')!;
    expect([failed.email_status, failed.attempts]).toEqual(['failed', 5]);
    expect((await mailbox.messages()).length).toBe(2);
  });

  it('addresses an account by its own e-mail, in English by default', async () => {
    const { adm, user } = await managerOf(mailCtx);
    const { session } = await sessionWithRoom(mailCtx, adm.id);
    const before = (await mailbox.messages()).length;
    await enqueue(mailCtx.database, adm.id, { kind: 'nomination', userId: user.id, sessionId: session.id });
    expect(await mailCtx.app.notifications.dispatchPending()).toEqual({ sent: 1, failed: 0, skipped: 0 });
    const mail = (await mailbox.messages())[before]!;
    expect((mail.to as { value: { address: string }[] }).value[0]!.address).toBe(user.email);
    expect(mail.subject).toMatch(/^Formasaun: Nomination: RSK-/);
    expect(mail.text).toContain('awaits your decision');
    expect(mail.text).toContain('https://formasaun.example/nominations');
  });
});

describe('without SMTP', () => {
  it('keeps notifications in the app, lists them in the reader’s language, and marks them read', async () => {
    const { adm, session: manager } = await managerOf(ctx);
    const { course, session } = await sessionWithRoom(ctx, adm.id);
    const ana = await createOfficerAccount(ctx.database, adm, { officerEmail: 'ana@customs.example', locale: 'pt' });
    const other = await createOfficerAccount(ctx.database, adm);
    await enqueue(
      ctx.database,
      adm.id,
      { kind: 'nomination', officerId: ana.officer.id, sessionId: session.id },
      { kind: 'decline', officerId: ana.officer.id, sessionId: session.id, reason: '<b>Full</b>' },
      { kind: 'approval', officerId: other.officer.id, sessionId: session.id },
    );
    expect(await ctx.app.notifications.dispatchPending()).toEqual({ sent: 0, failed: 0, skipped: 3 });
    expect((await notificationsOf(ctx.database, adm.id)).map((r) => r.email_status)).toEqual(['not_configured', 'not_configured', 'not_configured']);

    const s = await signIn(ctx.app, ana.user);
    expect((await s.request('GET', '/api/v1/notifications/unread-count')).json()).toEqual({ count: 2 });
    const page = (await s.request('GET', '/api/v1/notifications')).json();
    expect(page.total).toBe(2);
    expect(page.items.map((n: { kind: string }) => n.kind).sort()).toEqual(['decline', 'nomination']);
    const decline = page.items.find((n: { kind: string }) => n.kind === 'decline');
    expect(decline.title).toBe(`Não aprovado: ${course.code} Curso ${course.code}`);
    expect(decline.body).toContain('Motivo: <b>Full</b>');
    expect(decline.link).toBe('/learning');

    expect((await s.request('POST', `/api/v1/notifications/${decline.id}/read`)).statusCode).toBe(204);
    expect((await s.request('GET', '/api/v1/notifications/unread-count')).json()).toEqual({ count: 1 });
    expect((await s.request('GET', '/api/v1/notifications?unread=true')).json().items).toHaveLength(1);
    const othersId = (await notificationsOf(ctx.database, adm.id)).find((r) => r.officer_id === other.officer.id)!.id;
    expect((await s.request('POST', `/api/v1/notifications/${othersId}/read`)).statusCode).toBe(404);
    expect((await s.request('POST', '/api/v1/notifications/read-all')).json()).toEqual({ marked: 1 });
    expect((await s.request('GET', '/api/v1/notifications/unread-count')).json()).toEqual({ count: 0 });

    // The manager's outbox lists everyone's, with the e-mail status; officers may not read it.
    const outbox = (await manager.request('GET', '/api/v1/notifications/outbox?status=not_configured')).json();
    expect(outbox.total).toBe(3);
    expect(outbox.items[0]).toMatchObject({ emailStatus: 'not_configured', sessionCode: expect.any(String) });
    expect((await manager.request('GET', '/api/v1/notifications/outbox?kind=decline')).json().total).toBe(1);
    expect((await s.request('GET', '/api/v1/notifications/outbox')).statusCode).toBe(403);
  });

  it('shows a request to the supervisor it is addressed to, not to the officer it names', async () => {
    const { adm } = await managerOf(ctx);
    const { session } = await sessionWithRoom(ctx, adm.id);
    const asking = await createOfficerAccount(ctx.database, adm);
    const head = await createOfficerAccount(ctx.database, adm);
    await enqueue(ctx.database, adm.id, { kind: 'request', userId: head.user.id, officerId: asking.officer.id, sessionId: session.id });
    const officer = await signIn(ctx.app, asking.user);
    expect((await officer.request('GET', '/api/v1/notifications')).json().total).toBe(0);
    const supervisor = await signIn(ctx.app, head.user);
    expect((await supervisor.request('GET', '/api/v1/notifications')).json().items.map((n: { kind: string }) => n.kind)).toEqual(['request']);
  });

  it('queues the day-before reminders once, for the participants and the trainers', async () => {
    const { adm } = await managerOf(ctx);
    const course = await createCourse(ctx.database, adm.id);
    const a = await createOfficerAccount(ctx.database, adm);
    const b = await createOfficerAccount(ctx.database, adm);
    const t = await createOfficerAccount(ctx.database, adm, { roles: ['trainer'] });
    const trainer = await createTrainer(ctx.database, adm.id, { officerId: t.officer.id, courses: [course.id] });
    const tomorrow = await createSession(ctx.database, adm.id, { courseId: course.id, startDay: '2026-12-07', leadTrainerId: trainer.id });
    const later = await createSession(ctx.database, adm.id, { courseId: course.id, startDay: '2026-12-08' });
    const cancelled = await createSession(ctx.database, adm.id, { courseId: course.id, startDay: '2026-12-07', status: 'cancelled' });
    await enrolDirectly(ctx.database, adm.id, tomorrow.id, [a.officer.id, b.officer.id]);
    await enrolDirectly(ctx.database, adm.id, later.id, [a.officer.id]);
    await enrolDirectly(ctx.database, adm.id, cancelled.id, [b.officer.id]);

    // 2026-12-06 18:00 in Dili (UTC+9): the sessions of 7 December start tomorrow.
    ctx.clock.set('2026-12-06T09:00:00Z');
    await ctx.app.notifications.enqueueReminders();
    await ctx.app.notifications.enqueueReminders();
    const reminders = (await notificationsOf(ctx.database, adm.id)).filter((r) => r.kind === 'reminder');
    expect(reminders.map((r) => r.officer_id).sort()).toEqual([a.officer.id, b.officer.id, t.officer.id].sort());
    expect(reminders.map((r) => r.dedupe_key)).toContain(`reminder:${tomorrow.id}:${a.officer.id}`);

    // Seen from the trainer's account, in the app.
    const s = await signIn(ctx.app, t.user);
    const items = (await s.request('GET', '/api/v1/notifications')).json().items;
    expect(items).toHaveLength(1);
    expect(items[0].title).toMatch(/^Tomorrow: /);
  });

  it('needs an account for the in-app list', async () => {
    const { adm } = await managerOf(ctx);
    const viewer = await createUser(ctx.database, { administrationId: adm.id, roles: [{ role: 'programme_viewer' }] });
    const s = await signIn(ctx.app, viewer);
    expect((await s.request('GET', '/api/v1/notifications')).json()).toMatchObject({ items: [], total: 0 });
    expect((await ctx.app.inject({ method: 'GET', url: '/api/v1/notifications' })).statusCode).toBe(401);
  });
});
