// Used by `serve --demo`: a fresh installation starts with the demo, an existing one is left alone.
import type { Clock } from '../../platform/clock.js';
import type { Database } from '../../platform/db.js';
import { generateDefaultDemo } from './index.js';

/** Seeds the default demo when the database holds no administration; returns whether it did. */
export async function seedDemoIfEmpty(database: Database, clock: Clock, log: (line: string) => void = () => {}): Promise<boolean> {
  const [row] = await database.raw.query<{ n: number }>('select count(*)::int as n from administrations');
  if ((row?.n ?? 0) > 0) return false;
  await generateDefaultDemo(database, { log, today: clock.now() });
  return true;
}
