// checkPlan: every rule 1–7 of PLANNING.md plus pins and forbidden runs, each violation a sentence with its numbers.
import type { TPlan, TPlanningInstance, TViolation } from './contracts.js';
import { type Indexed, indexInstance, objectiveOf } from './indexed.js';

export interface TCheckResult {
  feasible: boolean;
  objective: number;
  violations: TViolation[];
}

/** Dense run counts and participants: x[k * P + p], y[(k * P + p) * G + g]. */
export interface Dense {
  x: Float64Array;
  y: Float64Array;
}

const fmt = (n: number) => n.toLocaleString('en-US', { maximumFractionDigits: 2 });
const EPS = 1e-6;
const over = (value: number, limit: number) => value > limit + EPS * Math.max(1, Math.abs(limit));

export function checkPlan(instance: TPlanningInstance, plan: Pick<TPlan, 'runs'>): TCheckResult {
  const ix = indexInstance(instance);
  const violations: TViolation[] = [];
  const dense = toDense(ix, plan, violations);
  violations.push(...checkDense(ix, dense));
  return { feasible: violations.length === 0, objective: objectiveOf(ix, totalsOf(ix, dense)), violations };
}

export function toDense(ix: Indexed, plan: Pick<TPlan, 'runs'>, violations: TViolation[] = []): Dense {
  const P = ix.periods.length;
  const G = ix.groups.length;
  const x = new Float64Array(ix.courses.length * P);
  const y = new Float64Array(ix.courses.length * P * G);
  const integral = (n: number) => Number.isInteger(n) && n >= 0;
  for (const run of plan.runs) {
    const k = ix.courseIndex.get(run.course);
    const p = ix.periodIndex.get(run.period);
    if (k === undefined || p === undefined) {
      const what = k === undefined ? `unknown course "${run.course}"` : `unknown period "${run.period}"`;
      violations.push({ code: 'unknown', message: `A run names ${what}.`, course: run.course, period: run.period });
      continue;
    }
    if (!integral(run.count)) {
      violations.push({ code: 'integer', message: `${run.course} in ${run.period}: run count ${run.count} is not a whole number ≥ 0.`, course: run.course, period: run.period });
    }
    x[k * P + p] = x[k * P + p]! + run.count;
    for (const [gid, n] of Object.entries(run.participants)) {
      const g = ix.groupIndex.get(gid);
      if (g === undefined) {
        violations.push({ code: 'unknown', message: `${run.course} in ${run.period} names unknown group "${gid}".`, course: run.course, period: run.period, group: gid });
        continue;
      }
      if (!integral(n)) {
        violations.push({ code: 'integer', message: `${run.course} in ${run.period}: ${fmt(n)} participants from ${gid} is not a whole number ≥ 0.`, course: run.course, period: run.period, group: gid });
      }
      y[(k * P + p) * G + g] = y[(k * P + p) * G + g]! + n;
    }
  }
  return { x, y };
}

/** Participants per group and course over all periods: totals[g * K + k]. */
export function totalsOf(ix: Indexed, d: Dense): Float64Array {
  const P = ix.periods.length;
  const G = ix.groups.length;
  const K = ix.courses.length;
  const totals = new Float64Array(G * K);
  for (let k = 0; k < K; k += 1) {
    for (let p = 0; p < P; p += 1) {
      const base = (k * P + p) * G;
      for (let g = 0; g < G; g += 1) totals[g * K + k] = totals[g * K + k]! + d.y[base + g]!;
    }
  }
  return totals;
}

export function checkDense(ix: Indexed, d: Dense): TViolation[] {
  const v: TViolation[] = [];
  const P = ix.periods.length;
  const G = ix.groups.length;
  const K = ix.courses.length;
  const spend = new Float64Array(ix.years.length);
  const trainer = new Float64Array(P);
  const release = new Float64Array(G * P);
  for (let k = 0; k < K; k += 1) {
    const course = ix.courses[k]!;
    for (let p = 0; p < P; p += 1) {
      const period = ix.periods[p]!;
      const x = d.x[k * P + p]!;
      const base = (k * P + p) * G;
      let n = 0;
      for (let g = 0; g < G; g += 1) {
        const y = d.y[base + g]!;
        if (y <= 0) continue;
        n += y;
        release[g * P + p] = release[g * P + p]! + course.days * y;
        if (!ix.isEligible[k * G + g]) {
          const group = ix.groups[g]!.id;
          v.push({ code: 'eligibility', message: `${course.id} in ${period}: group ${group} is not eligible (${fmt(y)} participants).`, course: course.id, period, group });
        }
      }
      const pin = ix.pinned[k * P + p]!;
      if (pin >= 0 && x !== pin) {
        v.push({ code: 'pinned', message: `${course.id} in ${period} is pinned to ${pin} runs but the plan has ${fmt(x)}.`, course: course.id, period });
      }
      if (x === 0 && n === 0) continue;
      const isForbidden = (ix.inst.forbidden ?? []).some((f) => f.course === course.id && f.period === period) || pin === 0;
      if (isForbidden && x > 0) {
        v.push({ code: 'forbidden', message: `${course.id} may not run in ${period} (forbidden) but the plan has ${fmt(x)} runs.`, course: course.id, period });
      } else if (course.periods && !course.periods.includes(period)) {
        v.push({ code: 'period', message: `${course.id} does not run in ${period}; its periods are ${course.periods.join(', ')}.`, course: course.id, period });
      }
      if (over(n, course.capacity * x)) {
        v.push({ code: 'capacity', message: `${course.id} in ${period}: ${fmt(n)} participants exceed ${fmt(x)} runs × capacity ${course.capacity} = ${fmt(course.capacity * x)}.`, course: course.id, period });
      }
      if (n < course.minParticipants * x - EPS) {
        v.push({ code: 'min-fill', message: `${course.id} in ${period}: ${fmt(n)} participants are below ${fmt(x)} runs × minimum ${course.minParticipants} = ${fmt(course.minParticipants * x)}.`, course: course.id, period });
      }
      if (x > ix.maxRuns[k]!) {
        v.push({ code: 'max-runs', message: `${course.id} in ${period}: ${fmt(x)} runs exceed the limit of ${ix.maxRuns[k]} per period.`, course: course.id, period });
      }
      const year = ix.yearOfPeriod[p]!;
      spend[year] = spend[year]! + course.fixedCost * x + course.costPerParticipant * n;
      trainer[p] = trainer[p]! + course.trainerDays * x;
    }
  }
  checkYearlyRuns(ix, d, v);
  ix.years.forEach((year, y) => {
    if (over(spend[y]!, ix.budget[y]!)) {
      v.push({ code: 'budget', message: `${year}: runs cost ${fmt(spend[y]!)} but the budget is ${fmt(ix.budget[y]!)}.`, year });
    }
  });
  ix.periods.forEach((period, p) => {
    if (over(trainer[p]!, ix.trainerDays[p]!)) {
      v.push({ code: 'trainer-days', message: `${period}: runs need ${fmt(trainer[p]!)} trainer-days but ${fmt(ix.trainerDays[p]!)} are available.`, period });
    }
  });
  for (let g = 0; g < G; g += 1) {
    const group = ix.groups[g]!;
    for (let p = 0; p < P; p += 1) {
      if (over(release[g * P + p]!, group.releaseDays)) {
        v.push({ code: 'release', message: `${group.id} in ${ix.periods[p]}: training takes ${fmt(release[g * P + p]!)} participant-days but the group can release ${fmt(group.releaseDays)}.`, group: group.id, period: ix.periods[p] });
      }
    }
    for (let k = 0; k < K; k += 1) checkCourseForGroup(ix, d, g, k, v);
  }
  return v;
}

/** The optional yearly run limit: a course's runs over all periods of one calendar year. */
function checkYearlyRuns(ix: Indexed, d: Dense, v: TViolation[]) {
  const P = ix.periods.length;
  ix.courses.forEach((course, k) => {
    const max = ix.maxRunsPerYear[k]!;
    if (!Number.isFinite(max)) return;
    const perYear = new Map<string, number>();
    for (let p = 0; p < P; p += 1) perYear.set(ix.calendarYear[p]!, (perYear.get(ix.calendarYear[p]!) ?? 0) + d.x[k * P + p]!);
    for (const [year, runs] of perYear) {
      if (runs > max) v.push({ code: 'max-runs-per-year', message: `course "${course.id}" runs ${fmt(runs)} times in ${year} but allows at most ${max} a year`, course: course.id, year });
    }
  });
}

/** Rules 6 (once each) and 7 (prerequisites completed in an earlier period) for one group and course. */
function checkCourseForGroup(ix: Indexed, d: Dense, g: number, k: number, v: TViolation[]) {
  const P = ix.periods.length;
  const G = ix.groups.length;
  const group = ix.groups[g]!;
  const course = ix.courses[k]!;
  let cum = 0;
  const done = ix.prereq[k]!.map(() => 0);
  let reported = false;
  for (let p = 0; p < P; p += 1) {
    cum += d.y[(k * P + p) * G + g]!;
    ix.prereq[k]!.forEach((j, i) => {
      if (!reported && over(cum, done[i]!)) {
        reported = true;
        const pre = ix.courses[j]!.id;
        v.push({ code: 'prerequisite', message: `${group.id}: ${fmt(cum)} officers take ${course.id} by ${ix.periods[p]} but only ${fmt(done[i]!)} completed its prerequisite ${pre} before that period.`, course: course.id, period: ix.periods[p], group: group.id });
      }
    });
    ix.prereq[k]!.forEach((j, i) => (done[i] = done[i]! + d.y[(j * P + p) * G + g]!));
  }
  if (over(cum, group.size)) {
    v.push({ code: 'once', message: `${group.id}: ${fmt(cum)} participants in ${course.id} exceed the group's ${group.size} officers (each takes a course once).`, course: course.id, group: group.id });
  }
}
