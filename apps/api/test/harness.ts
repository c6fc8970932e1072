import { readFileSync } from 'node:fs';
import type { TRole } from '@formasaun/shared';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import pg from 'pg';
import { inject } from 'vitest';
import { buildApp } from '../src/app.js';
import { type Clock, fixedClock } from '../src/platform/clock.js';
import { type Database, openPglite, openPostgres } from '../src/platform/db.js';
import { loadEnv } from '../src/platform/env.js';
import { hashPassword } from '../src/modules/auth/password.js';

/** A fresh copy of the migrated template database for one test file. */
export async function openTestDatabase(): Promise<Database> {
  if (inject('dbKind') === 'pglite') {
    const blob = new Blob([readFileSync(inject('pgliteTemplate'))]);
    return openPglite({ loadDataDir: blob });
  }
  const template = new URL(inject('pgTemplateUrl'));
  const name = `${template.pathname.slice(1)}_f${Math.random().toString(36).slice(2, 10)}`;
  const admin = new pg.Client({ connectionString: template.toString().replace(template.pathname, '/postgres') });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name} TEMPLATE ${template.pathname.slice(1)}`);
  await admin.end();
  const url = new URL(template.toString());
  url.pathname = `/${name}`;
  return openPostgres(url.toString(), { max: 4 });
}

export interface TestContext {
  app: FastifyInstance;
  database: Database;
  clock: ReturnType<typeof fixedClock>;
  close(): Promise<void>;
}

export async function createTestApp(opts: { env?: Record<string, string>; clock?: Clock } = {}): Promise<TestContext> {
  const database = await openTestDatabase();
  const clock = fixedClock('2026-11-29T09:00:00Z');
  const env = loadEnv({ LOG_LEVEL: 'silent', LOGIN_ATTEMPTS_PER_MINUTE: '1000', ...opts.env });
  const app = await buildApp({ env, database, clock: opts.clock ?? clock });
  await app.ready();
  return {
    app,
    database,
    clock,
    close: async () => {
      await app.close();
      await database.close();
    },
  };
}

let seq = 0;
const next = () => `${Date.now().toString(36)}${(seq++).toString(36)}`;

/** Factories write through SQL as the connecting role (no tenant scope), building their own parents. */
export async function createAdministration(database: Database, slug = `adm-${next()}`) {
  const [adm] = await database.raw.query<{ id: string }>(
    `insert into administrations (slug, name, country_code, currency, timezone) values ($1, $2, 'TL', 'USD', 'Asia/Dili') returning id`,
    [slug, `Administration ${slug}`],
  );
  const [loc] = await database.raw.query<{ id: string }>(
    `insert into locations (administration_id, code, name, kind) values ($1, 'HQ', 'Headquarters', 'headquarters') returning id`,
    [adm!.id],
  );
  const [root] = await database.raw.query<{ id: string }>(
    `insert into org_units (administration_id, code, name, kind, location_id) values ($1, 'DG', 'Directorate General', 'directorate', $2) returning id`,
    [adm!.id, loc!.id],
  );
  const [pos] = await database.raw.query<{ id: string }>(
    `insert into positions (administration_id, code, title, grade_min, grade_max) values ($1, 'CO', 'Customs officer', 3, 6) returning id`,
    [adm!.id],
  );
  return { id: adm!.id, slug, locationId: loc!.id, rootUnitId: root!.id, positionId: pos!.id };
}

export async function createOrgUnit(database: Database, administrationId: string, parentId: string | null, name = `Unit ${next()}`) {
  const [row] = await database.raw.query<{ id: string }>(
    `insert into org_units (administration_id, parent_id, code, name, kind) values ($1, $2, $3, $4, 'unit') returning id`,
    [administrationId, parentId, `U-${next()}`, name],
  );
  return row!.id;
}

export async function createOfficer(
  database: Database,
  administrationId: string,
  orgUnitId: string,
  extra: { familyName?: string; sex?: 'female' | 'male'; positionId?: string | null; grade?: number | null } = {},
) {
  const [row] = await database.raw.query<{ id: string; employee_number: string }>(
    `insert into officers (administration_id, employee_number, given_names, family_name, sex, org_unit_id, position_id, grade, hire_date)
     values ($1, $2, 'Maria', $3, $4, $5, $6, $7, '2015-03-01') returning id, employee_number`,
    [administrationId, `E-${next()}`, extra.familyName ?? 'Soares', extra.sex ?? 'female', orgUnitId, extra.positionId ?? null, extra.grade ?? null],
  );
  await database.raw.query(
    `insert into officer_assignments (administration_id, officer_id, org_unit_id, position_id, grade, valid_from) values ($1, $2, $3, $4, $5, '2015-03-01')`,
    [administrationId, row!.id, orgUnitId, extra.positionId ?? null, extra.grade ?? null],
  );
  return { id: row!.id, employeeNumber: row!.employee_number };
}

const PASSWORD = 'correct horse battery';
let passwordHash: Promise<string> | undefined;

export async function createUser(
  database: Database,
  opts: { administrationId: string | null; roles: { role: TRole; administrationId?: string | null; orgUnitId?: string | null }[]; officerId?: string },
) {
  const email = `u-${next()}@example.test`;
  const [user] = await database.raw.query<{ id: string }>(
    `insert into users (email, display_name, password_hash, administration_id, officer_id) values ($1, $2, $3, $4, $5) returning id`,
    [email, `User ${email}`, await (passwordHash ??= hashPassword(PASSWORD)), opts.administrationId, opts.officerId ?? null],
  );
  for (const r of opts.roles) {
    await database.raw.query(`insert into role_assignments (user_id, role, administration_id, org_unit_id) values ($1, $2, $3, $4)`, [
      user!.id,
      r.role,
      r.role === 'platform_operator' ? null : (r.administrationId ?? opts.administrationId),
      r.orgUnitId ?? null,
    ]);
  }
  return { id: user!.id, email, password: PASSWORD };
}

export interface Session {
  cookie: string;
  csrf: string;
  request(method: string, url: string, body?: unknown, headers?: Record<string, string>): Promise<LightMyRequestResponse>;
}

export async function signIn(app: FastifyInstance, credentials: { email: string; password: string }): Promise<Session> {
  const res = await app.inject({ method: 'POST', url: '/api/v1/auth/sign-in', payload: credentials });
  if (res.statusCode !== 200) throw new Error(`sign-in failed: ${res.statusCode} ${res.body}`);
  const setCookie = res.cookies.find((c) => c.name === 'formasaun_session');
  if (!setCookie) throw new Error('no session cookie');
  const cookie = `formasaun_session=${setCookie.value}`;
  const csrf = res.json<{ csrfToken: string }>().csrfToken;
  return {
    cookie,
    csrf,
    request: (method, url, body, headers = {}) =>
      app.inject({
        method: method as 'GET',
        url,
        headers: { cookie, 'x-csrf-token': csrf, ...headers },
        ...(body === undefined ? {} : Buffer.isBuffer(body) ? { payload: body } : { payload: body as object }),
      }),
  };
}

/** An administration with a manager signed in: the usual starting point of a test. */
export async function managerOf(ctx: TestContext) {
  const adm = await createAdministration(ctx.database);
  const user = await createUser(ctx.database, { administrationId: adm.id, roles: [{ role: 'training_manager' }] });
  return { adm, user, session: await signIn(ctx.app, user) };
}
