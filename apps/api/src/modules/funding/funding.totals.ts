import type { TFundingSourceKind, TFundingTotals, TStatusTotals } from '@formasaun/shared';
import type { AmountRow } from './funding.repository.js';

const cents = (n: number) => Math.round(n * 100) / 100;
export const zeroTotals = (): TStatusTotals => ({ pledged: 0, secured: 0, disbursed: 0, total: 0 });

function add(into: TStatusTotals, status: string, amount: number) {
  if (status === 'pledged' || status === 'secured' || status === 'disbursed') into[status] = cents(into[status] + amount);
  into.total = cents(into.total + amount);
}

/** Totals per year by status, per source and year, and overall, from sums per source, year and status. */
export function totalsOf(
  currency: string,
  amounts: AmountRow[],
  sources: { id: string; name: string; kind: TFundingSourceKind }[],
): TFundingTotals {
  const years = [...new Set(amounts.map((a) => a.year))].sort((a, b) => a - b);
  const byYear = new Map(years.map((y) => [y, zeroTotals()]));
  const totals = zeroTotals();
  const bySource = new Map(sources.map((s) => [s.id, { totals: zeroTotals(), years: new Map<number, TStatusTotals>() }]));
  for (const a of amounts) {
    add(byYear.get(a.year)!, a.status, a.amount);
    add(totals, a.status, a.amount);
    const s = bySource.get(a.sourceId);
    if (!s) continue;
    add(s.totals, a.status, a.amount);
    if (!s.years.has(a.year)) s.years.set(a.year, zeroTotals());
    add(s.years.get(a.year)!, a.status, a.amount);
  }
  return {
    currency,
    years: years.map((year) => ({ year, ...byYear.get(year)! })),
    sources: sources.map((s) => {
      const t = bySource.get(s.id)!;
      const ys = [...t.years.entries()].sort(([a], [b]) => a - b).map(([year, v]) => ({ year, ...v }));
      return { sourceId: s.id, name: s.name, kind: s.kind, years: ys, totals: t.totals };
    }),
    totals,
  };
}
