// Disaggregation: turns run counts and participants of an aggregated model into a quarterly plan, feasible by construction.
import type { Formulation } from './formulation.js';
import { runGreedy } from './greedy.js';
import type { Indexed } from './indexed.js';
import { type PlanState } from './state.js';

/** What an aggregated solution asks for, per bucket (year, or one pooled bucket): runs per course, participants per group. */
export interface Target {
  bucketOf: number[]; // [p]
  buckets: number;
  runs: Float64Array; // [k * B + b]
  seats: Float64Array; // [(g * K + k) * B + b]
}

export function targetOf(ix: Indexed, f: Formulation, col: Float64Array): Target {
  const K = ix.courses.length;
  const G = ix.groups.length;
  const B = f.buckets.length;
  const bucketOf = ix.periods.map(() => 0);
  f.buckets.forEach((ps, b) => ps.forEach((p) => (bucketOf[p] = b)));
  const runs = new Float64Array(K * B);
  const seats = new Float64Array(G * K * B);
  for (let k = 0; k < K; k += 1) {
    for (let b = 0; b < B; b += 1) {
      const xc = f.xCol[k * B + b]!;
      if (xc < 0) continue;
      runs[k * B + b] = Math.round(col[xc]!);
      // a fraction of an officer still asks for a seat
      for (let g = 0; g < G; g += 1) {
        const yc = f.yCol[(k * B + b) * G + g]!;
        if (yc >= 0) seats[(g * K + k) * B + b] = Math.round(col[yc]! + 0.3);
      }
    }
  }
  return { bucketOf, buckets: B, runs, seats };
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
/** How a placement trades waiting for fuller runs against urgency; several are tried and the best plan kept. */
export interface Placement {
  /** Wait for a later quarter of the bucket while a run would seat less than this share of its fair load. */
  wait: number;
  /** Weight of the prerequisite chain depth against the quarters left (urgency). */
  depthWeight: number;
  /** Each run goes to the quarter of its bucket where most of its officers are free, instead of the first that will do. */
  bestFit?: boolean;
}

export const PLACEMENTS: Placement[] = [
  { wait: 0, depthWeight: 1000, bestFit: true },
  { wait: 0.75, depthWeight: 1000 },
  { wait: 0, depthWeight: 5, bestFit: true },
  { wait: 0.5, depthWeight: 1000 },
  { wait: 0.9, depthWeight: 1000 },
  { wait: 0.75, depthWeight: 5 },
  { wait: 0.6, depthWeight: 20 },
  { wait: 0.3, depthWeight: 1000 },
];

export function disaggregate(st: PlanState, t: Target, how: Placement = PLACEMENTS[0]!, stop: () => boolean = () => false): void {
  placeTarget(st, t, how, stop);
  runGreedy(st, (c) => c.value / Math.max(c.cost, 1e-9));
}

/** `stop` ends the placement early (still feasible): it is synchronous and can take seconds at national scale. */
export function placeTarget(st: PlanState, t: Target, how: Placement, stop: () => boolean = () => false): void {
  const { ix, P, G, K } = st;
  const B = t.buckets;
  const depth = chainDepth(ix);
  const runsLeft = new Float64Array(K);
  const quota = new Float64Array(G * K); // seats asked for up to the current bucket, less those taken
  const last = (k: number, p: number) => {
    let n = 0;
    for (let q = p + 1; q < P && t.bucketOf[q] === t.bucketOf[p]; q += 1) if (ix.allowed[k * P + q] && ix.pinned[k * P + q]! < 0) n += 1;
    return n;
  };
  // Opens runs in the given periods while any qualifies, the best key first; `extra` = beyond the target's run counts.
  const open = (periods: number[], extra: boolean) => {
    while (!stop()) {
      let best: { k: number; p: number; alloc: [number, number][]; key: number } | null = null;
      for (let k = 0; k < K; k += 1) {
        if (!extra && runsLeft[k]! < 1) continue;
        let wanted = 0;
        for (let g = 0; g < G; g += 1) wanted += Math.max(0, quota[g * K + k]!);
        if (wanted < 1) continue;
        const course = ix.courses[k]!;
        for (let i = 0; i < periods.length; i += 1) {
          const p = periods[i]!;
          if (!st.canOpen(k, p)) continue;
          const found = allocate(st, quota, k, p);
          if (!found) continue;
          const later = extra || how.bestFit ? 0 : last(k, p);
          // Waiting pays when the run would be far from full now and a later quarter of the bucket remains.
          if (later > 0 && found.quota < Math.min(course.capacity, wanted / Math.max(1, runsLeft[k]!)) * how.wait) continue;
          // Runs beyond the target only for a half-full room of officers the target still asks for.
          if (extra && found.quota < Math.min(course.capacity / 2, wanted)) continue;
          const key = depth[k]! * how.depthWeight - later * 10 + found.quota / course.capacity - i * 1e-3;
          if (!best || key > best.key) best = { k, p, alloc: found.alloc, key };
        }
      }
      if (!best) return;
      const { k, p, alloc } = best;
      st.add(k, p, 1, alloc);
      for (const [g, n] of alloc) quota[g * K + k] = quota[g * K + k]! - n;
      runsLeft[k] = runsLeft[k]! - 1;
    }
  };
  for (let b = 0; b < B; b += 1) {
    // Runs and seats not placed in the previous bucket carry over to this one.
    for (let k = 0; k < K; k += 1) runsLeft[k] = runsLeft[k]! + t.runs[k * B + b]!;
    for (let i = 0; i < G * K; i += 1) quota[i] = quota[i]! + t.seats[i * B + b]!;
    const periods = ix.periods.map((_, p) => p).filter((p) => t.bucketOf[p] === b);
    if (how.bestFit) open(periods, false);
    else for (const p of periods) open([p], false);
  }
  // Officers the target asked for but who found no seat (release limits, prerequisites late): more runs where money allows.
  for (let p = 0; p < P; p += 1) open([p], true);
}

/** Seats for one run of k in p: target officers first (by value), then anyone eligible up to the minimum; null if unaffordable. */
function allocate(st: PlanState, wanted: Float64Array, k: number, p: number): { alloc: [number, number][]; quota: number } | null {
  const { ix, K } = st;
  const course = ix.courses[k]!;
  const left = st.budgetLeft(p) - course.fixedCost;
  const room = Math.min(course.capacity, course.costPerParticipant > 0 ? Math.floor(left / course.costPerParticipant + 1e-9) : course.capacity);
  if (room < Math.max(1, course.minParticipants)) return null;
  const items: { g: number; n: number; v: number }[] = [];
  for (const g of ix.eligible[k]!) {
    const want = wanted[g * K + k]!;
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
