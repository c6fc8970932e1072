import type { TCampaignClosed, TCampaignCreate, TCampaignDetail, TCampaignListItem, TCampaignScope, TCampaignUpdate } from '@formasaun/shared';
import { type Actor, requirePermission, tenantOf } from '../../platform/actor.js';
import { type Clock, isoDate } from '../../platform/clock.js';
import type { Database, Tx } from '../../platform/db.js';
import { conflict, invalid, notFound } from '../../platform/errors.js';
import type { CampaignRepository, CampaignWithScopes } from './campaign.repository.js';
import { consolidationOf, multiplierOf } from './needs.domain.js';
import type { CompetencyLookups } from './needs.ports.js';
import { readsClosedOnly, resultsScope } from './needs.policy.js';
import { presentCampaign, presentKindCounts, presentProgress } from './needs.presenter.js';

type Deps = { database: Database; campaigns: CampaignRepository; competency: CompetencyLookups; clock: Clock };

/** Loads a campaign of the actor's administration or answers NOT_FOUND; shared by the form and results services. */
export async function loadCampaign(tx: Tx, campaigns: CampaignRepository, actor: Actor, id: string, opts: { forUpdate?: boolean } = {}) {
  const found = await campaigns.find(tx, actor.administrationId, id, opts);
  if (!found) throw notFound('campaign');
  return found;
}

const NO_FORMS = { selfSent: 0, selfStarted: 0, selfSubmitted: 0, supSent: 0, supStarted: 0, supSubmitted: 0, noAssessor: 0 };

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

  /** Forms counted for the actor: a supervisor's subtrees, else the whole administration. */
  async function visibleUnits(tx: Tx, actor: Actor) {
    const scope = resultsScope(actor);
    return scope.kind === 'subtree' ? campaigns.subtreeIds(tx, adm(actor), scope.roots) : null;
  }

  async function detail(tx: Tx, actor: Actor, c: CampaignWithScopes): Promise<TCampaignDetail> {
    return { ...presentCampaign(c), progress: presentProgress(await campaigns.progress(tx, adm(actor), c.id, await visibleUnits(tx, actor))) };
  }

  async function draft(tx: Tx, actor: Actor, id: string) {
    const c = await loadCampaign(tx, campaigns, actor, id, { forUpdate: true });
    if (c.status !== 'draft') throw conflict(`the campaign is ${c.status}; only a draft can be changed or opened`);
    return c;
  }

  return {
    /** Every campaign with its form counts (one query for the list); programme viewers see closed campaigns only. */
    async findCampaigns(actor: Actor): Promise<{ items: TCampaignListItem[] }> {
      const onlyClosed = readsClosedOnly(actor);
      return database.transaction(tenantOf(actor), async (tx) => {
        const found = await campaigns.findAll(tx, adm(actor), onlyClosed ? 'closed' : undefined);
        const counts = await campaigns.progressOfCampaigns(tx, adm(actor), found.map((c) => c.id), await visibleUnits(tx, actor));
        const byId = new Map(counts.map(({ campaignId, ...r }) => [campaignId, r]));
        return { items: found.map((c) => ({ ...presentCampaign(c), progress: presentKindCounts(byId.get(c.id) ?? NO_FORMS) })) };
      });
    },

    async getCampaign(actor: Actor, id: string): Promise<TCampaignDetail> {
      const onlyClosed = readsClosedOnly(actor);
      return database.transaction(tenantOf(actor), async (tx) => {
        const c = await loadCampaign(tx, campaigns, actor, id);
        if (onlyClosed && c.status !== 'closed') throw notFound('campaign');
        return detail(tx, actor, c);
      });
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
