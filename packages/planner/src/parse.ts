// parseInstance: the zod shape first, then the semantic rules of PLANNING.md, each error naming its field.
import { type TInputError, type TPlanningInstance, ZPlanningInstance } from './contracts.js';

export type TParseResult = { ok: true; instance: TPlanningInstance } | { ok: false; errors: TInputError[] };

/** The year of a period is the text before "Q" (PLANNING.md). */
export function yearOf(period: string): string {
  const q = period.indexOf('Q');
  return q > 0 ? period.slice(0, q) : period;
}

function zodPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out ? `.${String(part)}` : String(part);
  }
  return out || '(instance)';
}

export function parseInstance(json: unknown): TParseResult {
  const shaped = ZPlanningInstance.safeParse(json);
  if (!shaped.success) {
    return { ok: false, errors: shaped.error.issues.map((i) => ({ path: zodPath(i.path), message: i.message })) };
  }
  const instance = shaped.data;
  const errors = semanticErrors(instance);
  return errors.length ? { ok: false, errors } : { ok: true, instance };
}

function duplicates(ids: string[], field: string, errors: TInputError[]) {
  const seen = new Set<string>();
  ids.forEach((id, i) => {
    if (seen.has(id)) errors.push({ path: `${field}[${i}]`, message: `duplicate id "${id}"` });
    seen.add(id);
  });
}

function semanticErrors(inst: TPlanningInstance): TInputError[] {
  const errors: TInputError[] = [];
  const push = (path: string, message: string) => errors.push({ path, message });
  duplicates(inst.periods, 'periods', errors);
  duplicates(inst.groups.map((g) => g.id), 'groups', errors);
  duplicates(inst.courses.map((c) => c.id), 'courses', errors);
  const periods = new Set(inst.periods);
  const groups = new Set(inst.groups.map((g) => g.id));
  const courses = new Map(inst.courses.map((c) => [c.id, c]));

  inst.periods.forEach((p, i) => {
    if (p.indexOf('Q') <= 0) push(`periods[${i}]`, `period "${p}" must be a year followed by "Q", e.g. 2017Q1`);
    const year = yearOf(p);
    if (inst.budgets[year] === undefined) push(`budgets.${year}`, `budgets.${year} is missing (period ${p} falls in ${year})`);
    if (inst.trainerDays[p] === undefined) push(`trainerDays.${p}`, `trainerDays.${p} is missing`);
  });
  // A missing year is reported once, not once per quarter.
  const unique = errors.filter((e, i) => errors.findIndex((f) => f.path === e.path) === i);
  errors.splice(0, errors.length, ...unique);

  inst.courses.forEach((c, i) => {
    if (c.capacity < c.minParticipants) {
      push(`courses[${i}].capacity`, `course "${c.id}": capacity ${c.capacity} is below its minimum of ${c.minParticipants} participants`);
    }
    c.prerequisites?.forEach((j, n) => {
      if (!courses.has(j)) push(`courses[${i}].prerequisites[${n}]`, `course "${c.id}" requires unknown course "${j}"`);
      else if (j === c.id) push(`courses[${i}].prerequisites[${n}]`, `course "${c.id}" requires itself`);
    });
    c.eligibleGroups?.forEach((g, n) => {
      if (!groups.has(g)) push(`courses[${i}].eligibleGroups[${n}]`, `course "${c.id}" names unknown group "${g}"`);
    });
    c.periods?.forEach((p, n) => {
      if (!periods.has(p)) push(`courses[${i}].periods[${n}]`, `course "${c.id}" names period "${p}", which is not in periods`);
    });
  });
  const cycle = findCycle(inst);
  if (cycle) {
    const at = inst.courses.findIndex((c) => c.id === cycle[0]);
    push(`courses[${at}].prerequisites`, `cyclic prerequisites: ${cycle.join(' → ')}`);
  }
  const pinnedKeys = new Map<string, number>();
  inst.pinned?.forEach((pin, i) => {
    const course = courses.get(pin.course);
    if (!course) push(`pinned[${i}].course`, `pinned run names unknown course "${pin.course}"`);
    if (!periods.has(pin.period)) push(`pinned[${i}].period`, `pinned run names unknown period "${pin.period}"`);
    const key = `${pin.course}@${pin.period}`;
    if (pinnedKeys.has(key)) push(`pinned[${i}]`, `course "${pin.course}" in ${pin.period} is pinned twice`);
    pinnedKeys.set(key, pin.count);
    if (!course || pin.count === 0) return;
    if (course.periods && !course.periods.includes(pin.period)) {
      push(`pinned[${i}].period`, `course "${pin.course}" is pinned in ${pin.period}, which is not one of its periods`);
    }
    if (course.maxRunsPerPeriod !== undefined && pin.count > course.maxRunsPerPeriod) {
      push(`pinned[${i}].count`, `course "${pin.course}" is pinned to ${pin.count} runs in ${pin.period} but allows at most ${course.maxRunsPerPeriod}`);
    }
  });
  pinnedPerYear(inst, errors);
  inst.forbidden?.forEach((f, i) => {
    if (!courses.has(f.course)) push(`forbidden[${i}].course`, `forbidden run names unknown course "${f.course}"`);
    if (!periods.has(f.period)) push(`forbidden[${i}].period`, `forbidden run names unknown period "${f.period}"`);
    if ((pinnedKeys.get(`${f.course}@${f.period}`) ?? 0) > 0) {
      push(`forbidden[${i}]`, `course "${f.course}" in ${f.period} is both pinned and forbidden`);
    }
  });
  return errors;
}

/** Pins are exact, so pinned runs of one course in one year above its yearly limit can never be met. */
function pinnedPerYear(inst: TPlanningInstance, errors: TInputError[]) {
  const limits = new Map(inst.courses.map((c, i) => [c.id, { max: c.maxRunsPerYear, i }]));
  const totals = new Map<string, number>();
  for (const pin of inst.pinned ?? []) totals.set(`${pin.course}@${yearOf(pin.period)}`, (totals.get(`${pin.course}@${yearOf(pin.period)}`) ?? 0) + pin.count);
  for (const [key, runs] of totals) {
    const [course, year] = key.split('@') as [string, string];
    const limit = limits.get(course);
    if (limit?.max !== undefined && runs > limit.max) {
      errors.push({ path: `courses[${limit.i}].maxRunsPerYear`, message: `course "${course}" is pinned to ${runs} runs in ${year} but allows at most ${limit.max} a year` });
    }
  }
}

/** Depth-first search over prerequisites; returns the cycle as ids (first repeated at the end) or null. */
function findCycle(inst: TPlanningInstance): string[] | null {
  const requires = new Map(inst.courses.map((c) => [c.id, c.prerequisites ?? []]));
  const state = new Map<string, 1 | 2>();
  const stack: string[] = [];
  const visit = (id: string): string[] | null => {
    state.set(id, 1);
    stack.push(id);
    for (const j of requires.get(id) ?? []) {
      if (!requires.has(j) || j === id) continue;
      if (state.get(j) === 1) return [...stack.slice(stack.indexOf(j)), j];
      if (!state.has(j)) {
        const found = visit(j);
        if (found) return found;
      }
    }
    stack.pop();
    state.set(id, 2);
    return null;
  };
  for (const c of inst.courses) {
    if (state.has(c.id)) continue;
    const found = visit(c.id);
    if (found) return found;
  }
  return null;
}
