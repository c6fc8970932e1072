import { afterAll } from 'vitest';
import { type Database, openPglite } from '../../platform/db.js';
import { migrate } from '../migrate.js';

const opened: Database[] = [];
afterAll(async () => {
  for (const d of opened.splice(0)) await d.close();
});

/** A migrated in-memory database, closed after the file's tests. */
export async function freshDatabase(): Promise<Database> {
  const database = await openPglite();
  opened.push(database);
  await migrate(database);
  return database;
}

type Q = Record<string, unknown>;
/** The first row of a query. */
export const one = async <T = Q>(d: Database, text: string, params: unknown[] = []) => (await d.raw.query<T>(text, params))[0] as T;
