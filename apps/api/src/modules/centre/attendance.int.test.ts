import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOfficer, createTestApp, createUser, managerOf, signIn, type TestContext } from '../../../test/harness.js';
import { deliveredSession } from './attendance.test-factories.js';
import { recordCompletion } from './attendance.completion.js';
import { createSession } from './centre.test-factories.js';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestApp();
});
afterAll(() => ctx.close());

const allDays = (officerIds: string[], days: string[], status = 'present') => officerIds.flatMap((officerId) => days.map((day) => ({ officerId, day, status })));

describe('attendance', () => {
  it('lets the session trainer record days that have come, and shows the grid', async () => {
    const { adm } = await managerOf(ctx);
    const d = await deliveredSession(ctx, adm.id, adm.rootUnitId);
    const res = await d.trainerSession.request('PUT', `/api/v1/sessions/${d.session.id}/attendance`, {
      entries: [...allDays([d.officers[0]!.id], d.session.days), { officerId: d.officers[1]!.id, day: d.session.days[0], status: 'late' }],
    });
    expect(res.statusCode, res.body).toBe(200);
    const grid = res.json();
    expect(grid.days.map((x: { day: string }) => x.day)).toEqual(d.session.days);
    const first = grid.participants.find((p: { officerId: string }) => p.officerId === d.officers[0]!.id);
    expect(first.marks).toEqual({ '2026-11-25': 'present', '2026-11-26': 'present', '2026-11-27': 'present' });
    expect(grid.participants).toHaveLength(3);
    // Saving again overwrites.
    const again = await d.trainerSession.request('PUT', `/api/v1/sessions/${d.session.id}/attendance`, { entries: [{ officerId: d.officers[0]!.id, day: '2026-11-25', status: 'excused' }] });
    expect(again.json().participants.find((p: { officerId: string }) => p.officerId === d.officers[0]!.id).marks['2026-11-25']).toBe('excused');
  });

  it('refuses officers not enrolled, days not of the session, future days, and draft or cancelled sessions', async () => {
    const { adm, session: manager } = await managerOf(ctx);
    const d = await deliveredSession(ctx, adm.id, adm.rootUnitId, { startDay: '2026-11-28', days: 3 });
    const stranger = await createOfficer(ctx.database, adm.id, adm.rootUnitId);
    const url = `/api/v1/sessions/${d.session.id}/attendance`;
    const notEnrolled = await manager.request('PUT', url, { entries: [{ officerId: stranger.id, day: '2026-11-28', status: 'present' }] });
    expect(notEnrolled.statusCode).toBe(400);
    expect(notEnrolled.json().error.details).toEqual([{ path: 'body.entries.0.officerId', message: expect.stringContaining(stranger.id) }]);
    const otherDay = await manager.request('PUT', url, { entries: [{ officerId: d.officers[0]!.id, day: '2026-11-20', status: 'present' }] });
    expect(otherDay.statusCode).toBe(400);
    expect(otherDay.json().error.details[0].path).toBe('body.entries.0.day');
    const future = await manager.request('PUT', url, { entries: [{ officerId: d.officers[0]!.id, day: '2026-11-30', status: 'present' }] });
    expect(future.statusCode).toBe(400);
    expect(future.json().error.details[0].message).toContain('has not come yet');
    const badStatus = await manager.request('PUT', url, { entries: [{ officerId: d.officers[0]!.id, day: '2026-11-28', status: 'asleep' }] });
    expect(badStatus.statusCode).toBe(400);
    // Nothing was written by the refused calls.
    expect((await manager.request('GET', url)).json().participants.every((p: { marks: object }) => Object.keys(p.marks).length === 0)).toBe(true);

    for (const status of ['draft', 'cancelled']) {
      const s = await createSession(ctx.database, adm.id, { courseId: d.course.id, startDay: '2026-11-20', status });
      const res = await manager.request('PUT', `/api/v1/sessions/${s.id}/attendance`, { entries: [{ officerId: d.officers[0]!.id, day: '2026-11-20', status: 'present' }] });
      expect(res.statusCode).toBe(409);
    }
  });

  it('answers 404 to a trainer of another session and 403 to an officer', async () => {
    const { adm } = await managerOf(ctx);
    const mine = await deliveredSession(ctx, adm.id, adm.rootUnitId);
    const other = await deliveredSession(ctx, adm.id, adm.rootUnitId);
    expect((await mine.trainerSession.request('GET', `/api/v1/sessions/${other.session.id}/attendance`)).statusCode).toBe(404);
    expect((await mine.trainerSession.request('GET', `/api/v1/sessions/${other.session.id}/results`)).statusCode).toBe(404);
    const officerUser = await createUser(ctx.database, { administrationId: adm.id, roles: [{ role: 'officer' }], officerId: mine.officers[0]!.id });
    const officer = await signIn(ctx.app, officerUser);
    expect((await officer.request('GET', `/api/v1/sessions/${mine.session.id}/attendance`)).statusCode).toBe(403);
  });
});

describe('results and completion', () => {
  it('refuses results before the last day', async () => {
    const { adm, session: manager } = await managerOf(ctx);
    const d = await deliveredSession(ctx, adm.id, adm.rootUnitId, { startDay: '2026-11-28', days: 3 });
    const res = await manager.request('PUT', `/api/v1/sessions/${d.session.id}/results`, { entries: [{ officerId: d.officers[0]!.id, score: 80 }] });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.message).toBe('results can be entered from 2026-11-30');
    expect((await manager.request('GET', `/api/v1/sessions/${d.session.id}/results`)).json().canEnter).toBe(false);
  });

  it('shows what the rule decides, and completion records evidence and certificates once', async () => {
    const { adm, session: manager } = await managerOf(ctx);
    const d = await deliveredSession(ctx, adm.id, adm.rootUnitId, { passScore: 60 });
    const [a, b, c] = d.officers.map((o) => o.id) as [string, string, string];
    await d.trainerSession.request('PUT', `/api/v1/sessions/${d.session.id}/attendance`, {
      entries: [...allDays([a, b], d.session.days), { officerId: c, day: d.session.days[0], status: 'present' }, { officerId: c, day: d.session.days[1], status: 'absent' }],
    });
    const stranger = await createOfficer(ctx.database, adm.id, adm.rootUnitId);
    const refused = await d.trainerSession.request('PUT', `/api/v1/sessions/${d.session.id}/results`, { entries: [{ officerId: stranger.id, score: 90 }] });
    expect(refused.statusCode).toBe(400);
    const saved = await d.trainerSession.request('PUT', `/api/v1/sessions/${d.session.id}/results`, {
      entries: [
        { officerId: a, score: 75, passed: true, comment: 'Solid work on valuation cases.' },
        { officerId: b, score: 55 },
        { officerId: c, score: 90 },
      ],
    });
    expect(saved.statusCode, saved.body).toBe(200);
    const rows = new Map(saved.json().rows.map((r: { officerId: string }) => [r.officerId, r]));
    expect(rows.get(a)).toMatchObject({ score: 75, passed: true, comment: 'Solid work on valuation cases.', attendance: { attended: 3, share: 1 }, decision: { completed: true, reasons: [] }, completed: null });
    expect(rows.get(b)).toMatchObject({ decision: { completed: false, reasons: ['score_below_pass'] } });
    expect(rows.get(c)).toMatchObject({ attendance: { attended: 1, absent: 1, unrecorded: 1 }, decision: { completed: false, reasons: ['attendance_below_minimum'] } });

    const complete = () => ctx.database.transaction({ administrationId: adm.id }, (tx) => recordCompletion(tx, adm.id, d.session.id, '2026-11-29'));
    expect(await complete()).toEqual({ completed: 1, certificates: 1 });
    expect(await complete()).toEqual({ completed: 1, certificates: 1 });
    await ctx.database.raw.query(`update course_sessions set status = 'completed' where id = $1`, [d.session.id]);

    const evidence = await ctx.database.raw.query<{ officer_id: string; competency_code: string; levels: string; to_level: number | null; on_day: string }>(
      `select officer_id, competency_code, levels::text, to_level, on_day::text from training_evidence where session_id = $1 order by competency_code`,
      [d.session.id],
    );
    expect(evidence).toEqual([
      { officer_id: a, competency_code: 'risk-profiling', levels: '0.5', to_level: 2, on_day: '2026-11-27' },
      { officer_id: a, competency_code: 'valuation-basics', levels: '1.0', to_level: null, on_day: '2026-11-27' },
    ]);
    const certs = await ctx.database.raw.query<{ officer_id: string; code: string; issued_on: string }>(`select officer_id, code, issued_on::text from certificates where session_id = $1`, [d.session.id]);
    expect(certs).toHaveLength(1);
    expect(certs[0]).toMatchObject({ officer_id: a, issued_on: '2026-11-29' });
    expect(certs[0]!.code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$/);
    const results = await ctx.database.raw.query<{ officer_id: string; completed: boolean }>(`select officer_id, completed from session_results where session_id = $1`, [d.session.id]);
    expect(new Map(results.map((r) => [r.officer_id, r.completed]))).toEqual(new Map([[a, true], [b, false], [c, false]]));

    // A completed session's attendance and results are final.
    expect((await manager.request('PUT', `/api/v1/sessions/${d.session.id}/results`, { entries: [{ officerId: b, score: 99 }] })).statusCode).toBe(409);
    const after = (await manager.request('GET', `/api/v1/sessions/${d.session.id}/results`)).json();
    expect(after.rows.find((r: { officerId: string }) => r.officerId === a).certificateId).toEqual(expect.any(String));
  });
});
