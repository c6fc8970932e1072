import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAdministration, createOfficer, createOrgUnit, createTestApp, createUser, type Session, signIn, type TestContext } from '../../../test/harness.js';
import { type CampaignMode, type ConsolidationRule, consolidate, consolidationOf, gapOf, type SingleSourceRule } from './needs.domain.js';
import { createFramework, setRoleProfile } from './needs.test-factories.js';

let ctx: TestContext;
let adm: Awaited<ReturnType<typeof createAdministration>>;
let manager: Session;
let sup: Session;
let competencyId: string;
let versionId: string;

beforeAll(async () => {
  ctx = await createTestApp();
  adm = await createAdministration(ctx.database);
  const fw = await createFramework(ctx.database, adm.id, [{ code: 'valuation' }]);
  versionId = fw.versionId;
  competencyId = fw.competencies[0]!.id;
  await setRoleProfile(ctx.database, adm.id, versionId, adm.positionId, [{ competencyId, requiredLevel: 4, criticality: 2 }]);
  manager = await signIn(ctx.app, await createUser(ctx.database, { administrationId: adm.id, roles: [{ role: 'training_manager' }] }));
  const head = await createOfficer(ctx.database, adm.id, adm.rootUnitId, { familyName: 'Head' });
  sup = await signIn(
    ctx.app,
    await createUser(ctx.database, { administrationId: adm.id, officerId: head.id, roles: [{ role: 'supervisor', orgUnitId: adm.rootUnitId }] }),
  );
});
afterAll(() => ctx.close());

interface Case {
  mode: CampaignMode;
  consolidation: ConsolidationRule;
  singleSource: SingleSourceRule;
  self: number | null;
  supervisor: number | null;
}

/** Runs one campaign for one officer through the API and returns the frozen result. */
async function run(c: Case, supervisorWeight = 0.7) {
  const unit = await createOrgUnit(ctx.database, adm.id, adm.rootUnitId);
  const officer = await createOfficer(ctx.database, adm.id, unit, { positionId: adm.positionId });
  const me = await signIn(ctx.app, await createUser(ctx.database, { administrationId: adm.id, officerId: officer.id, roles: [{ role: 'officer' }] }));
  const body = { name: 'Case', frameworkVersionId: versionId, opensOn: '2026-11-01', closesOn: '2026-11-30', supervisorWeight, scopes: [{ orgUnitId: unit }] };
  const campaign = (await manager.request('POST', '/api/v1/campaigns', { ...body, ...c })).json();
  await manager.request('POST', `/api/v1/campaigns/${campaign.id}/open`);
  const fill = async (s: Session, kind: string, level: number) => {
    const form = (await s.request('GET', '/api/v1/my/assessment-forms')).json().items.find((f: { kind: string; campaignId: string }) => f.kind === kind && f.campaignId === campaign.id);
    await s.request('PUT', `/api/v1/assessment-forms/${form.id}/ratings`, { ratings: [{ competencyId, level }] });
    expect((await s.request('POST', `/api/v1/assessment-forms/${form.id}/submit`)).statusCode).toBe(200);
  };
  if (c.self !== null) await fill(me, 'self', c.self);
  if (c.supervisor !== null) await fill(sup, 'supervisor', c.supervisor);
  expect((await manager.request('POST', `/api/v1/campaigns/${campaign.id}/close`)).json().results).toBe(1);
  const profile = (await manager.request('GET', `/api/v1/campaigns/${campaign.id}/profile?officerId=${officer.id}`)).json();
  return profile.competencies[0] as { assessedLevel: number | null; gap: number; weightedNeed: number };
}

describe('consolidation, end to end', () => {
  const cases: Case[] = [
    { mode: 'both', consolidation: 'supervisor', singleSource: 'use_available', self: 4, supervisor: 1 },
    { mode: 'both', consolidation: 'mean', singleSource: 'use_available', self: 1, supervisor: 2 },
    { mode: 'both', consolidation: 'max', singleSource: 'use_available', self: 3, supervisor: 1 },
    { mode: 'both', consolidation: 'weighted', singleSource: 'use_available', self: 1, supervisor: 3 },
    { mode: 'both', consolidation: 'mean', singleSource: 'use_available', self: 2, supervisor: null },
    { mode: 'both', consolidation: 'mean', singleSource: 'exclude', self: 2, supervisor: null },
    { mode: 'both', consolidation: 'supervisor', singleSource: 'exclude', self: null, supervisor: 3 },
    { mode: 'self', consolidation: 'supervisor', singleSource: 'exclude', self: 2, supervisor: null },
    { mode: 'supervisor', consolidation: 'mean', singleSource: 'exclude', self: null, supervisor: 0 },
  ];
  it.each(cases)('$mode / $consolidation / $singleSource: self $self, supervisor $supervisor', async (c) => {
    const expected = consolidate(c.self, c.supervisor, consolidationOf({ ...c, supervisorWeight: 0.7 }));
    const result = await run(c);
    expect(result.assessedLevel).toBe(expected);
    expect(result.gap).toBe(gapOf(4, expected));
    expect(result.weightedNeed).toBeCloseTo(gapOf(4, expected) * 2, 2);
  });
});

describe('opening a large campaign', () => {
  it('creates 2,000 officers’ forms with set-based SQL', async () => {
    const unit = await createOrgUnit(ctx.database, adm.id, adm.rootUnitId, 'Large unit');
    await ctx.database.raw.query(
      `insert into officers (administration_id, employee_number, given_names, family_name, sex, org_unit_id, position_id)
       select $1, 'L-' || i, 'Given', 'Family ' || i, 'female', $2, $3 from generate_series(1, 2000) i`,
      [adm.id, unit, adm.positionId],
    );
    const body = { name: 'Large', frameworkVersionId: versionId, opensOn: '2026-11-01', closesOn: '2026-11-30', mode: 'both', consolidation: 'mean' };
    const campaign = (await manager.request('POST', '/api/v1/campaigns', { ...body, scopes: [{ orgUnitId: unit }] })).json();
    const started = performance.now();
    const opened = await manager.request('POST', `/api/v1/campaigns/${campaign.id}/open`);
    const seconds = (performance.now() - started) / 1000;
    console.log(`opening a campaign for 2,000 officers (${ctx.database.kind}): ${seconds.toFixed(2)} s`);
    expect(opened.json().progress.total).toEqual({ self: { sent: 2000, started: 0, submitted: 0 }, supervisor: { sent: 2000, started: 0, submitted: 0, noAssessor: 0 } });
    const closeStarted = performance.now();
    expect((await manager.request('POST', `/api/v1/campaigns/${campaign.id}/close`)).json().results).toBe(2000);
    console.log(`closing it (${ctx.database.kind}): ${((performance.now() - closeStarted) / 1000).toFixed(2)} s`);
    expect(seconds).toBeLessThan(20);
  });
});
