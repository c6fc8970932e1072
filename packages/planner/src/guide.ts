// Disaggregation: turns run counts and participants of an aggregated model into a quarterly plan, feasible by construction.
import type { Formulation } from './formulation.js';
import { runGreedy } from './greedy.js';
import type { Indexed } from './indexed.js';
import { type PlanState } from './state.js';

/** What an aggregated solution asks for: runs per course and participants per group and course over the horizon. */
export interface Target {
  runs: Float64Array; // [k]
  seats: Float64Array; // [g * K + k]
}

/** Sums a bucketed (years or one pooled bucket) solution into a target. */
export function targetOf(ix: Indexed, f: Formulation, col: Float64Array): Target {
  const K = ix.courses.length;
  const G = ix.groups.length;
  const B = f.buckets.length;
  const runs = new Float64Array(K);
  const seats = new Float64Array(G * K);
  for (let k = 0; k < K; k += 1) {
    for (let b = 0; b < B; b += 1) {
      const xc = f.xCol[k * B + b]!;
      if (xc < 0) continue;
      runs[k] = runs[k]! + Math.round(col[xc]!);
      for (let g = 0; g < G; g += 1) {
        const yc = f.yCol[(k * B + b) * G + g]!;
        if (yc >= 0) seats[g * K + k] = seats[g * K + k]! + col[yc]!;
      }
    }
  }
  for (let i = 0; i < seats.length; i += 1) seats[i] = Math.round(seats[i]! + 0.3); // a fraction of an officer still asks for a seat
  return { runs, seats };
}

/** Depth of the dependent chain above each course: prerequisites of long chains go first. */
function chainDepth(ix: Indexed): number[] {
  const dependents: number[][] = ix.courses.map(() => []);
  ix.prereq.forEach((pre, k) => pre.forEach((j) => dependents[j]!.push(k)));
  const memo = new Map<number, number>();
  const depth = (k: number): number => {
    const known = memo.get(k);
    if (known !== undefined) return known;
    const d = Math.max(0, ...dependents[k]!.map((n) => depth(n) + 1));
    memo.set(k, d);
    return d;
  };
  return ix.courses.map((_, k) => depth(k));
}

/**
 * Quarter by quarter, opens the target's runs with the target's participants (prerequisites first, scarce periods
 * first), waits for a later quarter while too few of them are free yet, then lets the hand rule spend what is left.
 */
export function disaggregate(st: PlanState, t: Target): void {
  placeTarget(st, t);
  runGreedy(st, (c) => c.value / Math.max(c.cost, 1e-9));
}

export function placeTarget(st: PlanState, t: Target): void {
  const { ix, P, G, K } = st;
  const depth = chainDepth(ix);
  const runsLeft = Float64Array.from(t.runs);
  for (let k = 0; k < K; k += 1) for (let p = 0; p < P; p += 1) runsLeft[k] = runsLeft[k]! - st.x[k * P + p]!;
  const periodsLeft = (k: number, p: number) => {
    let n = 0;
    for (let q = p; q < P; q += 1) if (st.ix.allowed[k * P + q] && st.ix.pinned[k * P + q]! < 0) n += 1;
    return n;
  };
  for (let p = 0; p < P; p += 1) {
    for (;;) {
      let best: { k: number; alloc: [number, number][]; key: number } | null = null;
      for (let k = 0; k < K; k += 1) {
        if (runsLeft[k]! < 1 || !st.canOpen(k, p)) continue;
        const alloc = allocate(st, t, k, p);
        if (!alloc) continue;
        const course = ix.courses[k]!;
        let wanted = 0;
        for (let g = 0; g < G; g += 1) wanted += Math.max(0, t.seats[g * K + k]! - st.taken[g * K + k]!);
        const seated = alloc.quota;
        const later = periodsLeft(k, p) - 1;
        // Waiting pays when the run would be half empty now and a later quarter remains.
        if (later > 0 && seated < Math.min(course.capacity, wanted / Math.max(1, runsLeft[k]!)) * 0.75) continue;
        const key = depth[k]! * 1000 - later * 10 + seated / course.capacity;
        if (!best || key > best.key) best = { k, alloc: alloc.alloc, key };
      }
      if (!best) break;
      st.add(best.k, p, 1, best.alloc);
      runsLeft[best.k] = runsLeft[best.k]! - 1;
    }
  }
}

/** Seats for one run of k in p: target officers first (by value), then anyone eligible up to the minimum; null if unaffordable. */
function allocate(st: PlanState, t: Target, k: number, p: number): { alloc: [number, number][]; quota: number } | null {
  const { ix, K } = st;
  const course = ix.courses[k]!;
  const left = st.budgetLeft(p) - course.fixedCost;
  const room = Math.min(course.capacity, course.costPerParticipant > 0 ? Math.floor(left / course.costPerParticipant + 1e-9) : course.capacity);
  if (room < Math.max(1, course.minParticipants)) return null;
  const items: { g: number; n: number; v: number }[] = [];
  for (const g of ix.eligible[k]!) {
    const want = t.seats[g * K + k]! - st.taken[g * K + k]!;
    if (want < 1) continue;
    const n = Math.min(want, st.available(g, k, p));
    if (n >= 1) items.push({ g, n, v: st.gain(g, k, 1) });
  }
  items.sort((a, b) => b.v - a.v);
  const take = new Map<number, number>();
  let seats = 0;
  for (const it of items) {
    const n = Math.min(it.n, room - seats);
    if (n <= 0) break;
    take.set(it.g, n);
    seats += n;
  }
  const quota = seats;
  if (quota === 0) return null;
  for (const g of ix.eligible[k]!) {
    if (seats >= course.minParticipants) break;
    const n = Math.min(course.minParticipants - seats, st.available(g, k, p) - (take.get(g) ?? 0));
    if (n <= 0) continue;
    take.set(g, (take.get(g) ?? 0) + n);
    seats += n;
  }
  if (seats < course.minParticipants) return null;
  return { alloc: [...take.entries()], quota };
}
