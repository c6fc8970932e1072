import type { TCampaign, TCampaignDetail, TFormSummary } from '@formasaun/shared';
import type { CampaignWithScopes, ProgressRow } from './campaign.repository.js';
import type { FormRow } from './form.repository.js';

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

export function presentProgress(list: ProgressRow[]): TCampaignDetail['progress'] {
  const byOrgUnit = list.map((r) => ({
    orgUnitId: r.orgUnitId,
    orgUnitName: r.orgUnitName,
    self: { sent: r.selfSent, started: r.selfStarted, submitted: r.selfSubmitted },
    supervisor: { sent: r.supSent, started: r.supStarted, submitted: r.supSubmitted, noAssessor: r.noAssessor },
  }));
  const sum = (pick: (r: ProgressRow) => number) => list.reduce((n, r) => n + pick(r), 0);
  return {
    total: {
      sent: sum((r) => r.selfSent + r.supSent),
      started: sum((r) => r.selfStarted + r.supStarted),
      submitted: sum((r) => r.selfSubmitted + r.supSubmitted),
      noAssessor: sum((r) => r.noAssessor),
    },
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
