import { expect } from 'vitest';
import { createFramework } from '../../src/modules/needs/needs.test-factories.js';
import type { Database } from '../../src/platform/db.js';
import { createOfficer } from '../harness.js';
import type { TenantCaseBuilder } from './types.js';

/** A campaign in the given state with one officer's self and supervisor forms, written with SQL (no competency lookups needed). */
async function campaignWithForms(database: Database, adm: { id: string; rootUnitId: string; positionId: string }, status: string) {
  const fw = await createFramework(database, adm.id, [{ code: 'valuation' }]);
  const officer = await createOfficer(database, adm.id, adm.rootUnitId, { positionId: adm.positionId });
  const [campaign] = await database.raw.query<{ id: string }>(
    `insert into assessment_campaigns (administration_id, name, framework_version_id, opens_on, closes_on, mode, consolidation, status)
     values ($1, 'TNA', $2, '2026-11-01', '2026-12-01', 'both', 'mean', $3) returning id`,
    [adm.id, fw.versionId, status],
  );
  await database.raw.query(`insert into campaign_scopes (administration_id, campaign_id, org_unit_id) values ($1, $2, $3)`, [adm.id, campaign!.id, adm.rootUnitId]);
  const forms = await database.raw.query<{ id: string; kind: string }>(
    `insert into assessment_forms (administration_id, campaign_id, officer_id, kind, org_unit_id, position_id)
     select $1, $2, $3, k, $4, $5 from unnest(array['self', 'supervisor']) k returning id, kind`,
    [adm.id, campaign!.id, officer.id, adm.rootUnitId, adm.positionId],
  );
  return {
    campaign: campaign!.id,
    self: forms.find((f) => f.kind === 'self')!.id,
    supervisor: forms.find((f) => f.kind === 'supervisor')!.id,
    competency: fw.competencies[0]!.id,
    versionId: fw.versionId,
    officer: officer.id,
  };
}

/** The needs context's routes (campaigns, forms, results). */
export const needsCases: TenantCaseBuilder = async (ctx, mine, theirs) => {
  const t = await campaignWithForms(ctx.database, theirs.adm, 'open');
  const own = await campaignWithForms(ctx.database, mine.adm, 'closed');
  const ownOpen = await campaignWithForms(ctx.database, mine.adm, 'open');
  const c = t.campaign;
  const teamBody = { ratings: [{ formId: t.supervisor, competencyId: t.competency, level: 1 }] };
  return {
    routes: {
      '/api/v1/campaigns/{id}': [
        { method: 'GET', id: c },
        { method: 'PATCH', id: c, body: { name: 'Taken over' } },
      ],
      '/api/v1/campaigns/{id}/open': [{ method: 'POST', id: c }],
      '/api/v1/campaigns/{id}/close': [{ method: 'POST', id: c }],
      '/api/v1/campaigns/{id}/reminders': [{ method: 'POST', id: c }],
      '/api/v1/campaigns/{id}/forms': [{ method: 'GET', id: c }],
      '/api/v1/campaigns/{id}/team': [
        { method: 'GET', id: c },
        { method: 'PUT', id: c, body: teamBody },
      ],
      '/api/v1/campaigns/{id}/heatmap': [{ method: 'GET', id: c }],
      '/api/v1/campaigns/{id}/needs': [{ method: 'GET', id: c }],
      '/api/v1/campaigns/{id}/profile': [{ method: 'GET', id: `${c}?officerId=${t.officer}` }],
      '/api/v1/campaigns/{id}/compare': [{ method: 'GET', id: `${c}?with=${own.campaign}` }],
      '/api/v1/campaigns/{id}/drilldown': [{ method: 'GET', id: `${c}?orgUnitId=${theirs.adm.rootUnitId}&key=valuation` }],
      '/api/v1/campaigns/{id}/results/export': [{ method: 'GET', id: c }],
      '/api/v1/campaigns/{id}/planning-groups': [{ method: 'GET', id: c }],
      '/api/v1/campaigns/{id}/report.pdf': [{ method: 'GET', id: c }],
      '/api/v1/campaigns/{id}/paper-forms.pdf': [{ method: 'GET', id: `${c}?orgUnitId=${theirs.adm.rootUnitId}` }],
      '/api/v1/campaigns/{id}/paper-template.xlsx': [{ method: 'GET', id: `${c}?orgUnitId=${theirs.adm.rootUnitId}` }],
      '/api/v1/campaigns/{id}/paper-import': [{ method: 'POST', id: `${c}?fileName=paper.xlsx` }],
      '/api/v1/assessment-forms/{id}': [{ method: 'GET', id: t.self }],
      '/api/v1/assessment-forms/{id}/ratings': [{ method: 'PUT', id: t.self, body: { ratings: [{ competencyId: t.competency, level: 2 }] } }],
      '/api/v1/assessment-forms/{id}/submit': [{ method: 'POST', id: t.self }],
      '/api/v1/assessment-forms/{id}/reopen': [{ method: 'POST', id: t.self, body: { reason: 'taken over' } }],
      '/api/v1/assessment-forms/{id}/assessor': [{ method: 'PUT', id: t.supervisor, body: { assessorOfficerId: t.officer } }],
    },
    bodies: [
      {
        method: 'POST',
        url: '/api/v1/campaigns',
        body: { name: 'X', frameworkVersionId: t.versionId, opensOn: '2026-11-01', closesOn: '2026-12-01', mode: 'both', consolidation: 'mean', scopes: [{ orgUnitId: mine.adm.rootUnitId }] },
      },
      {
        method: 'POST',
        url: '/api/v1/campaigns',
        body: { name: 'X', frameworkVersionId: own.versionId, opensOn: '2026-11-01', closesOn: '2026-12-01', mode: 'both', consolidation: 'mean', scopes: [{ orgUnitId: theirs.adm.rootUnitId }] },
      },
      { method: 'PUT', url: `/api/v1/assessment-forms/${own.supervisor}/assessor`, body: { assessorOfficerId: t.officer } },
      { method: 'PUT', url: `/api/v1/campaigns/${own.campaign}/team`, body: teamBody },
      { method: 'GET', url: `/api/v1/campaigns/${own.campaign}/compare?with=${c}`, body: undefined },
      { method: 'GET', url: `/api/v1/campaigns/${own.campaign}/profile?officerId=${t.officer}`, body: undefined },
      { method: 'GET', url: `/api/v1/campaigns/${own.campaign}/heatmap?orgUnitId=${theirs.adm.rootUnitId}`, body: undefined },
      { method: 'GET', url: `/api/v1/campaigns/${ownOpen.campaign}/forms?orgUnitId=${theirs.adm.rootUnitId}`, body: undefined },
      { method: 'GET', url: `/api/v1/campaigns/${own.campaign}/drilldown?orgUnitId=${theirs.adm.rootUnitId}&key=valuation`, body: undefined },
      { method: 'GET', url: `/api/v1/campaigns/${ownOpen.campaign}/paper-forms.pdf?orgUnitId=${theirs.adm.rootUnitId}`, body: undefined },
      { method: 'GET', url: `/api/v1/campaigns/${ownOpen.campaign}/paper-template.xlsx?orgUnitId=${theirs.adm.rootUnitId}`, body: undefined },
    ],
    lists: [
      { url: '/api/v1/campaigns', foreignIds: [c] },
      { url: '/api/v1/my/assessment-forms', foreignIds: [t.self, t.supervisor] },
    ],
    unchanged: async (s) => {
      const campaign = (await s.request('GET', `/api/v1/campaigns/${c}`)).json();
      expect([campaign.name, campaign.status]).toEqual(['TNA', 'open']);
      const form = (await s.request('GET', `/api/v1/assessment-forms/${t.self}`)).json();
      expect([form.status, form.events]).toEqual(['sent', []]);
    },
  };
};
