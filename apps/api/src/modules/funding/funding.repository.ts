import { and, asc, eq, inArray, ne, sql, type SQL } from 'drizzle-orm';
import { budgetEnvelopes, fundingSettings, fundingSources } from '../../db/schema.js';
import { rows, type Tx } from '../../platform/db.js';

export type SourceRow = typeof fundingSources.$inferSelect;
export type EnvelopeRow = typeof budgetEnvelopes.$inferSelect;
export type EnvelopeWithSource = EnvelopeRow & { sourceName: string; sourceKind: string };
/** One sum of envelope amounts per source, year and status. */
export interface AmountRow {
  sourceId: string;
  year: number;
  status: string;
  amount: number;
}

/** Funding settings, sources and budget envelopes; every query is scoped by administration. */
export function makeFundingRepository() {
  const sourceOf = (administrationId: string, id: string) => and(eq(fundingSources.administrationId, administrationId), eq(fundingSources.id, id));
  const envelopeOf = (administrationId: string, id: string) => and(eq(budgetEnvelopes.administrationId, administrationId), eq(budgetEnvelopes.id, id));
  const envelopeColumns = { ...budgetEnvelopesColumns(), sourceName: fundingSources.name, sourceKind: fundingSources.kind };

  return {
    /** The stored settings joined with the administration's own currency (the default until one is set here). */
    settings: async (tx: Tx, administrationId: string) => {
      const [found] = await rows<{ currency: string; daysPerQuarter: number | null; defaultReleaseShare: string | null }>(
        tx,
        sql`select coalesce(s.currency, a.currency, 'USD') as currency, s.days_per_quarter as "daysPerQuarter",
                   s.default_release_share::text as "defaultReleaseShare"
            from administrations a left join funding_settings s on s.administration_id = a.id
            where a.id = ${administrationId}`,
      );
      return found;
    },
    upsertSettings: (tx: Tx, administrationId: string, values: { currency?: string; daysPerQuarter?: number; defaultReleaseShare?: number }) =>
      tx
        .insert(fundingSettings)
        .values({ administrationId, ...values })
        .onConflictDoUpdate({ target: fundingSettings.administrationId, set: values }),

    findSources: (tx: Tx, administrationId: string) =>
      tx.select().from(fundingSources).where(eq(fundingSources.administrationId, administrationId)).orderBy(asc(fundingSources.kind), asc(fundingSources.name)),
    findSource: async (tx: Tx, administrationId: string, id: string) => (await tx.select().from(fundingSources).where(sourceOf(administrationId, id)))[0],
    insertSource: async (tx: Tx, row: typeof fundingSources.$inferInsert) => (await tx.insert(fundingSources).values(row).returning())[0]!,
    updateSource: async (tx: Tx, administrationId: string, id: string, patch: Partial<typeof fundingSources.$inferInsert>) =>
      (await tx.update(fundingSources).set(patch).where(sourceOf(administrationId, id)).returning())[0],
    deleteSource: (tx: Tx, administrationId: string, id: string) => tx.delete(fundingSources).where(sourceOf(administrationId, id)),
    /** Another source with this name, compared case-insensitively (the unique index does the same). */
    sourceNamed: async (tx: Tx, administrationId: string, name: string, exceptId: string | null) =>
      (
        await tx
          .select({ id: fundingSources.id })
          .from(fundingSources)
          .where(
            and(
              eq(fundingSources.administrationId, administrationId),
              sql`lower(${fundingSources.name}) = lower(${name})`,
              exceptId ? ne(fundingSources.id, exceptId) : undefined,
            ),
          )
      )[0],

    findEnvelopes: (tx: Tx, administrationId: string, filter: { year?: number; sourceId?: string; years?: number[] } = {}): Promise<EnvelopeWithSource[]> => {
      const where: (SQL | undefined)[] = [eq(budgetEnvelopes.administrationId, administrationId)];
      if (filter.year !== undefined) where.push(eq(budgetEnvelopes.year, filter.year));
      if (filter.years) where.push(inArray(budgetEnvelopes.year, filter.years.length ? filter.years : [-1]));
      if (filter.sourceId) where.push(eq(budgetEnvelopes.sourceId, filter.sourceId));
      return tx
        .select(envelopeColumns)
        .from(budgetEnvelopes)
        .innerJoin(fundingSources, and(eq(fundingSources.administrationId, budgetEnvelopes.administrationId), eq(fundingSources.id, budgetEnvelopes.sourceId)))
        .where(and(...where))
        .orderBy(asc(budgetEnvelopes.year), asc(fundingSources.name), asc(budgetEnvelopes.createdAt), asc(budgetEnvelopes.id));
    },
    findEnvelope: async (tx: Tx, administrationId: string, id: string): Promise<EnvelopeWithSource | undefined> =>
      (
        await tx
          .select(envelopeColumns)
          .from(budgetEnvelopes)
          .innerJoin(fundingSources, and(eq(fundingSources.administrationId, budgetEnvelopes.administrationId), eq(fundingSources.id, budgetEnvelopes.sourceId)))
          .where(envelopeOf(administrationId, id))
      )[0],
    /** An envelope with the same source, year and (normalised) earmarks: the duplicate the unique index refuses. */
    sameEarmarks: async (tx: Tx, administrationId: string, e: { sourceId: string; year: number; functionalAreas: string[]; costCategories: string[] }, exceptId: string | null) =>
      (
        await tx
          .select({ id: budgetEnvelopes.id })
          .from(budgetEnvelopes)
          .where(
            and(
              eq(budgetEnvelopes.administrationId, administrationId),
              eq(budgetEnvelopes.sourceId, e.sourceId),
              eq(budgetEnvelopes.year, e.year),
              sql`${budgetEnvelopes.functionalAreas} = ${sql.param(e.functionalAreas)}::text[]`,
              sql`${budgetEnvelopes.costCategories} = ${sql.param(e.costCategories)}::text[]`,
              exceptId ? ne(budgetEnvelopes.id, exceptId) : undefined,
            ),
          )
      )[0],
    insertEnvelope: async (tx: Tx, row: typeof budgetEnvelopes.$inferInsert) => (await tx.insert(budgetEnvelopes).values(row).returning())[0]!,
    updateEnvelope: (tx: Tx, administrationId: string, id: string, patch: Partial<typeof budgetEnvelopes.$inferInsert>) =>
      tx.update(budgetEnvelopes).set(patch).where(envelopeOf(administrationId, id)),
    deleteEnvelope: async (tx: Tx, administrationId: string, id: string) =>
      (await tx.delete(budgetEnvelopes).where(envelopeOf(administrationId, id)).returning()).length > 0,
    countEnvelopes: async (tx: Tx, administrationId: string, sourceId: string) =>
      (await rows<{ n: number }>(tx, sql`select count(*)::int as n from budget_envelopes where administration_id = ${administrationId} and source_id = ${sourceId}`))[0]!.n,

    /** Sums per source, year and status, optionally within years. */
    amounts: (tx: Tx, administrationId: string, range: { fromYear?: number; toYear?: number } = {}) =>
      rows<AmountRow>(
        tx,
        sql`select source_id as "sourceId", year, status, sum(amount)::float8 as amount
            from budget_envelopes
            where administration_id = ${administrationId}
              ${range.fromYear === undefined ? sql`` : sql`and year >= ${range.fromYear}`}
              ${range.toYear === undefined ? sql`` : sql`and year <= ${range.toYear}`}
            group by source_id, year, status`,
      ),
  };
}
export type FundingRepository = ReturnType<typeof makeFundingRepository>;

function budgetEnvelopesColumns() {
  const { administrationId, id, sourceId, year, amount, status, functionalAreas, costCategories, note, createdAt } = budgetEnvelopes;
  return { administrationId, id, sourceId, year, amount, status, functionalAreas, costCategories, note, createdAt };
}
