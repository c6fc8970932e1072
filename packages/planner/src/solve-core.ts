// The optimiser: greedy start, LP bound, then HiGHS branch-and-cut from the incumbent; every candidate is checked.
import type { TInputError, TPlan, TPlanningInstance, TProgress, TRun } from './contracts.js';
import { aggregatedGuide, reassignParticipants } from './aggregate.js';
import { checkDense, type Dense, toDense, totalsOf } from './check.js';
import { decodeSolution, startVector } from './decode.js';
import { buildFormulation, usefulPairs } from './formulation.js';
import { greedyState, placePins } from './greedy.js';
import { disaggregate, PLACEMENTS, type Target } from './guide.js';
import { improveFamilies } from './family.js';
import { improveByNeighbourhoods } from './lns.js';
import { solveMip } from './highs.js';
import { type Indexed, indexInstance, objectiveOf } from './indexed.js';
import { parseInstance } from './parse.js';
import { PerturbedGreedy } from './perturb.js';
import { PlanState, planOf } from './state.js';

/** Stop once the plan is proven this close to the bound: the app waits for plans at start-up (issue 4). */
const DEFAULT_GAP = 0.005;

export interface CoreOptions {
  timeLimitSeconds: number;
  mipRelGap?: number;
  /** A warm start: the first incumbent when every rule holds, otherwise ignored. */
  start?: { runs: TRun[] };
  /** Polled at solver checkpoints (an abort from another thread arrives through shared memory). */
  shouldStop?: () => boolean;
  onProgress?: (p: TProgress) => void;
}

/** The incumbent, the bound and progress reporting, shared by every phase of one solve. */
export class Search {
  readonly started = performance.now();
  best: { dense: Dense; objective: number } | null = null;
  bound: number | null = null;
  phase = 'starting';
  private lastReport = 0;
  readonly phases: { phase: string; seconds: number; objective: number | null }[] = [];

  constructor(
    readonly ix: Indexed,
    private readonly opts: CoreOptions,
  ) {}

  elapsed(): number {
    return (performance.now() - this.started) / 1000;
  }

  remaining(): number {
    return this.opts.timeLimitSeconds - this.elapsed();
  }

  stopped(): boolean {
    this.report();
    return this.remaining() <= 0 || (this.opts.shouldStop?.() ?? false);
  }

  offer(dense: Dense, objective: number): boolean {
    if (this.best && objective <= this.best.objective + 1e-9) return false;
    this.best = { dense: { x: dense.x.slice(), y: dense.y.slice() }, objective };
    this.report(true);
    return true;
  }

  tighten(bound: number | null): void {
    if (bound !== null && Number.isFinite(bound) && (this.bound === null || bound < this.bound)) this.bound = bound;
  }

  enter(phase: string): void {
    this.phases.push({ phase: this.phase, seconds: this.elapsed(), objective: this.best?.objective ?? null });
    this.phase = phase;
    this.report(true);
  }

  report(force = false): void {
    const now = performance.now();
    if (!this.opts.onProgress || (!force && now - this.lastReport < 500)) return;
    this.lastReport = now;
    this.opts.onProgress({ elapsedSeconds: this.elapsed(), objective: this.best?.objective ?? null, bound: this.bound, phase: this.phase });
  }

  proven(gap = 1e-6): boolean {
    return !!this.best && this.bound !== null && this.best.objective >= this.bound - gap * Math.max(1, Math.abs(this.bound));
  }
}

const refused = (errors: TInputError[]): TPlan => ({ runs: [], objective: 0, status: 'infeasible-input', errors });

export async function solveCore(instance: TPlanningInstance, opts: CoreOptions): Promise<TPlan> {
  const parsed = parseInstance(instance);
  if (!parsed.ok) return refused(parsed.errors);
  const ix = indexInstance(parsed.instance);
  const s = new Search(ix, opts);
  const mipRelGap = opts.mipRelGap ?? DEFAULT_GAP;
  const noPlan = (pinErrors: TInputError[]) => refused(pinErrors.length ? pinErrors : [{ path: 'pinned', message: 'the pinned runs cannot all be met together' }]);

  const start = opts.start ? acceptedStart(s, opts.start.runs) : null;
  s.enter('greedy');
  const greedy = greedyState(ix);
  const pinErrors = 'errors' in greedy ? greedy.errors : [];
  const greedyObjective = 'errors' in greedy ? undefined : greedy.value;
  if (!('errors' in greedy)) s.offer(greedy.dense(), greedy.value);
  // Greedy in 0.2 s (TL scale) leaves room for perturbed greedy plans; at national scale one greedy takes ≈ 3 s.
  const perturbed = greedyObjective !== undefined && s.elapsed() < PERTURB_MAX_GREEDY_SECONDS ? new PerturbedGreedy(s) : null;
  const smallGroups = averageGroupSize(ix) <= SMALL_GROUP_SIZE;
  // Only where guide placements are known to lose to greedy: elsewhere (TL bench) the guide path needs the time.
  if (perturbed && smallGroups && !s.stopped()) {
    s.enter('perturbed greedy');
    perturbed.run(s.elapsed() + Math.min(PERTURB_MAX_SECONDS, s.remaining() * PERTURB_SHARE));
  }

  s.enter('pooled bound');
  const guide = await aggregatedGuide(s, mipRelGap, smallGroups);
  if (guide === 'infeasible' && !s.best) return noPlan(pinErrors);
  // The quarterly model of a national administration (≈130k columns) is beyond HiGHS WASM in a minute: heuristics only.
  const small = quarterlyColumns(ix) <= QUARTERLY_MAX_COLUMNS;
  const form = small ? buildFormulation(ix, false) : null;
  if (form?.numCols === 0) s.tighten(0); // nothing can close any gap
  if (guide !== 'infeasible' && guide.length && !s.stopped() && !s.proven(mipRelGap)) {
    s.enter('disaggregation');
    const placed = placeVariants(s, guide, s.elapsed() + s.remaining() * (small ? 0.2 : 0.5));
    // HiGHS re-seats the officers of the best two placements (runs at most as planned): up to 4 % at TL scale.
    // A warm start (usually the stored plan) is re-seated first: it is often better than any fresh placement.
    for (const [i, dense] of [...(start ? [start] : []), ...placed].slice(0, 2).entries()) {
      if (!form || s.stopped() || s.proven(mipRelGap)) break;
      s.enter(`participants for the runs (${i + 1})`);
      await reassignParticipants(s, form, dense, Math.min(s.remaining() * 0.3, 2.5));
    }
  }
  if (!form) {
    // Too large for one model: re-plan one course family at a time inside the rest of the plan.
    if (!s.stopped() && !s.proven(mipRelGap) && s.best) {
      s.enter('fix-and-optimise by family');
      // A HiGHS model of this size overruns its limit by up to 2–3 s (national #2 ended at 61.0 s with a 2 s margin).
      await improveFamilies(s, s.elapsed() + s.remaining() - 4, 6);
    }
    return finish(s, greedyObjective, pinErrors);
  }
  // No guide placement beat greedy's plans (many small groups, e.g. the demo fixture): keep improving those instead.
  if (perturbed && s.best && s.best.objective <= perturbed.value * (1 + 1e-3) && !s.stopped() && !s.proven(mipRelGap)) {
    s.enter('perturbed greedy (continued)');
    perturbed.run(s.elapsed() + s.remaining() * 0.6);
  }
  if (!s.stopped() && !s.proven(mipRelGap) && s.best) {
    s.enter('fix-and-optimise');
    await improveByNeighbourhoods(s, form, mipRelGap, s.elapsed() + s.remaining() * 0.7);
  }
  if (!s.stopped() && !s.proven(mipRelGap)) {
    s.enter('branch and cut');
    const result = await solveMip(form, {
      timeLimit: Math.max(0.2, s.remaining()),
      mipRelGap,
      ...(s.best ? { start: startVector(ix, form, s.best.dense) } : {}),
      events: {
        shouldStop: () => s.stopped(),
        onLog: (_primal, dual) => s.tighten(dual),
        onSolution: (col) => {
          const found = decodeSolution(ix, form, col);
          if (found) s.offer(found.dense, found.objective);
        },
      },
    });
    if (result.status === 'infeasible' && !s.best) return noPlan(pinErrors);
    s.tighten(result.bound);
    if (result.colValue) {
      const found = decodeSolution(ix, form, result.colValue);
      if (found) s.offer(found.dense, found.objective);
    }
  }
  return finish(s, greedyObjective, pinErrors);
}

function finish(s: Search, greedyObjective: number | undefined, pinErrors: TInputError[]): TPlan {
  s.enter('done');
  if (!s.best) return refused(pinErrors.length ? pinErrors : [{ path: '(instance)', message: 'no feasible plan was found within the time limit' }]);
  const plan = planOf(s.ix, s.best.dense, s.best.objective, s.proven() ? 'optimal' : 'feasible');
  if (s.bound !== null) plan.bound = Math.max(s.bound, s.best.objective);
  plan.stats = { seconds: s.elapsed(), ...(greedyObjective !== undefined ? { greedyObjective } : {}), phases: s.phases };
  return plan;
}

/** The caller's plan becomes the incumbent only if it passes the same check as every candidate. */
function acceptedStart(s: Search, runs: TRun[]): Dense | null {
  const violations: ReturnType<typeof checkDense> = [];
  const dense = toDense(s.ix, { runs }, violations);
  if (violations.length || checkDense(s.ix, dense).length) return null;
  s.offer(dense, objectiveOf(s.ix, totalsOf(s.ix, dense)));
  return dense;
}

const QUARTERLY_MAX_COLUMNS = 40_000;
/** Officers per group at or below which fractional participants distort the pooled model (demo fixture 3.6, TL bench ≈ 29). */
const SMALL_GROUP_SIZE = 8;

function averageGroupSize(ix: Indexed): number {
  return ix.groups.reduce((n, g) => n + g.size, 0) / Math.max(1, ix.groups.length);
}

/** Perturbed greedy only where one greedy run is cheap (TL scale ≈ 0.04–0.2 s). */
const PERTURB_MAX_GREEDY_SECONDS = 0.5;
/** Share of the time limit for perturbed greedy before the pooled bound (≈ 25 greedy plans per second at TL scale). */
const PERTURB_SHARE = 0.1;
/** …and at most this long, so the bound is reported early in long solves (the app shows it while it waits). */
const PERTURB_MAX_SECONDS = 1;

/** Columns the quarterly model would have, from the useful (group, course) pairs, without building it. */
function quarterlyColumns(ix: Indexed): number {
  let pairs = 0;
  for (const u of usefulPairs(ix)) pairs += u;
  return pairs * ix.periods.length;
}

/** Places each target several ways (each feasible by construction and checked), offers each, returns them best first. */
function placeVariants(s: Search, targets: Target[], deadline: number): Dense[] {
  const placed: { dense: Dense; objective: number }[] = [];
  let slowest = 0;
  for (const how of PLACEMENTS) {
    for (const target of targets) {
      const started = s.elapsed();
      // Best-fit over a whole pooled horizon costs twelve times first-fit: too slow at national scale (measured 10 s+).
      if (how.bestFit && target.buckets === 1 && s.ix.groups.length * s.ix.courses.length > 5000) continue;
      if (s.stopped() || started + slowest > deadline) break;
      const st = new PlanState(s.ix);
      if (placePins(s.ix, st).length) return [];
      disaggregate(st, target, how, () => s.elapsed() > deadline + slowest);
      const dense = st.dense();
      if (!checkDense(s.ix, dense).length) {
        const objective = objectiveOf(s.ix, totalsOf(s.ix, dense));
        s.offer(dense, objective);
        if (!placed.some((p) => Math.abs(p.objective - objective) < 1e-6)) placed.push({ dense, objective });
      }
      slowest = Math.max(slowest, s.elapsed() - started);
    }
  }
  return placed.sort((a, b) => b.objective - a.objective).map((p) => p.dense);
}
