// `npm test`: every suite — unit, integration on the embedded database, on PostgreSQL when
// TEST_DATABASE_URL is set, and the browser journeys in Debian's Chromium.
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { buildWebIfStale, ensureDependencies, ROOT, run } from './lib.mjs';

const CHROMIUM = '/usr/bin/chromium';
const REPORTS = path.join(ROOT, '.artifacts', 'reports');

function ensureChromium() {
  if (existsSync(CHROMIUM)) return true;
  if (process.getuid?.() === 0) {
    console.log('installing Debian chromium for the browser journeys');
    if (run('apt-get', ['update', '-qq']) === 0 && run('apt-get', ['install', '-y', '-qq', 'chromium']) === 0) return true;
  }
  console.error(`\nThe browser journeys need Chromium at ${CHROMIUM}. Install it with:\n  sudo apt-get install chromium\n`);
  return false;
}

const totals = { passed: 0, failed: 0, skipped: 0 };
function vitest(name, projects, env = {}) {
  const report = path.join(REPORTS, `${name}.json`);
  const args = ['vitest', 'run', ...projects.flatMap((p) => ['--project', p]), '--reporter=default', '--reporter=json', `--outputFile.json=${report}`];
  console.log(`\n── ${name} ──`);
  const status = run('npx', args, { env: { ...process.env, ...env } });
  if (existsSync(report)) {
    const r = JSON.parse(readFileSync(report, 'utf8'));
    totals.passed += r.numPassedTests;
    totals.failed += r.numFailedTests;
    totals.skipped += r.numPendingTests + (r.numTodoTests ?? 0);
  } else if (status !== 0) {
    totals.failed += 1;
  }
  return status;
}

ensureDependencies();
buildWebIfStale();
rmSync(REPORTS, { recursive: true, force: true });
mkdirSync(REPORTS, { recursive: true });

let failed = vitest('unit and integration (embedded PGlite)', ['unit', 'integration'], { TEST_DB_KIND: 'pglite' }) !== 0;
if (process.env.TEST_DATABASE_URL) {
  failed = vitest('integration (PostgreSQL)', ['integration'], { TEST_DB_KIND: 'postgres' }) !== 0 || failed;
} else {
  console.log('\nTEST_DATABASE_URL is not set: the PostgreSQL run of the integration suite is skipped (CI sets it).');
}
if (ensureChromium()) {
  failed = vitest('browser journeys (Chromium)', ['e2e']) !== 0 || failed;
} else {
  failed = true;
  totals.failed += 1;
}
console.log(`\nscreenshots: .artifacts/e2e/`);
console.log(`tests: ${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`);
process.exit(failed ? 1 : 0);
