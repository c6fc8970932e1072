import {
  COST_CATEGORIES,
  FUNCTIONAL_AREAS,
  type TCostCategory,
  type TFunctionalArea,
  type TPlanDetail,
  type TPlanRun,
  type TPlanViolation,
} from '@formasaun/shared';
import { checkPlan, type TPlanningInstance, type TRun } from '@formasaun/planner';
import { allocateFunding, type CostItem } from './planning.funding.js';
import type { InputsSnapshot } from './planning.instance.js';
import type { PinRow, RunRow } from './planning.repository.js';

/** An instance with the names and costs behind it: what a plan's figures are computed against. */
export interface Basis {
  instance: TPlanningInstance;
  snapshot: InputsSnapshot;
}

export type PlanFigures = Pick<TPlanDetail, 'runs' | 'groups' | 'years' | 'sources' | 'areas' | 'units' | 'trainerDays'> & {
  totalCost: number;
  totalRuns: number;
  /** The runs in the instance's terms (course codes), for the check and the exports. */
  planRuns: TRun[];
};

const round2 = (n: number) => Math.round(n * 100) / 100;
const yearOf = (period: string) => period.slice(0, 4);
const isArea = (code: string | undefined): code is TFunctionalArea => (FUNCTIONAL_AREAS as readonly string[]).includes(code ?? '');
const zeroCategories = () => Object.fromEntries(COST_CATEGORIES.map((c) => [c, 0])) as Record<TCostCategory, number>;
const add = <K>(map: Map<K, number>, key: K, n: number) => map.set(key, (map.get(key) ?? 0) + n);

/** Course code of each stored run (runs keep course ids; instances name courses by code). */
export function codesById(...bases: (Basis | null | undefined)[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const b of bases.reverse()) for (const [code, c] of Object.entries(b?.snapshot.courses ?? {})) out.set(c.id, code);
  return out;
}

export function toPlanRuns(runs: RunRow[], codes: Map<string, string>): TRun[] {
  return runs.flatMap((r) => (codes.has(r.courseId) ? [{ course: codes.get(r.courseId)!, period: r.period, count: r.count, participants: r.participants }] : []));
}

/** Every aggregate of the plan page and documents, from the basis and the stored runs; `fallback` names courses the basis lost. */
export function planFigures(basis: Basis, stored: RunRow[], pins: PinRow[], fallback?: Basis | null): PlanFigures {
  const { instance, snapshot } = basis;
  const codes = codesById(basis, fallback);
  const courseOf = (code: string) => instance.courses.find((c) => c.id === code) ?? fallback?.instance.courses.find((c) => c.id === code);
  const metaOf = (code: string) => snapshot.courses[code] ?? fallback?.snapshot.courses[code];
  const pinned = new Set(pins.filter((p) => p.count > 0).map((p) => `${p.courseId}@${p.period}`));
  const sourceNames = new Map(snapshot.envelopes.map((e) => [e.sourceId, e.sourceName]));

  const items: CostItem[] = [];
  const costed = stored.flatMap((r) => {
    const code = codes.get(r.courseId);
    const course = code ? courseOf(code) : undefined;
    const meta = code ? metaOf(code) : undefined;
    if (!code || !course || !meta) return [];
    const total = Object.values(r.participants).reduce((n, v) => n + v, 0);
    const byCategory = zeroCategories();
    for (const c of COST_CATEGORIES) {
      byCategory[c] = (meta.fixedCostByCategory[c] ?? 0) * r.count + (meta.costPerParticipantByCategory[c] ?? 0) * total;
      items.push({ run: `${code}@${r.period}`, year: yearOf(r.period), area: meta.functionalArea, category: c, amount: byCategory[c] });
    }
    return [{ r, code, course, meta, total, byCategory, cost: course.fixedCost * r.count + course.costPerParticipant * total }];
  });
  const funding = allocateFunding(
    items,
    snapshot.envelopes.map((e) => ({ ...e, year: String(e.year) })),
  );

  const runs: TPlanRun[] = costed
    .map(({ r, code, meta, total, cost }) => ({
      courseId: r.courseId,
      courseCode: code,
      titleEn: meta.titleEn,
      titlePt: meta.titlePt,
      functionalArea: meta.functionalArea,
      period: r.period,
      count: r.count,
      participants: r.participants,
      totalParticipants: total,
      cost: round2(cost),
      pinned: pinned.has(`${r.courseId}@${r.period}`),
      funding: [...(funding.byRun.get(`${code}@${r.period}`) ?? new Map<string, number>())]
        .map(([sourceId, amount]) => ({ sourceId, sourceName: sourceNames.get(sourceId) ?? '', amount: round2(amount) }))
        .sort((a, b) => b.amount - a.amount),
    }))
    .sort((a, b) => a.period.localeCompare(b.period) || a.courseCode.localeCompare(b.courseCode));

  // Participants of each group in each course, over all periods: what closes its gaps.
  const taken = new Map<string, Map<string, number>>();
  for (const { r, code } of costed) {
    for (const [g, n] of Object.entries(r.participants)) add(taken.get(g) ?? taken.set(g, new Map()).get(g)!, code, n);
  }
  const areaBefore = new Map<string, number>();
  const areaClosed = new Map<string, number>();
  const unitCells = new Map<string, { orgUnitId: string | null; orgUnitName: string; area: TFunctionalArea; before: number; closed: number }>();
  const groups = instance.groups.map((g) => {
    const meta = snapshot.groups[g.id] ?? { orgUnitId: null, orgUnitName: g.id, positionId: null, positionName: '' };
    const inCourses = taken.get(g.id) ?? new Map<string, number>();
    let before = 0;
    let closed = 0;
    for (const [competency, gap] of Object.entries(g.gaps)) {
      const weight = g.weights?.[competency] ?? 1;
      let raised = 0;
      for (const [code, n] of inCourses) raised += (courseOf(code)?.raises[competency] ?? 0) * n;
      const cellBefore = weight * g.size * gap;
      const cellClosed = weight * Math.min(g.size * gap, raised);
      before += cellBefore;
      closed += cellClosed;
      const area = snapshot.areaOf[competency];
      if (!isArea(area)) continue;
      add(areaBefore, area, cellBefore);
      add(areaClosed, area, cellClosed);
      const key = `${meta.orgUnitId ?? meta.orgUnitName}\u0000${area}`;
      const cell = unitCells.get(key) ?? { orgUnitId: meta.orgUnitId, orgUnitName: meta.orgUnitName, area, before: 0, closed: 0 };
      cell.before += cellBefore;
      cell.closed += cellClosed;
      unitCells.set(key, cell);
    }
    return {
      id: g.id,
      orgUnitId: meta.orgUnitId,
      orgUnitName: meta.orgUnitName,
      positionName: meta.positionName,
      size: g.size,
      releaseDays: Math.round(g.releaseDays),
      participants: [...inCourses.values()].reduce((n, v) => n + v, 0),
      gapBefore: round2(before),
      gapClosed: round2(closed),
    };
  });

  const years = [...new Set(instance.periods.map(yearOf))].map((year) => {
    const inYear = costed.filter((c) => yearOf(c.r.period) === year);
    const byCategory = zeroCategories();
    for (const c of inYear) for (const k of COST_CATEGORIES) byCategory[k] += c.byCategory[k];
    return {
      year,
      budget: round2(instance.budgets[year] ?? 0),
      cost: round2(inYear.reduce((n, c) => n + c.cost, 0)),
      byCategory: Object.fromEntries(COST_CATEGORIES.map((k) => [k, round2(byCategory[k])])) as Record<TCostCategory, number>,
      runs: inYear.reduce((n, c) => n + c.r.count, 0),
      participants: inYear.reduce((n, c) => n + c.total, 0),
      unfunded: round2(funding.unfundedByYear.get(year) ?? 0),
    };
  });

  const sourceIds = [...new Set(snapshot.envelopes.map((e) => e.sourceId))];
  const sources = sourceIds.map((sourceId) => {
    const byYear: Record<string, { available: number; allocated: number }> = {};
    for (const e of snapshot.envelopes.filter((x) => x.sourceId === sourceId)) {
      const y = (byYear[String(e.year)] ??= { available: 0, allocated: 0 });
      y.available = round2(y.available + e.amount);
      y.allocated = round2(y.allocated + (funding.byEnvelope.get(e.id) ?? 0));
    }
    return { sourceId, sourceName: sourceNames.get(sourceId) ?? '', byYear };
  });

  const trainerDays = Object.fromEntries(
    instance.periods.map((p) => [
      p,
      { available: instance.trainerDays[p] ?? 0, used: round2(costed.filter((c) => c.r.period === p).reduce((n, c) => n + c.course.trainerDays * c.r.count, 0)) },
    ]),
  );

  return {
    runs,
    groups,
    years,
    sources,
    areas: FUNCTIONAL_AREAS.filter((a) => areaBefore.has(a) || areaClosed.has(a)).map((a) => ({
      functionalArea: a,
      gapBefore: round2(areaBefore.get(a) ?? 0),
      gapClosed: round2(areaClosed.get(a) ?? 0),
    })),
    units: [...unitCells.values()]
      .sort((a, b) => a.orgUnitName.localeCompare(b.orgUnitName) || FUNCTIONAL_AREAS.indexOf(a.area) - FUNCTIONAL_AREAS.indexOf(b.area))
      .map((c) => ({ orgUnitId: c.orgUnitId, orgUnitName: c.orgUnitName, functionalArea: c.area, gapBefore: round2(c.before), gapAfter: round2(c.before - c.closed) })),
    trainerDays,
    totalCost: round2(costed.reduce((n, c) => n + c.cost, 0)),
    totalRuns: costed.reduce((n, c) => n + c.r.count, 0),
    planRuns: costed.map(({ r, code }) => ({ course: code, period: r.period, count: r.count, participants: r.participants })),
  };
}

/** The optimiser's check of the runs (yearly run limits included, since the instance carries them). */
export function violationsOf(basis: Basis, runs: TRun[]): { violations: TPlanViolation[]; objective: number } {
  const checked = checkPlan(basis.instance, { runs });
  return { violations: checked.violations.map((v) => ({ ...v })), objective: checked.objective };
}
