// Deterministic demo data: whole administrations with staff, history and ready-to-use accounts.
import { sql } from 'drizzle-orm';
import { hashPassword } from '../../modules/auth/password.js';
import { type Database, rows, type Tx } from '../../platform/db.js';
import { locations as locationsTable, orgUnits, positions as positionsTable } from '../schema.js';
import { DEMO_PASSWORD, type DemoAccount, ensureRole, ensureUser, insertAccounts } from './accounts.js';
import { generateDemoCatalogue } from './catalogue.js';
import { type DemoCentreSummary, generateDemoCentre, generateDemoCentrePool } from './centre.js';
import { generateDemoFunding } from './funding.js';
import { generateOfficers, type OfficerRow } from './officers.js';
import { buildOrganisation, type Organisation } from './org.js';
import { type AdministrationProfile, PROFILES } from './places.js';
import { type DemoPlanSummary, generateDemoPlan } from './plan.js';
import { createRng, hashSeed, isoDay, toDay } from './prng.js';
import { generateDemoKpiValues } from './kpi-values.js';
import { generateDemoStrategy } from './strategy.js';
import { generateTna, type TnaSummary } from './tna.js';

export { DEMO_PASSWORD, type DemoAccount } from './accounts.js';
export const DEMO_SEED = 2017;
/** The "today" the demo is generated for, so hire dates do not drift from run to run. */
export const DEMO_TODAY = new Date('2026-12-01T00:00:00Z');
/** Rows per INSERT … SELECT FROM unnest(…) statement. */
const BATCH = 5000;

export type DemoAdministration = keyof typeof PROFILES;

export interface DemoOptions {
  administration: DemoAdministration;
  officers: number;
  seed?: number;
  today?: Date;
  log?: (line: string) => void;
  /** A hash of DEMO_PASSWORD to reuse: argon2 is deliberately slow, so callers hash once. */
  passwordHash?: string;
  /** The competency framework, role profiles, priorities and last year's closed needs assessment (default true). */
  tna?: boolean;
  /** Catalogue, strategy, budgets and capacities, and the optimised three-year plan from this year (default: with the TNA). */
  planning?: boolean;
  /** Seconds the optimiser may take for each demo plan. */
  planSeconds?: number;
  /** Leave the optimisation to the caller (`computePlan` in the result), e.g. to run it once the server listens. */
  deferPlan?: boolean;
  /** The training centre: venues and the trainer pool before the plan (its trainer-days feed it), then the plan's first year of sessions delivered and the second scheduled (default: with planning). */
  centre?: boolean;
  /**
   * The real date the demo is generated on (default: today). The centre's sessions that ended before it, within the
   * plan's first year, are delivered; so `--start-year 2017` run in a later year shows 2017 delivered, 2018 scheduled.
   */
  asOf?: Date;
}

export interface DemoResult {
  administrationId: string;
  officers: number;
  accounts: DemoAccount[];
  /** Null when generated with `tna: false`. */
  tna: TnaSummary | null;
  /** The approved plan and its scenario; null without planning or when deferred. */
  plan: DemoPlanSummary | null;
  /** With `deferPlan`: optimises and approves the plan and its scenario (then builds the centre's sessions). */
  computePlan?: () => Promise<DemoPlanSummary>;
  /** Filled once the plan is computed, when the centre is generated. */
  centre: DemoCentreSummary | null;
}

const param = (values: unknown[]) => sql.param(values);

export async function generateDemo(database: Database, opts: DemoOptions): Promise<DemoResult> {
  const profile: AdministrationProfile = PROFILES[opts.administration];
  if (!profile) throw new Error(`unknown demo administration "${String(opts.administration)}"`);
  if (!Number.isInteger(opts.officers) || opts.officers < 1) throw new Error('officers must be a positive integer');
  const log = opts.log ?? (() => {});
  const seed = opts.seed ?? DEMO_SEED;
  const today = toDay(opts.today ?? DEMO_TODAY);
  const stamp = `${isoDay(today)}T08:00:00Z`;
  const fromYear = Number(isoDay(today).slice(0, 4));
  const planning = opts.tna !== false && opts.planning !== false;
  const started = performance.now();
  // Fail fast before the costly work; the check inside the transaction is the one that counts.
  const taken = await database.raw.query('select 1 from administrations where slug = $1', [profile.slug]);
  if (taken.length > 0) throw alreadyExists(profile.slug);
  const passwordHash = opts.passwordHash ?? (await hashPassword(DEMO_PASSWORD));

  // Each administration draws from its own stream, so one's size never changes the other's ids.
  const rng = createRng(hashSeed(seed, profile.slug));
  const administrationId = rng.uuid();
  const org = buildOrganisation(profile, opts.officers, rng);
  const officers = generateOfficers(profile, org, opts.officers, rng, today);
  log(`${profile.slug}: generated ${officers.length} officers in ${org.units.length} units (${ms(started)})`);

  // One transaction: a failure (or an existing administration) leaves nothing half-written.
  const { accounts, tna } = await database.transaction('all', async (tx) => {
    const existing = await rows<{ id: string }>(tx, sql`select id from administrations where slug = ${profile.slug}`);
    if (existing.length > 0) throw alreadyExists(profile.slug);
    await tx.execute(sql`
      insert into administrations (id, slug, name, country_code, default_locale, currency, timezone, created_at)
      values (${administrationId}, ${profile.slug}, ${profile.name}, ${profile.countryCode}, ${profile.defaultLocale},
              ${profile.currency}, ${profile.timezone}, ${stamp})`);
    await insertOrganisation(tx, administrationId, org);
    log(`${profile.slug}: ${org.locations.length} locations, ${org.positions.length} positions, ${org.units.length} org units`);
    await insertOfficers(tx, administrationId, officers, stamp);
    log(`${profile.slug}: inserted ${officers.length} officers (${ms(started)})`);
    await setUnitHeads(tx, administrationId, officers);
    await insertAssignments(tx, administrationId, officers);
    log(`${profile.slug}: inserted assignments (${ms(started)})`);
    const accounts = await insertAccounts(tx, profile, administrationId, org, officers, rng, passwordHash, stamp);
    if (opts.tna === false) return { accounts, tna: null };
    const tna = await generateTna(tx, { database, profile, administrationId, org, seed, today, log });
    if (planning) {
      await generateDemoCatalogue(tx, { administrationId, log, stamp });
      await generateDemoStrategy(tx, { database, administrationId, fromYear, log });
      await generateDemoKpiValues(tx, { database, administrationId, seed, log });
      await generateDemoFunding(tx, { database, administrationId, fromYear, log });
      if (opts.centre !== false) await generateDemoCentrePool(tx, { administrationId, seed, fromYear, log });
    }
    return { accounts, tna };
  });
  // The optimiser runs in a worker, outside the generator's transaction; each plan is written in its own.
  const result: DemoResult = { administrationId, officers: officers.length, accounts, tna, plan: null, centre: null };
  const computePlan = async () => {
    const plan = await generateDemoPlan(database, { administrationId, fromYear, log, timeLimitSeconds: opts.planSeconds });
    if (opts.centre !== false) result.centre = await generateDemoCentre(database, { administrationId, planId: plan.planId, seed, today: isoDay(toDay(opts.asOf ?? opts.today ?? DEMO_TODAY)), log });
    return plan;
  };
  const withPlan = tna !== null && planning;
  if (withPlan && opts.deferPlan) {
    log(`${profile.slug}: done in ${ms(started)}; the plan is optimised next`);
    result.computePlan = computePlan;
    return result;
  }
  result.plan = withPlan ? await computePlan() : null;
  log(`${profile.slug}: done in ${ms(started)}`);
  return result;
}

const alreadyExists = (slug: string) =>
  new Error(`administration "${slug}" already exists; the demo generator only creates new ones`);

const ms = (since: number) => `${((performance.now() - since) / 1000).toFixed(2)} s`;

async function insertOrganisation(tx: Tx, administrationId: string, org: Organisation) {
  const locationIds = new Map(org.locations.map((l) => [l.code, l.id]));
  await tx.insert(locationsTable).values(
    org.locations.map((l) => ({
      administrationId, id: l.id, code: l.code, name: l.name, kind: l.kind, latitude: l.lat, longitude: l.lon,
    })),
  );
  await tx.insert(positionsTable).values(
    org.positions.map((p) => ({
      administrationId, id: p.id, code: p.code, title: p.title, gradeMin: p.min, gradeMax: p.max, description: p.description,
    })),
  );
  // Parents precede children, and foreign keys are checked at the end of each statement.
  for (let i = 0; i < org.units.length; i += 500) {
    await tx.insert(orgUnits).values(
      org.units.slice(i, i + 500).map((u) => ({
        administrationId, id: u.id, parentId: u.parentId, code: u.code, name: u.name, kind: u.kind,
        locationId: locationIds.get(u.locationCode) ?? null,
      })),
    );
  }
}

async function insertOfficers(tx: Tx, administrationId: string, officers: OfficerRow[], stamp: string) {
  for (let i = 0; i < officers.length; i += BATCH) {
    const b = officers.slice(i, i + BATCH);
    await tx.execute(sql`
      insert into officers (administration_id, id, employee_number, given_names, family_name, sex, date_of_birth, grade,
                            position_id, org_unit_id, location_id, hire_date, languages, email, phone, status, created_at, updated_at)
      select ${administrationId}::uuid, t.id, t.num, t.given, t.family, t.sex, t.dob::date, t.grade,
             t.pos, t.unit, t.loc, t.hire::date, t.langs::text[], t.email, t.phone, t.status, ${stamp}::timestamptz, ${stamp}::timestamptz
      from unnest(${param(b.map((o) => o.id))}::uuid[], ${param(b.map((o) => o.employeeNumber))}::text[],
                  ${param(b.map((o) => o.givenNames))}::text[], ${param(b.map((o) => o.familyName))}::text[],
                  ${param(b.map((o) => o.sex))}::text[], ${param(b.map((o) => isoDay(o.birthDay)))}::text[],
                  ${param(b.map((o) => o.grade))}::int[], ${param(b.map((o) => o.position.id))}::uuid[],
                  ${param(b.map((o) => o.unit.id))}::uuid[], ${param(b.map((o) => o.locationId))}::uuid[],
                  ${param(b.map((o) => isoDay(o.hireDay)))}::text[], ${param(b.map((o) => `{${o.languages.join(',')}}`))}::text[],
                  ${param(b.map((o) => o.email))}::text[], ${param(b.map((o) => o.phone))}::text[],
                  ${param(b.map((o) => o.status))}::text[])
        as t(id, num, given, family, sex, dob, grade, pos, unit, loc, hire, langs, email, phone, status)`);
  }
}

/** Each unit's head officer (the generator makes one per unit while officers remain), in one statement. */
async function setUnitHeads(tx: Tx, administrationId: string, officers: OfficerRow[]) {
  const heads = officers.filter((o) => o.isHead);
  await tx.execute(sql`
    update org_units u set head_officer_id = t.head
    from unnest(${param(heads.map((o) => o.unit.id))}::uuid[], ${param(heads.map((o) => o.id))}::uuid[]) as t(unit, head)
    where u.administration_id = ${administrationId} and u.id = t.unit`);
}

async function insertAssignments(tx: Tx, administrationId: string, officers: OfficerRow[]) {
  const all = officers.flatMap((o) => o.assignments.map((a) => ({ officerId: o.id, a })));
  for (let i = 0; i < all.length; i += BATCH) {
    const b = all.slice(i, i + BATCH);
    await tx.execute(sql`
      insert into officer_assignments (administration_id, id, officer_id, org_unit_id, position_id, location_id, grade, valid_from, valid_to)
      select ${administrationId}::uuid, t.id, t.officer, t.unit, t.pos, t.loc, t.grade, t.vfrom::date, t.vto::date
      from unnest(${param(b.map((x) => x.a.id))}::uuid[], ${param(b.map((x) => x.officerId))}::uuid[],
                  ${param(b.map((x) => x.a.unitId))}::uuid[], ${param(b.map((x) => x.a.positionId))}::uuid[],
                  ${param(b.map((x) => x.a.locationId))}::uuid[], ${param(b.map((x) => x.a.grade))}::int[],
                  ${param(b.map((x) => isoDay(x.a.from)))}::text[], ${param(b.map((x) => (x.a.to === null ? null : isoDay(x.a.to))))}::text[])
        as t(id, officer, unit, pos, loc, grade, vfrom, vto)`);
  }
}

export interface DefaultDemoOptions {
  seed?: number;
  today?: Date;
  log?: (line: string) => void;
  tna?: boolean;
  planning?: boolean;
  planSeconds?: number;
  deferPlan?: boolean;
  asOf?: Date;
}

/** The standard demo: Timor-Leste (350 officers), Mozambique (200), a programme viewer and a platform operator. */
export async function generateDefaultDemo(
  database: Database,
  opts: DefaultDemoOptions = {},
): Promise<{ administrations: Record<DemoAdministration, DemoResult | null>; accounts: DemoAccount[] }> {
  const log = opts.log ?? (() => {});
  const seed = opts.seed ?? DEMO_SEED;
  const stamp = `${isoDay(toDay(opts.today ?? DEMO_TODAY))}T08:00:00Z`;
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const sizes: [DemoAdministration, number][] = [['timor-leste', 350], ['mozambique', 200]];
  const administrations: Record<DemoAdministration, DemoResult | null> = { 'timor-leste': null, mozambique: null };
  const accounts: DemoAccount[] = [];
  for (const [administration, officers] of sizes) {
    const found = await database.raw.query<{ id: string }>('select id from administrations where slug = $1', [administration]);
    // Re-running the default demo completes what is missing instead of failing on what is there.
    if (found.length > 0) {
      log(`${administration}: already exists, skipped`);
      continue;
    }
    const result = await generateDemo(database, {
      administration, officers, seed, today: opts.today, log, passwordHash, tna: opts.tna, planning: opts.planning, planSeconds: opts.planSeconds,
      deferPlan: opts.deferPlan, asOf: opts.asOf,
    });
    administrations[administration] = result;
    accounts.push(...result.accounts);
  }

  const rng = createRng(hashSeed(seed, 'platform'));
  await database.transaction('all', async (tx) => {
    const slugs = sizes.map(([s]) => s);
    const tenants = await rows<{ id: string; slug: string }>(tx, sql`
      select id, slug from administrations where slug in (${sql.join(slugs.map((s) => sql`${s}`), sql`, `)}) order by slug`);
    const operator = await ensureUser(tx, {
      id: rng.uuid(), email: 'operator@formasaun.demo', displayName: 'Platform Operator', locale: 'en', administrationId: null, officerId: null,
    }, passwordHash, stamp);
    await ensureRole(tx, rng, operator.id, 'platform_operator', null);
    const programme = await ensureUser(tx, {
      id: rng.uuid(), email: 'programme@wco.demo', displayName: 'WCO Programme Coordinator', locale: 'en', administrationId: null, officerId: null,
    }, passwordHash, stamp);
    for (const t of tenants) await ensureRole(tx, rng, programme.id, 'programme_viewer', t.id);
    log(`platform accounts: operator ${operator.created ? 'created' : 'kept'}, programme viewer ${programme.created ? 'created' : 'kept'}`);
  });
  accounts.push(
    { email: 'programme@wco.demo', password: DEMO_PASSWORD, role: 'programme_viewer' },
    { email: 'operator@formasaun.demo', password: DEMO_PASSWORD, role: 'platform_operator' },
  );
  return { administrations, accounts };
}
