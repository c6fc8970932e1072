import type {
  TCampaignFormPage,
  TCampaignFormsQuery,
  TFieldIssue,
  TForm,
  TFormSummary,
  TRating,
  TRatingsUpdate,
  TTeamGrid,
  TTeamRatingsUpdate,
} from '@formasaun/shared';
import { type Actor, requirePermission, tenantOf } from '../../platform/actor.js';
import type { Clock } from '../../platform/clock.js';
import type { Database, Tx } from '../../platform/db.js';
import { conflict, forbidden, invalid, notFound } from '../../platform/errors.js';
import type { CampaignRepository } from './campaign.repository.js';
import { loadCampaign } from './campaign.service.js';
import type { FormRepository, FormRow, RatingRow } from './form.repository.js';
import type { CompetencyLookups, FrameworkCompetency } from './needs.ports.js';
import { formAccess, resultsScope } from './needs.policy.js';
import { iso, presentCampaignForm, presentFormSummary } from './needs.presenter.js';

type Deps = { database: Database; forms: FormRepository; campaigns: CampaignRepository; competency: CompetencyLookups; clock: Clock };
/** The competencies of a position's role profile in a framework version, with their required levels. */
type Profile = { competency: FrameworkCompetency; requiredLevel: number }[];

export function makeFormService({ database, forms, campaigns, competency, clock }: Deps) {
  const adm = (actor: Actor) => actor.administrationId;

  /** Role profiles of one framework version, per position. */
  async function profilesOf(tx: Tx, actor: Actor, versionId: string): Promise<(positionId: string | null) => Profile> {
    const list = await competency.competencies(tx, adm(actor), versionId);
    const cells = await competency.roleProfiles(tx, adm(actor), versionId);
    const byId = new Map(list.map((c) => [c.id, c]));
    return (positionId) =>
      cells
        .filter((p) => p.positionId === positionId && byId.has(p.competencyId))
        .map((p) => ({ competency: byId.get(p.competencyId)!, requiredLevel: p.requiredLevel }))
        .sort((a, b) => a.competency.sort - b.competency.sort || a.competency.code.localeCompare(b.competency.code));
  }

  async function visibleForm(tx: Tx, actor: Actor, id: string, opts: { forUpdate?: boolean } = {}) {
    const form = await forms.find(tx, adm(actor), id, opts);
    const access = form ? formAccess(actor, form) : 'none';
    if (!form || access === 'none') throw notFound('assessment form');
    return { form, access };
  }

  /** The form must be the actor's to fill, its campaign open and the form not yet submitted. */
  function requireEditable(form: FormRow, access: string) {
    if (access !== 'edit') throw forbidden('only the officer or the assessor fills this form');
    if (form.campaignStatus !== 'open') throw conflict(`the campaign is ${form.campaignStatus}`);
    if (form.status === 'submitted') throw conflict('the form is submitted; the training manager can reopen it');
  }

  /** Levels on the framework's scale, competencies of the form's profile; issues carry the body path. */
  function checkRatings(ratings: { competencyId: string; level: number }[], profileOf: (i: number) => Profile, scale: Set<number>) {
    const issues: TFieldIssue[] = [];
    ratings.forEach((r, i) => {
      if (!profileOf(i).some((p) => p.competency.id === r.competencyId)) issues.push({ path: `body.ratings.${i}.competencyId`, message: 'not a competency of this form' });
      if (scale.size > 0 && !scale.has(r.level)) issues.push({ path: `body.ratings.${i}.level`, message: `not on the scale (${[...scale].join(', ')})` });
    });
    if (issues.length > 0) throw invalid('some ratings are not acceptable', issues);
  }

  const scaleOf = async (tx: Tx, actor: Actor, versionId: string) => new Set((await competency.scale(tx, adm(actor), versionId)).map((s) => s.level));

  async function formView(tx: Tx, actor: Actor, form: FormRow, access: string): Promise<TForm> {
    const profile = (await profilesOf(tx, actor, form.frameworkVersionId))(form.positionId);
    const ratings = new Map((await forms.ratings(tx, adm(actor), [form.id])).map((r) => [r.competencyId, r]));
    const showRequired = form.kind === 'supervisor' || access === 'read';
    return {
      ...presentFormSummary(form),
      scale: await competency.scale(tx, adm(actor), form.frameworkVersionId),
      competencies: profile.map(({ competency: c, requiredLevel }) => ({
        competencyId: c.id,
        code: c.code,
        name: { en: c.nameEn, pt: c.namePt },
        areaCode: c.areaCode,
        areaName: { en: c.areaNameEn, pt: c.areaNamePt },
        indicators: c.indicators,
        requiredLevel: showRequired ? requiredLevel : null,
        level: ratings.get(c.id)?.level ?? null,
        comment: ratings.get(c.id)?.comment ?? null,
      })),
      events: (await forms.events(tx, adm(actor), form.id)).map((e) => ({ ...e, at: iso(e.at)! })),
    };
  }

  const toRows = (formId: string, ratings: TRating[]): RatingRow[] => ratings.map((r) => ({ formId, competencyId: r.competencyId, level: r.level, comment: r.comment }));

  return {
    async findMyForms(actor: Actor): Promise<{ items: TFormSummary[] }> {
      if (!actor.officerId) return { items: [] };
      const officerId = actor.officerId;
      return database.transaction(tenantOf(actor), async (tx) => ({
        items: (await forms.findForOfficer(tx, adm(actor), officerId)).filter((f) => formAccess(actor, f) === 'edit').map(presentFormSummary),
      }));
    },

    /** A campaign's forms for the training manager, or a supervisor's subtree; filters by unit subtree, status and kind. */
    async findCampaignForms(actor: Actor, campaignId: string, query: TCampaignFormsQuery): Promise<TCampaignFormPage> {
      requirePermission(actor, 'CampaignRead');
      const scope = resultsScope(actor);
      if (scope.kind === 'self' || (scope.kind === 'all' && !scope.hasNames)) throw forbidden('officer names are not available to this role');
      return database.transaction(tenantOf(actor), async (tx) => {
        await loadCampaign(tx, campaigns, actor, campaignId);
        const visible = scope.kind === 'subtree' ? await campaigns.subtreeIds(tx, adm(actor), scope.roots) : null;
        let unitIds = visible;
        if (query.orgUnitId) {
          const below = await campaigns.subtreeIds(tx, adm(actor), [query.orgUnitId]);
          if (below.length === 0 || (visible && !visible.includes(query.orgUnitId))) throw notFound('org unit');
          unitIds = below;
        }
        const { page, pageSize } = query;
        const found = await forms.findCampaignForms(tx, adm(actor), campaignId, { unitIds, status: query.status, kind: query.kind, limit: pageSize, offset: (page - 1) * pageSize });
        return { items: found.map(presentCampaignForm), total: found[0]?.total ?? 0, page, pageSize };
      });
    },

    async getForm(actor: Actor, id: string): Promise<TForm> {
      return database.transaction(tenantOf(actor), async (tx) => {
        const { form, access } = await visibleForm(tx, actor, id);
        return formView(tx, actor, form, access);
      });
    },

    /** Autosave of a partial set of ratings; the first save marks the form started. */
    async saveRatings(actor: Actor, id: string, input: TRatingsUpdate): Promise<TForm> {
      return database.transaction(tenantOf(actor), async (tx) => {
        const { form, access } = await visibleForm(tx, actor, id, { forUpdate: true });
        requireEditable(form, access);
        const profile = (await profilesOf(tx, actor, form.frameworkVersionId))(form.positionId);
        checkRatings(input.ratings, () => profile, await scaleOf(tx, actor, form.frameworkVersionId));
        await forms.saveRatings(tx, adm(actor), toRows(id, input.ratings));
        await forms.touch(tx, adm(actor), [id], clock.now().toISOString());
        return formView(tx, actor, { ...form, status: form.status === 'sent' ? 'started' : form.status }, access);
      });
    },

    async submitForm(actor: Actor, id: string): Promise<TForm> {
      return database.transaction(tenantOf(actor), async (tx) => {
        const { form, access } = await visibleForm(tx, actor, id, { forUpdate: true });
        requireEditable(form, access);
        const profile = (await profilesOf(tx, actor, form.frameworkVersionId))(form.positionId);
        const rated = new Set((await forms.ratings(tx, adm(actor), [id])).map((r) => r.competencyId));
        const missing = profile.filter((p) => !rated.has(p.competency.id));
        if (missing.length > 0) {
          throw invalid(`${missing.length} competencies are not rated yet`, missing.map((p) => ({ path: `competencies.${p.competency.code}`, message: 'not rated' })));
        }
        const at = clock.now().toISOString();
        await forms.setStatus(tx, adm(actor), [id], 'submitted', at);
        await forms.addEvent(tx, adm(actor), { formId: id, kind: 'submitted', userId: actor.userId, at });
        return formView(tx, actor, { ...form, status: 'submitted' }, access);
      });
    },

    /** Only the training manager reopens a submitted form, and the reason is recorded. */
    async reopenForm(actor: Actor, id: string, reason: string): Promise<TForm> {
      requirePermission(actor, 'CampaignManage');
      return database.transaction(tenantOf(actor), async (tx) => {
        const { form, access } = await visibleForm(tx, actor, id, { forUpdate: true });
        if (form.campaignStatus !== 'open') throw conflict(`the campaign is ${form.campaignStatus}`);
        if (form.status !== 'submitted') throw conflict('only a submitted form can be reopened');
        const at = clock.now().toISOString();
        await forms.setStatus(tx, adm(actor), [id], 'started', at);
        await forms.addEvent(tx, adm(actor), { formId: id, kind: 'reopened', reason, userId: actor.userId, at });
        return formView(tx, actor, { ...form, status: 'started' }, access);
      });
    },

    async setAssessor(actor: Actor, id: string, assessorOfficerId: string): Promise<TForm> {
      requirePermission(actor, 'CampaignManage');
      return database.transaction(tenantOf(actor), async (tx) => {
        const { form, access } = await visibleForm(tx, actor, id, { forUpdate: true });
        if (!(await forms.officerExists(tx, adm(actor), assessorOfficerId))) throw notFound('officer');
        if (form.kind !== 'supervisor') throw invalid('only a supervisor form has an assessor', [{ path: 'params.id', message: 'a self form' }]);
        if (assessorOfficerId === form.officerId) throw invalid('an officer cannot assess themselves', [{ path: 'body.assessorOfficerId', message: 'the assessed officer' }]);
        if (form.campaignStatus === 'closed' || form.status === 'submitted') throw conflict('the form is no longer open');
        await forms.setAssessor(tx, adm(actor), id, assessorOfficerId);
        return formView(tx, actor, { ...form, assessorOfficerId }, access);
      });
    },

    /** The supervisor's grid: the forms the actor assesses in one campaign, officers × competencies. */
    async getTeam(actor: Actor, campaignId: string): Promise<TTeamGrid> {
      requirePermission(actor, 'AssessmentSupervise');
      return database.transaction(tenantOf(actor), async (tx) => {
        const campaign = await loadCampaign(tx, campaigns, actor, campaignId);
        const team = actor.officerId ? await forms.findTeam(tx, adm(actor), campaignId, actor.officerId) : [];
        const profileOf = await profilesOf(tx, actor, campaign.frameworkVersionId);
        const ratings = team.length > 0 ? await forms.ratings(tx, adm(actor), team.map((f) => f.id)) : [];
        const columns = new Map<string, FrameworkCompetency>();
        const rowsOut = team.map((f) => {
          const profile = profileOf(f.positionId);
          for (const p of profile) columns.set(p.competency.id, p.competency);
          const levels = ratings.filter((r) => r.formId === f.id).map((r) => [r.competencyId, r.level] as const);
          return {
            formId: f.id,
            officer: presentFormSummary(f).officer,
            status: f.status as TTeamGrid['rows'][number]['status'],
            required: Object.fromEntries(profile.map((p) => [p.competency.id, p.requiredLevel])),
            levels: Object.fromEntries(levels),
          };
        });
        const competencies = [...columns.values()]
          .sort((a, b) => a.sort - b.sort || a.code.localeCompare(b.code))
          .map((c) => ({ competencyId: c.id, code: c.code, name: { en: c.nameEn, pt: c.namePt }, indicators: c.indicators }));
        const scale = (await competency.scale(tx, adm(actor), campaign.frameworkVersionId)).map((l) => ({ level: l.level, name: { en: l.nameEn, pt: l.namePt } }));
        return { scale, competencies, rows: rowsOut };
      });
    },

    /** Ratings for several of the actor's team forms, all or nothing. */
    async saveTeam(actor: Actor, campaignId: string, input: TTeamRatingsUpdate): Promise<TTeamGrid> {
      requirePermission(actor, 'AssessmentSupervise');
      await database.transaction(tenantOf(actor), async (tx) => {
        const campaign = await loadCampaign(tx, campaigns, actor, campaignId);
        const ids = [...new Set(input.ratings.map((r) => r.formId))];
        const found = new Map((await forms.findMany(tx, adm(actor), ids)).map((f) => [f.id, f]));
        for (const formId of ids) {
          const form = found.get(formId);
          if (!form || form.campaignId !== campaignId || form.kind !== 'supervisor' || formAccess(actor, form) !== 'edit') throw notFound('assessment form');
          requireEditable(form, 'edit');
        }
        if (campaign.status !== 'open') throw conflict(`the campaign is ${campaign.status}`);
        const profileOf = await profilesOf(tx, actor, campaign.frameworkVersionId);
        checkRatings(input.ratings, (i) => profileOf(found.get(input.ratings[i]!.formId)!.positionId), await scaleOf(tx, actor, campaign.frameworkVersionId));
        await forms.saveRatings(tx, adm(actor), input.ratings.map((r) => ({ formId: r.formId, competencyId: r.competencyId, level: r.level, comment: r.comment })));
        await forms.touch(tx, adm(actor), ids, clock.now().toISOString());
      });
      return this.getTeam(actor, campaignId);
    },
  };
}
export type FormService = ReturnType<typeof makeFormService>;
