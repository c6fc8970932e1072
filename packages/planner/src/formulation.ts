// The MILP of PLANNING.md for HiGHS, with preprocessing and strengthening; optionally aggregated to years (a relaxation).
import type { Indexed } from './indexed.js';
import { earliestPeriods, usefulDemand, usefulPairs } from './preprocess.js';

export { earliestPeriods, usefulDemand, usefulPairs };

export interface Formulation {
  numCols: number;
  numRows: number;
  colCost: Float64Array;
  colLower: Float64Array;
  colUpper: Float64Array;
  integrality: Int32Array;
  rowLower: Float64Array;
  rowUpper: Float64Array;
  starts: Int32Array;
  indices: Int32Array;
  values: Float64Array;
  /** Buckets of period indices (quarters, or years when aggregated). */
  buckets: number[][];
  /** [k * B + b] → column of x, or -1. */
  xCol: Int32Array;
  /** [(k * B + b) * G + g] → column of y, or -1. */
  yCol: Int32Array;
  /** [k * B + b] → column of the aggregated filler participants (officers who gain nothing), or -1. */
  fCol: Int32Array;
  /** [g * C + c] → column of the closed gap u, or -1. */
  uCol: Int32Array;
  /** [g * K + k]: most participants a y column counts over the horizon (more become fillers). */
  yMost: Float64Array;
}

export interface BuildOptions {
  /** Participants as continuous columns: still a relaxation, far fewer integers for the bounding model. */
  continuousParticipants?: boolean;
  /** Yearly buckets: the share of a prerequisite taken in the same year that counts (1 = relaxation; less = a heuristic guide). */
  sameYearShare?: number;
  /** No fillers where they would need a prerequisite the decoder cannot check: not a relaxation, sub-problems only. */
  seatableFillers?: boolean;
  /** [g * P + p]: release days left per group and period (a sub-problem inside a fixed plan); default releaseDays. */
  releaseLeft?: Float64Array;
}

export function buildFormulation(ix: Indexed, aggregateYears: boolean, opts: BuildOptions = {}): Formulation {
  const P = ix.periods.length;
  const G = ix.groups.length;
  const K = ix.courses.length;
  const C = ix.comps.length;
  const buckets = aggregateYears ? ix.years.map((_, y) => ix.periods.map((_, p) => p).filter((p) => ix.yearOfPeriod[p] === y)) : ix.periods.map((_, p) => [p]);
  const B = buckets.length;
  // Calendar years per bucket: a yearly run limit allows limit × years in a bucket (pooled: the whole horizon).
  const bucketYears = buckets.map((ps) => new Set(ps.map((p) => ix.calendarYear[p]!)));
  const useful = usefulPairs(ix);
  const earliest = earliestPeriods(ix);
  const demand = usefulDemand(ix, useful);
  const needed = (g: number, k: number) => (useful[g * K + k] ? demand[g * K + k]! : ix.groups[g]!.size);

  const cost: number[] = [];
  const lower: number[] = [];
  const upper: number[] = [];
  const integ: number[] = [];
  const addCol = (c: number, lo: number, hi: number, isInt: boolean) => {
    cost.push(c);
    lower.push(lo);
    upper.push(hi);
    integ.push(isInt ? 1 : 0);
    return cost.length - 1;
  };
  const xCol = new Int32Array(K * B).fill(-1);
  const yCol = new Int32Array(K * B * G).fill(-1);
  const fCol = new Int32Array(K * B).fill(-1);
  // Release days of a group in a bucket (summed) or in one of its periods (the most): per period when a residual is given.
  const release = (g: number, b: number, perRun: boolean) => {
    if (!opts.releaseLeft) return ix.groups[g]!.releaseDays * (perRun ? 1 : buckets[b]!.length);
    const days = buckets[b]!.map((p) => opts.releaseLeft![g * P + p]!);
    return perRun ? Math.max(0, ...days) : days.reduce((a, d) => a + d, 0);
  };
  const yUpper = (g: number, k: number, b: number, perRun = false) => {
    const course = ix.courses[k]!;
    const days = course.days > 0 ? Math.floor(release(g, b, perRun) / course.days + 1e-9) : Number.POSITIVE_INFINITY;
    return Math.max(0, Math.min(ix.groups[g]!.size, days));
  };

  for (let k = 0; k < K; k += 1) {
    const course = ix.courses[k]!;
    for (let b = 0; b < B; b += 1) {
      let maxRuns = 0;
      let minRuns = 0;
      let pinnedHere = false;
      let trainer = 0;
      for (const p of buckets[b]!) {
        const pin = ix.pinned[k * P + p]!;
        if (pin >= 0) {
          maxRuns += pin;
          minRuns += pin;
          pinnedHere ||= pin > 0;
        } else if (ix.allowed[k * P + p] && p >= earliest[k]!) maxRuns += ix.maxRuns[k]!;
        trainer += ix.trainerDays[p]!;
      }
      if (course.trainerDays > 0) maxRuns = Math.min(maxRuns, Math.max(minRuns, Math.floor(trainer / course.trainerDays + 1e-9)));
      maxRuns = Math.min(maxRuns, Math.max(minRuns, ix.maxRunsPerYear[k]! * bucketYears[b]!.size));
      if (maxRuns <= 0) continue;
      const seats: [number, number][] = [];
      let seatTotal = 0;
      let surplus = 0;
      for (const g of ix.eligible[k]!) {
        if (!useful[g * K + k] && !pinnedHere) continue;
        const hi = Math.min(yUpper(g, k, b), course.capacity * maxRuns, needed(g, k));
        surplus += Math.min(yUpper(g, k, b), ix.groups[g]!.size - needed(g, k));
        if (hi <= 0) continue;
        seats.push([g, hi]);
        seatTotal += hi;
      }
      if (seatTotal === 0 && !pinnedHere) continue;
      // Officers who gain nothing may still fill seats up to the minimum: one aggregated column keeps this a relaxation.
      let fillers = 0;
      if (course.minParticipants > 0 && !(opts.seatableFillers && ix.prereq[k]!.length)) {
        fillers = surplus;
        for (const g of ix.eligible[k]!) if (!useful[g * K + k] && !pinnedHere) fillers += yUpper(g, k, b);
        fillers = Math.min(fillers, course.minParticipants * maxRuns);
        maxRuns = Math.min(maxRuns, Math.max(minRuns, Math.floor((seatTotal + fillers) / course.minParticipants)));
      }
      if (maxRuns <= 0) continue;
      for (const [g, hi] of seats) yCol[(k * B + b) * G + g] = addCol(0, 0, Math.min(hi, course.capacity * maxRuns), !opts.continuousParticipants);
      xCol[k * B + b] = addCol(0, minRuns, maxRuns, true);
      if (fillers > 0) fCol[k * B + b] = addCol(0, 0, fillers, false);
    }
  }
  const uCol = new Int32Array(G * C).fill(-1);
  for (let g = 0; g < G; g += 1) {
    for (let c = 0; c < C; c += 1) if (ix.cap[g * C + c]! > 0 && ix.weight[g * C + c]! > 0) uCol[g * C + c] = addCol(ix.weight[g * C + c]!, 0, ix.cap[g * C + c]!, false);
  }

  const rowLo: number[] = [];
  const rowHi: number[] = [];
  const starts: number[] = [0];
  const idx: number[] = [];
  const val: number[] = [];
  const addRow = (lo: number, hi: number, cols: number[], coefs: number[]) => {
    for (let i = 0; i < cols.length; i += 1) {
      idx.push(cols[i]!);
      val.push(coefs[i]!);
    }
    starts.push(idx.length);
    rowLo.push(lo);
    rowHi.push(hi);
  };
  const INF = Number.POSITIVE_INFINITY;

  // u[g,c] ≤ Σ raises · y
  const linkCols: number[][] = [];
  const linkVals: number[][] = [];
  for (let i = 0; i < G * C; i += 1) {
    if (uCol[i]! < 0) continue;
    linkCols[i] = [uCol[i]!];
    linkVals[i] = [1];
  }
  for (let k = 0; k < K; k += 1) {
    for (let b = 0; b < B; b += 1) {
      for (let g = 0; g < G; g += 1) {
        const col = yCol[(k * B + b) * G + g]!;
        if (col < 0) continue;
        for (const { c, r } of ix.raises[k]!) {
          if (uCol[g * C + c]! < 0) continue;
          linkCols[g * C + c]!.push(col);
          linkVals[g * C + c]!.push(-r);
        }
      }
    }
  }
  linkCols.forEach((cols, i) => cols && addRow(-INF, 0, cols, linkVals[i]!));

  const budgetCols: number[][] = ix.years.map(() => []);
  const budgetVals: number[][] = ix.years.map(() => []);
  const trainerCols: number[][] = buckets.map(() => []);
  const trainerVals: number[][] = buckets.map(() => []);
  for (let k = 0; k < K; k += 1) {
    const course = ix.courses[k]!;
    for (let b = 0; b < B; b += 1) {
      const xc = xCol[k * B + b]!;
      if (xc < 0) continue;
      const year = ix.yearOfPeriod[buckets[b]![0]!]!;
      const cols: number[] = [];
      for (let g = 0; g < G; g += 1) {
        const yc = yCol[(k * B + b) * G + g]!;
        if (yc >= 0) cols.push(yc);
      }
      const fc = fCol[k * B + b]!;
      if (fc >= 0) cols.push(fc);
      const ones = cols.map(() => 1);
      addRow(-INF, 0, [...cols, xc], [...ones, -course.capacity]);
      if (course.minParticipants > 0) addRow(0, INF, [...cols, xc], [...ones, -course.minParticipants]);
      // y[g] ≤ b·x: a participant needs a run, and one run takes at most b officers of the group.
      let perRunTotal = 0;
      const useCols: number[] = [];
      for (let g = 0; g < G; g += 1) {
        const yc = yCol[(k * B + b) * G + g]!;
        if (yc < 0) continue;
        const perRun = Math.min(course.capacity, yUpper(g, k, b, true), needed(g, k));
        perRunTotal += perRun;
        useCols.push(yc);
        if (perRun < course.capacity) addRow(-INF, 0, [yc, xc], [1, -perRun]);
      }
      // Summed over groups: a run of a course few officers need is paid in full, not pro rata (the main LP weakness).
      if (useCols.length > 1 && perRunTotal < course.capacity) addRow(-INF, 0, [...useCols, xc], [...useCols.map(() => 1), -perRunTotal]);
      budgetCols[year]!.push(xc, ...cols);
      budgetVals[year]!.push(course.fixedCost, ...cols.map(() => course.costPerParticipant));
      if (course.trainerDays > 0) {
        trainerCols[b]!.push(xc);
        trainerVals[b]!.push(course.trainerDays);
      }
    }
  }
  yearlyRunRows(ix, buckets, bucketYears, xCol, upper, addRow);
  ix.years.forEach((_, y) => budgetCols[y]!.length && addRow(-INF, ix.budget[y]!, budgetCols[y]!, budgetVals[y]!));
  buckets.forEach((ps, b) => trainerCols[b]!.length && addRow(-INF, ps.reduce((s, p) => s + ix.trainerDays[p]!, 0), trainerCols[b]!, trainerVals[b]!));

  for (let g = 0; g < G; g += 1) {
    for (let b = 0; b < B; b += 1) {
      const cols: number[] = [];
      const coefs: number[] = [];
      let most = 0;
      for (let k = 0; k < K; k += 1) {
        const yc = yCol[(k * B + b) * G + g]!;
        if (yc < 0 || ix.courses[k]!.days <= 0) continue;
        cols.push(yc);
        coefs.push(ix.courses[k]!.days);
        most += upper[yc]! * ix.courses[k]!.days;
      }
      const limit = release(g, b, false);
      if (most > limit + 1e-9) addRow(-INF, limit, cols, coefs);
    }
    for (let k = 0; k < K; k += 1) {
      const cols: number[] = [];
      let most = 0;
      for (let b = 0; b < B; b += 1) {
        const yc = yCol[(k * B + b) * G + g]!;
        if (yc < 0) continue;
        most += upper[yc]!;
        cols.push(yc);
      }
      if (most > needed(g, k)) addRow(-INF, needed(g, k), cols, cols.map(() => 1));
      // Rule 7: Σ_{b' ≤ b} y[k] ≤ Σ_{b' < b} y[j] (≤ b when buckets are years: a relaxation of the quarterly rule).
      for (const j of ix.prereq[k]!) {
        for (let b = 0; b < B; b += 1) {
          if (yCol[(k * B + b) * G + g]! < 0) continue;
          const rc: number[] = [];
          const rv: number[] = [];
          for (let q = 0; q <= b; q += 1) {
            const yk = yCol[(k * B + q) * G + g]!;
            if (yk >= 0) {
              rc.push(yk);
              rv.push(1);
            }
            const yj = yCol[(j * B + q) * G + g]!;
            if (yj >= 0 && (q < b || aggregateYears)) {
              rc.push(yj);
              rv.push(q < b ? -1 : -(opts.sameYearShare ?? 1));
            }
          }
          addRow(-INF, 0, rc, rv);
        }
      }
    }
  }

  return {
    numCols: cost.length,
    numRows: rowLo.length,
    colCost: Float64Array.from(cost),
    colLower: Float64Array.from(lower),
    colUpper: Float64Array.from(upper),
    integrality: Int32Array.from(integ),
    rowLower: Float64Array.from(rowLo),
    rowUpper: Float64Array.from(rowHi),
    starts: Int32Array.from(starts),
    indices: Int32Array.from(idx),
    values: Float64Array.from(val),
    buckets,
    xCol,
    yCol,
    fCol,
    uCol,
    yMost: Float64Array.from({ length: G * K }, (_, i) => needed(Math.floor(i / K), i % K)),
  };
}

/** Σ x[k, b] over the buckets of one calendar year ≤ the course's yearly limit, where the column bounds allow more. */
function yearlyRunRows(
  ix: Indexed,
  buckets: number[][],
  bucketYears: Set<string>[],
  xCol: Int32Array,
  upper: number[],
  addRow: (lo: number, hi: number, cols: number[], coefs: number[]) => void,
) {
  const B = buckets.length;
  for (let k = 0; k < ix.courses.length; k += 1) {
    const limit = ix.maxRunsPerYear[k]!;
    if (!Number.isFinite(limit)) continue;
    const byYear = new Map<string, number[]>();
    for (let b = 0; b < B; b += 1) {
      const xc = xCol[k * B + b]!;
      if (xc < 0 || bucketYears[b]!.size !== 1) continue; // a multi-year bucket is bounded by its column alone
      const year = [...bucketYears[b]!][0]!;
      byYear.set(year, [...(byYear.get(year) ?? []), xc]);
    }
    for (const cols of byYear.values()) {
      if (cols.reduce((n, c) => n + upper[c]!, 0) > limit) addRow(Number.NEGATIVE_INFINITY, limit, cols, cols.map(() => 1));
    }
  }
}

/** The same model with extra rows lo ≤ Σ coef · col ≤ hi appended (e.g. run counts per course from a guide). */
export function withRows(f: Formulation, rows: { lo: number; hi: number; cols: number[]; coefs: number[] }[]): Formulation {
  const starts = Array.from(f.starts);
  const indices = Array.from(f.indices);
  const values = Array.from(f.values);
  const lo = Array.from(f.rowLower);
  const hi = Array.from(f.rowUpper);
  for (const r of rows) {
    indices.push(...r.cols);
    values.push(...r.coefs);
    starts.push(indices.length);
    lo.push(r.lo);
    hi.push(r.hi);
  }
  return {
    ...f,
    numRows: lo.length,
    rowLower: Float64Array.from(lo),
    rowUpper: Float64Array.from(hi),
    starts: Int32Array.from(starts),
    indices: Int32Array.from(indices),
    values: Float64Array.from(values),
  };
}
