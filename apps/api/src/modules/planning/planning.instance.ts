import { type TCostCategory, type TFunctionalArea, type TPlanSettings, periodsOfYears } from '@formasaun/shared';
import type { TPlanningInstance } from '@formasaun/planner';
import type { NeedsForPlanning, PlanningCourse, PlanningEnvelope, ReleaseShares } from './planning.ports.js';

/** Everything a plan is built from, as read through the ports. */
export interface PlanningInputs {
  fromYear: number;
  toYear: number;
  settings: TPlanSettings;
  needs: NeedsForPlanning;
  courses: PlanningCourse[];
  envelopes: PlanningEnvelope[];
  trainerDays: Record<string, number>;
  release: ReleaseShares;
  /** Pins by course id (count 0 forbids). */
  pins: { courseId: string; period: string; count: number }[];
}

/** What the plan's figures need beyond the instance: names, categories, earmarks, stored with it. */
export interface InputsSnapshot {
  courses: Record<
    string,
    {
      id: string;
      titleEn: string;
      titlePt: string;
      functionalArea: TFunctionalArea;
      fixedCostByCategory: Record<TCostCategory, number>;
      costPerParticipantByCategory: Record<TCostCategory, number>;
      maxRunsPerYear: number | null;
    }
  >;
  groups: Record<string, { orgUnitId: string | null; orgUnitName: string; positionId: string | null; positionName: string }>;
  /** The envelopes counted under the plan's settings, amounts already scaled by the budget factor. */
  envelopes: (Omit<PlanningEnvelope, 'amount'> & { amount: number })[];
  /** Competency code → functional area. */
  areaOf: Record<string, string>;
}

export interface InputError {
  path: string;
  message: string;
}

export interface BuiltInstance {
  instance: TPlanningInstance;
  snapshot: InputsSnapshot;
  inputErrors: InputError[];
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/** Budget per year: the envelopes the settings count, scaled; a year with no envelope at all is an input error. */
function budgetsOf(inputs: PlanningInputs, years: string[], errors: InputError[]) {
  const { settings } = inputs;
  const excluded = new Set(settings.excludedSourceIds);
  const counted = inputs.envelopes
    .filter((e) => (e.status !== 'pledged' || settings.includePledged) && !excluded.has(e.sourceId))
    .map((e) => ({ ...e, amount: round2(e.amount * settings.budgetFactor) }));
  const budgets: Record<string, number> = {};
  for (const year of years) {
    if (!inputs.envelopes.some((e) => String(e.year) === year)) errors.push({ path: `budgets.${year}`, message: `no budget for ${year}` });
    budgets[year] = round2(counted.filter((e) => String(e.year) === year).reduce((n, e) => n + e.amount, 0));
  }
  return { budgets, envelopes: counted.filter((e) => years.includes(String(e.year))) };
}

/**
 * The planning instance of shared/PLANNING.md from the inputs: course ids are the course codes (readable in the CLI
 * and exports), group ids the needs context's "unit/position" codes. Missing inputs are errors naming them.
 */
export function buildInstance(inputs: PlanningInputs): BuiltInstance {
  const errors: InputError[] = [];
  const periods = periodsOfYears(inputs.fromYear, inputs.toYear);
  const years = [...new Set(periods.map((p) => p.slice(0, 4)))];
  const { budgets, envelopes } = budgetsOf(inputs, years, errors);

  const trainerDays: Record<string, number> = {};
  for (const p of periods) {
    const days = inputs.trainerDays[p];
    if (days === undefined) errors.push({ path: `trainerDays.${p}`, message: `no trainer-days entered for ${p}` });
    else trainerDays[p] = round2(days * inputs.settings.trainerDaysFactor);
  }

  const { release } = inputs;
  const groups = inputs.needs.groups.map((g) => ({
    id: g.id,
    size: g.size,
    releaseDays: Math.round(g.size * (release.byOrgUnit[g.orgUnitId] ?? release.defaultShare) * release.daysPerQuarter),
    gaps: g.gaps,
    weights: g.weights,
  }));
  if (groups.length === 0) errors.push({ path: 'groups', message: `the campaign "${inputs.needs.campaign.name}" has no target groups` });
  const gapCodes = new Set(groups.flatMap((g) => Object.entries(g.gaps).filter(([, v]) => v > 0).map(([c]) => c)));

  const active = [...inputs.courses].sort((a, b) => a.code.localeCompare(b.code));
  if (active.length === 0) errors.push({ path: 'courses', message: 'the catalogue has no active course' });
  const codeOf = new Map(active.map((c) => [c.id, c.code]));
  const courses = active.map((c) => {
    const raises: Record<string, number> = {};
    // A competency no group lacks changes nothing in the objective: leaving it out keeps the instance small.
    for (const r of c.raises) if (gapCodes.has(r.competencyCode)) raises[r.competencyCode] = r.levels;
    const eligible = new Set(c.eligiblePositionIds);
    const prerequisites = c.prerequisiteIds.flatMap((id) => (codeOf.has(id) ? [codeOf.get(id)!] : []));
    return {
      id: c.code,
      raises,
      days: c.days,
      capacity: c.capacity,
      minParticipants: c.minParticipants,
      fixedCost: c.fixedCost,
      costPerParticipant: c.costPerParticipant,
      trainerDays: c.trainerDays,
      ...(eligible.size > 0 ? { eligibleGroups: inputs.needs.groups.filter((g) => eligible.has(g.positionId)).map((g) => g.id) } : {}),
      ...(prerequisites.length > 0 ? { prerequisites } : {}),
      ...(c.maxRunsPerYear !== null ? { maxRunsPerYear: c.maxRunsPerYear } : {}),
    };
  });

  const pinned = inputs.pins.flatMap((pin, i) => {
    const code = codeOf.get(pin.courseId);
    if (!code) errors.push({ path: `pins[${i}].courseId`, message: `a pinned course (${pin.courseId}) is no longer active in the catalogue` });
    return code ? [{ course: code, period: pin.period, count: pin.count }] : [];
  });

  const instance: TPlanningInstance = { periods, budgets, trainerDays, groups, courses, ...(pinned.length > 0 ? { pinned } : {}) };
  const snapshot: InputsSnapshot = {
    courses: Object.fromEntries(
      active.map((c) => [
        c.code,
        {
          id: c.id,
          titleEn: c.titleEn,
          titlePt: c.titlePt,
          functionalArea: c.functionalArea,
          fixedCostByCategory: c.fixedCostByCategory,
          costPerParticipantByCategory: c.costPerParticipantByCategory,
          maxRunsPerYear: c.maxRunsPerYear,
        },
      ]),
    ),
    groups: Object.fromEntries(
      inputs.needs.groups.map((g) => [g.id, { orgUnitId: g.orgUnitId ?? null, orgUnitName: g.orgUnitName, positionId: g.positionId ?? null, positionName: g.positionName }]),
    ),
    envelopes,
    areaOf: inputs.needs.areaOf,
  };
  return { instance, snapshot, inputErrors: errors };
}
