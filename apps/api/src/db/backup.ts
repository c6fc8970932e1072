import { sql } from 'drizzle-orm';
import { type Database, rows } from '../platform/db.js';
import { migrationNames } from './migrate.js';

/** Tables in foreign-key order; sessions are deliberately left out (a restore signs everyone out). */
export const TABLES = [
  'administrations',
  'locations',
  'org_units',
  'positions',
  'officers',
  'officer_assignments',
  'users',
  'role_assignments',
  'staff_imports',
  'import_mappings',
  'competency_frameworks',
  'framework_versions',
  'scale_levels',
  'competency_areas',
  'competencies',
  'role_profiles',
  'strategic_priorities',
  'assessment_campaigns',
  'campaign_scopes',
  'assessment_forms',
  'assessment_ratings',
  'assessment_form_events',
  'assessment_results',
  'courses',
  'course_competencies',
  'course_prerequisites',
  'course_positions',
  'strategies',
  'strategy_goals',
  'strategy_objectives',
  'strategy_kpis',
  'funding_settings',
  'funding_sources',
  'budget_envelopes',
  'trainer_day_capacities',
  'release_shares',
  'plans',
  'plan_runs',
  'plan_pins',
  'public_holidays',
  'venues',
  'rooms',
  'room_closures',
  'trainers',
  'trainer_qualifications',
  'trainer_path_events',
  'trainer_leave',
  'course_sessions',
  'session_days',
  'session_trainers',
  'session_costs',
  'enrolments',
  'attendance',
  'session_results',
  'sign_in_sheets',
  'certificates',
  'training_evidence',
  'calendar_feeds',
  'notifications',
  'centre_logos',
  'kpi_values',
] as const;
type Table = (typeof TABLES)[number];

export interface Backup {
  format: 'formasaun-backup';
  version: 1;
  migrations: string[];
  /** Slug of the one administration backed up, or null for the whole database. */
  administration: string | null;
  tables: Record<Table, Record<string, unknown>[]>;
}

function scopeOf(table: Table, administrationId: string | null) {
  if (administrationId === null) return sql`true`;
  if (table === 'administrations') return sql`id = ${administrationId}`;
  // Cross-administration accounts (operators, programme viewers) belong to no single administration's backup.
  if (table === 'role_assignments') {
    return sql`administration_id = ${administrationId} and user_id in (select id from users where administration_id = ${administrationId})`;
  }
  return sql`administration_id = ${administrationId}`;
}

export async function createBackup(database: Database, opts: { administration?: string } = {}): Promise<Backup> {
  return database.db.transaction(async (tx) => {
    let administrationId: string | null = null;
    if (opts.administration) {
      const [found] = await rows<{ id: string }>(tx, sql`select id from administrations where slug = ${opts.administration}`);
      if (!found) throw new Error(`no administration with slug "${opts.administration}"`);
      administrationId = found.id;
    }
    const tables = {} as Backup['tables'];
    for (const table of TABLES) {
      const [result] = await rows<{ data: Record<string, unknown>[] | string }>(
        tx,
        // Ordered: physical row order differs after a restore, and backups of the same data must be identical.
        sql`select coalesce(json_agg(t order by t::text), '[]'::json) as data from ${sql.identifier(table)} t where ${scopeOf(table, administrationId)}`,
      );
      const data = result?.data ?? [];
      tables[table] = typeof data === 'string' ? (JSON.parse(data) as Record<string, unknown>[]) : data;
    }
    const done = await rows<{ name: string }>(tx, sql`select name from schema_migrations order by name`);
    return { format: 'formasaun-backup', version: 1, migrations: done.map((d) => d.name), administration: opts.administration ?? null, tables };
  });
}

/** Waitlist order comes from a sequence: after a restore it must continue past every restored place in a queue. */
const WAITLIST_SEQ_PAST_RESTORED = sql`select setval('enrolment_waitlist_seq',
  greatest((select max(waitlist_seq) from enrolments), (select last_value from enrolment_waitlist_seq), 1))`;

const quote = (text: string) => `'${text.replace(/'/g, "''")}'`;

/** The same backup as a SQL script: psql or `formasaun restore` can run it on PGlite or PostgreSQL. */
export function backupToSql(backup: Backup): string {
  const lines = [
    `-- formasaun-backup v1; administration: ${backup.administration ?? 'all'}; migrations: ${backup.migrations.at(-1) ?? 'none'}`,
    'BEGIN;',
  ];
  for (const table of TABLES) {
    // A backup from an older version lacks the tables added since: nothing to restore there.
    const data = backup.tables[table] ?? [];
    if (data.length === 0) continue;
    lines.push(`INSERT INTO ${table} SELECT * FROM json_populate_recordset(NULL::${table}, ${quote(JSON.stringify(data))}::json);`);
  }
  lines.push('COMMIT;', '');
  return lines.join('\n');
}

export function parseBackup(text: string): Backup | { sql: string } {
  const trimmed = text.trimStart();
  if (trimmed.startsWith('--') || /^BEGIN;/i.test(trimmed)) return { sql: text };
  const parsed = JSON.parse(text) as Backup;
  if (parsed.format !== 'formasaun-backup' || parsed.version !== 1) throw new Error('not a Formasaun backup file');
  return parsed;
}

/** Restores into a migrated database, all or nothing; refuses to overwrite administrations that exist. */
export async function restoreBackup(database: Database, backup: Backup | { sql: string }): Promise<{ rows: number }> {
  if ('sql' in backup) {
    await database.raw.exec(backup.sql);
    await database.db.execute(WAITLIST_SEQ_PAST_RESTORED);
    return { rows: -1 };
  }
  const known = new Set(migrationNames());
  const unknown = backup.migrations.filter((m) => !known.has(m));
  if (unknown.length) throw new Error(`the backup comes from a newer version (migrations ${unknown.join(', ')}); upgrade first`);
  return database.db.transaction(async (tx) => {
    const slugs = backup.tables.administrations.map((a) => a.slug as string);
    const clash = await rows<{ slug: string }>(tx, sql`select slug from administrations where slug = any(${sql.param(slugs)}::text[])`);
    if (clash.length) throw new Error(`administration(s) already present: ${clash.map((c) => c.slug).join(', ')}`);
    let count = 0;
    for (const table of TABLES) {
      const data = backup.tables[table] ?? [];
      if (data.length === 0) continue;
      await tx.execute(
        sql`insert into ${sql.identifier(table)} select * from json_populate_recordset(null::${sql.identifier(table)}, ${JSON.stringify(data)}::json)`,
      );
      count += data.length;
    }
    await tx.execute(WAITLIST_SEQ_PAST_RESTORED);
    return { rows: count };
  });
}
