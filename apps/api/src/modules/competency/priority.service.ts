import type { TPriority, TPriorityInput, TPriorityUpdate } from '@formasaun/shared';
import { type Actor, requirePermission, tenantOf } from '../../platform/actor.js';
import type { Database, Tx } from '../../platform/db.js';
import { invalid, notFound } from '../../platform/errors.js';
import { presentPriority } from './competency.presenter.js';
import type { FrameworkRepository } from './framework.repository.js';
import type { PriorityRepository } from './priority.repository.js';

export function makePriorityService(deps: { database: Database; priorities: PriorityRepository; frameworks: FrameworkRepository }) {
  const { database, priorities, frameworks } = deps;

  /** Codes are stable across versions, so any version of the administration's frameworks may define them. */
  async function checkCodes(tx: Tx, administrationId: string, codes: string[]) {
    const known = await frameworks.knownCodes(tx, administrationId, codes);
    const unknown = [...new Set(codes)].filter((c) => !known.has(c));
    if (unknown.length) {
      throw invalid(`unknown competency codes: ${unknown.join(', ')}`, [
        ...unknown.map((code) => ({ path: `body.competencyCodes.${codes.indexOf(code)}`, message: `no competency with code "${code}"` })),
      ]);
    }
  }

  return {
    async findPriorities(actor: Actor): Promise<TPriority[]> {
      requirePermission(actor, 'FrameworkRead');
      return database.transaction(tenantOf(actor), async (tx) => (await priorities.findAll(tx, actor.administrationId)).map(presentPriority));
    },

    async createPriority(actor: Actor, input: TPriorityInput): Promise<TPriority> {
      requirePermission(actor, 'FrameworkWrite');
      return database.transaction(tenantOf(actor), async (tx) => {
        await checkCodes(tx, actor.administrationId, input.competencyCodes);
        const codes = [...new Set(input.competencyCodes)];
        return presentPriority(await priorities.insert(tx, { administrationId: actor.administrationId, ...input, competencyCodes: codes }));
      });
    },

    async updatePriority(actor: Actor, id: string, input: TPriorityUpdate): Promise<TPriority> {
      requirePermission(actor, 'FrameworkWrite');
      return database.transaction(tenantOf(actor), async (tx) => {
        const existing = await priorities.find(tx, actor.administrationId, id);
        if (!existing) throw notFound('strategic priority');
        const validFrom = input.validFrom ?? existing.validFrom;
        const validTo = input.validTo === undefined ? existing.validTo : input.validTo;
        if (validTo && validTo < validFrom) throw invalid('the priority would end before it starts', [{ path: 'body.validTo', message: 'must not be before validFrom' }]);
        if (input.competencyCodes) await checkCodes(tx, actor.administrationId, input.competencyCodes);
        const patch = { ...input, ...(input.competencyCodes ? { competencyCodes: [...new Set(input.competencyCodes)] } : {}) };
        return presentPriority((await priorities.update(tx, actor.administrationId, id, patch))!);
      });
    },

    async deletePriority(actor: Actor, id: string): Promise<void> {
      requirePermission(actor, 'FrameworkWrite');
      await database.transaction(tenantOf(actor), async (tx) => {
        if (!(await priorities.delete(tx, actor.administrationId, id))) throw notFound('strategic priority');
      });
    },
  };
}
export type PriorityService = ReturnType<typeof makePriorityService>;
