// Fix-and-optimise on sub-problems: one course family re-planned inside what the rest of the plan leaves over.
import type { Dense } from './check.js';
import { decodeSolution, startVector } from './decode.js';
import { buildFormulation } from './formulation.js';
import { solveMip } from './highs.js';
import type { Indexed } from './indexed.js';
import { courseFamilies } from './lns.js';
import type { Search } from './solve-core.js';

/**
 * The instance seen by one family when every other run stays: budgets, trainer-days and release reduced by the
 * others' use, gaps reduced by what they close (min(cap, a + b) − min(cap, a) = min(cap − a, b)). Small enough for
 * HiGHS where the national quarterly model is not.
 */
export function residual(ix: Indexed, d: Dense, family: Set<number>): { sub: Indexed; releaseLeft: Float64Array; own: Dense } {
  const P = ix.periods.length;
  const G = ix.groups.length;
  const K = ix.courses.length;
  const C = ix.comps.length;
  const spent = new Float64Array(ix.years.length);
  const trainer = new Float64Array(P);
  const releaseLeft = new Float64Array(G * P);
  for (let g = 0; g < G; g += 1) releaseLeft.fill(ix.groups[g]!.releaseDays, g * P, g * P + P);
  const reached = new Float64Array(G * C);
  const allowed = ix.allowed.slice();
  const pinned = ix.pinned.slice();
  const own: Dense = { x: new Float64Array(d.x.length), y: new Float64Array(d.y.length) };
  for (let k = 0; k < K; k += 1) {
    const course = ix.courses[k]!;
    const mine = family.has(k);
    if (!mine) {
      allowed.fill(0, k * P, k * P + P);
      pinned.fill(-1, k * P, k * P + P);
    }
    for (let p = 0; p < P; p += 1) {
      const x = d.x[k * P + p]!;
      if (mine) own.x[k * P + p] = x;
      let n = 0;
      for (let g = 0; g < G; g += 1) {
        const y = d.y[(k * P + p) * G + g]!;
        if (y <= 0) continue;
        if (mine) {
          own.y[(k * P + p) * G + g] = y;
          continue;
        }
        n += y;
        releaseLeft[g * P + p] = releaseLeft[g * P + p]! - course.days * y;
        for (const { c, r } of ix.raises[k]!) reached[g * C + c] = reached[g * C + c]! + r * y;
      }
      if (mine) continue;
      spent[ix.yearOfPeriod[p]!] = spent[ix.yearOfPeriod[p]!]! + course.fixedCost * x + course.costPerParticipant * n;
      trainer[p] = trainer[p]! + course.trainerDays * x;
    }
  }
  const sub: Indexed = {
    ...ix,
    allowed,
    pinned,
    budget: ix.budget.map((b, y) => Math.max(0, b - spent[y]!)),
    trainerDays: ix.trainerDays.map((t, p) => Math.max(0, t - trainer[p]!)),
    cap: ix.cap.map((cap, i) => Math.max(0, cap - reached[i]!)),
  };
  for (let i = 0; i < releaseLeft.length; i += 1) releaseLeft[i] = Math.max(0, releaseLeft[i]!);
  return { sub, releaseLeft, own };
}

/** Re-plans one family at a time (random order) from the incumbent until the deadline; every plan is checked whole. */
export async function improveFamilies(s: Search, deadline: number, perFamily: number, seed = 7): Promise<void> {
  const { ix } = s;
  let state = seed >>> 0;
  const rnd = () => ((state = (Math.imul(state, 1664525) + 1013904223) >>> 0) / 4294967296);
  const families = courseFamilies(ix)
    .map((f) => ({ f, r: rnd() }))
    .sort((a, b) => a.r - b.r)
    .map((x) => new Set(x.f));
  let stale = 0;
  for (let i = 0; stale < families.length; i = (i + 1) % families.length) {
    if (!s.best || s.stopped() || s.elapsed() >= deadline) return;
    const base = s.best.dense;
    const before = s.best.objective;
    const { sub, releaseLeft, own } = residual(ix, base, families[i]!);
    const f = buildFormulation(sub, false, { releaseLeft, seatableFillers: true });
    if (f.numCols > 0) {
      s.phase = `fix-and-optimise (family ${i + 1} of ${families.length}, ${f.numCols} columns)`;
      const offer = (col: Float64Array) => {
        const found = decodeSolution(ix, f, col, base);
        if (found) s.offer(found.dense, found.objective);
      };
      const result = await solveMip(f, {
        timeLimit: Math.max(0.2, Math.min(perFamily, deadline - s.elapsed())),
        mipRelGap: 1e-4,
        start: startVector(sub, f, own),
        events: { shouldStop: () => s.stopped() || s.elapsed() >= deadline, onSolution: offer },
      });
      if (result.colValue) offer(result.colValue);
    }
    stale = s.best.objective > before + 1e-6 ? 0 : stale + 1;
  }
}
