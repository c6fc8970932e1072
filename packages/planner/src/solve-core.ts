// The optimiser: greedy start, LP bound, then HiGHS branch-and-cut from the incumbent; every candidate is checked.
import type { TInputError, TPlan, TPlanningInstance, TProgress } from './contracts.js';
import type { Dense } from './check.js';
import { decodeSolution, startVector } from './decode.js';
import { buildFormulation } from './formulation.js';
import { greedyState } from './greedy.js';
import { improveByNeighbourhoods, roundAroundLp } from './lns.js';
import { solveLp, solveMip } from './highs.js';
import { type Indexed, indexInstance } from './indexed.js';
import { parseInstance } from './parse.js';
import { planOf } from './state.js';

export interface CoreOptions {
  timeLimitSeconds: number;
  mipRelGap?: number;
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
  const mipRelGap = opts.mipRelGap ?? 1e-4;

  s.enter('greedy');
  const greedy = greedyState(ix);
  const pinErrors = 'errors' in greedy ? greedy.errors : [];
  const greedyObjective = 'errors' in greedy ? undefined : greedy.value;
  if (!('errors' in greedy)) s.offer(greedy.dense(), greedy.value);

  let lpRuns: Float64Array | null = null;
  s.enter('formulation');
  const form = buildFormulation(ix, false);
  if (form.numCols === 0) s.tighten(0); // nothing can close any gap
  if (!s.stopped() && !s.proven()) {
    s.enter('lp bound');
    const lp = await solveLp(form, Math.max(0.5, s.remaining() * 0.5), () => s.stopped());
    if (lp.status === 'infeasible' && !s.best) return refused(pinErrors.length ? pinErrors : [{ path: 'pinned', message: 'the pinned runs cannot all be met together' }]);
    s.tighten(lp.bound);
    lpRuns = lp.colValue;
  }
  if (lpRuns && !s.stopped() && !s.proven(mipRelGap)) {
    s.enter('LP-guided rounding');
    await roundAroundLp(s, form, lpRuns, s.elapsed() + s.remaining() * 0.3);
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
    if (result.status === 'infeasible' && !s.best) return refused(pinErrors.length ? pinErrors : [{ path: 'pinned', message: 'the pinned runs cannot all be met together' }]);
    s.tighten(result.bound);
    if (result.colValue) {
      const found = decodeSolution(ix, form, result.colValue);
      if (found) s.offer(found.dense, found.objective);
    }
  }
  s.enter('done');
  if (!s.best) return refused(pinErrors.length ? pinErrors : [{ path: '(instance)', message: 'no feasible plan was found within the time limit' }]);
  const plan = planOf(ix, s.best.dense, s.best.objective, s.proven() ? 'optimal' : 'feasible');
  if (s.bound !== null) plan.bound = Math.max(s.bound, s.best.objective);
  plan.stats = { seconds: s.elapsed(), ...(greedyObjective !== undefined ? { greedyObjective } : {}), phases: s.phases };
  return plan;
}
