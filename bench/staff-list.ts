// Staff list API (filter + sort + page of 50) at 10,000 officers on PostgreSQL, against a bare Fastify + pg baseline
// that runs the same SQL (org-unit subtree expansion, then officer.repository.ts findPage) with no auth or validation.
import autocannon, { type Result } from 'autocannon';
import Fastify, { type FastifyInstance } from 'fastify';
import pg from 'pg';
import { buildApp } from '../apps/api/src/app.js';
import { DEMO_PASSWORD, generateDemo } from '../apps/api/src/db/demo/index.js';
import { migrate } from '../apps/api/src/db/migrate.js';
import { type Database, openPostgres } from '../apps/api/src/platform/db.js';
import {
  type BenchResult,
  benchEnv,
  createThrowawayDatabase,
  log,
  report,
  secs,
  signIn,
  type ThrowawayDatabase,
  timed,
} from './support.js';

const OFFICERS = 10_000;
const CONNECTIONS = 10;
const WARMUP_S = 2;
const DURATION_S = 10;
const PAGE = 3;
const PAGE_SIZE = 50;
const STATUS = 'active';
const TARGET = 0.5;

// The SQL of org-unit.repository.ts subtreeIds and officer.repository.ts findPage (sort familyName asc), with $n params.
const SUBTREE_SQL = `with recursive t as (
      select id from org_units where administration_id = $1 and id = any($2::uuid[])
      union
      select u.id from org_units u join t on u.parent_id = t.id where u.administration_id = $3)
    select id from t`;
const PAGE_SQL = `select o.id, o.employee_number as "employeeNumber", o.given_names as "givenNames", o.family_name as "familyName",
  o.sex, to_char(o.date_of_birth, 'YYYY-MM-DD') as "dateOfBirth", o.grade, o.position_id as "positionId", p.title as "positionTitle",
  o.org_unit_id as "orgUnitId", u.name as "orgUnitName", o.location_id as "locationId", l.name as "locationName",
  to_char(o.hire_date, 'YYYY-MM-DD') as "hireDate", o.languages, o.email, o.phone, o.status, count(*) over ()::int as total
  from officers o
  join org_units u on u.administration_id = o.administration_id and u.id = o.org_unit_id
  left join positions p on p.administration_id = o.administration_id and p.id = o.position_id
  left join locations l on l.administration_id = o.administration_id and l.id = o.location_id
  where o.administration_id = $1 and o.org_unit_id = any($2::uuid[]) and o.status = $3
  order by o.family_name asc nulls last, o.given_names asc nulls last, o.employee_number
  limit $4 offset $5`;

/** The bare baseline: one route, no plugins, no auth, no schema; the same two queries through a pg.Pool. */
async function buildBaseline(pool: pg.Pool, administrationId: string): Promise<FastifyInstance> {
  const app = Fastify({ logger: false });
  app.get('/officers', async (req) => {
    const q = req.query as Record<string, string>;
    const page = Number(q.page ?? 1);
    const pageSize = Number(q.pageSize ?? 50);
    const units = await pool.query<{ id: string }>(SUBTREE_SQL, [administrationId, [q.orgUnitId], administrationId]);
    const found = await pool.query<{ total: number }>(PAGE_SQL, [
      administrationId,
      units.rows.map((r) => r.id),
      q.status,
      pageSize,
      (page - 1) * pageSize,
    ]);
    return { items: found.rows, total: found.rows[0]?.total ?? 0, page, pageSize };
  });
  return app;
}

function cannon(url: string, headers: Record<string, string>, duration: number): Promise<Result> {
  return new Promise((resolve, reject) => {
    // One worker thread fires the requests, so the load generator does not share the servers' event loop.
    autocannon({ url, connections: CONNECTIONS, duration, headers, workers: 1, timeout: 30 }, (err, result) =>
      err ? reject(err) : resolve(result),
    );
  });
}

async function load(name: string, url: string, headers: Record<string, string>) {
  await cannon(url, headers, WARMUP_S);
  const r = await cannon(url, headers, DURATION_S);
  const bad = r.non2xx + r.errors + r.timeouts;
  log(
    `  ${name}: ${r.requests.average.toFixed(0)} req/s, latency p50 ${r.latency.p50} ms, p99 ${r.latency.p99} ms, ` +
      `${r.requests.total} requests${bad ? `, ${r.non2xx} non-2xx / ${r.errors} errors / ${r.timeouts} timeouts` : ''}`,
  );
  if (r.requests.total === 0) throw new Error(`${name}: no request completed`);
  if (bad > r.requests.total * 0.01) throw new Error(`${name}: ${bad} failed requests of ${r.requests.total}`);
  return r;
}

export async function run(): Promise<BenchResult[]> {
  let throwaway: ThrowawayDatabase | undefined;
  let database: Database | undefined;
  let pool: pg.Pool | undefined;
  const servers: FastifyInstance[] = [];
  try {
    throwaway = await createThrowawayDatabase();
    log(`  database ${throwaway.name}`);
    database = openPostgres(throwaway.url);
    const setup = await timed(async () => {
      await migrate(database!);
      return generateDemo(database!, { administration: 'timor-leste', officers: OFFICERS, today: new Date() });
    });
    const demo = setup.value;
    log(`  migrated and generated ${demo.officers} officers in ${secs(setup.ms)}`);

    pool = new pg.Pool({ connectionString: throwaway.url, max: 10 });
    await pool.query('analyze');
    // The directorate (below the root) whose subtree holds the most active officers.
    const [unit] = (
      await pool.query<{ id: string; name: string; n: number }>(
        `with recursive t as (
           select id, id as root from org_units where administration_id = $1 and kind = 'directorate' and parent_id is not null
           union all
           select u.id, t.root from org_units u join t on u.parent_id = t.id)
         select d.id, d.name, count(o.id)::int as n from t join org_units d on d.id = t.root
           join officers o on o.org_unit_id = t.id and o.status = $2
         group by d.id, d.name order by n desc limit 1`,
        [demo.administrationId, STATUS],
      )
    ).rows;
    if (!unit) throw new Error('no directorate with officers');
    log(`  filter: ${unit.name} (${unit.n} ${STATUS} officers in its subtree), sort familyName, page ${PAGE} of ${PAGE_SIZE}`);

    const app = await buildApp({ env: benchEnv(throwaway.url), database });
    servers.push(app);
    const appAddress = await app.listen({ host: '127.0.0.1', port: 0 });
    const session = await signIn(app, `manager@${'timor-leste'}.demo`, DEMO_PASSWORD);
    const baseline = await buildBaseline(pool, demo.administrationId);
    servers.push(baseline);
    const baseAddress = await baseline.listen({ host: '127.0.0.1', port: 0 });

    const query = `orgUnitId=${unit.id}&status=${STATUS}&sort=familyName&page=${PAGE}&pageSize=${PAGE_SIZE}`;
    const appUrl = `${appAddress}/api/v1/officers?${query}`;
    const baseUrl = `${baseAddress}/officers?${query}`;

    // Same answer from both, or the comparison means nothing.
    const fromApp = (await (await fetch(appUrl, { headers: { cookie: session.cookie } })).json()) as {
      items: { id: string }[];
      total: number;
    };
    const fromBase = (await (await fetch(baseUrl)).json()) as { items: { id: string }[]; total: number };
    const same =
      fromApp.total === fromBase.total &&
      fromApp.items.length === fromBase.items.length &&
      fromApp.items.every((o, i) => o.id === fromBase.items[i]?.id);
    if (!same) throw new Error(`app and baseline disagree: app total ${fromApp.total}, baseline total ${fromBase.total}`);
    log(`  both answer ${fromApp.items.length} rows of ${fromApp.total}; ${CONNECTIONS} connections, ${WARMUP_S} s warm-up, ${DURATION_S} s measured`);

    const base = await load('baseline (bare fastify + pg)', baseUrl, {});
    const real = await load('app (GET /api/v1/officers)', appUrl, { cookie: session.cookie });

    const rps = real.requests.average / base.requests.average;
    return [
      report({
        bench: 'staff-list',
        measure: 'throughput (req/s)',
        value: real.requests.average.toFixed(0),
        baseline: base.requests.average.toFixed(0),
        ratio: rps,
        target: { op: '>=', value: TARGET },
      }),
      report({
        bench: 'staff-list',
        measure: 'p99 latency (ms)',
        value: String(real.latency.p99),
        baseline: String(base.latency.p99),
        ratio: real.latency.p99 / base.latency.p99,
        target: null,
        note: 'app/baseline; the target is on throughput',
      }),
    ];
  } finally {
    for (const s of servers) await s.close().catch(() => {});
    await pool?.end().catch(() => {});
    await database?.close().catch(() => {});
    await throwaway?.drop();
  }
}
