import type { TCampaign, TCampaignClosed, TCampaignCreate, TCampaignDetail, TCampaignScope, TCampaignUpdate } from '@formasaun/shared';
import { type Actor, requirePermission, tenantOf } from '../../platform/actor.js';
import { type Clock, isoDate } from '../../platform/clock.js';
import type { Database, Tx } from '../../platform/db.js';
import { conflict, invalid, notFound } from '../../platform/errors.js';
import type { CampaignRepository, CampaignWithScopes } from './campaign.repository.js';
import { consolidationOf, multiplierOf } from './needs.domain.js';
import type { CompetencyLookups } from './needs.ports.js';
import { resultsScope } from './needs.policy.js';
import { presentCampaign, presentProgress } from './needs.presenter.js';

type Deps = { database: Database; campaigns: CampaignRepository; competency: CompetencyLookups; clock: Clock };

/** Loads a campaign of the actor's administration or answers NOT_FOUND; shared by the form and results services. */
export async function loadCampaign(tx: Tx, campaigns: CampaignRepository, actor: Actor, id: string, opts: { forUpdate?: boolean } = {}) {
  const found = await campaigns.find(tx, actor.administrationId, id, opts);
  if (!found) throw notFound('campaign');
  return found;
}

export function makeCampaignService({ database, campaigns, competency, clock }: Deps) {
  const adm = (actor: Actor) => actor.administrationId;

  async function checkRefs(tx: Tx, actor: Actor, input: { frameworkVersionId?: string; scopes?: TCampaignScope[] }) {
    if (input.frameworkVersionId && !(await competency.frameworkVersion(tx, adm(actor), input.frameworkVersionId))) throw notFound('framework version');
    if (!input.scopes) return;
    const units = [...new Set(input.scopes.flatMap((s) => (s.orgUnitId ? [s.orgUnitId] : [])))];
    const positions = [...new Set(input.scopes.flatMap((s) => (s.positionId ? [s.positionId] : [])))];
    const found = await campaigns.existingRefs(tx, adm(actor), units, positions);
    if (found.length !== units.length + positions.length) throw notFound('org unit or position');
  }

  async function detail(tx: Tx, actor: Actor, c: CampaignWithScopes): Promise<TCampaignDetail> {
    const scope = resultsScope(actor);
    const unitIds = scope.kind === 'subtree' ? await campaigns.subtreeIds(tx, adm(actor), scope.roots) : null;
    return { ...presentCampaign(c), progress: presentProgress(await campaigns.progress(tx, adm(actor), c.id, unitIds)) };
  }

  async function draft(tx: Tx, actor: Actor, id: string) {
    const c = await loadCampaign(tx, campaigns, actor, id, { forUpdate: true });
    if (c.status !== 'draft') throw conflict(`the campaign is ${c.status}; only a draft can be changed or opened`);
    return c;
  }

  return {
    async findCampaigns(actor: Actor): Promise<{ items: TCampaign[] }> {
      requirePermission(actor, 'CampaignRead');
      return database.transaction(tenantOf(actor), async (tx) => ({ items: (await campaigns.findAll(tx, adm(actor))).map(presentCampaign) }));
    },

    async getCampaign(actor: Actor, id: string): Promise<TCampaignDetail> {
      requirePermission(actor, 'CampaignRead');
      return database.transaction(tenantOf(actor), async (tx) => detail(tx, actor, await loadCampaign(tx, campaigns, actor, id)));
    },

    async createCampaign(actor: Actor, input: TCampaignCreate): Promise<TCampaignDetail> {
      requirePermission(actor, 'CampaignManage');
      return database.transaction(tenantOf(actor), async (tx) => {
        await checkRefs(tx, actor, input);
        const { scopes, ...fields } = input;
        const id = await campaigns.insert(tx, { administrationId: adm(actor), ...fields });
        await campaigns.replaceScopes(tx, adm(actor), id, scopes);
        return detail(tx, actor, await loadCampaign(tx, campaigns, actor, id));
      });
    },

    async updateCampaign(actor: Actor, id: string, input: TCampaignUpdate): Promise<TCampaignDetail> {
      requirePermission(actor, 'CampaignManage');
      return database.transaction(tenantOf(actor), async (tx) => {
        const current = await draft(tx, actor, id);
        await checkRefs(tx, actor, input);
        const { scopes, ...fields } = input;
        if (fields.closesOn ?? fields.opensOn) {
          const opensOn = fields.opensOn ?? current.opensOn;
          const closesOn = fields.closesOn ?? current.closesOn;
          if (closesOn < opensOn) throw invalid('closesOn must not be before opensOn', [{ path: 'body.closesOn', message: 'before opensOn' }]);
        }
        if (Object.keys(fields).length > 0) await campaigns.update(tx, adm(actor), id, fields);
        if (scopes) await campaigns.replaceScopes(tx, adm(actor), id, scopes);
        return detail(tx, actor, await loadCampaign(tx, campaigns, actor, id));
      });
    },

    /** Creates every form in one set-based statement. */
    async openCampaign(actor: Actor, id: string): Promise<TCampaignDetail> {
      requirePermission(actor, 'CampaignManage');
      return database.transaction(tenantOf(actor), async (tx) => {
        const c = await draft(tx, actor, id);
        const kinds = c.mode === 'both' ? ['self', 'supervisor'] : [c.mode];
        await campaigns.createForms(tx, adm(actor), id, kinds);
        await campaigns.update(tx, adm(actor), id, { status: 'open', openedAt: clock.now().toISOString() });
        return detail(tx, actor, await loadCampaign(tx, campaigns, actor, id));
      });
    },

    /** Freezes the results with the priorities active on the closing day; nothing can be edited afterwards. */
    async closeCampaign(actor: Actor, id: string): Promise<TCampaignClosed> {
      requirePermission(actor, 'CampaignManage');
      return database.transaction(tenantOf(actor), async (tx) => {
        const c = await loadCampaign(tx, campaigns, actor, id, { forUpdate: true });
        if (c.status !== 'open') throw conflict(`the campaign is ${c.status}; only an open campaign can be closed`);
        const now = clock.now();
        const list = await competency.competencies(tx, adm(actor), c.frameworkVersionId);
        const profiles = await competency.roleProfiles(tx, adm(actor), c.frameworkVersionId);
        const priorities = await competency.activePriorities(tx, adm(actor), isoDate(now));
        const codes = new Map(list.map((x) => [x.id, x.code]));
        const cells = profiles
          .filter((p) => codes.has(p.competencyId))
          .map((p) => ({ ...p, multiplier: multiplierOf(codes.get(p.competencyId)!, priorities) }));
        const frozen = await campaigns.freezeResults(tx, adm(actor), id, cells, consolidationOf(c as Parameters<typeof consolidationOf>[0]));
        await campaigns.update(tx, adm(actor), id, { status: 'closed', closedAt: now.toISOString() });
        return { campaign: presentCampaign(await loadCampaign(tx, campaigns, actor, id)), results: frozen.results, skippedOfficers: frozen.skipped };
      });
    },

    async sendReminders(actor: Actor, id: string): Promise<{ reminded: number }> {
      requirePermission(actor, 'CampaignManage');
      return database.transaction(tenantOf(actor), async (tx) => {
        const c = await loadCampaign(tx, campaigns, actor, id);
        if (c.status !== 'open') throw conflict(`the campaign is ${c.status}; reminders go out while it is open`);
        return { reminded: await campaigns.remind(tx, adm(actor), id, actor.userId, clock.now().toISOString()) };
      });
    },
  };
}
export type CampaignService = ReturnType<typeof makeCampaignService>;
