import type { TLocale, TReportQuery } from '@formasaun/shared';
import { type Actor, tenantOf } from '../../platform/actor.js';
import type { Clock } from '../../platform/clock.js';
import type { Database } from '../../platform/db.js';
import { conflict, forbidden } from '../../platform/errors.js';
import { renderPdf } from '../../platform/pdf.js';
import type { CampaignRepository, ProgressRow } from './campaign.repository.js';
import { loadCampaign } from './campaign.service.js';
import type { CompetencyLookups } from './needs.ports.js';
import { aggregateScope } from './needs.policy.js';
import { presentCampaign } from './needs.presenter.js';
import { buildReportContent, type Rates, type ReportData } from './report.document.js';
import { REPORT_LABELS } from './report.labels.js';
import type { ReportRepository } from './report.repository.js';
import type { ResultsService } from './results.service.js';

type Deps = { database: Database; campaigns: CampaignRepository; reports: ReportRepository; results: ResultsService; competency: CompetencyLookups; clock: Clock };
export interface PdfFile {
  fileName: string;
  contentType: string;
  body: Buffer;
}

const TOP_TARGET_GROUPS = 15;

/** Sums progress rows (one per unit) into self and supervisor rates. */
function ratesOf(list: ProgressRow[]): Rates {
  const sum = (pick: (r: ProgressRow) => number) => list.reduce((n, r) => n + pick(r), 0);
  return {
    self: { submitted: sum((r) => r.selfSubmitted), sent: sum((r) => r.selfSent + r.selfStarted + r.selfSubmitted) },
    supervisor: { submitted: sum((r) => r.supSubmitted), sent: sum((r) => r.supSent + r.supStarted + r.supSubmitted), noAssessor: sum((r) => r.noAssessor) },
  };
}

/** The department of each unit: the child of the single root it lies under, or its root when there are several. */
export function departmentsOf(units: { id: string; parentId: string | null }[]) {
  const parent = new Map(units.map((u) => [u.id, u.parentId]));
  const roots = units.filter((u) => u.parentId === null).map((u) => u.id);
  const root = roots.length === 1 ? roots[0]! : null;
  const departmentOf = (id: string): string => {
    let current = id;
    for (let depth = 0; depth < 100; depth++) {
      const up = parent.get(current) ?? null;
      if (up === null || up === root) return current;
      current = up;
    }
    return current;
  };
  return { root, departmentOf };
}

export function makeReportService({ database, campaigns, reports, results, competency, clock }: Deps) {
  /** Everything the report shows, read in one transaction; aggregates come from the results service's queries. */
  async function gather(actor: Actor, id: string, lang: TLocale | undefined) {
    const adm = actor.administrationId;
    const base = await database.transaction(tenantOf(actor), async (tx) => {
      const campaign = await loadCampaign(tx, campaigns, actor, id);
      if (campaign.status !== 'closed') throw conflict('the TNA report exists once the campaign is closed');
      const positionIds = campaign.scopes.flatMap((s) => (s.positionId ? [s.positionId] : []));
      return {
        campaign,
        lang: lang ?? (await reports.userLocale(tx, actor.userId)),
        administrationName: await reports.administrationName(tx, adm),
        version: await competency.frameworkVersion(tx, adm, campaign.frameworkVersionId),
        scale: await competency.scale(tx, adm, campaign.frameworkVersionId),
        competencies: await competency.competencies(tx, adm, campaign.frameworkVersionId),
        priorities: await competency.activePriorities(tx, adm, (campaign.closedAt ?? clock.now().toISOString()).slice(0, 10)),
        units: await reports.units(tx, adm),
        positions: positionIds.length > 0 ? await reports.positionTitles(tx, adm, positionIds) : [],
        progress: await campaigns.progress(tx, adm, id, null),
      };
    });
    const { root, departmentOf } = departmentsOf(base.units);
    const unitQuery = root ? { orgUnitId: root } : {};
    const byArea = await results.heatmap(actor, id, { by: 'area', ...unitQuery });
    const byCompetency = await results.heatmap(actor, id, { by: 'competency', ...unitQuery });
    const overall = root ? await results.heatmap(actor, id, { by: 'area' }) : byArea;
    const needs = await results.rankedNeeds(actor, id, TOP_TARGET_GROUPS);
    return { ...base, root, departmentOf, byArea, byCompetency, overall, needs };
  }

  return {
    /** The TNA report for the director and donors: the whole administration's aggregates, never an officer's name. */
    async tnaReport(actor: Actor, id: string, query: TReportQuery): Promise<PdfFile> {
      const scope = aggregateScope(actor);
      if (scope.kind !== 'all') throw forbidden('the TNA report covers the whole administration: training managers and programme viewers');
      const g = await gather(actor, id, query.lang);
      const names = new Map(g.units.map((u) => [u.id, u.name]));
      const l = REPORT_LABELS[g.lang];
      const department = (unitId: string) => {
        const dep = g.departmentOf(unitId);
        return dep === g.root ? `root:${dep}` : dep;
      };
      const progressBy = new Map<string, ProgressRow[]>();
      for (const r of g.progress) progressBy.set(department(r.orgUnitId), [...(progressBy.get(department(r.orgUnitId)) ?? []), r]);
      // One row per department that has forms or results, the root's own staff first.
      const rows = g.byCompetency.rows
        .map((r) => ({ key: r.isDirect ? `root:${r.orgUnitId}` : r.orgUnitId, orgUnitId: r.orgUnitId, isDirect: r.isDirect }))
        .filter((r) => progressBy.has(r.key) || g.byArea.rows.some((a) => a.orgUnitId === r.orgUnitId && Object.keys(a.cells).length > 0));
      const cellsOf = (heat: typeof g.byArea, r: { orgUnitId: string; isDirect: boolean }) =>
        heat.rows.find((x) => x.orgUnitId === r.orgUnitId && x.isDirect === r.isDirect)?.cells ?? {};
      const label = (r: { orgUnitId: string; isDirect: boolean }) => (r.isDirect ? l.direct(names.get(r.orgUnitId) ?? '') : (names.get(r.orgUnitId) ?? ''));
      const areas = [...new Map(g.competencies.map((c) => [c.areaCode, { code: c.areaCode, name: { en: c.areaNameEn, pt: c.areaNamePt } }])).values()];
      const areaCells = g.overall.rows.flatMap((r) => Object.entries(r.cells));
      const data: ReportData = {
        lang: g.lang,
        administrationName: g.administrationName,
        campaign: presentCampaign(g.campaign),
        generatedAt: clock.now().toISOString(),
        frameworkVersion: g.version?.version ?? null,
        scale: g.scale.map((s) => ({ level: s.level, name: g.lang === 'pt' ? s.namePt : s.nameEn })),
        scopes: g.campaign.scopes.map((s) => ({
          unit: s.orgUnitId ? (names.get(s.orgUnitId) ?? '') : null,
          position: s.positionId ? (g.positions.find((p) => p.id === s.positionId)?.title ?? '') : null,
        })),
        priorities: g.priorities.map((p) => ({ name: p.name, multiplier: p.multiplier, codes: p.competencyCodes })),
        response: {
          total: ratesOf(g.progress),
          rows: rows.map((r) => ({ name: label(r), rates: ratesOf(progressBy.get(r.key) ?? []) })),
        },
        competencies: g.competencies.map((c) => ({ code: c.code, name: g.lang === 'pt' ? c.namePt : c.nameEn, areaCode: c.areaCode })),
        areas: areas.map((a) => ({ code: a.code, name: a.name[g.lang] })),
        areaRanking: areas
          .map((a) => {
            const cells = areaCells.filter(([k]) => k === a.code).map(([, c]) => c);
            const n = cells.reduce((s, c) => s + c.headcount, 0);
            const weigh = (pick: (c: (typeof cells)[number]) => number | null) => (n === 0 ? null : cells.reduce((s, c) => s + (pick(c) ?? 0) * c.headcount, 0) / n);
            return { code: a.code, name: a.name[g.lang], headcount: n, meanGap: weigh((c) => c.meanGap), shareBelow: weigh((c) => c.shareBelow), weightedNeed: cells.reduce((s, c) => s + c.weightedNeed, 0) };
          })
          .sort((a, b) => b.weightedNeed - a.weightedNeed || a.code.localeCompare(b.code)),
        departments: rows.map((r) => ({ name: label(r), areaCells: cellsOf(g.byArea, r), competencyCells: cellsOf(g.byCompetency, r) })),
        targetGroups: g.needs.items
          .filter((n) => n.weightedNeed > 0)
          .map((n) => ({ unit: n.orgUnitName, position: n.positionTitle, code: n.competencyCode, name: n.competencyName[g.lang], headcount: n.headcount, meanGap: n.meanGap, shareBelow: n.shareBelow, weightedNeed: n.weightedNeed })),
      };
      const body = await renderPdf({
        title: `${l.reportTitle} · ${g.campaign.name}`,
        administrationName: g.administrationName,
        lang: g.lang,
        content: buildReportContent(data),
        plainFirstPage: true,
      });
      return { fileName: `tna-report-${g.campaign.closesOn}-${g.lang}.pdf`, contentType: 'application/pdf', body };
    },
  };
}
export type ReportService = ReturnType<typeof makeReportService>;
