// A year of KPI values for the demo strategy: each KPI moves from its baseline towards its first year's target,
// quarter by quarter, with noise. Written through the evaluation service (same checks as production).
import type { TKpi } from '@formasaun/shared';
import { makeKpiValues } from '../../modules/evaluation/index.js';
import { strategyLookups } from '../../modules/strategy/index.js';
import { fixedClock } from '../../platform/clock.js';
import type { Database, Tx } from '../../platform/db.js';
import { joinedDatabase } from './joined.js';
import { createRng, hashSeed, type Rng } from './prng.js';
import { demoManager } from './strategy.js';

export interface DemoKpiValuesInput {
  database: Database;
  administrationId: string;
  seed: number;
  log: (line: string) => void;
}

/** Levels (hours, %, scores, offices, trainers) are read at the quarter's end; flows (money, seizures, audits) are yearly totals. */
const isLevel = (k: TKpi) => k.unit === 'hours' || k.unit === '%' || k.unit.startsWith('score') || /offices|trainers/i.test(k.name);

/** Rounded as the source would report it: whole counts and money, one decimal for hours and %, two for scores. */
function rounded(k: TKpi, v: number): number {
  if (k.unit === '%') return Math.min(100, Math.max(0, Math.round(v * 10) / 10));
  if (k.unit === 'hours') return Math.max(0, Math.round(v * 10) / 10);
  if (k.unit.startsWith('score')) return Math.min(5, Math.max(1, Math.round(v * 100) / 100));
  if (Math.abs(v) >= 100_000) return Math.round(v / 1000) * 1000;
  return Math.max(0, Math.round(v));
}

/** Four quarters from the baseline towards the year's target: most of the way, sometimes a little past, never a straight line. */
export function quarterValues(k: TKpi, year: number, rng: Rng) {
  const baseline = k.baselineValue!;
  const target = k.targets[String(year)]!;
  const reach = 0.75 + rng.next() * 0.35;
  const step = target - baseline;
  return [1, 2, 3, 4].map((q) => {
    const noise = (rng.next() - 0.5) * 0.24 * Math.abs(step);
    const level = baseline + step * reach * (q / 4) + noise;
    return {
      period: `${year}-Q${q}`,
      value: rounded(k, level),
      unit: k.unit,
      source: k.source ?? undefined,
      note: isLevel(k) ? undefined : 'Quarter’s figure × 4 (annual rate), comparable with the yearly target',
    };
  });
}

/** Writes quarterly values of the latest strategy's first year for every KPI with a baseline and a first-year target. */
export async function generateDemoKpiValues(tx: Tx, input: DemoKpiValuesInput): Promise<{ values: number }> {
  const { administrationId, log } = input;
  const strategy = await strategyLookups.latest(tx, administrationId);
  if (!strategy) return { values: 0 };
  const year = strategy.fromYear;
  const service = makeKpiValues({ database: joinedDatabase(input.database, tx), clock: fixedClock(`${year + 1}-01-20T09:00:00Z`) });
  let values = 0;
  for (const k of strategy.goals.flatMap((g) => g.objectives.flatMap((o) => o.kpis))) {
    if (k.baselineValue === null || k.targets[String(year)] === undefined) continue;
    const rng = createRng(hashSeed(input.seed, `kpi-values:${k.name}`));
    const entries = quarterValues(k, year, rng);
    await service.putValues(demoManager(administrationId), k.id, { values: entries });
    values += entries.length;
  }
  log(`KPI values: ${values} quarterly values for ${year}`);
  return { values };
}
