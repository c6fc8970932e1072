import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAdministration, createOfficer, createOrgUnit, createTestApp, createUser, type Session, signIn, type TestContext } from '../../../test/harness.js';
import { createFramework } from './needs.test-factories.js';

let ctx: TestContext;
let adm: Awaited<ReturnType<typeof createAdministration>>;
let manager: Session;
let versionId: string;

beforeAll(async () => {
  ctx = await createTestApp();
  adm = await createAdministration(ctx.database);
  versionId = (await createFramework(ctx.database, adm.id, [{ code: 'valuation' }])).versionId;
  manager = await signIn(ctx.app, await createUser(ctx.database, { administrationId: adm.id, roles: [{ role: 'training_manager' }] }));
});
afterAll(() => ctx.close());

const setHead = async (unitId: string, headOfficerId: string) =>
  expect((await manager.request('PATCH', `/api/v1/org-units/${unitId}`, { headOfficerId })).statusCode).toBe(200);

/** Opens a campaign over the unit's subtree; returns each officer's supervisor-form assessor (null: none). */
async function openCampaignOver(orgUnitId: string): Promise<{ campaignId: string; assessorOf: Map<string, string | null> }> {
  const created = await manager.request('POST', '/api/v1/campaigns', {
    name: `TNA ${crypto.randomUUID()}`, frameworkVersionId: versionId, opensOn: '2026-11-01', closesOn: '2026-12-15',
    mode: 'both', consolidation: 'mean', scopes: [{ orgUnitId }],
  });
  expect(created.statusCode).toBe(201);
  const campaignId = created.json().id as string;
  expect((await manager.request('POST', `/api/v1/campaigns/${campaignId}/open`)).statusCode).toBe(200);
  const forms = await ctx.database.raw.query<{ officer_id: string; assessor_officer_id: string | null }>(
    `select officer_id, assessor_officer_id from assessment_forms where administration_id = $1 and campaign_id = $2 and kind = 'supervisor'`,
    [adm.id, campaignId],
  );
  return { campaignId, assessorOf: new Map(forms.map((f) => [f.officer_id, f.assessor_officer_id])) };
}

describe('supervisor-form assessors', () => {
  /**
   * Top (no head) ─ Ops (head: director) ─ Port (head: portHead) ─ Team (no head)
   *                                       └ Border (head on leave)
   *               └ Training (no head; a supervisor account on Top sits here)
   */
  it('takes the head of the unit, else of the nearest unit above, else a supervisor account, else none', async () => {
    const top = await createOrgUnit(ctx.database, adm.id, adm.rootUnitId, 'Top');
    const ops = await createOrgUnit(ctx.database, adm.id, top, 'Ops');
    const port = await createOrgUnit(ctx.database, adm.id, ops, 'Port');
    const team = await createOrgUnit(ctx.database, adm.id, port, 'Team');
    const border = await createOrgUnit(ctx.database, adm.id, ops, 'Border');
    const training = await createOrgUnit(ctx.database, adm.id, top, 'Training');
    const director = await createOfficer(ctx.database, adm.id, ops);
    const portHead = await createOfficer(ctx.database, adm.id, port);
    const docker = await createOfficer(ctx.database, adm.id, port);
    const teamMember = await createOfficer(ctx.database, adm.id, team);
    const borderHead = await createOfficer(ctx.database, adm.id, border);
    const guard = await createOfficer(ctx.database, adm.id, border);
    const trainer = await createOfficer(ctx.database, adm.id, training);
    const coordinator = await createOfficer(ctx.database, adm.id, training);
    await createUser(ctx.database, { administrationId: adm.id, officerId: coordinator.id, roles: [{ role: 'supervisor', orgUnitId: top }] });
    await setHead(ops, director.id);
    await setHead(port, portHead.id);
    await setHead(border, borderHead.id);
    // The director also heads the team directly, as an acting head would.
    await setHead(team, director.id);
    await manager.request('PATCH', `/api/v1/officers/${borderHead.id}`, { status: 'on_leave' });

    const { assessorOf } = await openCampaignOver(top);
    expect(Object.fromEntries(assessorOf)).toEqual({
      [portHead.id]: director.id, // heads their own unit: the head above
      [docker.id]: portHead.id, // the head of their unit
      [teamMember.id]: director.id, // the team's (acting) head
      [guard.id]: director.id, // the head of Border is on leave: the nearest active head above
      [director.id]: coordinator.id, // no head above Ops: the supervisor account upwards
      [trainer.id]: coordinator.id, // no head at all: the supervisor account upwards
      [coordinator.id]: null, // the only supervisor account is their own: no assessor
    });
  });

  it('keeps the head rule after the unit moves, and lets the manager override one form', async () => {
    const a = await createOrgUnit(ctx.database, adm.id, adm.rootUnitId, 'A');
    const b = await createOrgUnit(ctx.database, adm.id, adm.rootUnitId, 'B');
    const leaf = await createOrgUnit(ctx.database, adm.id, a, 'Leaf');
    const headA = await createOfficer(ctx.database, adm.id, a);
    const headB = await createOfficer(ctx.database, adm.id, b);
    const member = await createOfficer(ctx.database, adm.id, leaf);
    await setHead(a, headA.id);
    await setHead(b, headB.id);
    expect((await manager.request('POST', `/api/v1/org-units/${leaf}/move`, { parentId: b })).statusCode).toBe(200);

    const { campaignId, assessorOf } = await openCampaignOver(adm.rootUnitId);
    expect(assessorOf.get(member.id)).toBe(headB.id);
    const [form] = await ctx.database.raw.query<{ id: string }>(
      `select id from assessment_forms where administration_id = $1 and campaign_id = $2 and officer_id = $3 and kind = 'supervisor'`,
      [adm.id, campaignId, member.id],
    );
    const assigned = await manager.request('PUT', `/api/v1/assessment-forms/${form!.id}/assessor`, { assessorOfficerId: headA.id });
    expect(assigned.statusCode).toBe(200);
    expect(assigned.json().assessorOfficerId).toBe(headA.id);
  });
});
