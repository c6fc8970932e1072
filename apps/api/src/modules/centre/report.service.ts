import {
  periodsOfYears,
  SESSION_COST_CATEGORIES,
  type TPlanVsActual,
  type TPlanVsActualQuarter,
  type TSessionCostCategory,
  type TSustainability,
} from '@formasaun/shared';
import { type Actor, requirePermission, tenantOf } from '../../platform/actor.js';
import type { CentreDeps } from './index.js';
import { makeReportRepository } from './report.repository.js';

const round2 = (n: number) => Math.round(n * 100) / 100;
const zero = () => Object.fromEntries(SESSION_COST_CATEGORIES.map((c) => [c, 0])) as Record<TSessionCostCategory, number>;

/** Plan vs actual and the sustainability figures of the training centre, per quarter of a year. */
export function makeCentreReportService(deps: CentreDeps) {
  const { database } = deps;
  const reports = makeReportRepository();

  return {
    async planVsActual(actor: Actor, year: number): Promise<TPlanVsActual> {
      requirePermission(actor, 'CentreReport');
      const adm = actor.administrationId;
      return database.transaction(tenantOf(actor), async (tx) => {
        const planned = new Map((await reports.planned(tx, adm, year)).map((p) => [p.period, p]));
        const done = new Map((await reports.sessions(tx, adm, year)).map((s) => [s.period, s]));
        const costs = await reports.costs(tx, adm, year, false);
        const quarters: TPlanVsActualQuarter[] = periodsOfYears(year, year).map((period) => {
          const p = planned.get(period);
          const s = done.get(period);
          const plannedByCategory = zero();
          for (const c of SESSION_COST_CATEGORIES) plannedByCategory[c] = round2(Number(p?.[c] ?? 0));
          const actualByCategory = zero();
          const bySource = new Map<string, { sourceId: string | null; sourceName: string | null; amount: number }>();
          for (const k of costs.filter((x) => x.period === period)) {
            actualByCategory[k.category as TSessionCostCategory] = round2(actualByCategory[k.category as TSessionCostCategory] + Number(k.amount));
            const key = k.sourceId ?? '';
            const entry = bySource.get(key) ?? { sourceId: k.sourceId, sourceName: k.sourceName, amount: 0 };
            entry.amount = round2(entry.amount + Number(k.amount));
            bySource.set(key, entry);
          }
          const sum = (r: Record<string, number>) => round2(Object.values(r).reduce((a, b) => a + b, 0));
          return {
            period,
            runsPlanned: Number(p?.runs ?? 0),
            sessionsScheduled: Number(s?.scheduled ?? 0),
            sessionsDelivered: Number(s?.delivered ?? 0),
            participantsPlanned: Number(p?.participants ?? 0),
            participantsEnrolled: Number(s?.enrolled ?? 0),
            participantsCompleted: Number(s?.completed ?? 0),
            costPlanned: sum(plannedByCategory),
            costActual: sum(actualByCategory),
            plannedByCategory,
            actualByCategory,
            actualBySource: [...bySource.values()].sort((a, b) => b.amount - a.amount),
          };
        });
        return { year, currency: await reports.currency(tx, adm), quarters, total: totalOf(quarters) };
      });
    },

    async sustainability(actor: Actor, year: number): Promise<TSustainability> {
      requirePermission(actor, 'CentreReport');
      const adm = actor.administrationId;
      return database.transaction(tenantOf(actor), async (tx) => {
        const delivery = new Map((await reports.delivery(tx, adm, year)).map((d) => [d.period, d]));
        const advanced = new Map((await reports.advanced(tx, adm, year)).map((a) => [a.period, a.trainers]));
        const costs = await reports.costs(tx, adm, year, true);
        const quarters = periodsOfYears(year, year).map((period) => {
          const d = delivery.get(period);
          const internal = Number(d?.internalDays ?? 0);
          const external = Number(d?.externalDays ?? 0);
          const hours = Number(d?.participantHours ?? 0);
          const cost = round2(costs.filter((k) => k.period === period).reduce((n, k) => n + Number(k.amount), 0));
          return {
            period,
            trainerDaysInternal: internal,
            trainerDaysExternal: external,
            internalShare: internal + external > 0 ? Math.round((internal / (internal + external)) * 1000) / 1000 : null,
            trainersAdvanced: advanced.get(period) ?? 0,
            participantHours: round2(hours),
            actualCost: cost,
            costPerParticipantHour: hours > 0 ? round2(cost / hours) : null,
          };
        });
        return { year, currency: await reports.currency(tx, adm), quarters };
      });
    },
  };
}

function totalOf(quarters: TPlanVsActualQuarter[]): Omit<TPlanVsActualQuarter, 'period'> {
  const plannedByCategory = zero();
  const actualByCategory = zero();
  const bySource = new Map<string, { sourceId: string | null; sourceName: string | null; amount: number }>();
  for (const q of quarters) {
    for (const c of SESSION_COST_CATEGORIES) {
      plannedByCategory[c] = round2(plannedByCategory[c] + q.plannedByCategory[c]);
      actualByCategory[c] = round2(actualByCategory[c] + q.actualByCategory[c]);
    }
    for (const s of q.actualBySource) {
      const e = bySource.get(s.sourceId ?? '') ?? { ...s, amount: 0 };
      e.amount = round2(e.amount + s.amount);
      bySource.set(s.sourceId ?? '', e);
    }
  }
  const add = (k: keyof TPlanVsActualQuarter) => round2(quarters.reduce((n, q) => n + (q[k] as number), 0));
  return {
    runsPlanned: add('runsPlanned'),
    sessionsScheduled: add('sessionsScheduled'),
    sessionsDelivered: add('sessionsDelivered'),
    participantsPlanned: add('participantsPlanned'),
    participantsEnrolled: add('participantsEnrolled'),
    participantsCompleted: add('participantsCompleted'),
    costPlanned: add('costPlanned'),
    costActual: add('costActual'),
    plannedByCategory,
    actualByCategory,
    actualBySource: [...bySource.values()].sort((a, b) => b.amount - a.amount),
  };
}
