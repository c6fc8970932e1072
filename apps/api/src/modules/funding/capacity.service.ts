import { periodsOfYears, type TReleaseShares, type TReleaseSharesPut, type TTrainerDays, type TTrainerDaysPut } from '@formasaun/shared';
import { type Actor, requirePermission, tenantOf } from '../../platform/actor.js';
import type { Database, Tx } from '../../platform/db.js';
import { notFound } from '../../platform/errors.js';
import { centreTrainerDays } from '../centre/trainer.lookups.js';
import type { CapacityRepository } from './capacity.repository.js';
import { presentSettings } from './funding.presenter.js';
import type { FundingRepository } from './funding.repository.js';
import { requireCapacityRead } from './funding.service.js';

/** Checks that org units exist in the administration (the organisation context answers). */
export type OrgUnitExists = (tx: Tx, administrationId: string, id: string) => Promise<boolean>;

/**
 * Capacity inputs of planning: trainer-days per quarter (computed from the trainer pool when it has an active trainer,
 * the manual figures otherwise) and the share of each unit's staff that can be released at once.
 */
export function makeCapacityService(deps: { database: Database; capacity: CapacityRepository; funding: FundingRepository; orgUnitExists: OrgUnitExists }) {
  const { database, capacity, funding, orgUnitExists } = deps;

  async function readTrainerDays(tx: Tx, administrationId: string, fromYear: number, toYear: number): Promise<TTrainerDays> {
    const periods = periodsOfYears(fromYear, toYear);
    const pool = await centreTrainerDays(tx, administrationId, periods);
    if (pool) return { fromYear, toYear, periods: periods.map((period) => ({ period, days: pool.get(period) ?? 0, source: 'pool' as const })) };
    const found = new Map((await capacity.trainerDays(tx, administrationId, periods)).map((r) => [r.period, Number(r.days)]));
    // Manual figures carry no source, as before the pool existed (clients read a missing source as 'manual').
    return { fromYear, toYear, periods: periods.map((period) => ({ period, days: found.get(period) ?? null })) };
  }

  async function readShares(tx: Tx, administrationId: string): Promise<TReleaseShares> {
    const settings = presentSettings(await funding.settings(tx, administrationId));
    const shares = (await capacity.releaseShares(tx, administrationId)).map((s) => ({ orgUnitId: s.orgUnitId, share: Number(s.share) }));
    return { defaultShare: settings.defaultReleaseShare, daysPerQuarter: settings.daysPerQuarter, shares };
  }

  return {
    async getTrainerDays(actor: Actor, range: { fromYear: number; toYear: number }): Promise<TTrainerDays> {
      requireCapacityRead(actor);
      return database.transaction(tenantOf(actor), (tx) => readTrainerDays(tx, actor.administrationId, range.fromYear, range.toYear));
    },

    /** Writes the quarters given (null clears one) in one transaction; answers the years touched. */
    async putTrainerDays(actor: Actor, input: TTrainerDaysPut): Promise<TTrainerDays> {
      requirePermission(actor, 'FundingWrite');
      const entries = Object.entries(input.days);
      return database.transaction(tenantOf(actor), async (tx) => {
        const set = entries.filter((e): e is [string, number] => e[1] !== null).map(([period, days]) => ({ period, days }));
        await capacity.putTrainerDays(tx, actor.administrationId, set, entries.filter(([, d]) => d === null).map(([p]) => p));
        const years = entries.map(([p]) => Number(p.slice(0, 4)));
        return readTrainerDays(tx, actor.administrationId, Math.min(...years), Math.max(...years));
      });
    },

    async getReleaseShares(actor: Actor): Promise<TReleaseShares> {
      requireCapacityRead(actor);
      return database.transaction(tenantOf(actor), (tx) => readShares(tx, actor.administrationId));
    },

    /** Sets or clears (null) shares of the administration's own org units; any other unit id answers NOT_FOUND. */
    async putReleaseShares(actor: Actor, input: TReleaseSharesPut): Promise<TReleaseShares> {
      requirePermission(actor, 'FundingWrite');
      return database.transaction(tenantOf(actor), async (tx) => {
        for (const { orgUnitId } of input.shares) {
          if (!(await orgUnitExists(tx, actor.administrationId, orgUnitId))) throw notFound(`org unit ${orgUnitId}`);
        }
        const set = input.shares.filter((s): s is { orgUnitId: string; share: number } => s.share !== null);
        const cleared = input.shares.filter((s) => s.share === null).map((s) => s.orgUnitId);
        await capacity.putReleaseShares(tx, actor.administrationId, set, cleared);
        return readShares(tx, actor.administrationId);
      });
    },
  };
}
export type CapacityService = ReturnType<typeof makeCapacityService>;
