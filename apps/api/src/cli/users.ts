import { randomBytes } from 'node:crypto';
import { ZPassword, ZRole } from '@formasaun/shared';
import { z } from 'zod';
import { hashPassword } from '../modules/auth/password.js';
import { type SQL, sql } from 'drizzle-orm';
import { type Database, rows } from '../platform/db.js';

const ZCliUser = z.object({
  email: z.email().transform((e) => e.toLowerCase()),
  name: z.string().min(1),
  role: ZRole,
  administration: z.string().optional(),
  orgUnit: z.string().optional(),
  officer: z.string().optional(),
  password: ZPassword.optional(),
});

/** Accounts the web cannot create (platform operators, first managers) are made here. */
export async function createUserFromCli(database: Database, raw: Record<string, string | undefined>) {
  const parsed = ZCliUser.safeParse(raw);
  if (!parsed.success) throw new Error(parsed.error.issues.map((i) => `--${i.path.join('.')}: ${i.message}`).join('; '));
  const input = parsed.data;
  const isOperator = input.role === 'platform_operator';
  if (!isOperator && !input.administration) throw new Error('--administration SLUG is needed for this role');
  const generatedPassword = input.password ? null : randomBytes(12).toString('base64url');
  const passwordHash = await hashPassword(input.password ?? generatedPassword!);
  return database.db.transaction(async (tx) => {
    const one = async <T>(query: SQL) => (await rows<T>(tx, query))[0];
    let administrationId: string | null = null;
    if (input.administration) {
      const adm = await one<{ id: string }>(sql`select id from administrations where slug = ${input.administration}`);
      if (!adm) throw new Error(`no administration "${input.administration}"`);
      administrationId = adm.id;
    }
    let orgUnitId: string | null = null;
    if (input.role === 'supervisor') {
      if (!input.orgUnit) throw new Error('--org-unit CODE is needed for a supervisor');
      const unit = await one<{ id: string }>(sql`select id from org_units where administration_id = ${administrationId} and code = ${input.orgUnit}`);
      if (!unit) throw new Error(`no org unit with code "${input.orgUnit}"`);
      orgUnitId = unit.id;
    }
    let officerId: string | null = null;
    if (input.officer) {
      const officer = await one<{ id: string }>(
        sql`select id from officers where administration_id = ${administrationId} and employee_number = ${input.officer}`,
      );
      if (!officer) throw new Error(`no officer with employee number "${input.officer}"`);
      officerId = officer.id;
    }
    // Operators and programme viewers span administrations, so no single one manages their account.
    const home = isOperator || input.role === 'programme_viewer' ? null : administrationId;
    const user = await one<{ id: string }>(
      sql`insert into users (email, display_name, password_hash, administration_id, officer_id)
          values (${input.email}, ${input.name}, ${passwordHash}, ${home}, ${home ? officerId : null}) returning id`,
    );
    await tx.execute(
      sql`insert into role_assignments (user_id, role, administration_id, org_unit_id)
          values (${user!.id}, ${input.role}, ${isOperator ? null : administrationId}, ${orgUnitId})`,
    );
    return { email: input.email, generatedPassword };
  });
}
