import type { TKpiImportResult, TKpiResults, TKpiValues, TKpiValuesPut } from '@formasaun/shared';
import { ZKpiValuesPut } from '@formasaun/shared';
import { type Actor, requirePermission, tenantOf } from '../../platform/actor.js';
import { type Clock, isoDate } from '../../platform/clock.js';
import type { Database, Tx } from '../../platform/db.js';
import { AppError, invalid, notFound } from '../../platform/errors.js';
import { DEFAULT_LIMITS, readSpreadsheet } from '../organisation/staff-import/read-spreadsheet.js';
import { writeStaffXlsx } from '../organisation/staff-import/staff-export.js';
import type { StrategyLookups } from '../strategy/index.js';
import { byPeriod, entryProblems, presentKpiHead, presentResults, presentValue } from './kpi-values.presenter.js';
import type { KpiRef, KpiValuesRepository, ValueRow, ValueWrite } from './kpi-values.repository.js';
import { COLUMNS, parseValueSheet, valueRows } from './kpi-values.sheet.js';

const SHEET_LIMITS = { ...DEFAULT_LIMITS, maxRows: 5000, maxColumns: 20 };

/** Services also take input from the demo generator, which skips the route's validation. */
function parsedPut(raw: TKpiValuesPut) {
  const result = ZKpiValuesPut.safeParse(raw);
  if (result.success) return result.data;
  throw invalid('the request is not valid', result.error.issues.map((i) => ({ path: ['body', ...i.path.map(String)].join('.'), message: i.message })));
}

const sameValue = (a: ValueRow, b: ValueWrite) => Number(a.value) === b.value && a.source === b.source && a.note === b.note;

export function makeKpiValuesService(deps: { database: Database; values: KpiValuesRepository; strategies: StrategyLookups; clock: Clock }) {
  const { database, values, strategies, clock } = deps;

  async function kpiOf(tx: Tx, administrationId: string, kpiId: string) {
    const kpi = await values.findKpi(tx, administrationId, kpiId);
    if (!kpi) throw notFound('KPI');
    return kpi;
  }

  async function present(tx: Tx, administrationId: string, kpi: KpiRef): Promise<TKpiValues> {
    return {
      kpi: presentKpiHead(kpi),
      strategy: { id: kpi.strategyId, fromYear: kpi.fromYear, toYear: kpi.toYear },
      values: (await values.values(tx, administrationId, [kpi.id])).map(presentValue).sort(byPeriod),
    };
  }

  return {
    async getValues(actor: Actor, kpiId: string): Promise<TKpiValues> {
      requirePermission(actor, 'EvaluationRead');
      return database.transaction(tenantOf(actor), async (tx) => present(tx, actor.administrationId, await kpiOf(tx, actor.administrationId, kpiId)));
    },

    /** Upsert by period, all or nothing: every entry in the wrong unit, period or number is named in the refusal. */
    async putValues(actor: Actor, kpiId: string, raw: TKpiValuesPut): Promise<TKpiValues> {
      requirePermission(actor, 'EvaluationWrite');
      const input = parsedPut(raw);
      return database.transaction(tenantOf(actor), async (tx) => {
        const kpi = await kpiOf(tx, actor.administrationId, kpiId);
        const details: { path: string; message: string }[] = [];
        const seen = new Map<string, number>();
        input.values.forEach((e, i) => {
          const entry = `entry ${i + 1} (${e.period})`;
          for (const p of entryProblems(kpi, e)) details.push({ path: `body.values.${i}.${p.field}`, message: `${entry}: ${p.reason}` });
          const earlier = seen.get(e.period);
          if (earlier !== undefined) details.push({ path: `body.values.${i}.period`, message: `${entry}: the period is already given in entry ${earlier + 1}` });
          seen.set(e.period, i);
        });
        if (details.length) throw invalid(details.length === 1 ? details[0]!.message : `${details.length} entries are not valid; nothing was saved`, details);
        await values.upsert(
          tx,
          actor.administrationId,
          input.values.map((e) => ({ kpiId, period: e.period, value: Math.round(e.value * 100) / 100, source: e.source ?? null, note: e.note ?? null })),
        );
        return present(tx, actor.administrationId, kpi);
      });
    },

    async deleteValue(actor: Actor, id: string): Promise<void> {
      requirePermission(actor, 'EvaluationWrite');
      await database.transaction(tenantOf(actor), async (tx) => {
        if (!(await values.deleteValue(tx, actor.administrationId, id))) throw notFound('KPI value');
      });
    },

    /** One row per KPI and period of the strategy (every strategy when none is given); what the import reads back. */
    async exportValues(actor: Actor, query: { strategyId?: string }) {
      requirePermission(actor, 'EvaluationRead');
      const { kpis, stored } = await database.transaction(tenantOf(actor), async (tx) => {
        if (query.strategyId && !(await strategies.strategy(tx, actor.administrationId, query.strategyId))) throw notFound('strategy');
        const kpis = await values.findKpis(tx, actor.administrationId, query.strategyId);
        return { kpis, stored: await values.values(tx, actor.administrationId, kpis.map((k) => k.id)) };
      });
      return {
        fileName: `kpi-values-${isoDate(clock.now())}.xlsx`,
        contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        body: await writeStaffXlsx(valueRows(kpis, [...stored].sort(byPeriod)), COLUMNS, 'KPI values'),
      };
    },

    /** Upsert by KPI and period, all or nothing: any bad row refuses the whole file with every problem listed. */
    async importValues(actor: Actor, file: { fileName: string; bytes: unknown }): Promise<TKpiImportResult> {
      requirePermission(actor, 'EvaluationWrite');
      if (!Buffer.isBuffer(file.bytes)) throw new AppError('UNSUPPORTED_MEDIA_TYPE', { message: 'send the file itself as application/octet-stream' });
      const sheet = await readSpreadsheet(file.bytes, file.fileName, SHEET_LIMITS);
      return database.transaction(tenantOf(actor), async (tx) => {
        const kpis = await values.findKpis(tx, actor.administrationId);
        const parsed = parseValueSheet(sheet, kpis);
        if (parsed.errors.length) {
          const errors = parsed.errors.sort((a, b) => a.row - b.row);
          throw invalid(`the file has ${errors.length} problem(s); nothing was imported`, { errors });
        }
        const stored = new Map(
          (await values.values(tx, actor.administrationId, [...new Set(parsed.values.map((v) => v.kpiId))])).map((v) => [`${v.kpiId}|${v.period}`, v]),
        );
        const created = parsed.values.filter((v) => !stored.has(`${v.kpiId}|${v.period}`));
        const changed = parsed.values.filter((v) => {
          const before = stored.get(`${v.kpiId}|${v.period}`);
          return before !== undefined && !sameValue(before, v);
        });
        await values.upsert(tx, actor.administrationId, [...created, ...changed]);
        return { created: created.length, updated: changed.length, unchanged: parsed.values.length - created.length - changed.length };
      });
    },

    /** Per objective: its KPIs against baseline and targets, and the training delivered in its functional areas per quarter. */
    async results(actor: Actor, query: { strategyId?: string }): Promise<TKpiResults> {
      requirePermission(actor, 'EvaluationRead');
      return database.transaction(tenantOf(actor), async (tx) => {
        const adm = actor.administrationId;
        const strategy = query.strategyId ? await strategies.strategy(tx, adm, query.strategyId) : await strategies.latest(tx, adm);
        if (query.strategyId && !strategy) throw notFound('strategy');
        if (!strategy) return presentResults(undefined, [], []);
        const kpiIds = strategy.goals.flatMap((g) => g.objectives.flatMap((o) => o.kpis.map((k) => k.id)));
        return presentResults(strategy, await values.values(tx, adm, kpiIds), await values.training(tx, adm, strategy.fromYear - 1, strategy.toYear));
      });
    },
  };
}
export type KpiValuesService = ReturnType<typeof makeKpiValuesService>;
