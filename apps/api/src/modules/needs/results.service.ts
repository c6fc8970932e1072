import type { TComparison, TDrilldownQuery, THeatmap, THeatmapQuery, TNeedsList, TOfficerProfile, TPlanningGroup, TResultsExportQuery } from '@formasaun/shared';
import { type Actor, requirePermission, tenantOf } from '../../platform/actor.js';
import type { Database, Tx } from '../../platform/db.js';
import { conflict, notFound } from '../../platform/errors.js';
import type { CampaignRepository } from './campaign.repository.js';
import { loadCampaign } from './campaign.service.js';
import { buildPlanningGroups } from './needs.domain.js';
import type { CompetencyLookups, FrameworkCompetency } from './needs.ports.js';
import { aggregateScope, namedScope, resultsScope } from './needs.policy.js';
import type { ReportRepository } from './report.repository.js';
import { resultsWorkbook } from './results.export.js';
import type { ColumnMap, HeatmapRows, ResultsRepository } from './results.repository.js';

type Deps = { database: Database; results: ResultsRepository; campaigns: CampaignRepository; competency: CompetencyLookups; reports: ReportRepository };
type By = 'competency' | 'area';

const keyOf = (c: FrameworkCompetency, by: By) => (by === 'area' ? c.areaCode : c.code);
const nameOf = (c: FrameworkCompetency, by: By) => (by === 'area' ? { en: c.areaNameEn, pt: c.areaNamePt } : { en: c.nameEn, pt: c.namePt });
function columnMap(list: FrameworkCompetency[], by: By): ColumnMap {
  const unique = [...new Map(list.map((c) => [c.id, c])).values()];
  return { competencyIds: unique.map((c) => c.id), keys: unique.map((c) => keyOf(c, by)) };
}

export function makeResultsService({ database, results, campaigns, competency, reports }: Deps) {
  const adm = (actor: Actor) => actor.administrationId;

  async function closed(tx: Tx, actor: Actor, id: string) {
    const c = await loadCampaign(tx, campaigns, actor, id);
    if (c.status !== 'closed') throw conflict('results exist once the campaign is closed');
    return { campaign: c, competencies: await competency.competencies(tx, adm(actor), c.frameworkVersionId) };
  }

  /** The units whose results the actor may read; null = the whole administration. */
  async function visibleUnits(tx: Tx, actor: Actor, scope: ReturnType<typeof aggregateScope>) {
    return scope.kind === 'subtree' ? campaigns.subtreeIds(tx, adm(actor), scope.roots) : null;
  }

  /** A unit the actor may drill into: it exists in the administration and lies inside the actor's subtrees. */
  async function visibleUnit(tx: Tx, actor: Actor, unitId: string, visible: string[] | null) {
    const [unit] = await results.unitNames(tx, adm(actor), [unitId]);
    if (!unit || (visible && !visible.includes(unitId))) throw notFound('org unit');
    return unit;
  }

  return {
    async heatmap(actor: Actor, id: string, query: THeatmapQuery): Promise<THeatmap> {
      const scope = aggregateScope(actor);
      return database.transaction(tenantOf(actor), async (tx) => {
        const { competencies } = await closed(tx, actor, id);
        const visible = await visibleUnits(tx, actor, scope);
        if (query.orgUnitId) await visibleUnit(tx, actor, query.orgUnitId, visible);
        const def: HeatmapRows = query.orgUnitId
          ? { kind: 'children', unitId: query.orgUnitId }
          : scope.kind === 'subtree'
            ? { kind: 'roots', unitIds: scope.roots }
            : { kind: 'top' };
        const defs = await results.childUnits(tx, adm(actor), def);
        const names = new Map((await results.unitNames(tx, adm(actor), defs.map((d) => d.rowId))).map((u) => [u.id, u.name]));
        const cells = await results.heatmap(tx, adm(actor), id, def, columnMap(competencies, query.by), query.by === 'area');
        const columns = [...new Map(competencies.map((c) => [keyOf(c, query.by), { key: keyOf(c, query.by), name: nameOf(c, query.by) }])).values()];
        const rowsOut = defs
          .map((d) => ({
            orgUnitId: d.rowId,
            orgUnitName: names.get(d.rowId) ?? '',
            isDirect: d.isDirect,
            cells: Object.fromEntries(cells.filter((c) => c.rowId === d.rowId && !(d.isDirect && c.headcount === 0)).map(({ rowId: _r, key, ...cell }) => [key, cell])),
          }))
          .filter((r) => !r.isDirect || Object.keys(r.cells).length > 0)
          .sort((a, b) => Number(b.isDirect) - Number(a.isDirect) || a.orgUnitName.localeCompare(b.orgUnitName));
        return { by: query.by, columns, rows: rowsOut };
      });
    },

    async rankedNeeds(actor: Actor, id: string, limit: number): Promise<TNeedsList> {
      const scope = aggregateScope(actor);
      return database.transaction(tenantOf(actor), async (tx) => {
        const { competencies } = await closed(tx, actor, id);
        const byId = new Map(competencies.map((c) => [c.id, c]));
        const found = await results.needs(tx, adm(actor), id, await visibleUnits(tx, actor, scope), limit);
        return {
          items: found.map((n) => {
            const c = byId.get(n.competencyId);
            return { ...n, competencyCode: c?.code ?? '', competencyName: { en: c?.nameEn ?? '', pt: c?.namePt ?? '' } };
          }),
        };
      });
    },

    /** An officer's required and assessed levels: their own, in a supervisor's subtree, or any for the manager. */
    async officerProfile(actor: Actor, id: string, officerId?: string): Promise<TOfficerProfile> {
      requirePermission(actor, 'NeedsRead');
      const scope = resultsScope(actor);
      const target = officerId ?? actor.officerId;
      if (!target) throw notFound('officer');
      return database.transaction(tenantOf(actor), async (tx) => {
        const { competencies } = await closed(tx, actor, id);
        const officer = await results.officer(tx, adm(actor), target);
        if (!officer) throw notFound('officer');
        const isOwn = target === actor.officerId;
        if (!isOwn && scope.kind === 'self') throw notFound('officer');
        const visible = isOwn || scope.kind !== 'subtree' ? null : await campaigns.subtreeIds(tx, adm(actor), scope.roots);
        const found = await results.results(tx, adm(actor), id, { officerId: target, unitIds: visible });
        if (visible && found.length === 0) throw notFound('officer');
        const byId = new Map(competencies.map((c) => [c.id, c]));
        // The framework's order (area, then competency), as the lookups list them; unknown ids last.
        const rank = new Map(competencies.map((c, i) => [c.id, i]));
        found.sort((a, b) => (rank.get(a.competencyId) ?? rank.size) - (rank.get(b.competencyId) ?? rank.size));
        return {
          campaignId: id,
          officer: { id: officer.id, employeeNumber: officer.employeeNumber, name: `${officer.givenNames} ${officer.familyName}` },
          competencies: found.map((r) => {
            const c = byId.get(r.competencyId);
            return {
              competencyId: r.competencyId,
              code: c?.code ?? '',
              name: { en: c?.nameEn ?? '', pt: c?.namePt ?? '' },
              areaCode: c?.areaCode ?? '',
              selfLevel: r.selfLevel,
              supervisorLevel: r.supervisorLevel,
              assessedLevel: r.assessedLevel,
              requiredLevel: r.requiredLevel,
              gap: r.gap,
              weightedNeed: r.weightedNeed,
            };
          }),
        };
      });
    },

    /** Progress since another campaign: mean gap per competency code (stable across framework versions) or area. */
    async compare(actor: Actor, id: string, otherId: string, by: By): Promise<TComparison> {
      const scope = aggregateScope(actor);
      return database.transaction(tenantOf(actor), async (tx) => {
        const after = await closed(tx, actor, id);
        const before = await closed(tx, actor, otherId);
        const columns = columnMap([...before.competencies, ...after.competencies], by);
        const found = await results.compare(tx, adm(actor), [otherId, id], columns, await visibleUnits(tx, actor, scope));
        const keys = [...new Set(columns.keys)].sort();
        // The later framework's names win: before's first, then after's overwrite them.
        const names = new Map([...before.competencies, ...after.competencies].map((c) => [keyOf(c, by), nameOf(c, by)]));
        const byKey = new Map(found.map((r) => [`${r.campaignId}/${r.key}`, r]));
        const pick = (campaignId: string, key: string) => {
          const row = byKey.get(`${campaignId}/${key}`);
          return { meanGap: row?.meanGap ?? null, n: row?.n ?? 0 };
        };
        return { items: keys.map((key) => ({ key, name: names.get(key) ?? { en: key, pt: key }, before: pick(otherId, key), after: pick(id, key) })) };
      });
    },

    /** The officers behind one heatmap cell; names for managers and supervisors only. */
    async drilldown(actor: Actor, id: string, query: TDrilldownQuery) {
      const scope = namedScope(actor);
      return database.transaction(tenantOf(actor), async (tx) => {
        const { competencies } = await closed(tx, actor, id);
        const visible = await visibleUnits(tx, actor, scope);
        await visibleUnit(tx, actor, query.orgUnitId, visible);
        const unitIds = await campaigns.subtreeIds(tx, adm(actor), [query.orgUnitId]);
        const chosen = competencies.filter((c) => keyOf(c, query.by) === query.key);
        const codes = new Map(chosen.map((c) => [c.id, c.code]));
        const found = chosen.length === 0 ? [] : await results.results(tx, adm(actor), id, { unitIds, competencyIds: [...codes.keys()] });
        return {
          items: found.map((r) => ({
            officer: { id: r.officerId, employeeNumber: r.employeeNumber, name: `${r.givenNames} ${r.familyName}` },
            orgUnitName: r.orgUnitName,
            competencyCode: codes.get(r.competencyId) ?? '',
            assessedLevel: r.assessedLevel,
            requiredLevel: r.requiredLevel,
            gap: r.gap,
            weightedNeed: r.weightedNeed,
          })),
        };
      });
    },

    /** Every visible result row as xlsx, headers and competency names in lang or the reader's own locale. */
    async exportResults(actor: Actor, id: string, query: TResultsExportQuery = {}): Promise<{ fileName: string; contentType: string; body: Buffer }> {
      const scope = namedScope(actor);
      const { campaign, found, competencies, lang } = await database.transaction(tenantOf(actor), async (tx) => {
        const { campaign, competencies } = await closed(tx, actor, id);
        const found = await results.results(tx, adm(actor), id, { unitIds: await visibleUnits(tx, actor, scope) });
        return { campaign, found, competencies, lang: query.lang ?? (await reports.userLocale(tx, actor.userId)) };
      });
      return {
        fileName: `tna-results-${campaign.closesOn}.xlsx`,
        contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        body: await resultsWorkbook(found, competencies, lang, campaign.name),
      };
    },

    /** The hand-off to planning: PLANNING.md `groups` from a closed campaign. */
    async planningGroups(actor: Actor, id: string, opts: { releaseShare: number; daysPerPeriod: number }): Promise<{ groups: TPlanningGroup[] }> {
      requirePermission(actor, 'CampaignManage');
      return database.transaction(tenantOf(actor), async (tx) => {
        const { competencies } = await closed(tx, actor, id);
        const codes = new Map(competencies.map((c) => [c.id, c.code]));
        const found = await results.planningRows(tx, adm(actor), id);
        const list = found.flatMap(({ competencyId, ...r }) => (codes.has(competencyId) ? [{ ...r, competencyCode: codes.get(competencyId)! }] : []));
        return { groups: buildPlanningGroups(list, opts) };
      });
    },
  };
}
export type ResultsService = ReturnType<typeof makeResultsService>;
