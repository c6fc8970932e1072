import { createHash } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { verifyPassword } from '../../modules/auth/password.js';
import type { Database } from '../../platform/db.js';
import { DEMO_PASSWORD, type DemoResult, generateDefaultDemo, generateDemo } from './index.js';
import { freshDatabase, one } from './demo.test-support.js';
import { MAX_UNIT_SIZE } from './org.js';

/** The catalogue, strategy, budgets and the optimised plan have their own test (demo-plan.test.ts). */
const NO_PLAN = { planning: false } as const;


/** Everything the generator wrote for one administration, ids included, as one hash. */
async function digest(d: Database, administrationId: string): Promise<string> {
  const hash = createHash('sha256');
  const tables = ['locations', 'positions', 'org_units', 'officers', 'officer_assignments'];
  for (const table of tables) {
    const all = await d.raw.query(`select to_jsonb(t)::text as j from ${table} t where administration_id = $1 order by id`, [administrationId]);
    hash.update(`${table}:${all.map((r) => r.j).join('\n')}`);
  }
  const users = await d.raw.query(
    `select u.id, u.email, u.display_name, u.officer_id, u.created_at::text, r.id as role_id, r.role, r.org_unit_id
       from users u join role_assignments r on r.user_id = u.id where u.administration_id = $1 order by u.id, r.id`,
    [administrationId],
  );
  hash.update(JSON.stringify(users));
  return hash.digest('hex');
}

describe('demo generator', () => {
  let db: Database;
  let tl: DemoResult;
  let mz: DemoResult;

  beforeAll(async () => {
    db = await freshDatabase();
    const started = performance.now();
    const result = await generateDefaultDemo(db, NO_PLAN);
    console.log(`default demo (350 + 200 officers, incl. one argon2 hash): ${((performance.now() - started) / 1000).toFixed(2)} s`);
    tl = result.administrations['timor-leste']!;
    mz = result.administrations.mozambique!;
  }, 60_000);


  it('creates both administrations with the requested head-counts', async () => {
    expect(tl.officers).toBe(350);
    expect(mz.officers).toBe(200);
    const adm = await d1('select slug, country_code, currency, timezone, default_locale from administrations order by slug');
    expect(adm).toEqual([
      { slug: 'mozambique', country_code: 'MZ', currency: 'MZN', timezone: 'Africa/Maputo', default_locale: 'pt' },
      { slug: 'timor-leste', country_code: 'TL', currency: 'USD', timezone: 'Asia/Dili', default_locale: 'pt' },
    ]);
    const counts = await one<{ officers: number; locations: number; units: number }>(
      db,
      `select (select count(*)::int from officers where administration_id = $1) as officers,
              (select count(*)::int from locations where administration_id = $1) as locations,
              (select count(*)::int from org_units where administration_id = $1) as units`,
      [tl.administrationId],
    );
    expect(counts.officers).toBe(350);
    expect(counts.locations).toBe(10);
    expect(counts.units).toBeGreaterThan(25);
    const depth = await one<{ roots: number; kinds: string[] }>(db,
      `select count(*) filter (where parent_id is null)::int as roots, array_agg(distinct kind order by kind) as kinds
         from org_units where administration_id = $1`, [tl.administrationId]);
    expect(depth.roots).toBe(1);
    expect(depth.kinds).toEqual(['department', 'directorate', 'office', 'unit']);
  });

  it('gives every officer a valid unit, position, grade and unique identity', async () => {
    const a = tl.administrationId;
    const bad = await one<{ n: number }>(db,
      `select count(*)::int as n from officers o
         left join org_units u on u.administration_id = o.administration_id and u.id = o.org_unit_id
         left join positions p on p.administration_id = o.administration_id and p.id = o.position_id
        where o.administration_id = $1 and (u.id is null or p.id is null or o.grade not between p.grade_min and p.grade_max
              or o.location_id is null or not ('tet' = any(o.languages)))`, [a]);
    expect(bad.n).toBe(0);
    const ids = await one<{ n: number; numbers: number; emails: number; wellFormed: number }>(db,
      `select count(*)::int as n, count(distinct employee_number)::int as numbers, count(distinct email)::int as emails,
              count(*) filter (where employee_number ~ '^TL-[0-9]{6}$' and email ~ '^[a-z]+\\.[a-z]+[0-9]*@alfandega\\.gov\\.tl$'
                               and phone ~ '^\\+670 7[0-9]{3} [0-9]{4}$')::int as "wellFormed"
         from officers where administration_id = $1`, [a]);
    expect(ids).toEqual({ n: 350, numbers: 350, emails: 350, wellFormed: 350 });
    const women = await one<{ share: number }>(db,
      `select avg((sex = 'female')::int)::float as share from officers where administration_id = $1`, [a]);
    expect(women.share).toBeGreaterThan(0.25);
    expect(women.share).toBeLessThan(0.4);
    const dates = await one<{ n: number; minHire: string; maxHire: string }>(db,
      `select count(*) filter (where age(hire_date, date_of_birth) < interval '20 years' or age(hire_date, date_of_birth) >= interval '36 years')::int as n,
              min(hire_date)::text as "minHire", max(hire_date)::text as "maxHire"
         from officers where administration_id = $1`, [a]);
    expect(dates.n).toBe(0);
    expect(dates.minHire < '2004-01-01').toBe(true);
    expect(dates.maxHire <= '2026-12-01').toBe(true);
    const status = await d1(`select status, count(*)::int as n from officers where administration_id = $1 group by status order by status`, [a]);
    expect(status.map((s) => s.status)).toContain('active');
    expect((status.find((s) => s.status === 'active')?.n as number) / 350).toBeGreaterThan(0.85);
  });

  it('puts a head at the top of every unit', async () => {
    const headless = await one<{ n: number }>(db,
      `select count(*)::int as n from org_units u where administration_id = $1 and not exists (
         select 1 from officers o join positions p on p.administration_id = o.administration_id and p.id = o.position_id
          where o.administration_id = u.administration_id and o.org_unit_id = u.id
            and p.code in ('director', 'head_of_department', 'head_of_unit'))`, [tl.administrationId]);
    expect(headless.n).toBe(0);
  });

  it('keeps a consistent assignment history', async () => {
    const a = tl.administrationId;
    const open = await one<{ officers: number; wrong: number }>(db,
      `select count(*)::int as officers,
              count(*) filter (where (select count(*) from officer_assignments x where x.administration_id = o.administration_id
                                       and x.officer_id = o.id and x.valid_to is null) <> 1)::int as wrong
         from officers o where administration_id = $1`, [a]);
    expect(open).toEqual({ officers: 350, wrong: 0 });
    const mismatch = await one<{ n: number }>(db,
      `select count(*)::int as n from officers o join officer_assignments x
          on x.administration_id = o.administration_id and x.officer_id = o.id and x.valid_to is null
        where o.administration_id = $1 and (x.org_unit_id <> o.org_unit_id or x.position_id <> o.position_id
              or x.grade <> o.grade or x.valid_from < o.hire_date)`, [a]);
    expect(mismatch.n).toBe(0);
    const moved = await one<{ n: number; bad: number }>(db,
      `select count(*)::int as n,
              count(*) filter (where c.valid_from <> o.hire_date or c.valid_to >= x.valid_from or c.org_unit_id = x.org_unit_id)::int as bad
         from officer_assignments c
         join officers o on o.administration_id = c.administration_id and o.id = c.officer_id
         join officer_assignments x on x.administration_id = c.administration_id and x.officer_id = c.officer_id and x.valid_to is null
        where c.administration_id = $1 and c.valid_to is not null`, [a]);
    expect(moved.bad).toBe(0);
    expect(moved.n / 350).toBeGreaterThan(0.08);
    expect(moved.n / 350).toBeLessThan(0.25);
  });

  it('creates the demo accounts, linked to fitting officers', async () => {
    const users = await d1(
      `select u.email, u.administration_id, u.officer_id, r.role, r.administration_id as role_adm, r.org_unit_id,
              o.org_unit_id as officer_unit, ou.code as unit_code, ru.code as role_unit
         from users u join role_assignments r on r.user_id = u.id
         left join officers o on o.administration_id = u.administration_id and o.id = u.officer_id
         left join org_units ou on ou.administration_id = o.administration_id and ou.id = o.org_unit_id
         left join org_units ru on ru.administration_id = r.administration_id and ru.id = r.org_unit_id
        order by u.email, r.role, r.administration_id`);
    const by = (email: string) => users.filter((u) => u.email === email);
    expect(tl.accounts.map((x) => x.email)).toEqual([
      'manager@timor-leste.demo', 'supervisor@timor-leste.demo', 'trainer@timor-leste.demo', 'officer@timor-leste.demo',
    ]);
    expect(by('manager@timor-leste.demo')[0]).toMatchObject({ role: 'training_manager', administration_id: tl.administrationId });
    // The supervisor heads the demo officer's frontline unit (under OPS) and supervises it.
    const supervisor = by('supervisor@timor-leste.demo')[0]!;
    expect(supervisor).toMatchObject({ role: 'supervisor', org_unit_id: supervisor.officer_unit });
    expect(supervisor.role_unit).toMatch(/^OPS-/);
    expect(supervisor.officer_unit).toBe(by('officer@timor-leste.demo')[0]!.officer_unit);
    expect(by('trainer@timor-leste.demo')[0]).toMatchObject({ role: 'trainer', unit_code: 'TC' });
    expect(by('officer@timor-leste.demo')[0]).toMatchObject({ role: 'officer', role_adm: tl.administrationId });
    expect(by('officer@timor-leste.demo')[0]!.officer_id).toBeTruthy();
    expect(by('manager@mozambique.demo')[0]).toMatchObject({ role: 'training_manager', administration_id: mz.administrationId });
    expect(by('operator@formasaun.demo')).toMatchObject([{ role: 'platform_operator', administration_id: null, role_adm: null }]);
    const programme = by('programme@wco.demo');
    expect(programme.map((p) => p.role)).toEqual(['programme_viewer', 'programme_viewer']);
    expect(programme.every((p) => p.administration_id === null)).toBe(true);
    const [hash] = await db.raw.query<{ password_hash: string }>(`select password_hash from users where email = 'officer@timor-leste.demo'`);
    expect(await verifyPassword(hash!.password_hash, DEMO_PASSWORD)).toBe(true);
  });

  it('refuses an existing administration and re-runs the default demo idempotently', async () => {
    await expect(generateDemo(db, { ...NO_PLAN, administration: 'timor-leste', officers: 10 })).rejects.toThrow(/already exists/);
    const before = await one<{ u: number; r: number; o: number }>(db,
      'select (select count(*)::int from users) as u, (select count(*)::int from role_assignments) as r, (select count(*)::int from officers) as o');
    const again = await generateDefaultDemo(db, NO_PLAN);
    expect(again.administrations).toEqual({ 'timor-leste': null, mozambique: null });
    const after = await one(db,
      'select (select count(*)::int from users) as u, (select count(*)::int from role_assignments) as r, (select count(*)::int from officers) as o');
    expect(after).toEqual(before);
    expect(before).toEqual({ u: 7, r: 8, o: 550 });
  });

  it('is deterministic and all-or-nothing', async () => {
    const other = await freshDatabase();
    const started = performance.now();
    const copy = await generateDemo(other, { ...NO_PLAN, administration: 'timor-leste', officers: 350 });
    console.log(`timor-leste, 350 officers: ${((performance.now() - started) / 1000).toFixed(2)} s`);
    expect(copy.administrationId).toBe(tl.administrationId);
    expect(await digest(other, copy.administrationId)).toBe(await digest(db, tl.administrationId));
    // A different seed gives different people.
    const seeded = await freshDatabase().then((d) => generateDemo(d, { ...NO_PLAN, administration: 'timor-leste', officers: 350, seed: 7 }).then((r) => [d, r] as const));
    expect(await digest(seeded[0], seeded[1].administrationId)).not.toBe(await digest(db, tl.administrationId));
    // A failure half-way (here: the log callback throws after the officers) leaves nothing behind.
    const failing = generateDemo(other, {
      ...NO_PLAN,
      administration: 'mozambique',
      officers: 200,
      log: (line) => {
        if (line.includes('inserted')) throw new Error('interrupted');
      },
    });
    await expect(failing).rejects.toThrow('interrupted');
    const left = await one(other,
      "select (select count(*)::int from administrations where slug = 'mozambique') as a, (select count(*)::int from officers) as o");
    expect(left).toEqual({ a: 0, o: 350 });
  }, 60_000);

  it('scales to 10,000 officers', async () => {
    const big = await freshDatabase();
    const started = performance.now();
    const result = await generateDemo(big, { ...NO_PLAN, administration: 'timor-leste', officers: 10_000 });
    const seconds = (performance.now() - started) / 1000;
    console.log(`timor-leste, 10,000 officers: ${seconds.toFixed(2)} s`);
    expect(result.officers).toBe(10_000);
    const sizes = await one<{ officers: number; assignments: number; largest: number; units: number }>(big,
      `select (select count(*)::int from officers) as officers, (select count(*)::int from officer_assignments) as assignments,
              (select max(n)::int from (select count(*) as n from officers group by org_unit_id) s) as largest,
              (select count(*)::int from org_units) as units`);
    expect(sizes.officers).toBe(10_000);
    expect(sizes.assignments).toBeGreaterThan(10_000);
    expect(sizes.largest).toBeLessThanOrEqual(MAX_UNIT_SIZE + 1);
    console.log(`  ${sizes.units} org units, largest holds ${sizes.largest}, ${sizes.assignments} assignments`);
    // The closed needs assessment comes with it: two forms per active officer, a result per role-profile competency.
    console.log(`  TNA: ${result.tna!.forms} forms, ${result.tna!.ratings} ratings, ${result.tna!.results} results`);
    expect(result.tna!.forms).toBeGreaterThan(18_000);
    expect(result.tna!.results).toBeGreaterThan(150_000);
  }, 180_000);

  const d1 = (text: string, params: unknown[] = []) => db.raw.query<Record<string, unknown>>(text, params);
});
