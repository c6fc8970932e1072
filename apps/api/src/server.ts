import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildApp } from './app.js';
import { DEMO_PASSWORD } from './db/demo/accounts.js';
import { migrate } from './db/migrate.js';
import { systemClock } from './platform/clock.js';
import { openDatabase } from './platform/db.js';
import type { Env } from './platform/env.js';
import type { Database } from './platform/db.js';

async function demoAccounts(database: Database) {
  return database.raw.query<{ email: string; roles: string }>(
    `select u.email, string_agg(distinct r.role, ', ') as roles from users u join role_assignments r on r.user_id = u.id
     where u.email like '%.demo' group by u.email order by u.email`,
  );
}

export const DEFAULT_WEB_DIST = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../web/dist');

/** Opens the database, applies migrations, seeds the demo on an empty database if asked, and listens. */
export async function serve(env: Env, opts: { demo?: boolean; startYear?: number; log?: (line: string) => void } = {}) {
  const log = opts.log ?? console.log;
  const database = await openDatabase(env);
  await migrate(database, log);
  let seeded: { computePlans: () => Promise<void> } | null = null;
  if (opts.demo) {
    const { seedDemoIfEmpty } = await import('./db/demo/seed-if-empty.js');
    seeded = await seedDemoIfEmpty(database, systemClock, log, { startYear: opts.startYear });
  }
  const app = await buildApp({ env, database, webDist: env.webDist ?? DEFAULT_WEB_DIST });
  const close = async () => {
    await app.close();
    await database.close();
  };
  process.once('SIGINT', () => void close().then(() => process.exit(0)));
  process.once('SIGTERM', () => void close().then(() => process.exit(0)));
  const address = await app.listen({ host: env.host, port: env.port });
  app.notifications.start();
  const port = new URL(address).port;
  const shown = env.host === '127.0.0.1' || env.host === '0.0.0.0' || env.host === '::' ? 'localhost' : env.host;
  log(`\nFormasaun is running at http://${shown}:${port}  (API docs: /api/docs; database: ${database.kind === 'pglite' ? `embedded, ${env.dataDir}` : 'PostgreSQL'})`);
  if (seeded) {
    log('Optimising the demo plans in the background (the Plans page shows them as they finish)…');
    void seeded.computePlans().then(
      () => log('Demo plans approved.'),
      (err: unknown) => log(`Demo plans: ${err instanceof Error ? err.message : String(err)}`),
    );
  }
  if (opts.demo) {
    const accounts = await demoAccounts(database);
    if (accounts.length > 0) {
      log(`Demo sign-ins, password "${DEMO_PASSWORD}":`);
      for (const a of accounts) log(`  ${a.email.padEnd(30)} ${a.roles}`);
    }
  }
  return { app, database, address, close };
}
