import type { Tx } from '../../platform/db.js';
import type { CampaignRepository } from './campaign.repository.js';
import { buildPlanningGroups, type PlanningGroup } from './needs.domain.js';
import type { CompetencyLookups } from './needs.ports.js';
import type { ResultsRepository } from './results.repository.js';

/** A closed campaign's planning groups, with the competencies' functional areas: what the planning context reads. */
export interface NeedsForPlanning {
  campaign: { id: string; name: string; closedAt: string | null };
  groups: (PlanningGroup & { orgUnitId: string; positionId: string; orgUnitName: string; positionName: string })[];
  /** Competency code → functional area (the framework's area code) of the campaign's framework version. */
  areaOf: Record<string, string>;
}

export interface NeedsLookups {
  /** Undefined when the campaign is not the administration's or not closed. */
  forPlanning(tx: Tx, administrationId: string, campaignId: string): Promise<NeedsForPlanning | undefined>;
}

/** What the needs context offers other contexts (the planning context builds its groups from it). */
export function makeNeedsLookups(deps: { campaigns: CampaignRepository; results: ResultsRepository; competency: CompetencyLookups }): NeedsLookups {
  const { campaigns, results, competency } = deps;
  return {
    async forPlanning(tx, administrationId, campaignId) {
      const campaign = await campaigns.find(tx, administrationId, campaignId);
      if (!campaign || campaign.status !== 'closed') return undefined;
      const list = await competency.competencies(tx, administrationId, campaign.frameworkVersionId);
      const codes = new Map(list.map((c) => [c.id, c.code]));
      const found = await results.planningRows(tx, administrationId, campaignId);
      const rows = found.flatMap(({ competencyId, ...r }) => (codes.has(competencyId) ? [{ ...r, competencyCode: codes.get(competencyId)! }] : []));
      const groups = buildPlanningGroups(rows, { releaseShare: 0.1, daysPerPeriod: 60 }) as NeedsForPlanning['groups'];
      return {
        campaign: { id: campaign.id, name: campaign.name, closedAt: campaign.closedAt ?? null },
        groups,
        areaOf: Object.fromEntries(list.map((c) => [c.code, c.areaCode])),
      };
    },
  };
}
