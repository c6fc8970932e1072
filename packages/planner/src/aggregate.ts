// The aggregated models: pooled over the horizon (the proven bound) and yearly within its run counts (the guide).
import type { Dense } from './check.js';
import { decodeSolution, startVector } from './decode.js';
import { buildFormulation, type Formulation, withRows } from './formulation.js';
import { type Target, targetOf } from './guide.js';
import { solveMip } from './highs.js';
import type { Indexed } from './indexed.js';
import type { Search } from './solve-core.js';

/** The instance with every period in one bucket and the budgets summed: a relaxation whose MILP HiGHS solves fast. */
export function pooledIndex(ix: Indexed): Indexed {
  return { ...ix, years: ['all'], yearOfPeriod: ix.yearOfPeriod.map(() => 0), budget: [ix.budget.reduce((a, b) => a + b, 0)] };
}

/** Up to this many columns the pooled model keeps participants integer (demo fixture 4.4k, TL bench ≈ 0.5k). */
const POOLED_INTEGER_MAX_COLUMNS = 8_000;
/** Above this many columns the yearly model is too slow for the WASM build: the pooled solution guides alone. */
const YEARLY_MAX_COLUMNS = 20_000;
/** A chain basic → advanced inside one year rarely fits its quarters: the guide counts part of a same-year prerequisite. */
const SAME_YEAR_SHARE = 0.5;

/**
 * Solves the pooled MILP (integer runs per course, participants continuous) for the bound — it keeps the fixed-cost
 * integrality the LP loses — then the yearly model restricted to its run counts for a target per year; both are returned as targets.
 */
export async function aggregatedGuide(s: Search, mipRelGap: number, integerParticipants = false): Promise<Target[] | 'infeasible'> {
  const { ix } = s;
  // With groups of 1–3 officers, fractional officers inflate the bound (demo fixture: 10,031 → 9,784 integer, same 3 s);
  // at national scale (19k columns) integer participants would not solve.
  let pooled = buildFormulation(pooledIndex(ix), true, { continuousParticipants: !integerParticipants });
  if (integerParticipants && pooled.numCols > POOLED_INTEGER_MAX_COLUMNS) pooled = buildFormulation(pooledIndex(ix), true, { continuousParticipants: true });
  if (pooled.numCols === 0) {
    s.tighten(0); // nothing can close any gap
    return [];
  }
  const result = await solveMip(pooled, {
    timeLimit: Math.max(0.2, s.remaining() * 0.4),
    mipRelGap: Math.min(0.004, mipRelGap / 2), // measured: halves the time at TL scale for the same bound
    events: { shouldStop: () => s.stopped(), onLog: (_p, dual) => s.tighten(dual) },
  });
  if (result.status === 'infeasible') return 'infeasible';
  s.tighten(result.bound);
  if (!result.colValue) return [];
  const pooledTarget = targetOf(ix, pooled, result.colValue);
  if (ix.years.length === 1 || s.stopped() || s.proven(mipRelGap)) return [pooledTarget];
  const yearly = buildFormulation(ix, true, { continuousParticipants: true, sameYearShare: SAME_YEAR_SHARE });
  if (yearly.numCols > YEARLY_MAX_COLUMNS) return [pooledTarget];
  s.enter('yearly guide');
  const restricted = withRows(yearly, runLimits(ix, yearly, pooled, result.colValue));
  const guide = await solveMip(restricted, {
    timeLimit: Math.max(0.2, Math.min(4, s.remaining() * 0.45)), // its quality decides the plan's at TL scale
    mipRelGap: 0.003,
    events: { shouldStop: () => s.stopped() },
  });
  // Restricted, so never a bound: only its solution is used. Neither target places best every time (measured).
  return guide.colValue ? [targetOf(ix, restricted, guide.colValue), pooledTarget] : [pooledTarget];
}

/** Σ over years of a course's runs ≤ its pooled run count: the yearly search only decides when. */
function runLimits(ix: Indexed, yearly: Formulation, pooled: Formulation, col: Float64Array) {
  const B = yearly.buckets.length;
  const rows: { lo: number; hi: number; cols: number[]; coefs: number[] }[] = [];
  for (let k = 0; k < ix.courses.length; k += 1) {
    const cols: number[] = [];
    for (let b = 0; b < B; b += 1) if (yearly.xCol[k * B + b]! >= 0) cols.push(yearly.xCol[k * B + b]!);
    const xc = pooled.xCol[k]!;
    if (cols.length) rows.push({ lo: 0, hi: xc >= 0 ? Math.round(col[xc]!) : 0, cols, coefs: cols.map(() => 1) });
  }
  return rows;
}

/** Keeps the runs of a plan (at most their counts) and lets HiGHS choose who attends: fast, and it fixes the rounding. */
export async function reassignParticipants(s: Search, f: Formulation, d: Dense, seconds: number): Promise<void> {
  const start = startVector(s.ix, f, d);
  const upper = f.colUpper.slice();
  for (const c of f.xCol) if (c >= 0) upper[c] = Math.min(upper[c]!, start[c]!);
  const offer = (col: Float64Array) => {
    const found = decodeSolution(s.ix, f, col);
    if (found) s.offer(found.dense, found.objective);
  };
  const result = await solveMip(f, {
    timeLimit: Math.max(0.2, seconds),
    mipRelGap: 1e-4,
    start,
    upper,
    events: { shouldStop: () => s.stopped(), onSolution: offer },
  });
  if (result.colValue) offer(result.colValue);
}
