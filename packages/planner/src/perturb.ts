// Perturbed greedy: a local search over per-course multipliers of the hand rule's score, each plan built by greedy.
import { checkDense, totalsOf } from './check.js';
import { placePins, runGreedy } from './greedy.js';
import { objectiveOf } from './indexed.js';
import type { Search } from './solve-core.js';
import { PlanState } from './state.js';

/** Share by which one move scales a course's score: measured on the demo fixture, 0.2–0.3 did best. */
const STEP = 0.25;
/** Courses whose multiplier changes per move. */
const MOVES = 3;

/**
 * Where many small groups make every guide placement lose to greedy (demo fixture: −2 to −7 %), greedy's own plans
 * are the ones to improve: it fills runs to capacity with the best officers, which the placements do not.
 * Resumable: `run` continues from the best multipliers found so far.
 */
export class PerturbedGreedy {
  private best: Float64Array;
  private bestValue = Number.NEGATIVE_INFINITY;
  private state: number;
  iterations = 0;

  constructor(
    private readonly s: Search,
    seed = 1,
  ) {
    this.best = new Float64Array(s.ix.courses.length).fill(1);
    this.state = seed >>> 0 || 1;
  }

  private rnd(): number {
    this.state = (Math.imul(this.state, 1664525) + 1013904223) >>> 0;
    return this.state / 4294967296;
  }

  /** The best greedy plan's objective so far. */
  get value(): number {
    return this.bestValue;
  }

  /** Until `deadline` (seconds since the solve began); each plan passes the full check before it is offered. */
  run(deadline: number): void {
    const { ix } = this.s;
    const K = ix.courses.length;
    while (!this.s.stopped() && this.s.elapsed() < deadline) {
      const mult = this.best.slice();
      if (this.iterations > 0) {
        for (let m = 0; m < MOVES; m += 1) {
          const k = Math.floor(this.rnd() * K);
          mult[k] = mult[k]! * (1 + STEP * (2 * this.rnd() - 1));
        }
      }
      this.iterations += 1;
      const st = new PlanState(ix);
      if (placePins(ix, st).length) return;
      runGreedy(st, (c) => (c.value / Math.max(c.cost, 1e-9)) * mult[c.k]!);
      // Ties move on: a plateau of equal plans is common when a multiplier changes nothing.
      if (st.value < this.bestValue - 1e-9) continue;
      this.best = mult;
      this.bestValue = st.value;
      const dense = st.dense();
      if (!checkDense(ix, dense).length) this.s.offer(dense, objectiveOf(ix, totalsOf(ix, dense)));
    }
  }
}
