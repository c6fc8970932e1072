import type { TLocale } from '@formasaun/shared';
import { type Actor, requirePermission, tenantOf } from '../../platform/actor.js';
import type { Clock } from '../../platform/clock.js';
import type { Database } from '../../platform/db.js';
import { renderPdf } from '../../platform/pdf.js';
import { type DetailDeps, loadPlan, planDetail, presentDetail, storedBasis } from './planning.detail.js';
import { buildPlanContent } from './planning.document.js';
import { PLAN_LABELS } from './planning.labels.js';
import { planWorkbook } from './planning.workbook.js';

type Deps = DetailDeps & { database: Database; clock: Clock };
export interface PlanFile {
  fileName: string;
  contentType: string;
  body: Buffer;
}

/** File names keep to ASCII letters, digits and hyphens: every browser and mail client accepts them. */
const fileStem = (name: string) =>
  `plan-${name
    .normalize('NFKD')
    .replace(/[^\w\s-]/g, '')
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-')
    .slice(0, 60) || 'plan'}`;

/** The plan's documents: the PDF a ministry or donor expects, the workbook, and the optimiser's instance. */
export function makePlanDocumentsService(deps: Deps) {
  const { database, plans, ports, clock } = deps;

  async function gather(actor: Actor, id: string, lang: TLocale | undefined) {
    requirePermission(actor, 'PlanRead');
    return database.transaction(tenantOf(actor), async (tx) => {
      const plan = await loadPlan(tx, plans, actor, id);
      const detail = presentDetail(await planDetail(tx, deps, plan));
      return {
        plan: detail,
        strategy: plan.strategyId ? await ports.strategy.strategy(tx, actor.administrationId, plan.strategyId) : undefined,
        administrationName: await plans.administrationName(tx, actor.administrationId),
        lang: lang ?? (await plans.userLocale(tx, actor.userId)),
      };
    });
  }

  return {
    async planPdf(actor: Actor, id: string, query: { lang?: TLocale }): Promise<PlanFile> {
      const d = await gather(actor, id, query.lang);
      const content = buildPlanContent({ ...d, generatedAt: clock.now().toISOString() });
      const body = await renderPdf({
        title: `${PLAN_LABELS[d.lang].documentTitle} ${d.plan.fromYear}–${d.plan.toYear}`,
        administrationName: d.administrationName,
        lang: d.lang,
        content,
        plainFirstPage: true,
      });
      return { fileName: `${fileStem(d.plan.name)}.pdf`, contentType: 'application/pdf', body };
    },

    async planXlsx(actor: Actor, id: string, query: { lang?: TLocale }): Promise<PlanFile> {
      const d = await gather(actor, id, query.lang);
      return {
        fileName: `${fileStem(d.plan.name)}.xlsx`,
        contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        body: await planWorkbook(d.plan, d.lang),
      };
    },

    /** The instance the result was computed from (so `formasaun plan solve` reproduces it), else today's. */
    async instanceJson(actor: Actor, id: string): Promise<PlanFile> {
      requirePermission(actor, 'PlanRead');
      return database.transaction(tenantOf(actor), async (tx) => {
        const plan = await loadPlan(tx, plans, actor, id);
        const instance = storedBasis(plan)?.instance ?? (await deps.readInputs(tx, actor.administrationId, plan, await plans.pins(tx, actor.administrationId, id))).instance;
        return { fileName: `${fileStem(plan.name)}.json`, contentType: 'application/json; charset=utf-8', body: Buffer.from(`${JSON.stringify(instance, null, 2)}\n`) };
      });
    },
  };
}
export type PlanDocumentsService = ReturnType<typeof makePlanDocumentsService>;
