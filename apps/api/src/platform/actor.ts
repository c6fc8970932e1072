import type { TOfficerScope, TPermission, TRole } from '@formasaun/shared';
import { officerScopeOf, permissionsOf } from '@formasaun/shared';
import { forbidden } from './errors.js';

/** Who is acting: services receive this, never a request. */
export interface Actor {
  userId: string;
  /** The administration the actor works in now; every query is scoped to it. */
  administrationId: string;
  roles: TRole[];
  permissions: ReadonlySet<TPermission>;
  officerId: string | null;
  /** Roots of the org-unit subtrees a supervisor may see. */
  supervisedOrgUnitIds: string[];
}

export function makeActor(a: Omit<Actor, 'permissions'>): Actor {
  return { ...a, permissions: permissionsOf(a.roles) };
}

export function can(actor: Actor, permission: TPermission): boolean {
  return actor.permissions.has(permission);
}

export function requirePermission(actor: Actor, permission: TPermission): void {
  if (!can(actor, permission)) throw forbidden(`missing permission ${permission}`);
}

export const officerScope = (actor: Actor): TOfficerScope => officerScopeOf(actor.roles);

/** Unit of work scope: RLS sees the actor's administration only. */
export const tenantOf = (actor: Actor) => ({ administrationId: actor.administrationId });
