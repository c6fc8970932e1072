// `serve --demo` (what `npm start` runs once the web app is built) on a fresh data dir: seconds until the first page is
// served; then a warm start on the same data dir. Baseline: a bare Node HTTP server spawned the same way, same run.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type BenchResult, freePort, log, median, report, ROOT, secs, sleep } from './support.js';

const START_TIMEOUT_MS = 180_000;
const BIN = path.join(ROOT, 'apps/api/bin/formasaun.js');
const BARE_SERVER = `require('node:http').createServer((q, s) => { s.setHeader('content-type', 'text/html'); s.end('<!doctype html><title>x</title>'); })
  .listen(Number(process.env.PORT), '127.0.0.1');`;

interface Started {
  child: ChildProcess;
  ms: number;
  output: () => string;
}

/** Spawns node with args and polls GET / until it answers 200 text/html; the time runs from spawn. */
async function startAndWait(args: string[], env: NodeJS.ProcessEnv, port: number): Promise<Started> {
  let output = '';
  const start = performance.now();
  const child = spawn(process.execPath, args, { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  let exited: number | null | undefined;
  child.on('exit', (code) => (exited = code));
  const url = `http://127.0.0.1:${port}/`;
  while (performance.now() - start < START_TIMEOUT_MS) {
    if (exited !== undefined) throw new Error(`the server exited with ${exited} before serving a page:\n${output.slice(-3000)}`);
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(5000) });
      const type = res.headers.get('content-type') ?? '';
      await res.arrayBuffer();
      if (res.status === 200 && type.startsWith('text/html')) return { child, ms: performance.now() - start, output: () => output };
    } catch {
      // not listening yet
    }
    await sleep(50);
  }
  await stop(child);
  throw new Error(`no page at ${url} within ${START_TIMEOUT_MS / 1000} s:\n${output.slice(-3000)}`);
}

/** SIGTERM to the child's own pid (the node process itself, no wrapper); SIGKILL if it does not exit in 15 s. */
async function stop(child: ChildProcess): Promise<number> {
  if (child.exitCode !== null || child.signalCode !== null || !child.pid) return 0;
  const start = performance.now();
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  process.kill(child.pid, 'SIGTERM');
  const clean = await Promise.race([exited.then(() => true), sleep(15_000).then(() => false)]);
  if (!clean) {
    log(`  the server (pid ${child.pid}) ignored SIGTERM for 15 s; sending SIGKILL`);
    process.kill(child.pid, 'SIGKILL');
    await exited;
  }
  return performance.now() - start;
}

function ensureWebBuilt(): BenchResult[] {
  const index = path.join(ROOT, 'apps/web/dist/index.html');
  if (existsSync(index)) {
    log('  apps/web/dist/index.html is present (no build needed)');
    return [];
  }
  log('  apps/web/dist/index.html is missing: running `npm run build -w apps/web` first');
  const start = performance.now();
  const built = spawnSync('npm', ['run', 'build', '-w', 'apps/web'], { cwd: ROOT, stdio: 'inherit' });
  const ms = performance.now() - start;
  if (built.status !== 0 || !existsSync(index)) throw new Error(`the web build failed (exit ${built.status})`);
  log(`  web build took ${secs(ms)}`);
  return [report({ bench: 'cold-start', measure: 'web build (s)', value: (ms / 1000).toFixed(2), baseline: '—', ratio: null, target: null })];
}

export async function run(): Promise<BenchResult[]> {
  const results = ensureWebBuilt();

  const bare: number[] = [];
  for (let i = 0; i < 3; i += 1) {
    const port = await freePort();
    const s = await startAndWait(['-e', BARE_SERVER], { ...process.env, PORT: String(port) }, port);
    bare.push(s.ms);
    await stop(s.child);
  }
  const baseMs = median(bare);
  log(`  baseline bare node http server, spawn → first 200: ${bare.map((ms) => secs(ms)).join(', ')} → median ${secs(baseMs)}`);

  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'formasaun-bench-'));
  const env = (port: number): NodeJS.ProcessEnv => {
    const e: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir, PORT: String(port), HOST: '127.0.0.1' };
    delete e.DATABASE_URL;
    delete e.WEB_DIST;
    return e;
  };
  let child: ChildProcess | undefined;
  try {
    for (const phase of ['cold', 'warm'] as const) {
      const port = await freePort();
      const s = await startAndWait([BIN, 'serve', '--demo'], env(port), port);
      child = s.child;
      const running = /Formasaun is running[^\n]*/.exec(s.output())?.[0];
      const seeded = /timor-leste: done in/.test(s.output());
      log(`  ${phase} start (${phase === 'cold' ? 'fresh' : 'same'} data dir ${dataDir}): first page after ${secs(s.ms)}, demo seeded in this start: ${seeded ? 'yes' : 'no'}`);
      if (running) log(`    server said: ${running.trim()}`);
      if (phase === 'cold' && !seeded) log(`    WARNING: no demo seeding seen in the output of the cold start`);
      const stopMs = await stop(s.child);
      log(`    stopped by SIGTERM to pid ${s.child.pid} in ${secs(stopMs)} (exit ${s.child.exitCode ?? s.child.signalCode})`);
      child = undefined;
      results.push(
        report({
          bench: 'cold-start',
          measure: `${phase} start to first page (s)`,
          value: (s.ms / 1000).toFixed(2),
          baseline: (baseMs / 1000).toFixed(2),
          ratio: s.ms / baseMs,
          target: null,
          note: `baseline: bare node http server spawned the same way${phase === 'cold' ? '; cold includes PGlite initdb, migrations and demo seeding' : ''}`,
        }),
      );
    }
  } finally {
    if (child) await stop(child).catch(() => 0);
    rmSync(dataDir, { recursive: true, force: true });
  }
  return results;
}
