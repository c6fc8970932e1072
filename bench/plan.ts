// The plan optimiser against the planner's greedy rule on generated instances (Timor-Leste and national scale)
// and on the app's demo instance (the fixture users see).
// Per instance: objective vs greedy, the optimiser's own proven bound, the gap to it, and seconds (shared/PLANNING.md).
import { readFileSync } from 'node:fs';
import { checkPlan, greedyPlan, solvePlan, type TPlanningInstance } from '../packages/planner/src/index.js';
import { generateInstance, NATIONAL_SCALE, TL_SCALE } from './plan-generate.js';
import { type BenchResult, log, printTable, report, secs } from './support.js';

interface Case {
  name: string;
  instance: () => TPlanningInstance;
  limit: number;
  gapTarget: number;
}

// 90 groups of mostly 1–3 officers, 61 courses, 12 quarters: built by the app from its demo administration.
const demo = (): TPlanningInstance => JSON.parse(readFileSync(new URL('../packages/planner/fixtures/demo-timor-leste.json', import.meta.url), 'utf8')) as TPlanningInstance;

const CASES: Case[] = [
  ...[1, 2, 3].map((seed) => ({ name: `${TL_SCALE.name} #${seed}`, instance: () => generateInstance(TL_SCALE, seed), limit: 10, gapTarget: 1 })),
  { name: 'Timor-Leste demo', instance: demo, limit: 10, gapTarget: 1 },
  ...[1, 2].map((seed) => ({ name: `${NATIONAL_SCALE.name} #${seed}`, instance: () => generateInstance(NATIONAL_SCALE, seed), limit: 60, gapTarget: 2 })),
];

const fmt = (n: number) => n.toLocaleString('en-US', { maximumFractionDigits: 0 });

export async function run(): Promise<BenchResult[]> {
  const results: BenchResult[] = [];
  const rows: string[][] = [];
  for (const c of CASES) {
    const instance = c.instance();
    const name = c.name;
    const officers = instance.groups.reduce((s, g) => s + g.size, 0);
    const g0 = performance.now();
    const greedy = greedyPlan(instance);
    const greedySeconds = (performance.now() - g0) / 1000;
    const t0 = performance.now();
    const plan = await solvePlan(instance, { timeLimitSeconds: c.limit });
    const seconds = (performance.now() - t0) / 1000;
    const check = checkPlan(instance, plan);
    if (!check.feasible) throw new Error(`${name}: the optimiser returned an infeasible plan: ${check.violations[0]?.message}`);
    const bound = plan.bound ?? Number.NaN;
    const gap = ((bound - plan.objective) / bound) * 100;
    const ratio = plan.objective / greedy.objective;
    log(`  ${name}: ${officers} officers in ${instance.groups.length} groups, ${instance.courses.length} courses, ${instance.periods.length} quarters`);
    results.push(
      report({ bench: 'plan', measure: `${name}: objective / greedy`, value: fmt(plan.objective), baseline: `greedy ${fmt(greedy.objective)} (${secs(greedySeconds * 1000)})`, ratio, target: { op: '>=', value: 1 } }),
      report({ bench: 'plan', measure: `${name}: gap to own bound, %`, value: `${gap.toFixed(2)} %`, baseline: `bound ${fmt(bound)}`, ratio: Number.isFinite(gap) ? gap : null, target: { op: '<=', value: c.gapTarget }, note: 'ratio column = gap in percent' }),
      report({ bench: 'plan', measure: `${name}: seconds / limit`, value: secs(seconds * 1000), baseline: `limit ${c.limit} s`, ratio: seconds / c.limit, target: { op: '<=', value: 1.05 } }),
    );
    rows.push([name, `${officers}/${instance.groups.length}/${instance.courses.length}`, fmt(greedy.objective), fmt(plan.objective), `${ratio.toFixed(3)}×`, fmt(bound), `${gap.toFixed(2)} %`, `${seconds.toFixed(1)} s`, plan.status]);
  }
  log('');
  printTable(['instance', 'officers/groups/courses', 'greedy', 'optimiser', 'vs greedy', 'own bound', 'gap', 'seconds', 'status'], rows);
  return results;
}
