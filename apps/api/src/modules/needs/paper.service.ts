import type { TLocale, TPaperImportResult, TPaperQuery } from '@formasaun/shared';
import { type Actor, requirePermission, tenantOf } from '../../platform/actor.js';
import type { Clock } from '../../platform/clock.js';
import type { Database, Tx } from '../../platform/db.js';
import { conflict, invalid, notFound } from '../../platform/errors.js';
import { renderPdf } from '../../platform/pdf.js';
import { DEFAULT_LIMITS, readSpreadsheet } from '../organisation/staff-import/read-spreadsheet.js';
import type { CampaignRepository } from './campaign.repository.js';
import { loadCampaign } from './campaign.service.js';
import type { FormRepository } from './form.repository.js';
import type { CompetencyLookups, FrameworkCompetency } from './needs.ports.js';
import { buildPaperContent, paperTitle } from './paper.document.js';
import type { PaperRepository } from './paper.repository.js';
import { employeeNumbersOf, validatePaperSheet } from './paper.rows.js';
import { writePaperTemplate } from './paper.template.js';
import { formatters } from './report.labels.js';
import type { ReportRepository } from './report.repository.js';
import type { PdfFile } from './report.service.js';

type Deps = {
  database: Database;
  campaigns: CampaignRepository;
  forms: FormRepository;
  paper: PaperRepository;
  reports: ReportRepository;
  competency: CompetencyLookups;
  clock: Clock;
};

/** Room for a framework of up to ~250 competencies after the three fixed columns. */
const PAPER_LIMITS = { ...DEFAULT_LIMITS, maxColumns: 253 };

/** The printed code of a form: short enough to read off paper, unique within a campaign in practice. */
export const formCode = (formId: string) => `TNA-${formId.slice(0, 8).toUpperCase()}`;

export function makePaperService({ database, campaigns, forms, paper, reports, competency, clock }: Deps) {
  const adm = (actor: Actor) => actor.administrationId;

  async function openCampaign(tx: Tx, actor: Actor, id: string, opts: { forUpdate?: boolean } = {}) {
    const campaign = await loadCampaign(tx, campaigns, actor, id, opts);
    if (campaign.status !== 'open') throw conflict(`the campaign is ${campaign.status}; paper forms are for an open campaign`);
    return campaign;
  }

  /** Role profiles of the campaign's framework version: the competencies each position is rated on, in framework order. */
  async function profiles(tx: Tx, actor: Actor, versionId: string) {
    const list = await competency.competencies(tx, adm(actor), versionId);
    const cells = await competency.roleProfiles(tx, adm(actor), versionId);
    const byId = new Map(list.map((c) => [c.id, c]));
    const of = (positionId: string | null) =>
      cells
        .filter((p) => p.positionId === positionId && byId.has(p.competencyId))
        .map((p) => ({ competency: byId.get(p.competencyId)!, requiredLevel: p.requiredLevel }))
        .sort((a, b) => a.competency.sort - b.competency.sort || a.competency.code.localeCompare(b.competency.code));
    const scale = await competency.scale(tx, adm(actor), versionId);
    const levels = scale.length > 0 ? { min: Math.min(...scale.map((s) => s.level)), max: Math.max(...scale.map((s) => s.level)) } : { min: 0, max: 4 };
    return { list, of, scale, levels };
  }

  /** The unsubmitted forms of officers in the unit's subtree, with what printing them needs. */
  async function unitForms(tx: Tx, actor: Actor, id: string, orgUnitId: string) {
    requirePermission(actor, 'CampaignManage');
    const campaign = await openCampaign(tx, actor, id);
    const unitIds = await campaigns.subtreeIds(tx, adm(actor), [orgUnitId]);
    if (unitIds.length === 0) throw notFound('org unit');
    const found = (await paper.formsInUnits(tx, adm(actor), id, unitIds)).filter((f) => f.status !== 'submitted');
    return { campaign, found, profile: await profiles(tx, actor, campaign.frameworkVersionId) };
  }

  const localeOf = async (tx: Tx, actor: Actor, lang: TLocale | undefined) => lang ?? (await reports.userLocale(tx, actor.userId));

  return {
    /** Printable forms for a unit without connection: one page per officer and form kind. */
    async paperForms(actor: Actor, id: string, query: TPaperQuery): Promise<PdfFile> {
      const g = await database.transaction(tenantOf(actor), async (tx) => ({
        ...(await unitForms(tx, actor, id, query.orgUnitId)),
        lang: await localeOf(tx, actor, query.lang),
        administrationName: await reports.administrationName(tx, adm(actor)),
      }));
      if (g.found.length === 0) throw conflict('no form to print: every form of this unit is submitted, or none of its officers is in the campaign');
      const pt = g.lang === 'pt';
      const text = (en: string, ptText: string) => (pt ? ptText : en);
      const indicators = (c: FrameworkCompetency) => Object.fromEntries(Object.entries(c.indicators).map(([level, i]) => [level, text(i.en, i.pt)]));
      const body = await renderPdf({
        title: `${paperTitle(g.lang)} · ${g.campaign.name}`,
        administrationName: g.administrationName,
        lang: g.lang,
        content: buildPaperContent({
          lang: g.lang,
          campaignName: g.campaign.name,
          closesOn: formatters(g.lang).date(g.campaign.closesOn),
          scale: g.profile.scale.map((s) => ({ level: s.level, name: text(s.nameEn, s.namePt) })),
          forms: g.found.map((f) => ({
            code: formCode(f.id),
            kind: f.kind === 'supervisor' ? 'supervisor' : 'self',
            officerName: `${f.givenNames} ${f.familyName}`,
            employeeNumber: f.employeeNumber,
            orgUnitName: f.orgUnitName,
            positionTitle: f.positionTitle,
            assessorName: f.assessorName,
            competencies: g.profile.of(f.positionId).map(({ competency: c, requiredLevel }) => ({
              code: c.code,
              name: text(c.nameEn, c.namePt),
              areaName: text(c.areaNameEn, c.areaNamePt),
              requiredLevel,
              indicators: indicators(c),
            })),
          })),
        }),
      });
      return { fileName: `paper-forms-${g.campaign.closesOn}.pdf`, contentType: 'application/pdf', body };
    },

    /** The xlsx the collected paper results are typed into, one row per unsubmitted form of the unit. */
    async paperTemplate(actor: Actor, id: string, query: TPaperQuery): Promise<PdfFile> {
      const g = await database.transaction(tenantOf(actor), async (tx) => unitForms(tx, actor, id, query.orgUnitId));
      const used = new Set(g.found.flatMap((f) => g.profile.of(f.positionId).map((p) => p.competency.id)));
      const body = await writePaperTemplate({
        campaignId: id,
        campaignName: g.campaign.name,
        levels: g.profile.levels,
        competencies: g.profile.list
          .filter((c) => used.has(c.id))
          .sort((a, b) => a.sort - b.sort || a.code.localeCompare(b.code))
          .map((c) => ({ id: c.id, code: c.code, name: c.nameEn })),
        rows: g.found.map((f) => ({
          employeeNumber: f.employeeNumber,
          officerName: `${f.givenNames} ${f.familyName}`,
          kind: f.kind,
          profile: new Set(g.profile.of(f.positionId).map((p) => p.competency.id)),
        })),
      });
      return { fileName: `paper-results-${g.campaign.closesOn}.xlsx`, contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', body };
    },

    /** Typed-in paper results: every row checked first, then all ratings written and the forms submitted together, or nothing. */
    async importPaper(actor: Actor, id: string, input: { fileName: string; bytes: Buffer | undefined }): Promise<TPaperImportResult> {
      requirePermission(actor, 'CampaignManage');
      return database.transaction(tenantOf(actor), async (tx) => {
        const campaign = await openCampaign(tx, actor, id, { forUpdate: true });
        if (!input.bytes || input.bytes.length === 0) throw invalid('send the filled-in template itself as application/octet-stream');
        const sheet = await readSpreadsheet(input.bytes, input.fileName, PAPER_LIMITS);
        const profile = await profiles(tx, actor, campaign.frameworkVersionId);
        const officers = await paper.officersByNumber(tx, adm(actor), employeeNumbersOf(sheet));
        const found = officers.length > 0 ? await paper.formsOfOfficers(tx, adm(actor), id, officers.map((o) => o.id)) : [];
        const result = validatePaperSheet(sheet, {
          officers: new Map(officers.map((o) => [o.employeeNumber, o.id])),
          forms: new Map(found.map((f) => [`${f.officerId}/${f.kind}`, f])),
          competencies: new Map(profile.list.map((c) => [c.code, c.id])),
          profileOf: (positionId) => new Set(profile.of(positionId).map((p) => p.competency.id)),
          levels: profile.levels,
        });
        if (result.errors.length > 0) {
          throw invalid(`${result.errors.length} problems in the file; nothing was written`, { errors: result.errors });
        }
        const ratings = result.forms.flatMap((f) => f.ratings.map((r) => ({ formId: f.formId, competencyId: r.competencyId, level: r.level, comment: null })));
        if (result.forms.length > 0) {
          await forms.saveRatings(tx, adm(actor), ratings);
          await paper.submit(tx, adm(actor), result.forms.map((f) => f.formId), {
            userId: actor.userId,
            at: clock.now().toISOString(),
            reason: `paper form, typed in from ${input.fileName}`.slice(0, 1000),
          });
        }
        return { formsSubmitted: result.forms.length, ratings: ratings.length, skippedRows: result.skippedRows };
      });
    },
  };
}
export type PaperService = ReturnType<typeof makePaperService>;
