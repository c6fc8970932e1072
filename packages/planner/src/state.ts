// A mutable partial plan with its resource use, so heuristics can add runs that keep every rule satisfied.
import type { TPlan, TRun } from './contracts.js';
import type { Dense } from './check.js';
import type { Indexed } from './indexed.js';

export interface RunChoice {
  k: number;
  p: number;
  /** [group, participants] */
  alloc: [number, number][];
  value: number;
  cost: number;
}

export class PlanState {
  readonly P: number;
  readonly G: number;
  readonly K: number;
  readonly C: number;
  readonly x: Float64Array;
  readonly y: Float64Array;
  readonly spent: Float64Array;
  readonly trainerUsed: Float64Array;
  readonly releaseUsed: Float64Array; // [g * P + p]
  readonly taken: Float64Array; // [g * K + k]
  readonly reached: Float64Array; // [g * C + c]
  readonly yearRuns: Float64Array; // [k * Y + y], y the calendar year
  private readonly yearIndex: number[]; // [p] → calendar year index
  value = 0;

  constructor(readonly ix: Indexed) {
    this.P = ix.periods.length;
    this.G = ix.groups.length;
    this.K = ix.courses.length;
    this.C = ix.comps.length;
    this.x = new Float64Array(this.K * this.P);
    this.y = new Float64Array(this.K * this.P * this.G);
    this.spent = new Float64Array(ix.years.length);
    this.trainerUsed = new Float64Array(this.P);
    this.releaseUsed = new Float64Array(this.G * this.P);
    this.taken = new Float64Array(this.G * this.K);
    this.reached = new Float64Array(this.G * this.C);
    const calendar = [...new Set(ix.calendarYear)];
    this.yearIndex = ix.calendarYear.map((y) => calendar.indexOf(y));
    this.yearRuns = new Float64Array(this.K * calendar.length);
  }

  private yearSlot(k: number, p: number): number {
    return k * (this.yearRuns.length / this.K) + this.yearIndex[p]!;
  }

  budgetLeft(p: number): number {
    const y = this.ix.yearOfPeriod[p]!;
    return this.ix.budget[y]! - this.spent[y]!;
  }

  /** Whether one more run of k fits in p as far as runs, periods, pins and trainer-days go. */
  canOpen(k: number, p: number): boolean {
    const i = k * this.P + p;
    if (!this.ix.allowed[i] || this.ix.pinned[i]! >= 0) return false;
    if (this.x[i]! + 1 > this.ix.maxRuns[k]!) return false;
    if (this.yearRuns[this.yearSlot(k, p)]! + 1 > this.ix.maxRunsPerYear[k]!) return false;
    return this.trainerUsed[p]! + this.ix.courses[k]!.trainerDays <= this.ix.trainerDays[p]! + 1e-9;
  }

  /** How many more officers of g may join k in p: once each, release days, prerequisites done earlier. */
  available(g: number, k: number, p: number): number {
    const course = this.ix.courses[k]!;
    const group = this.ix.groups[g]!;
    let n = group.size - this.taken[g * this.K + k]!;
    if (course.days > 0) n = Math.min(n, Math.floor((group.releaseDays - this.releaseUsed[g * this.P + p]!) / course.days + 1e-9));
    for (const j of this.ix.prereq[k]!) n = Math.min(n, this.prereqSlack(g, k, j, p));
    return Math.max(0, n);
  }

  /** min over p'' ≥ p of (completed j before p'') − (took k up to p''): the room rule 7 leaves in period p. */
  prereqSlack(g: number, k: number, j: number, p: number): number {
    const { P, G } = this;
    let cj = 0;
    let ck = 0;
    let slack = Number.POSITIVE_INFINITY;
    for (let q = 0; q < P; q += 1) {
      ck += this.y[(k * P + q) * G + g]!;
      if (q >= p) slack = Math.min(slack, cj - ck);
      cj += this.y[(j * P + q) * G + g]!;
    }
    return slack;
  }

  /** The next `n` officers of g in k as segments of equal value (non-increasing): the gap left caps what they close. */
  segments(g: number, k: number, n: number, out: { v: number; m: number; g: number }[]): void {
    const C = this.C;
    const raises = this.ix.raises[k]!;
    const cuts = new Set<number>([0, n]);
    for (const { c, r } of raises) {
      const full = Math.floor(Math.max(0, this.ix.cap[g * C + c]! - this.reached[g * C + c]!) / r + 1e-9);
      if (full < n) cuts.add(full);
      if (full + 1 < n) cuts.add(full + 1);
    }
    const points = [...cuts].sort((a, b) => a - b);
    for (let i = 0; i + 1 < points.length; i += 1) {
      const from = points[i]!;
      // value of officer number from + 1: what each comp still gains after `from` officers
      let v = 0;
      for (const { c, r } of raises) {
        const room = Math.max(0, this.ix.cap[g * C + c]! - this.reached[g * C + c]! - from * r);
        v += this.ix.weight[g * C + c]! * Math.min(r, room);
      }
      if (v <= 1e-12) break;
      out.push({ v, m: points[i + 1]! - from, g });
    }
  }

  /** Value of adding `n` officers of g to k now. */
  gain(g: number, k: number, n: number): number {
    const C = this.C;
    let v = 0;
    for (const { c, r } of this.ix.raises[k]!) {
      const room = Math.max(0, this.ix.cap[g * C + c]! - this.reached[g * C + c]!);
      v += this.ix.weight[g * C + c]! * Math.min(r * n, room);
    }
    return v;
  }

  add(k: number, p: number, runs: number, alloc: [number, number][]): void {
    const { P, G, K, C } = this;
    const course = this.ix.courses[k]!;
    const year = this.ix.yearOfPeriod[p]!;
    this.x[k * P + p] = this.x[k * P + p]! + runs;
    this.yearRuns[this.yearSlot(k, p)] = this.yearRuns[this.yearSlot(k, p)]! + runs;
    this.trainerUsed[p] = this.trainerUsed[p]! + runs * course.trainerDays;
    this.spent[year] = this.spent[year]! + runs * course.fixedCost;
    let participantCost = 0;
    for (const [g, n] of alloc) {
      if (n === 0) continue;
      this.value += this.gain(g, k, n);
      this.y[(k * P + p) * G + g] = this.y[(k * P + p) * G + g]! + n;
      this.taken[g * K + k] = this.taken[g * K + k]! + n;
      this.releaseUsed[g * P + p] = this.releaseUsed[g * P + p]! + n * course.days;
      participantCost += n * course.costPerParticipant;
      for (const { c, r } of this.ix.raises[k]!) this.reached[g * C + c] = this.reached[g * C + c]! + r * n;
    }
    this.spent[year] += participantCost;
  }

  dense(): Dense {
    return { x: this.x, y: this.y };
  }
}

/** A plan in the contract's format from dense arrays (only runs with count > 0). */
/** The best single run of k in p by value per unit of money (the hand rule), or null when none fits. */
export function bestRun(st: PlanState, k: number, p: number, fillToCapacity = false): RunChoice | null {
  if (!st.canOpen(k, p)) return null;
  return fillRun(st, k, p, fillToCapacity);
}

/** Chooses participants for one new run of k in p; `fillToCapacity` takes every useful seat instead of the best ratio. */
export function fillRun(st: PlanState, k: number, p: number, fillToCapacity: boolean): RunChoice | null {
  const course = st.ix.courses[k]!;
  const F = course.fixedCost;
  const cpp = course.costPerParticipant;
  const left = st.budgetLeft(p);
  const min = course.minParticipants;
  if (F + cpp * min > left + 1e-9) return null;
  const nMax = Math.min(course.capacity, cpp > 0 ? Math.floor((left - F) / cpp + 1e-9) : course.capacity);
  const items: { v: number; m: number; g: number }[] = [];
  const avail = new Map<number, number>();
  let totalAvail = 0;
  let positive = 0;
  // Groups that gain nothing matter only for the minimum: their availability (the costly part) is computed on demand.
  let idle: number[] | null = null;
  for (const g of st.ix.eligible[k]!) {
    if (st.gain(g, k, 1) <= 1e-12) {
      (idle ??= []).push(g);
      continue;
    }
    const a = Math.min(st.available(g, k, p), nMax);
    if (a <= 0) continue;
    avail.set(g, a);
    totalAvail += a;
    st.segments(g, k, a, items);
  }
  if (items.length === 0) return null;
  const includeIdle = () => {
    if (!idle) return;
    for (const g of idle) {
      const a = Math.min(st.available(g, k, p), nMax);
      if (a <= 0) continue;
      avail.set(g, a);
      totalAvail += a;
    }
    idle = null;
    // The same order as the eligible list, so fillers come from the same groups as before.
    const order = new Map(st.ix.eligible[k]!.map((g, i) => [g, i]));
    const sorted = [...avail.entries()].sort((a, b) => order.get(a[0])! - order.get(b[0])!);
    avail.clear();
    for (const [g, a] of sorted) avail.set(g, a);
  };
  if (totalAvail < Math.max(1, min, nMax)) includeIdle();
  for (const it of items) positive += it.m;
  if (totalAvail < Math.max(1, min)) return null;
  items.sort((a, b) => b.v - a.v);
  const top = Math.min(nMax, totalAvail);
  const scoreAt = (n: number, value: number) => {
    const cost = F + cpp * n;
    return fillToCapacity ? value : cost > 0 ? value / cost : value * 1e12;
  };
  // value/cost is monotone along a segment of equal values, so only segment ends and the minimum are candidates
  let best = -1;
  let bestN = 0;
  let n = 0;
  let prefix = 0;
  const consider = (at: number, value: number) => {
    if (at < Math.max(1, min) || at > top) return;
    const score = scoreAt(at, value);
    if (score <= best + 1e-12) return;
    best = score;
    bestN = at;
  };
  for (const it of items) {
    if (n >= top) break;
    const m = Math.min(it.m, top - n);
    if (n < min && n + m >= min) consider(min, prefix + it.v * (min - n));
    n += m;
    prefix += it.v * m;
    consider(n, prefix);
  }
  if (n < min) consider(min, prefix); // officers who gain nothing make up the minimum
  if (bestN === 0) return null;
  const take = new Map<number, number>();
  let value = 0;
  let seats = Math.min(bestN, positive);
  for (const it of items) {
    if (seats <= 0) break;
    const m = Math.min(it.m, seats);
    take.set(it.g, (take.get(it.g) ?? 0) + m);
    value += it.v * m;
    seats -= m;
  }
  // Officers who gain nothing fill the remaining seats up to the minimum.
  let missing = bestN - Math.min(bestN, positive);
  if (missing > 0) includeIdle();
  for (const [g, a] of avail) {
    if (missing <= 0) break;
    const extra = Math.min(missing, a - (take.get(g) ?? 0));
    if (extra > 0) take.set(g, (take.get(g) ?? 0) + extra);
    missing -= Math.max(0, extra);
  }
  if (missing > 0) return null;
  return { k, p, alloc: [...take.entries()], value, cost: F + cpp * bestN };
}

export function denseToRuns(ix: Indexed, d: Dense): TRun[] {
  const P = ix.periods.length;
  const G = ix.groups.length;
  const runs: TRun[] = [];
  for (let k = 0; k < ix.courses.length; k += 1) {
    for (let p = 0; p < P; p += 1) {
      const count = Math.round(d.x[k * P + p]!);
      if (count <= 0) continue;
      const participants: Record<string, number> = {};
      for (let g = 0; g < G; g += 1) {
        const n = Math.round(d.y[(k * P + p) * G + g]!);
        if (n > 0) participants[ix.groups[g]!.id] = n;
      }
      runs.push({ course: ix.courses[k]!.id, period: ix.periods[p]!, count, participants });
    }
  }
  return runs;
}

export function planOf(ix: Indexed, d: Dense, objective: number, status: TPlan['status']): TPlan {
  return { runs: denseToRuns(ix, d), objective, status };
}
