import type {
  TEnvelope,
  TEnvelopeInput,
  TEnvelopeUpdate,
  TFundingSettings,
  TFundingSettingsUpdate,
  TFundingSource,
  TFundingSourceInput,
  TFundingSourceKind,
  TFundingSourceUpdate,
  TFundingTotals,
} from '@formasaun/shared';
import { ZEnvelopeInput, ZFundingSourceInput } from '@formasaun/shared';
import type { z } from 'zod';
import { type Actor, can, requirePermission, tenantOf } from '../../platform/actor.js';
import type { Database, Tx } from '../../platform/db.js';
import { conflict, forbidden, invalid, notFound } from '../../platform/errors.js';
import { normaliseAreas, normaliseCategories, presentEnvelope, presentSettings, presentSource } from './funding.presenter.js';
import type { FundingRepository } from './funding.repository.js';
import { totalsOf } from './funding.totals.js';

/** Capacity inputs are read by funding and by planning people alike. */
export function requireCapacityRead(actor: Actor) {
  if (!can(actor, 'FundingRead') && !can(actor, 'PlanRead')) throw forbidden('missing permission FundingRead or PlanRead');
}

/** Services also take input from the demo generator, which skips the route's validation. */
function parsed<S extends z.ZodType>(schema: S, raw: unknown): z.output<S> {
  const result = schema.safeParse(raw);
  if (result.success) return result.data;
  throw invalid('the request is not valid', result.error.issues.map((i) => ({ path: ['body', ...i.path.map(String)].join('.'), message: i.message })));
}

export function makeFundingService(deps: { database: Database; funding: FundingRepository }) {
  const { database, funding } = deps;

  async function sourceNameFree(tx: Tx, administrationId: string, name: string, exceptId: string | null) {
    if (await funding.sourceNamed(tx, administrationId, name, exceptId)) {
      throw conflict(`a funding source named "${name}" exists already`, [{ path: 'body.name', message: 'already used by another source' }]);
    }
  }

  /** Envelopes are unique per source, year and earmarks (as sets): a second one would count the money twice. */
  async function envelopeFree(tx: Tx, administrationId: string, e: { sourceId: string; year: number; functionalAreas: string[]; costCategories: string[] }, exceptId: string | null) {
    const same = await funding.sameEarmarks(tx, administrationId, e, exceptId);
    if (same) throw conflict(`this source already has an envelope for ${e.year} with the same earmarks; change its amount instead`, { envelopeId: same.id });
  }

  async function sourceOf(tx: Tx, administrationId: string, id: string) {
    const source = await funding.findSource(tx, administrationId, id);
    if (!source) throw notFound('funding source');
    return source;
  }

  async function presentSources(tx: Tx, administrationId: string): Promise<TFundingSource[]> {
    const sources = await funding.findSources(tx, administrationId);
    const totals = totalsOf('', await funding.amounts(tx, administrationId), sources.map((s) => ({ id: s.id, name: s.name, kind: s.kind as TFundingSourceKind })));
    const counts = new Map<string, number>();
    for (const e of await funding.findEnvelopes(tx, administrationId)) counts.set(e.sourceId, (counts.get(e.sourceId) ?? 0) + 1);
    return sources.map((s, i) => presentSource(s, counts.get(s.id) ?? 0, totals.sources[i]!.totals));
  }

  return {
    async getSettings(actor: Actor): Promise<TFundingSettings> {
      requireCapacityRead(actor);
      return database.transaction(tenantOf(actor), async (tx) => presentSettings(await funding.settings(tx, actor.administrationId)));
    },

    async updateSettings(actor: Actor, input: TFundingSettingsUpdate): Promise<TFundingSettings> {
      requirePermission(actor, 'FundingWrite');
      return database.transaction(tenantOf(actor), async (tx) => {
        const values = Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined));
        if (Object.keys(values).length) await funding.upsertSettings(tx, actor.administrationId, values);
        return presentSettings(await funding.settings(tx, actor.administrationId));
      });
    },

    async findSources(actor: Actor): Promise<TFundingSource[]> {
      requirePermission(actor, 'FundingRead');
      return database.transaction(tenantOf(actor), (tx) => presentSources(tx, actor.administrationId));
    },

    async getSource(actor: Actor, id: string): Promise<TFundingSource> {
      requirePermission(actor, 'FundingRead');
      return database.transaction(tenantOf(actor), async (tx) => {
        await sourceOf(tx, actor.administrationId, id);
        return (await presentSources(tx, actor.administrationId)).find((s) => s.id === id)!;
      });
    },

    async createSource(actor: Actor, raw: TFundingSourceInput): Promise<TFundingSource> {
      requirePermission(actor, 'FundingWrite');
      const input = parsed(ZFundingSourceInput, raw);
      return database.transaction(tenantOf(actor), async (tx) => {
        await sourceNameFree(tx, actor.administrationId, input.name, null);
        const row = await funding.insertSource(tx, { administrationId: actor.administrationId, ...input });
        return presentSource(row, 0, { pledged: 0, secured: 0, disbursed: 0, total: 0 });
      });
    },

    async updateSource(actor: Actor, id: string, input: TFundingSourceUpdate): Promise<TFundingSource> {
      requirePermission(actor, 'FundingWrite');
      return database.transaction(tenantOf(actor), async (tx) => {
        await sourceOf(tx, actor.administrationId, id);
        if (input.name) await sourceNameFree(tx, actor.administrationId, input.name, id);
        await funding.updateSource(tx, actor.administrationId, id, input);
        return (await presentSources(tx, actor.administrationId)).find((s) => s.id === id)!;
      });
    },

    /** A source with envelopes stays: deleting it would silently drop money from the budgets. */
    async deleteSource(actor: Actor, id: string): Promise<void> {
      requirePermission(actor, 'FundingWrite');
      await database.transaction(tenantOf(actor), async (tx) => {
        const source = await sourceOf(tx, actor.administrationId, id);
        const n = await funding.countEnvelopes(tx, actor.administrationId, id);
        if (n > 0) throw conflict(`"${source.name}" still has ${n} budget envelope(s); delete them first`);
        await funding.deleteSource(tx, actor.administrationId, id);
      });
    },

    async findEnvelopes(actor: Actor, filter: { year?: number; sourceId?: string }): Promise<TEnvelope[]> {
      requirePermission(actor, 'FundingRead');
      return database.transaction(tenantOf(actor), async (tx) => (await funding.findEnvelopes(tx, actor.administrationId, filter)).map(presentEnvelope));
    },

    async createEnvelope(actor: Actor, raw: TEnvelopeInput): Promise<TEnvelope> {
      requirePermission(actor, 'FundingWrite');
      const input = parsed(ZEnvelopeInput, raw);
      return database.transaction(tenantOf(actor), async (tx) => {
        await sourceOf(tx, actor.administrationId, input.sourceId);
        const values = { ...input, functionalAreas: normaliseAreas(input.functionalAreas), costCategories: normaliseCategories(input.costCategories) };
        await envelopeFree(tx, actor.administrationId, values, null);
        const row = await funding.insertEnvelope(tx, { administrationId: actor.administrationId, ...values });
        return presentEnvelope((await funding.findEnvelope(tx, actor.administrationId, row.id))!);
      });
    },

    async updateEnvelope(actor: Actor, id: string, input: TEnvelopeUpdate): Promise<TEnvelope> {
      requirePermission(actor, 'FundingWrite');
      return database.transaction(tenantOf(actor), async (tx) => {
        const existing = await funding.findEnvelope(tx, actor.administrationId, id);
        if (!existing) throw notFound('budget envelope');
        if (input.sourceId) await sourceOf(tx, actor.administrationId, input.sourceId);
        const next = {
          sourceId: input.sourceId ?? existing.sourceId,
          year: input.year ?? existing.year,
          functionalAreas: normaliseAreas(input.functionalAreas ?? existing.functionalAreas),
          costCategories: normaliseCategories(input.costCategories ?? existing.costCategories),
        };
        await envelopeFree(tx, actor.administrationId, next, id);
        await funding.updateEnvelope(tx, actor.administrationId, id, { ...input, ...next });
        return presentEnvelope((await funding.findEnvelope(tx, actor.administrationId, id))!);
      });
    },

    async deleteEnvelope(actor: Actor, id: string): Promise<void> {
      requirePermission(actor, 'FundingWrite');
      await database.transaction(tenantOf(actor), async (tx) => {
        if (!(await funding.deleteEnvelope(tx, actor.administrationId, id))) throw notFound('budget envelope');
      });
    },

    async totals(actor: Actor, range: { fromYear?: number; toYear?: number }): Promise<TFundingTotals> {
      requirePermission(actor, 'FundingRead');
      return database.transaction(tenantOf(actor), async (tx) => {
        const { currency } = presentSettings(await funding.settings(tx, actor.administrationId));
        const sources = (await funding.findSources(tx, actor.administrationId)).map((s) => ({ id: s.id, name: s.name, kind: s.kind as TFundingSourceKind }));
        return totalsOf(currency, await funding.amounts(tx, actor.administrationId, range), sources);
      });
    },
  };
}
export type FundingService = ReturnType<typeof makeFundingService>;
