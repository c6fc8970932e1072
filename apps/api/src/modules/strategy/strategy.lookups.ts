import type { TStrategy } from '@formasaun/shared';
import type { Tx } from '../../platform/db.js';
import { presentStrategy } from './strategy.presenter.js';
import { makeStrategyRepository } from './strategy.repository.js';

const strategies = makeStrategyRepository();

/** What other contexts (the plan document, evaluation) read of strategies; they never touch these tables. */
export const strategyLookups = {
  /** The nested strategy (goals → objectives → KPIs), or undefined when the administration has no such strategy. */
  async strategy(tx: Tx, administrationId: string, strategyId: string): Promise<TStrategy | undefined> {
    const s = await strategies.find(tx, administrationId, strategyId);
    return s && presentStrategy(await strategies.tree(tx, administrationId, s));
  },
  /** The strategy covering the latest years (the newest when two start the same year), or undefined. */
  async latest(tx: Tx, administrationId: string): Promise<TStrategy | undefined> {
    const s = await strategies.findLatest(tx, administrationId);
    return s && presentStrategy(await strategies.tree(tx, administrationId, s));
  },
};
export type StrategyLookups = typeof strategyLookups;
