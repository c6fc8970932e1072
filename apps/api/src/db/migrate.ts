import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Database } from '../platform/db.js';

const DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'migrations');

export function migrationNames(): string[] {
  return readdirSync(DIR)
    .filter((f) => /^\d{14}_[a-z0-9_]+\.sql$/.test(f))
    .sort();
}

async function applied(database: Database): Promise<Set<string>> {
  const exists = await database.raw.query<{ ok: boolean }>(
    "select to_regclass('public.schema_migrations') is not null as ok",
  );
  if (!exists[0]?.ok) return new Set();
  const done = await database.raw.query<{ name: string }>('select name from schema_migrations');
  return new Set(done.map((r) => r.name));
}

export async function migrationStatus(database: Database) {
  const done = await applied(database);
  const pending = migrationNames().filter((n) => !done.has(n));
  return { applied: done.size, pending };
}

/** Applies pending migrations in order, each in its own transaction, under an advisory lock. */
export async function migrate(database: Database, log: (line: string) => void = () => {}): Promise<string[]> {
  await database.raw.exec(
    'CREATE TABLE IF NOT EXISTS schema_migrations (name text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())',
  );
  const ran: string[] = [];
  for (const name of migrationNames()) {
    const body = readFileSync(path.join(DIR, name), 'utf8');
    const script = `BEGIN;
SELECT pg_advisory_xact_lock(7424242);
DO $m$ BEGIN IF EXISTS (SELECT 1 FROM schema_migrations WHERE name = '${name}') THEN RAISE EXCEPTION 'formasaun:already-applied'; END IF; END $m$;
${body}
INSERT INTO schema_migrations (name) VALUES ('${name}');
COMMIT;`;
    if ((await applied(database)).has(name)) continue;
    try {
      await database.raw.exec(script);
      ran.push(name);
      log(`applied ${name}`);
    } catch (err) {
      if (err instanceof Error && err.message.includes('formasaun:already-applied')) continue;
      throw new Error(`migration ${name} failed: ${err instanceof Error ? err.message : String(err)}`, { cause: err });
    }
  }
  return ran;
}
