import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildApp } from './app.js';
import { migrate } from './db/migrate.js';
import { openDatabase } from './platform/db.js';
import type { Env } from './platform/env.js';

export const DEFAULT_WEB_DIST = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../web/dist');

/** Opens the database, applies migrations, seeds the demo on an empty database if asked, and listens. */
export async function serve(env: Env, opts: { demo?: boolean; log?: (line: string) => void } = {}) {
  const log = opts.log ?? console.log;
  const database = await openDatabase(env);
  await migrate(database, log);
  if (opts.demo) {
    const { seedDemoIfEmpty } = await import('./db/demo/seed-if-empty.js');
    await seedDemoIfEmpty(database, log);
  }
  const app = await buildApp({ env, database, webDist: env.webDist ?? DEFAULT_WEB_DIST });
  const close = async () => {
    await app.close();
    await database.close();
  };
  process.once('SIGINT', () => void close().then(() => process.exit(0)));
  process.once('SIGTERM', () => void close().then(() => process.exit(0)));
  const address = await app.listen({ host: env.host, port: env.port });
  return { app, database, address, close };
}
