// 500 concurrent enrolment requests (one per officer) for a 20-seat session through the real HTTP API on PostgreSQL:
// exactly 20 seated, 480 queued, zero 5xx. Baseline: an authenticated read of a session's enrolments at the same
// concurrency in the same run (same server, same sign-in, same session row), so the ratio is what the seat rule costs.
//
// "Arrival order" over HTTP: the requests are launched one after another without awaiting, but the kernel, the
// HTTP parser and the connection pool may reorder them before they reach the database. The order the server can
// vouch for is the order in which transactions took the session's row lock: waitlist_seq is read under that lock.
// So the bench asserts that the queue is exactly that order (positions 1..480, a permutation, by waitlist_seq) and
// reports how closely it follows the launch order (Spearman's rank correlation) as information.
import type { FastifyInstance } from 'fastify';
import pg from 'pg';
import { buildApp } from '../apps/api/src/app.js';
import { migrate } from '../apps/api/src/db/migrate.js';
import { hashPassword } from '../apps/api/src/modules/auth/password.js';
import { type Database, openPostgres } from '../apps/api/src/platform/db.js';
import { type BenchResult, benchEnv, createThrowawayDatabase, log, report, secs, signIn, type ThrowawayDatabase, timed } from './support.js';

const OFFICERS = 500;
const SEATS = 20;
const PASSWORD = 'bench enrolment password';
const TARGET = 0.25;

interface Outcome {
  launched: number;
  status: number;
  seat?: 'enrolled' | 'waitlisted';
  position?: number | null;
}

/** An administration, a manager, 500 officers, a course and two 20-seat sessions (one enrolled into, one read). */
async function seed(pool: pg.Pool) {
  const q = async <T extends pg.QueryResultRow>(text: string, params: unknown[] = []) => (await pool.query<T>(text, params)).rows;
  const [adm] = await q<{ id: string }>(`insert into administrations (slug, name, country_code, currency, timezone) values ('bench', 'Bench customs', 'TL', 'USD', 'Asia/Dili') returning id`);
  const a = adm!.id;
  const [unit] = await q<{ id: string }>(`insert into org_units (administration_id, code, name, kind) values ($1, 'DG', 'Directorate General', 'directorate') returning id`, [a]);
  const officers = await q<{ id: string }>(
    `insert into officers (administration_id, employee_number, given_names, family_name, sex, org_unit_id)
     select $1, 'B' || lpad(i::text, 5, '0'), 'Officer', 'No ' || i, case when i % 2 = 0 then 'female' else 'male' end, $2 from generate_series(1, $3::int) i
     returning id`,
    [a, unit!.id, OFFICERS],
  );
  const [user] = await q<{ id: string }>(
    `insert into users (email, display_name, password_hash, administration_id) values ('manager@bench.test', 'Bench manager', $1, $2) returning id`,
    [await hashPassword(PASSWORD), a],
  );
  await q(`insert into role_assignments (user_id, role, administration_id) values ($1, 'training_manager', $2)`, [user!.id, a]);
  const [course] = await q<{ id: string }>(
    `insert into courses (administration_id, code, title_en, title_pt, functional_area, methods, delivery, days, capacity, min_participants, languages)
     values ($1, 'VAL-1', 'Customs valuation', 'Valor aduaneiro', 'valuation', '{lecture}', 'classroom', 3, ${SEATS}, 4, '{en,pt}') returning id`,
    [a],
  );
  const sessions: string[] = [];
  for (const code of ['S-ENROL', 'S-READ']) {
    const [s] = await q<{ id: string }>(
      `insert into course_sessions (administration_id, code, course_id, capacity, status, start_day, end_day) values ($1, $2, $3, ${SEATS}, 'scheduled', '2030-03-04', '2030-03-06') returning id`,
      [a, code, course!.id],
    );
    await q(`insert into session_days (administration_id, session_id, day) select $1, $2, d::date from generate_series('2030-03-04'::date, '2030-03-06'::date, '1 day') d`, [a, s!.id]);
    sessions.push(s!.id);
  }
  return { administrationId: a, officerIds: officers.map((o) => o.id), enrolInto: sessions[0]!, readFrom: sessions[1]! };
}

/** Launches every request in order without awaiting, then waits for all; answers the wall time. */
async function burst<T>(n: number, send: (i: number) => Promise<T>): Promise<{ ms: number; results: T[] }> {
  const { ms, value } = await timed(() => {
    const inFlight: Promise<T>[] = [];
    for (let i = 0; i < n; i++) inFlight.push(send(i));
    return Promise.all(inFlight);
  });
  return { ms, results: value };
}

/** Spearman's rank correlation of two orderings of the same items (1 = identical order). */
function spearman(a: number[], b: number[]): number {
  const n = a.length;
  const rank = (xs: number[]) => {
    const order = xs.map((x, i) => [x, i] as const).sort((p, q) => p[0] - q[0]);
    const r = new Array<number>(n);
    order.forEach(([, i], k) => (r[i] = k));
    return r;
  };
  const ra = rank(a);
  const rb = rank(b);
  const d2 = ra.reduce((sum, x, i) => sum + (x - rb[i]!) ** 2, 0);
  return 1 - (6 * d2) / (n * (n * n - 1));
}

export async function run(): Promise<BenchResult[]> {
  let throwaway: ThrowawayDatabase | undefined;
  let database: Database | undefined;
  let pool: pg.Pool | undefined;
  let app: FastifyInstance | undefined;
  try {
    throwaway = await createThrowawayDatabase();
    log(`  database ${throwaway.name}`);
    database = openPostgres(throwaway.url);
    await migrate(database);
    pool = new pg.Pool({ connectionString: throwaway.url, max: 2 });
    const world = await seed(pool);
    await pool.query('analyze');
    log(`  ${OFFICERS} officers, a ${SEATS}-seat session; ${OFFICERS} requests launched in sequence without awaiting`);

    app = await buildApp({ env: benchEnv(throwaway.url), database });
    const address = await app.listen({ host: '127.0.0.1', port: 0 });
    const session = await signIn(app, 'manager@bench.test', PASSWORD);
    const headers = { cookie: session.cookie, 'x-csrf-token': session.csrfToken, 'content-type': 'application/json' };

    // Warm-up: the same routes once each, so neither side pays for first-use compilation.
    await fetch(`${address}/api/v1/sessions/${world.readFrom}/enrolments`, { headers });

    const read = await burst(OFFICERS, async () => (await fetch(`${address}/api/v1/sessions/${world.readFrom}/enrolments`, { headers })).status);
    const readErrors = read.results.filter((s) => s !== 200).length;
    if (readErrors) throw new Error(`baseline: ${readErrors} reads did not answer 200`);
    const readRps = OFFICERS / (read.ms / 1000);
    log(`  baseline: ${OFFICERS} concurrent GET /sessions/{id}/enrolments in ${secs(read.ms)} → ${readRps.toFixed(0)} req/s`);

    const enrol = await burst(OFFICERS, async (i): Promise<Outcome> => {
      const res = await fetch(`${address}/api/v1/sessions/${world.enrolInto}/enrolments`, {
        method: 'POST',
        headers,
        body: JSON.stringify({ officerIds: [world.officerIds[i]] }),
      });
      if (res.status !== 201) return { launched: i, status: res.status };
      const item = ((await res.json()) as { items: { status: 'enrolled' | 'waitlisted'; waitlistPosition: number | null }[] }).items[0]!;
      return { launched: i, status: res.status, seat: item.status, position: item.waitlistPosition };
    });
    const enrolRps = OFFICERS / (enrol.ms / 1000);
    log(`  enrolment: ${OFFICERS} concurrent POST /sessions/{id}/enrolments in ${secs(enrol.ms)} → ${enrolRps.toFixed(0)} req/s`);

    // Correctness: every figure below must hold, or the speed means nothing.
    const fiveXx = enrol.results.filter((r) => r.status >= 500).length;
    const other = enrol.results.filter((r) => r.status !== 201).length;
    const seated = enrol.results.filter((r) => r.seat === 'enrolled').length;
    const queued = enrol.results.filter((r) => r.seat === 'waitlisted');
    const positions = queued.map((r) => r.position!).sort((x, y) => x - y);
    const isPermutation = positions.length === OFFICERS - SEATS && positions.every((p, i) => p === i + 1);
    const db = (
      await pool.query<{ enrolled: number; waitlisted: number; count: number }>(
        `select count(*) filter (where e.status = 'enrolled')::int as enrolled, count(*) filter (where e.status = 'waitlisted')::int as waitlisted,
                (select enrolled_count from course_sessions where id = $1) as count
         from enrolments e where e.session_id = $1`,
        [world.enrolInto],
      )
    ).rows[0]!;
    const stored = (
      await pool.query<{ officer_id: string; position: number }>(
        `select officer_id, row_number() over (order by waitlist_seq)::int as position from enrolments where session_id = $1 and status = 'waitlisted'`,
        [world.enrolInto],
      )
    ).rows;
    const storedPosition = new Map(stored.map((r) => [r.officer_id, r.position]));
    const toldMatchesQueue = queued.every((r) => storedPosition.get(world.officerIds[r.launched]!) === r.position);
    log(
      `  ${seated} enrolled, ${queued.length} waitlisted, ${other} other answers (${fiveXx} 5xx); database: ${db.enrolled} enrolled, ${db.waitlisted} waitlisted, enrolled_count ${db.count}`,
    );
    const problems = [
      fiveXx ? `${fiveXx} answers 5xx` : '',
      other ? `${other} answers not 201` : '',
      seated !== SEATS || db.enrolled !== SEATS || db.count !== SEATS ? `seats: ${seated} told, ${db.enrolled} stored, count ${db.count} (expected ${SEATS})` : '',
      seated + queued.length !== OFFICERS || db.enrolled + db.waitlisted !== OFFICERS ? `enrolled + waitlisted is not ${OFFICERS}` : '',
      isPermutation ? '' : 'waitlist positions are not a permutation of 1..480',
      toldMatchesQueue ? '' : 'a position told to a caller differs from the stored queue (waitlist_seq order)',
    ].filter(Boolean);
    if (problems.length) throw new Error(`enrolment is not correct: ${problems.join('; ')}`);
    const rho = spearman(
      queued.map((r) => r.launched),
      queued.map((r) => r.position!),
    );
    log(`  queue order = lock order (waitlist_seq) ✓; Spearman ρ(launch order, waitlist position) = ${rho.toFixed(3)}`);

    return [
      report({
        bench: 'enrolment',
        measure: `throughput, ${OFFICERS} concurrent enrolments (req/s)`,
        value: enrolRps.toFixed(0),
        baseline: readRps.toFixed(0),
        ratio: enrolRps / readRps,
        target: { op: '>=', value: TARGET },
        note: `baseline: ${OFFICERS} concurrent authenticated GETs of a session's enrolments; enrolments serialise on the session's row lock`,
      }),
      report({
        bench: 'enrolment',
        measure: 'seats / queue / 5xx',
        value: `${SEATS} / ${OFFICERS - SEATS} / 0`,
        baseline: `${SEATS} / ${OFFICERS - SEATS} / 0`,
        ratio: null,
        target: null,
        note: `waitlist positions 1..${OFFICERS - SEATS} in lock order; Spearman ρ with launch order ${rho.toFixed(3)}`,
      }),
    ];
  } finally {
    await app?.close().catch(() => {});
    await pool?.end().catch(() => {});
    await database?.close().catch(() => {});
    await throwaway?.drop();
  }
}
