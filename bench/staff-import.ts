// Import of a 10,000-row xlsx through the real app (upload → preview, then commit), against exceljs reading the same
// bytes alone. Runs on the embedded PGlite (the default) and, since it is cheap, on PostgreSQL too.
import ExcelJS from 'exceljs';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../apps/api/src/app.js';
import { DEMO_PASSWORD, generateDemo } from '../apps/api/src/db/demo/index.js';
import { TIMOR_LESTE_NAMES } from '../apps/api/src/db/demo/names.js';
import { PROFILES, type UnitSpec } from '../apps/api/src/db/demo/places.js';
import { migrate } from '../apps/api/src/db/migrate.js';
import { readSpreadsheet } from '../apps/api/src/modules/organisation/staff-import/read-spreadsheet.js';
import { lookupKey, suggestMapping, validateRows } from '../apps/api/src/modules/organisation/staff-import/staff-rows.js';
import { type Database, dumpPglite, openPglite, openPostgres } from '../apps/api/src/platform/db.js';
import { createRng } from '../apps/api/src/db/demo/prng.js';
import {
  type BenchResult,
  benchEnv,
  createThrowawayDatabase,
  log,
  median,
  report,
  secs,
  signIn,
  type ThrowawayDatabase,
  timed,
} from './support.js';

const ROWS = 10_000;
const DEMO_OFFICERS = 200;
const TARGET = 3;
const HEADERS = [
  'Employee number', 'Given names', 'Family name', 'Sex', 'Date of birth', 'Grade', 'Position', 'Org unit',
  'Location', 'Hire date', 'Languages', 'Email', 'Phone', 'Status',
];
const LANGUAGE_CELLS = ['tet, pt', 'Tetum, Português', 'Tetum and English', 'pt / en / id', 'tet; pt; en', 'Tetun Prasa, Bahasa Indonesia', 'tet'];


const ascii = (s: string) => s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z]/g, '');

/** A realistic HR export: the demo administration's own unit, position and location names, dates as date cells. */
export async function makeWorkbook(rows: number): Promise<Buffer> {
  const profile = PROFILES['timor-leste'];
  const leaves: UnitSpec[] = [];
  const walk = (u: UnitSpec) => (u.children?.length ? u.children.forEach(walk) : leaves.push(u));
  walk(profile.tree);
  const r = createRng(4242);
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Staff');
  sheet.addRow(HEADERS).font = { bold: true };
  const thisYear = new Date().getUTCFullYear();
  for (let i = 1; i <= rows; i += 1) {
    const female = r.next() < 0.32;
    const given = r.pick(female ? TIMOR_LESTE_NAMES.female : TIMOR_LESTE_NAMES.male);
    const family = r.pick(TIMOR_LESTE_NAMES.family);
    const position = r.pick(profile.positions);
    const unit = r.pick(leaves);
    const location = unit.location ? profile.locations.find((l) => l.code === unit.location)! : r.pick(profile.locations);
    const born = new Date(Date.UTC(r.int(1962, thisYear - 22), r.int(0, 11), r.int(1, 28)));
    const hired = new Date(Date.UTC(Math.min(born.getUTCFullYear() + r.int(19, 35), thisYear - 1), r.int(0, 11), r.int(1, 28)));
    const roll = r.next();
    sheet.addRow([
      `IMP${String(i).padStart(6, '0')}`,
      given,
      family,
      female ? 'F' : 'M',
      born,
      r.int(position.min, position.max),
      position.title,
      unit.name,
      location.name,
      hired,
      r.pick(LANGUAGE_CELLS),
      `${ascii(given)}.${ascii(family)}.${i}@${profile.emailDomain}`,
      `+670 7${r.int(100, 999)} ${r.int(1000, 9999)}`,
      roll < 0.9 ? 'Active' : roll < 0.96 ? 'On leave' : 'Left',
    ]);
  }
  for (const col of [5, 10]) sheet.getColumn(col).numFmt = 'yyyy-mm-dd';
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The baseline: exceljs alone loading the same bytes and visiting every cell. */
async function exceljsAlone(bytes: Buffer): Promise<number> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  let cells = 0;
  workbook.worksheets[0]!.eachRow((row) => {
    row.eachCell(() => {
      cells += 1;
    });
  });
  return cells;
}

interface ImportTimes {
  totalMs: number;
  uploadMs: number;
  commitMs: number;
  parseMs: number;
  validateMs: number;
}

async function lookupsOf(database: Database, administrationId: string) {
  const index = (list: { id: string; code: string; name: string }[]) => {
    const map = new Map<string, string>();
    for (const item of list) {
      map.set(lookupKey(item.code), item.id);
      if (!map.has(lookupKey(item.name))) map.set(lookupKey(item.name), item.id);
    }
    return map;
  };
  const q = (sql: string) => database.raw.query<{ id: string; code: string; name: string }>(sql, [administrationId]);
  return {
    orgUnits: index(await q('select id, code, name from org_units where administration_id = $1 and closed_on is null')),
    positions: index(await q('select id, code, title as name from positions where administration_id = $1')),
    locations: index(await q('select id, code, name from locations where administration_id = $1')),
  };
}

/** Migrates and generates the small demo administration the file is imported into. */
async function seed(database: Database, label: string): Promise<string> {
  const setup = await timed(async () => {
    await migrate(database);
    return generateDemo(database, { administration: 'timor-leste', officers: DEMO_OFFICERS, today: new Date() });
  });
  log(`  [${label}] migrated and generated a ${DEMO_OFFICERS}-officer administration in ${secs(setup.ms)}`);
  return setup.value.administrationId;
}

/** App and manager session on a seeded database; then the import through HTTP (inject), with a breakdown from outside. */
async function importThrough(
  database: Database,
  env: ReturnType<typeof benchEnv>,
  bytes: Buffer,
  administrationId: string,
  label: string,
): Promise<ImportTimes> {
  // The pieces of the pipeline on their own, through the app's exported functions (no app code changed).
  const parsed = await timed(() => readSpreadsheet(bytes, 'staff.xlsx'));
  const lookups = await lookupsOf(database, administrationId);
  const today = new Date().toISOString().slice(0, 10);
  const validated = await timed(async () => validateRows(parsed.value.rows, suggestMapping(parsed.value.headers), lookups, true, today));
  if (validated.value.errors.length) log(`  [${label}] standalone validation found ${validated.value.errors.length} problems`);

  let app: FastifyInstance | undefined;
  try {
    app = await buildApp({ env, database });
    const session = await signIn(app, 'manager@timor-leste.demo', DEMO_PASSWORD);
    const headers = { cookie: session.cookie, 'x-csrf-token': session.csrfToken };
    const upload = await timed(() =>
      app!.inject({
        method: 'POST',
        url: '/api/v1/imports/staff?fileName=staff.xlsx&createMissing=true',
        headers: { ...headers, 'content-type': 'application/octet-stream' },
        payload: bytes,
      }),
    );
    if (upload.value.statusCode !== 201) throw new Error(`[${label}] upload answered ${upload.value.statusCode}: ${upload.value.body.slice(0, 2000)}`);
    const preview = upload.value.json<{
      id: string;
      totalRows: number;
      validRows: number;
      toCreate: number;
      errors: { row: number; field: string; reason: string }[];
      missing: { orgUnits: string[]; positions: string[]; locations: string[] };
    }>();
    if (preview.errors.length > 0) {
      log(`  [${label}] PREVIEW ERRORS (${preview.errors.length}), first ones:`);
      for (const e of preview.errors.slice(0, 10)) log(`    row ${e.row} ${e.field}: ${e.reason}`);
      throw new Error(`[${label}] the generated file has ${preview.errors.length} validation errors`);
    }
    const missing = [...preview.missing.orgUnits, ...preview.missing.positions, ...preview.missing.locations];
    log(`  [${label}] preview: ${preview.totalRows} rows, ${preview.validRows} valid, ${preview.toCreate} to create, ${missing.length} missing references`);

    const commit = await timed(() => app!.inject({ method: 'POST', url: `/api/v1/imports/staff/${preview.id}/commit`, headers }));
    if (commit.value.statusCode !== 200) throw new Error(`[${label}] commit answered ${commit.value.statusCode}: ${commit.value.body.slice(0, 2000)}`);
    const result = commit.value.json<{ created: number; updated: number; createdOrgUnits: number; createdPositions: number; createdLocations: number }>();
    if (result.created !== ROWS || result.updated !== 0) {
      throw new Error(`[${label}] expected ${ROWS} created and 0 updated, got ${JSON.stringify(result)}`);
    }
    const [count] = await database.raw.query<{ n: number }>(
      "select count(*)::int as n from officers where administration_id = $1 and employee_number like 'IMP%'",
      [administrationId],
    );
    if (count?.n !== ROWS) throw new Error(`[${label}] ${count?.n} imported officers in the database, expected ${ROWS}`);
    log(
      `  [${label}] committed: ${result.created} created, ${result.updated} updated, ` +
        `${result.createdOrgUnits}/${result.createdPositions}/${result.createdLocations} units/positions/locations created`,
    );
    return {
      totalMs: upload.ms + commit.ms,
      uploadMs: upload.ms,
      commitMs: commit.ms,
      parseMs: parsed.ms,
      validateMs: validated.ms,
    };
  } finally {
    await app?.close().catch(() => {});
  }
}

function breakdown(label: string, t: ImportTimes) {
  const rest = t.uploadMs - t.parseMs - t.validateMs;
  log(`  [${label}] breakdown (parse and validate timed alone, the rest by difference):`);
  log(`    upload ${secs(t.uploadMs)} = parse (zip check + exceljs + rows) ${secs(t.parseMs)} + validate ${secs(t.validateMs)} + store rows as jsonb, lookups, existing-number check ≈ ${rest > 0 ? secs(rest) : '0 s (within noise)'}`);
  log(`    commit ${secs(t.commitMs)} = re-read stored rows + validate again ≈ ${secs(t.validateMs)} + insert officers and assignments ≈ ${secs(t.commitMs - t.validateMs)}`);
}

const figure = (label: string, t: ImportTimes, baseMs: number, note?: string): BenchResult =>
  report({
    bench: 'staff-import',
    measure: `${label} upload+commit (s)`,
    value: (t.totalMs / 1000).toFixed(2),
    baseline: (baseMs / 1000).toFixed(2),
    ratio: t.totalMs / baseMs,
    target: { op: '<=', value: TARGET },
    ...(note ? { note } : {}),
  });

const FRESH_NOTE =
  'diagnostic: the same import on a connection opened after the demo was seeded, so no plan cached while officers was small';

export async function run(): Promise<BenchResult[]> {
  const made = await timed(() => makeWorkbook(ROWS));
  const bytes = made.value;
  log(`  generated ${ROWS}-row xlsx (${(bytes.length / 1024).toFixed(0)} KiB) in ${secs(made.ms)}`);

  const runs: number[] = [];
  for (let i = 0; i < 3; i += 1) {
    const t = await timed(() => exceljsAlone(bytes));
    if (t.value < ROWS * 10) throw new Error(`exceljs saw only ${t.value} cells`);
    runs.push(t.ms);
  }
  const baseMs = median(runs);
  log(`  baseline exceljs load + iterate: ${runs.map((ms) => secs(ms)).join(', ')} → median ${secs(baseMs)}`);

  const results: BenchResult[] = [];
  // PGlite as `serve --demo` leaves it: the one connection that seeded the demo also runs the import.
  let pglite: Database | undefined = await openPglite();
  let seededDump: Blob;
  let administrationId: string;
  try {
    administrationId = await seed(pglite, 'PGlite');
    seededDump = await dumpPglite(pglite);
    const t = await importThrough(pglite, benchEnv(), bytes, administrationId, 'PGlite');
    breakdown('PGlite', t);
    results.push(figure('PGlite', t, baseMs));
  } finally {
    await pglite.close().catch(() => {});
  }
  // The same seeded data loaded into a new PGlite instance: a fresh backend.
  pglite = await openPglite({ loadDataDir: seededDump });
  try {
    const t = await importThrough(pglite, benchEnv(), bytes, administrationId, 'PGlite, fresh connection');
    breakdown('PGlite, fresh connection', t);
    results.push(figure('PGlite fresh-conn', t, baseMs, FRESH_NOTE));
  } finally {
    await pglite.close().catch(() => {});
  }

  for (const fresh of [false, true]) {
    const label = fresh ? 'PostgreSQL, fresh connection' : 'PostgreSQL';
    let throwaway: ThrowawayDatabase | undefined;
    let postgres: Database | undefined;
    try {
      throwaway = await createThrowawayDatabase();
      postgres = openPostgres(throwaway.url);
      const adm = await seed(postgres, label);
      if (fresh) {
        await postgres.close();
        postgres = openPostgres(throwaway.url);
      }
      const t = await importThrough(postgres, benchEnv(throwaway.url), bytes, adm, label);
      breakdown(label, t);
      results.push(figure(fresh ? 'PostgreSQL fresh-conn' : 'PostgreSQL', t, baseMs, fresh ? FRESH_NOTE : undefined));
    } finally {
      await postgres?.close().catch(() => {});
      await throwaway?.drop();
    }
  }
  return results;
}
