import type { TCampaign, TCampaignDetail, TCampaignFormItem, TFormSummary, TProgressByKind } from '@formasaun/shared';
import type { CampaignWithScopes, ProgressRow } from './campaign.repository.js';
import type { CampaignFormRow, FormRow } from './form.repository.js';

/** Timestamps as ISO 8601, whichever text form the driver returned ('2026-11-29 09:00:00+00' or ISO). */
export const iso = (t: string | null) => (t === null ? null : new Date(t.replace(' ', 'T').replace(/([+-]\d\d)$/, '$1:00')).toISOString());

export const presentCampaign = (c: CampaignWithScopes): TCampaign => ({
  id: c.id,
  name: c.name,
  frameworkVersionId: c.frameworkVersionId,
  opensOn: c.opensOn,
  closesOn: c.closesOn,
  mode: c.mode as TCampaign['mode'],
  consolidation: c.consolidation as TCampaign['consolidation'],
  supervisorWeight: Number(c.supervisorWeight),
  singleSource: c.singleSource as TCampaign['singleSource'],
  status: c.status as TCampaign['status'],
  openedAt: iso(c.openedAt),
  closedAt: iso(c.closedAt),
  scopes: c.scopes,
});

/** Self and supervisor forms stay apart: every officer has one of each, so a sum would count officers twice. */
export const presentKindCounts = (r: Omit<ProgressRow, 'orgUnitId' | 'orgUnitName'>): TProgressByKind => ({
  self: { sent: r.selfSent, started: r.selfStarted, submitted: r.selfSubmitted },
  supervisor: { sent: r.supSent, started: r.supStarted, submitted: r.supSubmitted, noAssessor: r.noAssessor },
});

export function presentProgress(list: ProgressRow[]): TCampaignDetail['progress'] {
  const byOrgUnit = list.map((r) => ({ orgUnitId: r.orgUnitId, orgUnitName: r.orgUnitName, ...presentKindCounts(r) }));
  const sum = (pick: (r: ProgressRow) => number) => list.reduce((n, r) => n + pick(r), 0);
  return {
    total: presentKindCounts({
      selfSent: sum((r) => r.selfSent),
      selfStarted: sum((r) => r.selfStarted),
      selfSubmitted: sum((r) => r.selfSubmitted),
      supSent: sum((r) => r.supSent),
      supStarted: sum((r) => r.supStarted),
      supSubmitted: sum((r) => r.supSubmitted),
      noAssessor: sum((r) => r.noAssessor),
    }),
    byOrgUnit,
  };
}

export const presentFormSummary = (f: FormRow): TFormSummary => ({
  id: f.id,
  campaignId: f.campaignId,
  campaignName: f.campaignName,
  campaignStatus: f.campaignStatus as TFormSummary['campaignStatus'],
  closesOn: f.closesOn,
  kind: f.kind as TFormSummary['kind'],
  status: f.status as TFormSummary['status'],
  officer: { id: f.officerId, employeeNumber: f.employeeNumber, name: `${f.givenNames} ${f.familyName}` },
  assessorOfficerId: f.assessorOfficerId,
  isPending: f.campaignStatus === 'open' && f.status !== 'submitted',
  lastRemindedAt: iso(f.lastRemindedAt),
});

export const presentCampaignForm = (f: CampaignFormRow): TCampaignFormItem => ({
  id: f.id,
  kind: f.kind as TCampaignFormItem['kind'],
  status: f.status as TCampaignFormItem['status'],
  officer: { id: f.officerId, employeeNumber: f.employeeNumber, name: `${f.givenNames} ${f.familyName}` },
  orgUnitId: f.orgUnitId,
  orgUnitName: f.orgUnitName,
  assessor: f.assessorOfficerId === null ? null : { id: f.assessorOfficerId, name: f.assessorName ?? '' },
  updatedAt: iso(f.updatedAt)!,
  submittedAt: iso(f.submittedAt),
});
