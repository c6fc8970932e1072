// Preprocessing shared by every formulation: which (group, course) pairs matter, how many officers, from when.
import type { Indexed } from './indexed.js';

/** Which courses each group may usefully take: eligible, prerequisites reachable, and raising a gap or leading to one. */
export function usefulPairs(ix: Indexed): Uint8Array {
  const G = ix.groups.length;
  const K = ix.courses.length;
  const C = ix.comps.length;
  const usable = new Int8Array(G * K).fill(-1);
  const isUsable = (g: number, k: number): boolean => {
    const i = g * K + k;
    if (usable[i] === -1) {
      usable[i] = 0; // guards recursion; prerequisites are acyclic after parsing
      usable[i] = ix.isEligible[k * G + g] && ix.prereq[k]!.every((j) => isUsable(g, j)) ? 1 : 0;
    }
    return usable[i] === 1;
  };
  const useful = new Uint8Array(G * K);
  const mark = (g: number, k: number) => {
    if (useful[g * K + k]) return;
    useful[g * K + k] = 1;
    for (const j of ix.prereq[k]!) mark(g, j);
  };
  for (let g = 0; g < G; g += 1) {
    for (let k = 0; k < K; k += 1) {
      if (isUsable(g, k) && ix.raises[k]!.some(({ c }) => ix.cap[g * C + c]! > 0 && ix.weight[g * C + c]! > 0)) mark(g, k);
    }
  }
  return useful;
}

/**
 * [g * K + k]: officers of g in k beyond whom k closes nothing more, directly or as a prerequisite (0 when not useful).
 * Surplus participants only fill seats, so a plan maps to one with y ≤ demand and the excess as fillers (a relaxation).
 */
export function usefulDemand(ix: Indexed, useful: Uint8Array): Float64Array {
  const G = ix.groups.length;
  const K = ix.courses.length;
  const C = ix.comps.length;
  const dependents: number[][] = ix.courses.map(() => []);
  ix.prereq.forEach((pre, k) => pre.forEach((j) => dependents[j]!.push(k)));
  const demand = new Float64Array(G * K).fill(-1);
  const of = (g: number, k: number): number => {
    const i = g * K + k;
    if (!useful[i]) return 0;
    if (demand[i]! >= 0) return demand[i]!;
    let d = 0;
    for (const { c, r } of ix.raises[k]!) if (ix.weight[g * C + c]! > 0) d = Math.max(d, Math.ceil(ix.cap[g * C + c]! / r - 1e-9));
    for (const n of dependents[k]!) d = Math.max(d, of(g, n));
    demand[i] = Math.min(ix.groups[g]!.size, d);
    return demand[i];
  };
  for (let g = 0; g < G; g += 1) for (let k = 0; k < K; k += 1) of(g, k);
  return demand;
}

/** The first period in which each course can run with its prerequisite chain completed strictly before. */
export function earliestPeriods(ix: Indexed): number[] {
  const P = ix.periods.length;
  const memo = new Map<number, number>();
  const first = (k: number): number => {
    const known = memo.get(k);
    if (known !== undefined) return known;
    const after = Math.max(-1, ...ix.prereq[k]!.map(first));
    let p = after + 1;
    while (p < P && !ix.allowed[k * P + p]) p += 1;
    memo.set(k, p);
    return p;
  };
  return ix.courses.map((_, k) => first(k));
}
