// Demo accounts: one per role, linked to a fitting officer, all sharing the demo password.
import { sql } from 'drizzle-orm';
import { rows, type Tx } from '../../platform/db.js';
import type { OfficerRow } from './officers.js';
import type { Organisation, Unit } from './org.js';
import type { AccountKey, AdministrationProfile } from './places.js';
import type { Rng } from './prng.js';

export const DEMO_PASSWORD = 'formasaun-demo';

export interface DemoAccount {
  email: string;
  password: string;
  role: string;
}

export interface NewUser {
  id: string;
  email: string;
  displayName: string;
  locale: 'en' | 'pt';
  administrationId: string | null;
  officerId: string | null;
}

/** Creates the user unless the e-mail is taken; returns the id of whichever exists. */
export async function ensureUser(tx: Tx, u: NewUser, passwordHash: string, stamp: string): Promise<{ id: string; created: boolean }> {
  const inserted = await rows<{ id: string }>(tx, sql`
    insert into users (id, email, display_name, password_hash, locale, administration_id, officer_id, created_at)
    values (${u.id}, ${u.email}, ${u.displayName}, ${passwordHash}, ${u.locale}, ${u.administrationId}, ${u.officerId}, ${stamp})
    on conflict (email) do nothing returning id`);
  if (inserted[0]) return { id: inserted[0].id, created: true };
  const found = await rows<{ id: string }>(tx, sql`select id from users where email = ${u.email}`);
  return { id: found[0]!.id, created: false };
}

export async function ensureRole(
  tx: Tx,
  rng: Rng,
  userId: string,
  role: string,
  administrationId: string | null,
  orgUnitId: string | null = null,
) {
  await tx.execute(sql`
    insert into role_assignments (id, user_id, role, administration_id, org_unit_id)
    select ${rng.uuid()}, ${userId}, ${role}, ${administrationId}, ${orgUnitId}
    where not exists (select 1 from role_assignments where user_id = ${userId} and role = ${role}
                      and administration_id is not distinct from ${administrationId}::uuid
                      and org_unit_id is not distinct from ${orgUnitId}::uuid)`);
}

const ROLE: Record<AccountKey, string> = {
  manager: 'training_manager',
  supervisor: 'supervisor',
  trainer: 'trainer',
  officer: 'officer',
};

export async function insertAccounts(
  tx: Tx,
  profile: AdministrationProfile,
  administrationId: string,
  org: Organisation,
  officers: OfficerRow[],
  rng: Rng,
  passwordHash: string,
  stamp: string,
): Promise<DemoAccount[]> {
  const unitByCode = new Map(org.units.map((u) => [u.code, u]));
  const ops = unitByCode.get(profile.opsDirectorate)!;
  const centre = unitByCode.get(profile.trainingCentre)!;
  const inUnit = (unit: Unit) => officers.filter((o) => o.unit === unit);
  const ordinary = officers.filter((o) => !o.isHead && o.status === 'active');
  // Who each account is: the centre's head manages training, a frontline officer self-assesses and the head of that
  // officer's unit supervises it (so is the assessor of its supervisor forms), and so on.
  const officer = ordinary.find((o) => o.position.code === 'customs_officer' && o.unit.specCode.startsWith(`${profile.opsDirectorate}-`)) ?? ordinary[0];
  const people: Record<AccountKey, OfficerRow | undefined> = {
    manager: inUnit(centre).find((o) => o.isHead),
    supervisor: inUnit(officer?.unit ?? ops).find((o) => o.isHead) ?? inUnit(ops).find((o) => o.isHead),
    trainer: inUnit(centre).find((o) => !o.isHead && o.position.code === 'trainer') ?? inUnit(centre).find((o) => !o.isHead),
    officer,
  };
  const accounts: DemoAccount[] = [];
  for (const key of profile.accounts) {
    const person = people[key];
    const email = `${key}@${profile.slug}.demo`;
    const fallback = `${key[0]!.toUpperCase()}${key.slice(1)} (${profile.slug} demo)`;
    const user = {
      id: rng.uuid(), email, locale: profile.accountLocale, administrationId, officerId: person?.id ?? null,
      displayName: person ? `${person.givenNames} ${person.familyName}` : fallback,
    };
    const { id, created } = await ensureUser(tx, user, passwordHash, stamp);
    if (!created) throw new Error(`demo account ${email} already exists`);
    await ensureRole(tx, rng, id, ROLE[key], administrationId, key === 'supervisor' ? (person?.unit.id ?? ops.id) : null);
    accounts.push({ email, password: DEMO_PASSWORD, role: ROLE[key] });
  }
  return accounts;
}
