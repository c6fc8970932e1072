import { COST_CATEGORIES, FUNCTIONAL_AREAS, type TCostCategory, type TCourseCreate, type TFunctionalArea } from '@formasaun/shared';

/** A course as the catalogue holds it: what was written plus its id and timestamps. */
export type CourseData = TCourseCreate;
export interface CourseRecord extends CourseData {
  id: string;
  createdAt: string;
  updatedAt: string;
}

const cents = (n: number) => Math.round(n * 100) / 100;
export const sumCosts = (byCategory: Record<TCostCategory, number>) => cents(COST_CATEGORIES.reduce((s, c) => s + (byCategory[c] ?? 0), 0));

/** What one run costs and consumes, derived from the written fields. */
export function courseTotals(c: Pick<CourseData, 'days' | 'trainersPerRun' | 'trainerDays' | 'capacity' | 'fixedCostByCategory' | 'costPerParticipantByCategory'>) {
  const fixedCost = sumCosts(c.fixedCostByCategory);
  const costPerParticipant = sumCosts(c.costPerParticipantByCategory);
  return {
    fixedCost,
    costPerParticipant,
    fullRunCost: cents(fixedCost + c.capacity * costPerParticipant),
    trainerDays: c.trainerDays ?? c.days * c.trainersPerRun,
  };
}

/**
 * The first cycle found in a prerequisite graph (course id → the ids it requires), as a closed path
 * [a, b, …, a]; null when the graph is acyclic. Ids missing from the map count as courses without prerequisites.
 */
export function findCycle(requires: ReadonlyMap<string, readonly string[]>): string[] | null {
  const state = new Map<string, 'open' | 'done'>();
  const path: string[] = [];
  // Iterative depth-first search: a long prerequisite chain must not overflow the stack.
  for (const start of [...requires.keys()].sort()) {
    if (state.has(start)) continue;
    const stack: { id: string; next: number }[] = [{ id: start, next: 0 }];
    state.set(start, 'open');
    path.push(start);
    while (stack.length) {
      const top = stack[stack.length - 1]!;
      const deps = requires.get(top.id) ?? [];
      if (top.next >= deps.length) {
        state.set(top.id, 'done');
        stack.pop();
        path.pop();
        continue;
      }
      const dep = deps[top.next++]!;
      const s = state.get(dep);
      if (s === 'open') return [...path.slice(path.indexOf(dep)), dep];
      if (s === 'done') continue;
      state.set(dep, 'open');
      path.push(dep);
      stack.push({ id: dep, next: 0 });
    }
  }
  return null;
}

/** Lower-case, accents removed: "Classificação" is found by "classificacao". */
export const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

export function matchesFilter(c: CourseData, f: { functionalArea?: TFunctionalArea; status?: CourseData['status']; search?: string }): boolean {
  if (f.functionalArea && c.functionalArea !== f.functionalArea) return false;
  if (f.status && c.status !== f.status) return false;
  const q = f.search ? fold(f.search.trim()) : '';
  if (!q) return true;
  const haystack = [c.code, c.titleEn, c.titlePt, c.summaryEn, c.summaryPt, ...c.raises.map((r) => r.competencyCode)];
  return haystack.some((h) => fold(h).includes(q));
}

const areaRank = new Map<string, number>(FUNCTIONAL_AREAS.map((a, i) => [a, i]));
/** Catalogue order: functional area in framework order, then code. */
export const byAreaThenCode = (a: Pick<CourseData, 'functionalArea' | 'code'>, b: Pick<CourseData, 'functionalArea' | 'code'>) =>
  (areaRank.get(a.functionalArea) ?? 99) - (areaRank.get(b.functionalArea) ?? 99) || a.code.localeCompare(b.code, 'en', { numeric: true });
