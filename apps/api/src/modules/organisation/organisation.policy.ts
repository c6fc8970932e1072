import { type Actor, officerScope } from '../../platform/actor.js';
import type { Tx } from '../../platform/db.js';
import type { OfficerVisibility } from './officer.repository.js';
import type { OrgUnitRepository } from './org-unit.repository.js';

/** Officer visibility: managers see the administration, supervisors their subtrees, officers and trainers themselves. */
export async function officerVisibility(tx: Tx, actor: Actor, orgUnits: OrgUnitRepository): Promise<OfficerVisibility> {
  switch (officerScope(actor)) {
    case 'administration':
      return { kind: 'all' };
    case 'subtree':
      return { kind: 'units', unitIds: await orgUnits.subtreeIds(tx, actor.administrationId, actor.supervisedOrgUnitIds) };
    case 'self':
      return { kind: 'self', officerId: actor.officerId };
    case 'none':
      return { kind: 'self', officerId: null };
  }
}
