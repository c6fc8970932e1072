import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rows } from '../src/platform/db.js';
import { createOfficer, createTestApp, managerOf, type TestContext } from './harness.js';
import { catalogueCases } from './tenant-cases/catalogue.js';
import { competencyCases } from './tenant-cases/competency.js';
import { needsCases } from './tenant-cases/needs.js';
import { organisationCases } from './tenant-cases/organisation.js';
import { strategyCases } from './tenant-cases/strategy.js';
import { fundingCases } from './tenant-cases/funding.js';
import { planningCases } from './tenant-cases/planning.js';
import { centreVenueCases } from './tenant-cases/centre-venues.js';
import { centreSessionCases } from './tenant-cases/centre-sessions.js';
import { centreEnrolmentCases } from './tenant-cases/centre-enrolment.js';
import { centreAttendanceCases } from './tenant-cases/centre-attendance.js';
import { notificationCases } from './tenant-cases/notifications.js';
import { evaluationCases } from './tenant-cases/evaluation.js';
import type { Tenant, TenantCases } from './tenant-cases/types.js';

let ctx: TestContext;
let mine: Tenant;
let theirs: Tenant;
let cases: TenantCases[];

beforeAll(async () => {
  ctx = await createTestApp();
  mine = await managerOf(ctx);
  theirs = await managerOf(ctx);
  cases = [];
  for (const build of [organisationCases, competencyCases, needsCases, catalogueCases, strategyCases, fundingCases, planningCases,
    centreVenueCases, centreSessionCases, centreEnrolmentCases, centreAttendanceCases, notificationCases, evaluationCases]) cases.push(await build(ctx, mine, theirs));
});
afterAll(() => ctx.close());

describe('tenant isolation', () => {
  it('covers every route that takes an id', async () => {
    const spec = ctx.app.swagger() as { paths: Record<string, unknown> };
    const withIds = Object.keys(spec.paths).filter((p) => p.includes('{'));
    const covered = cases.flatMap((c) => Object.keys(c.routes));
    expect(withIds.sort()).toEqual(covered.sort());
  });

  it('answers 404 for the other administration’s ids on every route, and changes nothing', async () => {
    for (const [route, calls] of cases.flatMap((c) => Object.entries(c.routes))) {
      for (const call of calls) {
        const res = await mine.session.request(call.method, route.replace('{id}', call.id), call.body);
        expect({ route, method: call.method, status: res.statusCode }).toEqual({ route, method: call.method, status: 404 });
        expect(res.json().error.code).toBe('NOT_FOUND');
      }
    }
    for (const c of cases) await c.unchanged?.(theirs.session);
  });

  it('answers 404 when a body refers to the other administration’s records', async () => {
    for (const { method, url, body } of cases.flatMap((c) => c.bodies)) {
      const res = await mine.session.request(method, url, body);
      expect({ url, body, status: res.statusCode }).toEqual({ url, body, status: 404 });
    }
  });

  it('lists only the actor’s own administration', async () => {
    for (const { url, foreignIds } of cases.flatMap((c) => c.lists)) {
      const body = (await mine.session.request('GET', url)).body;
      for (const id of foreignIds) expect({ url, leaks: body.includes(id) }).toEqual({ url, leaks: false });
    }
    const s = mine.session;
    expect(((await s.request('GET', '/api/v1/administrations')).json().items as { id: string }[]).map((a) => a.id)).toEqual([mine.adm.id]);
    expect((await s.request('GET', '/api/v1/staff-summary')).json().administrationId).toBe(mine.adm.id);
  });

  it('puts every table holding an administration’s data under row-level security', async () => {
    // Accounts and sessions are read before an actor exists; the repositories scope them by user.
    const unprotected = await ctx.database.raw.query<{ table: string }>(
      `select c.relname as table from pg_class c join information_schema.columns col on col.table_name = c.relname and col.table_schema = 'public'
       where col.column_name = 'administration_id' and c.relkind = 'r'
         and c.relname not in ('users', 'role_assignments', 'sessions')
         and not (c.relrowsecurity and exists (select 1 from pg_policies p where p.tablename = c.relname and p.policyname = 'tenant_isolation'))`,
    );
    expect(unprotected).toEqual([]);
  });

  it('keeps row-level security as a second lock under the repositories', async () => {
    const foreign = await createOfficer(ctx.database, theirs.adm.id, theirs.adm.rootUnitId);
    const seen = await ctx.database.transaction({ administrationId: mine.adm.id }, async (tx) =>
      (await rows(tx, sql`select id from officers where id = ${foreign.id}`)).length,
    );
    expect(seen).toBe(0);
  });
});
