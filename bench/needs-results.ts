// Heatmap and ranked-needs endpoints on the demo's closed TNA at 10,000 officers, through the real app (buildApp +
// inject), against the bare aggregate SQL they wrap (captured from results.repository.ts, same parameters, run directly);
// on PostgreSQL (throwaway database) and on PGlite (in memory). Also: opening a campaign for 10,000 officers, and the
// same figures on a copy campaign whose role profiles hold every competency (the 10,000 × 60).
import pg from 'pg';
import { buildApp } from '../apps/api/src/app.js';
import { DEMO_PASSWORD, DEMO_TODAY, generateDemo } from '../apps/api/src/db/demo/index.js';
import { migrate } from '../apps/api/src/db/migrate.js';
import { makeResultsRepository, type ColumnMap, type HeatmapRows } from '../apps/api/src/modules/needs/results.repository.js';
import { type Database, openPglite, openPostgres, type Tx } from '../apps/api/src/platform/db.js';
import { call, captureSql, countsOf, fillCopy, medianMs, type Session, widenRoleProfiles } from './needs-support.js';
import { type BenchResult, benchEnv, createThrowawayDatabase, log, report, secs, signIn, type ThrowawayDatabase, timed } from './support.js';

const OFFICERS = Number(process.env.NEEDS_BENCH_OFFICERS ?? 10_000);
const TARGET = 1.5;
const BENCH = 'needs-results';
type Kind = 'postgres' | 'pglite';
const RUNS: Record<Kind, { runs: number; warmup: number }> = { postgres: { runs: 15, warmup: 3 }, pglite: { runs: 7, warmup: 2 } };

interface Endpoint {
  name: string;
  url: (campaignId: string) => string;
  sql: (tx: Tx, campaignId: string) => Promise<unknown>;
}

function endpoints(adm: string, rootId: string, byCompetency: ColumnMap, byArea: ColumnMap): Endpoint[] {
  const repo = makeResultsRepository();
  const heat = (by: 'competency' | 'area', def: HeatmapRows): Endpoint['sql'] => (tx, id) =>
    repo.heatmap(tx, adm, id, def, by === 'area' ? byArea : byCompetency, by === 'area');
  const down: HeatmapRows = { kind: 'children', unitId: rootId };
  return [
    { name: 'heatmap by=competency, top', url: (id) => `/api/v1/campaigns/${id}/heatmap?by=competency`, sql: heat('competency', { kind: 'top' }) },
    { name: 'heatmap by=area, top', url: (id) => `/api/v1/campaigns/${id}/heatmap?by=area`, sql: heat('area', { kind: 'top' }) },
    { name: 'heatmap by=competency, one level down', url: (id) => `/api/v1/campaigns/${id}/heatmap?by=competency&orgUnitId=${rootId}`, sql: heat('competency', down) },
    { name: 'heatmap by=area, one level down', url: (id) => `/api/v1/campaigns/${id}/heatmap?by=area&orgUnitId=${rootId}`, sql: heat('area', down) },
    { name: 'ranked needs (limit 50)', url: (id) => `/api/v1/campaigns/${id}/needs?limit=50`, sql: (tx, id) => repo.needs(tx, adm, id, null, 50) },
  ];
}

/** Runs a statement outside the app: a dedicated pg connection (jit off, as the app's transactions) or PGlite's own. */
type Bare = (text: string, params: unknown[]) => Promise<unknown>;

/**
 * For the diagnosis printed beside each figure: the same statement in a transaction as the app runs it (role
 * formasaun_app, row-level security on, tenant set), so the note splits the gap into RLS and the service's own work.
 */
function scopedBare(bare: Bare, adm: string): Bare {
  return async (text, params) => {
    await bare('begin', []);
    try {
      await bare(`select set_config('app.administration_id', $1, true), set_config('app.all_administrations', 'off', true), set_config('role', 'formasaun_app', true)`, [adm]);
      await bare(text, params);
    } finally {
      await bare('commit', []);
    }
  };
}

async function timeEndpoints(kind: Kind, app: Awaited<ReturnType<typeof buildApp>>, s: Session, bare: Bare, rls: Bare, list: Endpoint[], campaignId: string, label: string) {
  const out: BenchResult[] = [];
  const appMs: Record<string, number> = {};
  for (const e of list) {
    const q = await captureSql((tx) => e.sql(tx, campaignId));
    const { runs, warmup } = RUNS[kind];
    const sqlMs = await medianMs(() => bare(q.sql, q.params), runs, warmup);
    const rlsMs = await medianMs(() => rls(q.sql, q.params), runs, warmup);
    const ms = await medianMs(() => call(app, s, 'GET', e.url(campaignId)), runs, warmup);
    appMs[e.name] = ms;
    out.push(
      report({
        bench: BENCH,
        measure: `${kind} ${label}: ${e.name} (ms, median of ${runs})`,
        value: ms.toFixed(1),
        baseline: sqlMs.toFixed(1),
        ratio: ms / sqlMs,
        target: { op: '<=', value: TARGET },
        note: `the same SQL under the app's role and row-level security: ${rlsMs.toFixed(1)} ms`,
      }),
    );
  }
  return { results: out, appMs };
}

/** Generates the demo, measures the endpoints on its closed TNA, opens a 10,000-officer campaign, then the widened copy. */
async function measure(kind: Kind, database: Database, bare: Bare) {
  const results: BenchResult[] = [];
  const setup = await timed(async () => {
    await migrate(database);
    return generateDemo(database, { administration: 'timor-leste', officers: OFFICERS, today: DEMO_TODAY });
  });
  const demo = setup.value;
  if (!demo.tna) throw new Error('the demo was generated without its TNA');
  const adm = demo.administrationId;
  const { campaignId, frameworkVersionId: versionId } = demo.tna;
  log(`  [${kind}] migrated and generated ${demo.officers} officers with the TNA in ${secs(setup.ms)}`);
  if (kind === 'postgres') await database.raw.query('analyze');

  const [root] = await database.raw.query<{ id: string }>(`select id from org_units where administration_id = $1 and parent_id is null`, [adm]);
  const competencies = await database.raw.query<{ id: string; code: string; area: string }>(
    `select c.id, c.code, a.code as area from competencies c join competency_areas a on a.administration_id = c.administration_id and a.id = c.area_id
     where c.administration_id = $1 and c.framework_version_id = $2 order by a.sort, a.code, c.sort, c.code`,
    [adm, versionId],
  );
  const ids = competencies.map((c) => c.id);
  const list = endpoints(adm, root!.id, { competencyIds: ids, keys: competencies.map((c) => c.code) }, { competencyIds: ids, keys: competencies.map((c) => c.area) });

  const app = await buildApp({ env: benchEnv(), database });
  try {
    const s = await signIn(app, 'manager@timor-leste.demo', DEMO_PASSWORD);
    const c = await countsOf(database, adm, campaignId);
    log(
      `  [${kind}] demo TNA: ${c.forms} forms, ${c.ratings} ratings, ${c.results} results (${c.assessed} assessed) = ${c.officers} officers × ` +
        `${(c.results / Math.max(1, c.officers)).toFixed(1)} competencies on average (framework: ${competencies.length})`,
    );
    const demoRun = await timeEndpoints(kind, app, s, bare, scopedBare(bare, adm), list, campaignId, `demo TNA, ${c.results} results`);
    results.push(...demoRun.results);

    // Opening a campaign over the whole administration through the routes: create, then time the open.
    const body = {
      name: 'Bench TNA', frameworkVersionId: versionId, opensOn: '2026-12-01', closesOn: '2027-01-31', mode: 'both',
      consolidation: 'weighted', supervisorWeight: 0.6, singleSource: 'use_available', scopes: [{ orgUnitId: root!.id }],
    };
    const copyId = (await call(app, s, 'POST', '/api/v1/campaigns', body)).json<{ id: string }>().id;
    const opened = await timed(() => call(app, s, 'POST', `/api/v1/campaigns/${copyId}/open`));
    const progress = opened.value.json<{ progress: { total: { self: { sent: number }; supervisor: { sent: number; noAssessor: number } } } }>().progress.total;
    log(`  [${kind}] opening a campaign for ${demo.officers} officers (creating forms): ${secs(opened.ms)} — ${progress.self.sent} self + ${progress.supervisor.sent} supervisor forms, ${progress.supervisor.noAssessor} without assessor`);
    results.push({ bench: BENCH, measure: `${kind} opening a campaign for ${demo.officers} officers (s)`, value: (opened.ms / 1000).toFixed(2), baseline: '—', ratio: null, target: null });

    // The 10,000 × 60: every position requires every competency; the copy campaign is filled and closed.
    const added = await widenRoleProfiles(database, adm, versionId);
    await fillCopy(database, adm, versionId, campaignId, copyId);
    if (kind === 'postgres') await database.raw.query('analyze');
    const closed = await timed(() => call(app, s, 'POST', `/api/v1/campaigns/${copyId}/close`));
    if (kind === 'postgres') await database.raw.query('analyze assessment_results');
    const w = await countsOf(database, adm, copyId);
    log(`  [${kind}] widened: +${added} role-profile cells; closing the copy froze ${w.results} results (${w.assessed} assessed, ${w.competencies} competencies) in ${secs(closed.ms)}`);
    results.push({ bench: BENCH, measure: `${kind} closing the widened copy, ${w.results} results (s)`, value: (closed.ms / 1000).toFixed(2), baseline: '—', ratio: null, target: null });
    const wideRun = await timeEndpoints(kind, app, s, bare, scopedBare(bare, adm), list, copyId, `widened, ${w.results} results`);
    results.push(...wideRun.results);
    return { results, appMs: { demo: demoRun.appMs, wide: wideRun.appMs } };
  } finally {
    await app.close();
  }
}

export async function run(): Promise<BenchResult[]> {
  const results: BenchResult[] = [];
  let throwaway: ThrowawayDatabase | undefined;
  let database: Database | undefined;
  let client: pg.Client | undefined;
  let onPostgres: Awaited<ReturnType<typeof measure>>;
  try {
    throwaway = await createThrowawayDatabase();
    log(`  database ${throwaway.name}`);
    database = openPostgres(throwaway.url);
    client = new pg.Client({ connectionString: throwaway.url });
    await client.connect();
    // As in the app's transactions (platform/db.ts): JIT compilation would cost the bare query more than it saves.
    await client.query('set jit = off');
    const c = client;
    onPostgres = await measure('postgres', database, (text, params) => c.query(text, params));
    results.push(...onPostgres.results);
  } finally {
    await client?.end().catch(() => {});
    await database?.close().catch(() => {});
    await throwaway?.drop();
  }

  const lite = await openPglite();
  try {
    const onPglite = await measure('pglite', lite, (text, params) => lite.raw.query(text, params));
    results.push(...onPglite.results);
    log('  app medians, PGlite against PostgreSQL (same generator, same run):');
    for (const set of ['demo', 'wide'] as const) {
      for (const [name, ms] of Object.entries(onPglite.appMs[set])) {
        const pgMs = onPostgres.appMs[set][name]!;
        results.push(
          report({ bench: BENCH, measure: `pglite vs postgres, ${set === 'demo' ? 'demo TNA' : 'widened'}: ${name} (ms)`, value: ms.toFixed(1), baseline: pgMs.toFixed(1), ratio: ms / pgMs, target: null }),
        );
      }
    }
  } finally {
    await lite.close().catch(() => {});
  }
  return results;
}
