import type { Clock } from '../../platform/clock.js';
import type { Database } from '../../platform/db.js';
import type { CompetencyLookups } from './needs.ports.js';

/** Builds the needs context: assessment campaigns, forms, consolidation, results and the hand-off to planning. */
export function makeNeedsModule(deps: { database: Database; clock: Clock; competency: CompetencyLookups }) {
  void deps;
  return {};
}
export type NeedsModule = ReturnType<typeof makeNeedsModule>;
