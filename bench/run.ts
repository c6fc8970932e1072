// `npm run bench [name…]`: runs every benchmark (or those whose name contains an argument) in sequence and prints a
// summary. Figures below target are reported, not failed: the exit code is non-zero only when a benchmark crashed.
import { type BenchResult, dropAllThrowaway, fmtRatio, fmtTarget, log, printTable, secs, verdict } from './support.js';

interface Bench {
  name: string;
  what: string;
  load: () => Promise<{ run: () => Promise<BenchResult[]> }>;
}

const BENCHES: Bench[] = [
  { name: 'staff-list', what: 'Staff list API at 10,000 officers on PostgreSQL', load: () => import('./staff-list.js') },
  { name: 'staff-import', what: 'Import of a 10,000-row xlsx', load: () => import('./staff-import.js') },
  { name: 'needs-results', what: 'TNA heatmap and ranked needs at 10,000 officers (PostgreSQL and PGlite); opening a campaign', load: () => import('./needs-results.js') },
  { name: 'plan', what: 'Plan optimiser vs the greedy rule: Timor-Leste (10 s) and national (60 s) scale', load: () => import('./plan.js') },
  { name: 'enrolment', what: '500 concurrent enrolment requests for a 20-seat session through the HTTP API', load: () => import('./enrolment.js') },
  { name: 'schedule', what: 'Scheduling assistant for a quarter of the national-scale plan (≈100 runs)', load: () => import('./schedule.js') },
  { name: 'cold-start', what: 'serve --demo: cold and warm start to the first page', load: () => import('./cold-start.js') },
];

const filters = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const selected = filters.length ? BENCHES.filter((b) => filters.some((f) => b.name.includes(f))) : BENCHES;
if (selected.length === 0) {
  log(`no benchmark matches ${filters.join(', ')}; known: ${BENCHES.map((b) => b.name).join(', ')}`);
  process.exit(2);
}

log(`Formasaun benchmarks — node ${process.version}, ${new Date().toISOString()}`);
const results: BenchResult[] = [];
const crashed: string[] = [];
for (const bench of selected) {
  log(`\n== ${bench.name}: ${bench.what}`);
  const start = performance.now();
  try {
    const mod = await bench.load();
    results.push(...(await mod.run()));
  } catch (err) {
    crashed.push(bench.name);
    log(`  CRASHED: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
    results.push({ bench: bench.name, measure: 'CRASHED', value: '—', baseline: '—', ratio: null, target: null });
  }
  log(`  (${bench.name} took ${secs(performance.now() - start)})`);
}
await dropAllThrowaway();

log('\n== Summary (ratio = value / baseline measured in the same run)');
printTable(
  ['benchmark', 'measure', 'value', 'baseline', 'ratio', 'target', 'verdict'],
  results.map((r) => [
    r.bench,
    r.measure,
    r.value,
    r.baseline,
    fmtRatio(r.ratio),
    fmtTarget(r.target),
    r.measure === 'CRASHED' ? 'CRASHED' : verdict(r),
  ]),
);
if (crashed.length) log(`\ncrashed: ${crashed.join(', ')}`);
// Pools, PGlite instances or autocannon workers left behind must not keep the run alive.
process.exit(crashed.length ? 1 : 0);
