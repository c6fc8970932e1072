import { createHash } from 'node:crypto';
import type { TPlanningInstance } from '@formasaun/planner';
import type { InputsSnapshot } from './planning.instance.js';

/** JSON with object keys sorted: equal inputs give equal text whatever order they were read in. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : v,
  );
}

/** What a stored instance is compared by: instance and snapshot together. */
export function inputsHash(instance: TPlanningInstance, snapshot: InputsSnapshot): string {
  return createHash('sha256').update(canonicalJson({ instance, snapshot })).digest('hex');
}

const same = (a: unknown, b: unknown) => canonicalJson(a) === canonicalJson(b);

/**
 * The parts of the inputs that differ between the instance a plan was computed from and one built today,
 * in the words the plan page shows ("budgets", "courses", …).
 */
export function inputsChanged(
  stored: { instance: TPlanningInstance; snapshot: InputsSnapshot },
  fresh: { instance: TPlanningInstance; snapshot: InputsSnapshot },
): string[] {
  const a = stored.instance;
  const b = fresh.instance;
  const groupsOf = (i: TPlanningInstance) => i.groups.map(({ releaseDays: _r, ...g }) => g);
  const releaseOf = (i: TPlanningInstance) => Object.fromEntries(i.groups.map((g) => [g.id, g.releaseDays]));
  const earmarks = (s: InputsSnapshot) => s.envelopes.map(({ id, sourceId, functionalAreas, costCategories }) => ({ id, sourceId, functionalAreas, costCategories }));
  const amounts = (s: InputsSnapshot) => s.envelopes.map(({ id, amount }) => ({ id, amount }));
  // Amounts moving between envelopes of one year leave the budgets alone but change who pays.
  const funding = !same(earmarks(stored.snapshot), earmarks(fresh.snapshot)) || (same(a.budgets, b.budgets) && !same(amounts(stored.snapshot), amounts(fresh.snapshot)));
  const changes: [string, boolean][] = [
    ['periods', !same(a.periods, b.periods)],
    ['budgets', !same(a.budgets, b.budgets)],
    ['funding sources', funding],
    ['trainer-days', !same(a.trainerDays, b.trainerDays)],
    ['groups', !same(groupsOf(a), groupsOf(b))],
    ['release limits', !same(releaseOf(a), releaseOf(b))],
    ['courses', !same(a.courses, b.courses) || !same(stored.snapshot.courses, fresh.snapshot.courses)],
    ['pins', !same(a.pinned ?? [], b.pinned ?? []) || !same(a.forbidden ?? [], b.forbidden ?? [])],
  ];
  return changes.filter(([, changed]) => changed).map(([name]) => name);
}
