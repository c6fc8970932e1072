import type { TCostCategory, TFunctionalArea } from '@formasaun/shared';
import type { Tx } from '../../platform/db.js';
import { centreTrainerDays } from '../centre/trainer.lookups.js';
import { makeCapacityRepository } from './capacity.repository.js';
import { presentEnvelope, presentSettings } from './funding.presenter.js';
import { makeFundingRepository } from './funding.repository.js';

export interface PlanningEnvelope {
  id: string;
  sourceId: string;
  sourceName: string;
  sourceKind: 'government' | 'donor' | 'other';
  year: number;
  amount: number;
  status: 'pledged' | 'secured' | 'disbursed';
  /** Empty = any functional area. */
  functionalAreas: TFunctionalArea[];
  /** Empty = any cost category. */
  costCategories: TCostCategory[];
}

export interface FundingLookups {
  envelopes(tx: Tx, administrationId: string, years: number[]): Promise<PlanningEnvelope[]>;
  /** Periods without a figure are absent; the trainer pool's figures replace the manual ones when it has an active trainer. */
  trainerDays(tx: Tx, administrationId: string, periods: string[]): Promise<Record<string, number>>;
  /** releaseDays of a group = headcount × (byOrgUnit[unit] ?? defaultShare) × daysPerQuarter (see releaseDaysOf). */
  releaseShares(tx: Tx, administrationId: string): Promise<{ defaultShare: number; daysPerQuarter: number; byOrgUnit: Record<string, number> }>;
  currency(tx: Tx, administrationId: string): Promise<string>;
}

const funding = makeFundingRepository();
const capacity = makeCapacityRepository();

/** What planning reads of budgets and capacities; it never touches these tables itself. */
export const fundingLookups: FundingLookups = {
  async envelopes(tx, administrationId, years) {
    return (await funding.findEnvelopes(tx, administrationId, { years })).map((e) => {
      const { note: _note, ...envelope } = presentEnvelope(e);
      return envelope;
    });
  },
  /** Computed from the trainer pool when it has an active trainer; otherwise the manual figures. */
  async trainerDays(tx, administrationId, periods) {
    const pool = await centreTrainerDays(tx, administrationId, periods);
    if (pool) return Object.fromEntries(pool);
    return Object.fromEntries((await capacity.trainerDays(tx, administrationId, periods)).map((r) => [r.period, Number(r.days)]));
  },
  async releaseShares(tx, administrationId) {
    const settings = presentSettings(await funding.settings(tx, administrationId));
    const byOrgUnit = Object.fromEntries((await capacity.releaseShares(tx, administrationId)).map((s) => [s.orgUnitId, Number(s.share)]));
    return { defaultShare: settings.defaultReleaseShare, daysPerQuarter: settings.daysPerQuarter, byOrgUnit };
  },
  async currency(tx, administrationId) {
    return presentSettings(await funding.settings(tx, administrationId)).currency;
  },
};
