import { type Actor, can, officerScope } from '../../platform/actor.js';
import { forbidden } from '../../platform/errors.js';

/** Whose results an actor may read: the administration (with or without names), supervised subtrees, or one officer. */
export type ResultsScope =
  | { kind: 'all'; hasNames: boolean }
  | { kind: 'subtree'; roots: string[] }
  | { kind: 'self'; officerId: string | null };

/** Managers read everything, supervisors their subtrees, officers their own profile, programme viewers aggregates only. */
export function resultsScope(actor: Actor): ResultsScope {
  switch (officerScope(actor)) {
    case 'administration':
      return { kind: 'all', hasNames: true };
    case 'subtree':
      return { kind: 'subtree', roots: actor.supervisedOrgUnitIds };
    case 'self':
      if (can(actor, 'AggregateRead')) return { kind: 'all', hasNames: false };
      return { kind: 'self', officerId: actor.officerId };
    case 'none':
      if (can(actor, 'AggregateRead')) return { kind: 'all', hasNames: false };
      return { kind: 'self', officerId: null };
  }
}

/** CampaignRead sees every campaign; a programme viewer (AggregateRead only) the closed ones whose results it may read. */
export function readsClosedOnly(actor: Actor): boolean {
  if (can(actor, 'CampaignRead')) return false;
  if (can(actor, 'AggregateRead')) return true;
  throw forbidden('missing permission CampaignRead');
}

/** Aggregates (heatmap, ranked needs, comparison) are for managers, supervisors and programme viewers, not for officers. */
export function aggregateScope(actor: Actor): Exclude<ResultsScope, { kind: 'self' }> {
  const scope = resultsScope(actor);
  if (scope.kind === 'self' || !(can(actor, 'NeedsRead') || can(actor, 'AggregateRead'))) throw forbidden('aggregates are not available to this role');
  return scope;
}

/** Names of officers: managers and supervisors (their subtree) only, never programme viewers. */
export function namedScope(actor: Actor): Exclude<ResultsScope, { kind: 'self' }> {
  const scope = aggregateScope(actor);
  if (scope.kind === 'all' && !scope.hasNames) throw forbidden('officer names are not available to this role');
  if (!can(actor, 'NeedsRead')) throw forbidden('missing permission NeedsRead');
  return scope;
}

export type FormAccess = 'edit' | 'read' | 'none';

/** Its officer edits a self form, its assessor a supervisor form, the training manager reads; nobody else sees it. */
export function formAccess(actor: Actor, form: { kind: string; officerId: string; assessorOfficerId: string | null }): FormAccess {
  const mine = actor.officerId !== null;
  if (form.kind === 'self' && mine && form.officerId === actor.officerId && can(actor, 'AssessmentSelf')) return 'edit';
  if (form.kind === 'supervisor' && mine && form.assessorOfficerId === actor.officerId && can(actor, 'AssessmentSupervise')) return 'edit';
  if (can(actor, 'CampaignManage')) return 'read';
  return 'none';
}
