import type { Clock } from '../../platform/clock.js';
import type { Database } from '../../platform/db.js';
import { makeStrategyItemsService } from './strategy-items.service.js';
import { makeStrategyRepository } from './strategy.repository.js';
import { makeStrategyService } from './strategy.service.js';

export { strategyLookups, type StrategyLookups } from './strategy.lookups.js';

/** Builds the strategy context: strategies with goals → measurable objectives → KPIs and their targets per year. */
export function makeStrategyModule(deps: { database: Database; clock: Clock }) {
  const { database, clock } = deps;
  const strategies = makeStrategyRepository();
  const strategyService = makeStrategyService({ database, strategies, clock });
  return {
    strategies: strategyService,
    items: makeStrategyItemsService({ database, strategies, strategyService, clock }),
  };
}
export type StrategyModule = ReturnType<typeof makeStrategyModule>;
