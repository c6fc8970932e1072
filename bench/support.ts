// Shared helpers for the benchmarks: throwaway databases, the app's environment, sign-in, ports, timing, tables.
import { randomBytes } from 'node:crypto';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import pg from 'pg';
import { type Env, loadEnv } from '../apps/api/src/platform/env.js';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** The shared PostgreSQL server; throwaway databases are created and dropped through its `test` database. */
export const ADMIN_URL = process.env.BENCH_ADMIN_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

/** One line of the summary table. `ratio` is value / baseline; `higherIsBetter` decides how the target reads. */
export interface BenchResult {
  bench: string;
  measure: string;
  value: string;
  baseline: string;
  ratio: number | null;
  /** e.g. { op: '>=', value: 0.5 }; null when no target is set for the figure. */
  target: { op: '>=' | '<='; value: number } | null;
  note?: string;
}

export function verdict(r: BenchResult): string {
  if (r.ratio === null || r.target === null) return 'INFO';
  const ok = r.target.op === '>=' ? r.ratio >= r.target.value : r.ratio <= r.target.value;
  return ok ? 'PASS' : 'BELOW TARGET';
}

export const fmtRatio = (ratio: number | null) => (ratio === null ? '—' : `${ratio.toFixed(2)}×`);
export const fmtTarget = (t: BenchResult['target']) => (t ? `${t.op === '>=' ? '≥' : '≤'} ${t.value}×` : 'none set');
export const secs = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

export function log(line: string) {
  process.stdout.write(`${line}\n`);
}

/** Prints one figure as it is measured, with its baseline, ratio, target and verdict. */
export function report(r: BenchResult): BenchResult {
  log(
    `  ${r.measure}: ${r.value}  | baseline ${r.baseline}  | ratio ${fmtRatio(r.ratio)}  | target ${fmtTarget(r.target)}  → ${verdict(r)}` +
      (r.note ? `\n    (${r.note})` : ''),
  );
  return r;
}

export function printTable(headers: string[], rows: string[][]) {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  log(line(headers));
  log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const r of rows) log(line(r));
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export async function timed<T>(fn: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  const value = await fn();
  return { ms: performance.now() - start, value };
}

/** The app's environment for a benchmark: silent logs and no sign-in throttling. */
export function benchEnv(databaseUrl?: string): Env {
  return loadEnv({
    ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
    LOG_LEVEL: 'silent',
    LOGIN_ATTEMPTS_PER_MINUTE: '100000',
    MAX_UPLOAD_MB: '50',
  });
}

export interface ThrowawayDatabase {
  name: string;
  url: string;
  drop(): Promise<void>;
}

const live = new Set<ThrowawayDatabase>();

async function withAdmin<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: ADMIN_URL });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** CREATE DATABASE formasaun_bench_<random> through the `test` database; drop() removes it (idempotent). */
export async function createThrowawayDatabase(): Promise<ThrowawayDatabase> {
  const name = `formasaun_bench_${randomBytes(6).toString('hex')}`;
  await withAdmin((c) => c.query(`CREATE DATABASE ${name}`));
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  let dropped = false;
  const handle: ThrowawayDatabase = {
    name,
    url: url.toString(),
    async drop() {
      if (dropped) return;
      dropped = true;
      live.delete(handle);
      await withAdmin((c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
    },
  };
  live.add(handle);
  return handle;
}

/** Drops every throwaway database still alive (used on Ctrl-C and after a crash). */
export async function dropAllThrowaway() {
  for (const db of [...live]) await db.drop().catch((err) => log(`could not drop ${db.name}: ${String(err)}`));
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    log(`\n${signal}: dropping throwaway databases…`);
    void dropAllThrowaway().finally(() => process.exit(130));
  });
}

export interface SignedIn {
  /** `formasaun_session=…`, ready for a Cookie header. */
  cookie: string;
  csrfToken: string;
}

/** Signs in through the real route and returns the session cookie and CSRF token. */
export async function signIn(app: FastifyInstance, email: string, password: string): Promise<SignedIn> {
  const res = await app.inject({ method: 'POST', url: '/api/v1/auth/sign-in', payload: { email, password } });
  if (res.statusCode !== 200) throw new Error(`sign-in as ${email} failed: ${res.statusCode} ${res.body}`);
  const session = res.cookies.find((c) => c.name === 'formasaun_session');
  if (!session) throw new Error('sign-in answered without a formasaun_session cookie');
  const { csrfToken } = res.json<{ csrfToken: string }>();
  return { cookie: `formasaun_session=${session.value}`, csrfToken };
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
