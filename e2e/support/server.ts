// The real Formasaun in-process: Fastify + the built web app over an in-memory PGlite seeded with the demo.
import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildApp } from '../../apps/api/src/app.js';
import { generateDefaultDemo } from '../../apps/api/src/db/demo/index.js';
import { migrate } from '../../apps/api/src/db/migrate.js';
import { loadEnv } from '../../apps/api/src/platform/env.js';
import { openPglite } from '../../apps/api/src/platform/db.js';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const WEB_DIST = path.join(REPO_ROOT, 'apps/web/dist');
/** The demo's "today": hire dates and history are generated relative to it. */
export const DEMO_DAY = new Date('2026-11-29T00:00:00Z');

export interface TestServer {
  baseUrl: string;
  close(): Promise<void>;
}

/**
 * `today` is the demo's day (default DEMO_DAY); `asOf` the real date the centre's history is generated for: with the
 * seed's 2017 start replayed later, the 2017 sessions are delivered, 2018's scheduled and 2019's still to schedule.
 */
export async function startServer(opts: { today?: Date; asOf?: Date } = {}): Promise<TestServer> {
  if (!existsSync(path.join(WEB_DIST, 'index.html'))) {
    throw new Error(`The web app is not built (${WEB_DIST}/index.html is missing): run npm run build -w apps/web`);
  }
  const database = await openPglite();
  try {
    await migrate(database);
    // A short optimiser time for the demo plans: journeys test the flow, the bench measures the optimiser.
    await generateDefaultDemo(database, { today: opts.today ?? DEMO_DAY, asOf: opts.asOf, planSeconds: 4 });
    // Journeys sign in many times a minute from one address; the login limit is tested elsewhere.
    const env = loadEnv({ LOG_LEVEL: 'silent', LOGIN_ATTEMPTS_PER_MINUTE: '1000', DATA_DIR: path.join(REPO_ROOT, '.artifacts/e2e-data') });
    const app = await buildApp({ env, database, webDist: WEB_DIST });
    await app.listen({ host: '127.0.0.1', port: 0 });
    const { port } = app.server.address() as AddressInfo;
    return {
      baseUrl: `http://127.0.0.1:${port}`,
      async close() {
        await app.close();
        await database.close();
      },
    };
  } catch (err) {
    await database.close();
    throw err;
  }
}

/** Reads the API as a demo user, to learn ids and expected figures the browser journey then checks. */
export async function apiAs(baseUrl: string, email: string, password = 'formasaun-demo') {
  const res = await fetch(`${baseUrl}/api/v1/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (!res.ok) throw new Error(`sign-in as ${email} failed: ${res.status}`);
  const cookie = res.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  return {
    async get<T>(url: string): Promise<{ status: number; body: T }> {
      const r = await fetch(`${baseUrl}/api/v1${url}`, { headers: { cookie } });
      return { status: r.status, body: (await r.json()) as T };
    },
  };
}
