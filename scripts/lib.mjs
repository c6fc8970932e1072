// Shared by `npm start` and `npm test`: install what is missing, rebuild what is stale.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export function run(command, args, opts = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', cwd: ROOT, ...opts });
  return result.status ?? 1;
}

function newest(target) {
  if (!existsSync(target)) return 0;
  const stat = statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let latest = 0;
  for (const entry of readdirSync(target)) {
    if (entry === 'node_modules' || entry === 'dist') continue;
    latest = Math.max(latest, newest(path.join(target, entry)));
  }
  return latest;
}

/** npm ci on a fresh clone; npm install when package files changed since the last install. */
export function ensureDependencies() {
  const marker = path.join(ROOT, 'node_modules', '.package-lock.json');
  const manifests = ['package.json', 'package-lock.json', 'apps/api/package.json', 'apps/web/package.json', 'packages/shared/package.json', 'e2e/package.json'];
  const changed = manifests.some((m) => newest(path.join(ROOT, m)) > newest(marker));
  if (existsSync(marker) && !changed) return;
  console.log(existsSync(marker) ? 'package files changed: npm install' : 'first run: npm ci');
  const status = existsSync(marker) ? run('npm', ['install', '--no-audit', '--no-fund']) : run('npm', ['ci', '--no-audit', '--no-fund']);
  if (status !== 0) process.exit(status);
}

/** Rebuilds the web app when any of its sources (or the shared contracts) is newer than the build. */
export function buildWebIfStale() {
  const built = path.join(ROOT, 'apps/web/dist/index.html');
  const sources = ['apps/web/src', 'apps/web/index.html', 'apps/web/vite.config.ts', 'apps/web/public', 'packages/shared/src'];
  const latest = Math.max(...sources.map((s) => newest(path.join(ROOT, s))));
  if (existsSync(built) && newest(built) >= latest) return;
  console.log('building the web app');
  const status = run('npm', ['run', 'build', '-w', 'apps/web']);
  if (status !== 0) process.exit(status);
}
