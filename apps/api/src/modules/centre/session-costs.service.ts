import { type TSessionCost, type TSessionCostInput, type TSessionCostUpdate, ZSessionCostInput } from '@formasaun/shared';
import { type Actor, can, requirePermission, tenantOf } from '../../platform/actor.js';
import type { Tx } from '../../platform/db.js';
import { invalid, notFound } from '../../platform/errors.js';
import type { CentreDeps } from './index.js';
import { makeSessionCostRepository } from './session-costs.repository.js';
import { makeSessionRepository } from './session.repository.js';

/** Actual costs per session, by category and funding source: entered by the training manager, read by reports. */
export function makeSessionCostService(deps: Pick<CentreDeps, 'database'>) {
  const { database } = deps;
  const costs = makeSessionCostRepository();
  const sessions = makeSessionRepository();

  async function sessionOf(tx: Tx, actor: Actor, id: string) {
    const row = await sessions.get(tx, actor.administrationId, id);
    if (!row || (row.status === 'draft' && !can(actor, 'CentreWrite'))) throw notFound('session');
    return row;
  }
  async function sourceOf(tx: Tx, adm: string, sourceId: string | null | undefined) {
    if (sourceId && !(await costs.sourceExists(tx, adm, sourceId))) throw notFound('funding source');
  }

  return {
    async findCosts(actor: Actor, sessionId: string): Promise<TSessionCost[]> {
      requirePermission(actor, 'CentreWrite');
      return database.transaction(tenantOf(actor), async (tx) => {
        await sessionOf(tx, actor, sessionId);
        return costs.find(tx, actor.administrationId, sessionId);
      });
    },

    async createCost(actor: Actor, sessionId: string, raw: TSessionCostInput): Promise<TSessionCost> {
      requirePermission(actor, 'CentreWrite');
      const result = ZSessionCostInput.safeParse(raw);
      if (!result.success) throw invalid('the request is not valid', result.error.issues.map((i) => ({ path: ['body', ...i.path.map(String)].join('.'), message: i.message })));
      return database.transaction(tenantOf(actor), async (tx) => {
        await sessionOf(tx, actor, sessionId);
        await sourceOf(tx, actor.administrationId, result.data.sourceId);
        const id = await costs.insert(tx, actor.administrationId, sessionId, result.data);
        return (await costs.get(tx, actor.administrationId, id))!;
      });
    },

    async updateCost(actor: Actor, id: string, input: TSessionCostUpdate): Promise<TSessionCost> {
      requirePermission(actor, 'CentreWrite');
      return database.transaction(tenantOf(actor), async (tx) => {
        if (!(await costs.get(tx, actor.administrationId, id))) throw notFound('session cost');
        await sourceOf(tx, actor.administrationId, input.sourceId);
        await costs.update(tx, actor.administrationId, id, input);
        return (await costs.get(tx, actor.administrationId, id))!;
      });
    },

    async deleteCost(actor: Actor, id: string): Promise<void> {
      requirePermission(actor, 'CentreWrite');
      await database.transaction(tenantOf(actor), async (tx) => {
        if (!(await costs.get(tx, actor.administrationId, id))) throw notFound('session cost');
        await costs.delete(tx, actor.administrationId, id);
      });
    },
  };
}
