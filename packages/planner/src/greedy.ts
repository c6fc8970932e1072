// The planner's hand rule (the baseline): fund the run with the best weighted gap closed per unit of money, repeat.
import type { TInputError, TPlan, TPlanningInstance } from './contracts.js';
import { MaxHeap } from './heap.js';
import { type Indexed, indexInstance } from './indexed.js';
import { parseInstance } from './parse.js';
import { bestRun, fillRun, PlanState, planOf } from './state.js';

export function greedyPlan(instance: TPlanningInstance): TPlan {
  const parsed = parseInstance(instance);
  if (!parsed.ok) return { runs: [], objective: 0, status: 'infeasible-input', errors: parsed.errors };
  const ix = indexInstance(parsed.instance);
  const result = greedyState(ix);
  if ('errors' in result) return { runs: [], objective: 0, status: 'infeasible-input', errors: result.errors };
  return planOf(ix, result.dense(), result.value, 'feasible');
}

/** Places pinned runs first (filled with the most useful officers), or explains which pin cannot be met. */
export function placePins(ix: Indexed, st: PlanState): TInputError[] {
  const P = ix.periods.length;
  const errors: TInputError[] = [];
  const pins: { k: number; p: number; count: number }[] = [];
  for (let k = 0; k < ix.courses.length; k += 1) {
    for (let p = 0; p < P; p += 1) {
      const count = ix.pinned[k * P + p]!;
      if (count > 0) pins.push({ k, p, count });
    }
  }
  pins.sort((a, b) => a.p - b.p);
  for (const { k, p, count } of pins) {
    const course = ix.courses[k]!;
    const where = (ix.inst.pinned ?? []).findIndex((x) => x.course === course.id && x.period === ix.periods[p]);
    for (let r = 0; r < count; r += 1) {
      if (st.trainerUsed[p]! + course.trainerDays > ix.trainerDays[p]! + 1e-9) {
        errors.push({ path: `pinned[${where}]`, message: `pinned runs of ${course.id} in ${ix.periods[p]} need more trainer-days than the ${ix.trainerDays[p]} available` });
        break;
      }
      const choice = fillRun(st, k, p, true) ?? fillWithAnyone(st, k, p);
      if (!choice) {
        errors.push({ path: `pinned[${where}]`, message: `pinned run ${r + 1} of ${course.id} in ${ix.periods[p]} cannot be filled to its minimum of ${course.minParticipants} within the ${ix.years[ix.yearOfPeriod[p]!]} budget, release limits and prerequisites` });
        break;
      }
      st.add(k, p, 1, choice.alloc);
    }
  }
  return errors;
}

/** A pinned run must happen even when nobody gains from it: fill it to the minimum with whoever may attend. */
function fillWithAnyone(st: PlanState, k: number, p: number) {
  const course = st.ix.courses[k]!;
  if (course.fixedCost + course.costPerParticipant * course.minParticipants > st.budgetLeft(p) + 1e-9) return null;
  const alloc: [number, number][] = [];
  let missing = course.minParticipants;
  for (const g of st.ix.eligible[k]!) {
    if (missing <= 0) break;
    const n = Math.min(missing, st.available(g, k, p));
    if (n > 0) alloc.push([g, n]);
    missing -= Math.max(0, n);
  }
  return missing > 0 ? null : { k, p, alloc, value: 0, cost: 0 };
}

/** The greedy rule on an index; lazy: a popped candidate is accepted once its fresh ratio still leads the heap. */
export function greedyState(ix: Indexed): PlanState | { errors: TInputError[] } {
  const st = new PlanState(ix);
  const errors = placePins(ix, st);
  if (errors.length) return { errors };
  runGreedy(st, (choice) => choice.value / Math.max(choice.cost, 1e-9));
  return st;
}

/** Adds runs while any fits, always the one that scores best; `score` must not grow as the plan fills. */
export function runGreedy(st: PlanState, score: (c: NonNullable<ReturnType<typeof bestRun>>) => number, fill = false): void {
  const { ix } = st;
  const P = ix.periods.length;
  const K = ix.courses.length;
  const dependents: number[][] = ix.courses.map(() => []);
  ix.prereq.forEach((pre, k) => pre.forEach((j) => dependents[j]!.push(k)));
  const heap = new MaxHeap<number>();
  const evaluate = (k: number, p: number) => {
    const c = bestRun(st, k, p, fill);
    if (c && c.value > 0) heap.push(score(c), k * P + p);
  };
  for (let k = 0; k < K; k += 1) for (let p = 0; p < P; p += 1) evaluate(k, p);
  while (heap.size) {
    const { item } = heap.pop()!;
    const k = Math.floor(item / P);
    const p = item % P;
    const c = bestRun(st, k, p, fill);
    if (!c || c.value <= 0) continue;
    const s = score(c);
    if (s + 1e-12 < heap.peekKey()) {
      heap.push(s, item);
      continue;
    }
    st.add(k, p, 1, c.alloc);
    heap.push(s, item);
    // Completing a prerequisite is the one event that can make another run more valuable.
    for (const d of dependents[k]!) for (let q = p + 1; q < P; q += 1) evaluate(d, q);
  }
}
