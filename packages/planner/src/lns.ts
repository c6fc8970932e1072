// Fix-and-optimise: free the runs of a few course families (or one year), fix the rest, let HiGHS re-plan that part.
import { decodeSolution, startVector } from './decode.js';
import type { Formulation } from './formulation.js';
import { solveMip } from './highs.js';
import type { Indexed } from './indexed.js';
import type { Search } from './solve-core.js';

/** Courses linked by a shared competency or a prerequisite form a family (in practice, a functional area). */
export function courseFamilies(ix: Indexed): number[][] {
  const K = ix.courses.length;
  const parent = ix.courses.map((_, k) => k);
  const find = (k: number): number => (parent[k] === k ? k : (parent[k] = find(parent[k]!)));
  const union = (a: number, b: number) => (parent[find(a)] = find(b));
  const byComp = new Map<number, number>();
  for (let k = 0; k < K; k += 1) {
    for (const { c } of ix.raises[k]!) {
      const other = byComp.get(c);
      if (other === undefined) byComp.set(c, k);
      else union(k, other);
    }
    for (const j of ix.prereq[k]!) union(k, j);
  }
  const families = new Map<number, number[]>();
  for (let k = 0; k < K; k += 1) families.set(find(k), [...(families.get(find(k)) ?? []), k]);
  return [...families.values()];
}

interface Neighbourhood {
  name: string;
  courses: Set<number> | null;
  periods: Set<number> | null;
}

function neighbourhoods(ix: Indexed, rnd: () => number): Neighbourhood[] {
  const families = courseFamilies(ix);
  const out: Neighbourhood[] = [];
  // Pairs of families share the budget they free; a year lets runs move between its quarters.
  const order = families.map((_, i) => i).sort(() => rnd() - 0.5);
  for (let i = 0; i < order.length; i += 2) {
    const courses = new Set([...families[order[i]!]!, ...(families[order[i + 1]!] ?? [])]);
    out.push({ name: `families ${i / 2 + 1}`, courses, periods: null });
  }
  ix.years.forEach((year, y) => out.push({ name: `year ${year}`, courses: null, periods: new Set(ix.periods.map((_, p) => p).filter((p) => ix.yearOfPeriod[p] === y)) }));
  return out;
}

/** Improves the incumbent until time runs out or the bound is met; each accepted plan passed the full check. */
export async function improveByNeighbourhoods(s: Search, f: Formulation, mipRelGap: number, deadline: number, seed = 1): Promise<void> {
  const { ix } = s;
  const P = ix.periods.length;
  const G = ix.groups.length;
  let state = seed >>> 0;
  const rnd = () => ((state = (Math.imul(state, 1664525) + 1013904223) >>> 0) / 4294967296);
  let stale = 0;
  const done = () => s.stopped() || s.elapsed() >= deadline || s.proven(mipRelGap) || !s.best;
  while (!done()) {
    const list = neighbourhoods(ix, rnd);
    for (const n of list) {
      if (done() || !s.best) return;
      const start = startVector(ix, f, s.best.dense);
      const lower = f.colLower.slice();
      const upper = f.colUpper.slice();
      const fix = (col: number) => {
        if (col < 0) return;
        lower[col] = start[col]!;
        upper[col] = start[col]!;
      };
      for (let k = 0; k < ix.courses.length; k += 1) {
        for (let p = 0; p < P; p += 1) {
          const free = (!n.courses || n.courses.has(k)) && (!n.periods || n.periods.has(p));
          if (free) continue;
          fix(f.xCol[k * P + p]!);
          fix(f.fCol[k * P + p]!);
          for (let g = 0; g < G; g += 1) fix(f.yCol[(k * P + p) * G + g]!);
        }
      }
      s.phase = `fix-and-optimise (${n.name})`;
      const before = s.best.objective;
      const result = await solveMip(f, {
        timeLimit: Math.max(0.1, Math.min(deadline - s.elapsed(), n.periods ? 3 : 1.5)),
        mipRelGap: 1e-4,
        start,
        lower,
        upper,
        events: { shouldStop: () => s.stopped() },
      });
      if (result.colValue && result.objective !== null && result.objective > before + 1e-6) {
        const found = decodeSolution(ix, f, result.colValue);
        if (found) s.offer(found.dense, found.objective);
      }
      stale = s.best.objective > before + 1e-6 ? 0 : stale + 1;
      if (stale >= list.length) return; // a full round without progress: this search is exhausted
    }
  }
}
