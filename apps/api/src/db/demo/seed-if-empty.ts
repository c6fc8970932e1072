// Used by `serve --demo`: a fresh installation starts with the demo, an existing one is left alone.
import type { Database } from '../../platform/db.js';
import { generateDefaultDemo } from './index.js';

/** Seeds the default demo when the database holds no administration; returns whether it did. */
export async function seedDemoIfEmpty(database: Database, log: (line: string) => void = () => {}): Promise<boolean> {
  const [row] = await database.raw.query<{ n: number }>('select count(*)::int as n from administrations');
  if ((row?.n ?? 0) > 0) return false;
  const { accounts } = await generateDefaultDemo(database, { log });
  log(`demo accounts (password "${accounts[0]?.password ?? ''}"): ${accounts.map((a) => `${a.email} [${a.role}]`).join(', ')}`);
  return true;
}
