// Between plans and solver vectors: a MIP start from a plan, a checked plan from a solver solution.
import { type Dense, checkDense, totalsOf } from './check.js';
import type { Formulation } from './formulation.js';
import { type Indexed, objectiveOf } from './indexed.js';
import { PlanState } from './state.js';

/** A column vector that equals the plan, summed per bucket (quarters or years); fillers go to the aggregated columns. */
export function startVector(ix: Indexed, f: Formulation, d: Dense): Float64Array {
  const P = ix.periods.length;
  const G = ix.groups.length;
  const K = ix.courses.length;
  const C = ix.comps.length;
  const B = f.buckets.length;
  const v = new Float64Array(f.numCols);
  const counted = new Float64Array(G);
  for (let k = 0; k < K; k += 1) {
    const course = ix.courses[k]!;
    counted.fill(0);
    for (let b = 0; b < B; b += 1) {
      let runs = 0;
      let filler = 0;
      let seated = 0;
      for (const p of f.buckets[b]!) {
        runs += d.x[k * P + p]!;
        for (let g = 0; g < G; g += 1) {
          const n = d.y[(k * P + p) * G + g]!;
          if (n <= 0) continue;
          const yc = f.yCol[(k * B + b) * G + g]!;
          // The earliest officers up to the useful demand count; later ones only fill seats (as in the formulation).
          const m = yc >= 0 ? Math.min(n, Math.max(0, f.yMost[g * K + k]! - counted[g]!)) : 0;
          if (yc >= 0) v[yc] = v[yc]! + m;
          counted[g] = counted[g]! + m;
          seated += m;
          filler += n - m;
        }
      }
      const xc = f.xCol[k * B + b]!;
      if (xc >= 0) v[xc] = runs;
      const fc = f.fCol[k * B + b]!;
      if (fc >= 0) v[fc] = Math.min(filler, Math.max(0, course.minParticipants * runs - seated));
    }
  }
  const totals = totalsOf(ix, d);
  for (let g = 0; g < G; g += 1) {
    for (let c = 0; c < C; c += 1) {
      const uc = f.uCol[g * C + c]!;
      if (uc < 0) continue;
      let reached = 0;
      for (let k = 0; k < K; k += 1) for (const { c: cc, r } of ix.raises[k]!) if (cc === c) reached += r * totals[g * K + k]!;
      v[uc] = Math.min(ix.cap[g * C + c]!, reached);
    }
  }
  return v;
}

/** Rounds a quarterly solution into a plan, places filler officers, and returns it only if every rule holds. */
export function decodeSolution(ix: Indexed, f: Formulation, colValue: Float64Array, base?: Dense): { dense: Dense; objective: number } | null {
  const P = ix.periods.length;
  const G = ix.groups.length;
  const K = ix.courses.length;
  const st = new PlanState(ix);
  // A sub-problem's solution joins the runs of the courses it left out (those without columns), kept from `base`.
  for (let k = 0; k < K && base; k += 1) {
    if (f.xCol.subarray(k * P, k * P + P).some((c) => c >= 0)) continue;
    for (let p = 0; p < P; p += 1) {
      const alloc: [number, number][] = [];
      for (let g = 0; g < G; g += 1) if (base.y[(k * P + p) * G + g]! > 0) alloc.push([g, base.y[(k * P + p) * G + g]!]);
      if (base.x[k * P + p]! > 0 || alloc.length) st.add(k, p, base.x[k * P + p]!, alloc);
    }
  }
  const fillers: { k: number; p: number; n: number }[] = [];
  for (let p = 0; p < P; p += 1) {
    for (let k = 0; k < K; k += 1) {
      const xc = f.xCol[k * P + p]!;
      if (xc < 0) continue;
      const x = Math.round(colValue[xc]!);
      const alloc: [number, number][] = [];
      for (let g = 0; g < G; g += 1) {
        const yc = f.yCol[(k * P + p) * G + g]!;
        if (yc >= 0) {
          const n = Math.round(colValue[yc]!);
          if (n > 0) alloc.push([g, n]);
        }
      }
      if (x > 0 || alloc.length) st.add(k, p, x, alloc);
      const fc = f.fCol[k * P + p]!;
      const n = fc >= 0 ? Math.ceil(colValue[fc]! - 1e-6) : 0;
      if (n > 0) fillers.push({ k, p, n });
    }
  }
  for (const { k, p, n } of fillers) {
    let missing = Math.min(n, Math.max(0, ix.courses[k]!.minParticipants * st.x[k * P + p]! - sumRun(st, k, p)));
    for (const g of ix.eligible[k]!) {
      if (missing <= 0) break;
      const a = Math.min(missing, st.available(g, k, p));
      if (a > 0) st.add(k, p, 0, [[g, a]]);
      missing -= Math.max(0, a);
    }
  }
  const dense = st.dense();
  if (checkDense(ix, dense).length) return null;
  return { dense, objective: objectiveOf(ix, totalsOf(ix, dense)) };
}

function sumRun(st: PlanState, k: number, p: number): number {
  let n = 0;
  for (let g = 0; g < st.G; g += 1) n += st.y[(k * st.P + p) * st.G + g]!;
  return n;
}
