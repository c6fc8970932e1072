import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, managerOf, type TestContext } from '../../../test/harness.js';
import { createCourse, createSession } from './centre.test-factories.js';
import { createOfficers } from './enrolment.test-factories.js';

let ctx: TestContext;
let tenant: Awaited<ReturnType<typeof managerOf>>;

beforeAll(async () => {
  ctx = await createTestApp();
  tenant = await managerOf(ctx);
});
afterAll(() => ctx.close());

describe('seats under concurrent enrolment', () => {
  it('60 simultaneous enrolments for 20 seats: exactly 20 seated, 40 queued in order, no 5xx; a withdrawal promotes the first', async () => {
    const adm = tenant.adm.id;
    const course = await createCourse(ctx.database, adm);
    const session = await createSession(ctx.database, adm, { courseId: course.id, startDay: '2027-01-11', capacity: 20 });
    const officers = await createOfficers(ctx.database, adm, tenant.adm.rootUnitId, 60);

    const responses = await Promise.all(officers.map((id) => tenant.session.request('POST', `/api/v1/sessions/${session.id}/enrolments`, { officerIds: [id] })));
    expect(responses.filter((r) => r.statusCode >= 500)).toEqual([]);
    expect(responses.map((r) => r.statusCode)).toEqual(officers.map(() => 201));
    const outcomes = responses.map((r) => r.json().items[0] as { officerId: string; enrolmentId: string; status: string; waitlistPosition: number | null });
    expect(outcomes.filter((o) => o.status === 'enrolled')).toHaveLength(20);
    const queued = outcomes.filter((o) => o.status === 'waitlisted');
    expect(queued.map((o) => o.waitlistPosition).sort((a, b) => a! - b!)).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));

    const [count] = await ctx.database.raw.query<{ n: number }>(`select enrolled_count as n from course_sessions where id = $1`, [session.id]);
    expect(count!.n).toBe(20);
    const rows = await ctx.database.raw.query<{ id: string; status: string; seq: string | null }>(
      `select id, status, waitlist_seq::text as seq from enrolments where session_id = $1 order by waitlist_seq nulls first`,
      [session.id],
    );
    expect(rows.filter((r) => r.status === 'enrolled')).toHaveLength(20);
    // The list's positions follow the sequence taken under the row lock, strictly increasing.
    const list = (await tenant.session.request('GET', `/api/v1/sessions/${session.id}/enrolments`)).json().items as { id: string; status: string; waitlistPosition: number | null }[];
    const seqOf = new Map(rows.map((r) => [r.id, Number(r.seq)]));
    const waitlist = list.filter((e) => e.status === 'waitlisted').sort((a, b) => seqOf.get(a.id)! - seqOf.get(b.id)!);
    expect(waitlist.map((e) => e.waitlistPosition)).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
    // What each caller was told is what the list says.
    for (const o of queued) expect(list.find((e) => e.id === o.enrolmentId)!.waitlistPosition).toBe(o.waitlistPosition);

    const seated = outcomes.find((o) => o.status === 'enrolled')!;
    const firstInLine = waitlist[0]!.id;
    expect((await tenant.session.request('POST', `/api/v1/enrolments/${seated.enrolmentId}/withdraw`, {})).statusCode).toBe(200);
    const after = (await tenant.session.request('GET', `/api/v1/sessions/${session.id}/enrolments`)).json();
    expect(after.enrolledCount).toBe(20);
    expect(after.items.find((e: { id: string }) => e.id === firstInLine)).toMatchObject({ status: 'enrolled', waitlistPosition: null });
    expect(after.items.filter((e: { status: string }) => e.status === 'waitlisted').map((e: { waitlistPosition: number }) => e.waitlistPosition).sort((a: number, b: number) => a - b)).toEqual(
      Array.from({ length: 39 }, (_, i) => i + 1),
    );
  });

  it('the same officer enrolled ten times at once gets one enrolment; the others are told its status', async () => {
    const adm = tenant.adm.id;
    const course = await createCourse(ctx.database, adm);
    const session = await createSession(ctx.database, adm, { courseId: course.id, startDay: '2027-02-15', capacity: 5 });
    const [officer] = await createOfficers(ctx.database, adm, tenant.adm.rootUnitId, 1);
    const responses = await Promise.all(
      Array.from({ length: 10 }, () => tenant.session.request('POST', `/api/v1/sessions/${session.id}/enrolments`, { officerIds: [officer!] })),
    );
    expect(responses.map((r) => r.statusCode).sort()).toEqual([201, ...Array.from({ length: 9 }, () => 409)]);
    expect(responses.find((r) => r.statusCode === 409)!.json().error.message).toContain('(enrolled)');
    const [count] = await ctx.database.raw.query<{ n: number }>(`select enrolled_count as n from course_sessions where id = $1`, [session.id]);
    expect(count!.n).toBe(1);
  });
});
