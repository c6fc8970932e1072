import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOfficer, createTestApp, createUser, type Session, signIn, type TestContext } from '../../../test/harness.js';
import { createPriority, portBorderWorld } from './needs.test-factories.js';

let ctx: TestContext;
let manager: Session;
let w: Awaited<ReturnType<typeof world>>;

/** The shared world, plus an officer without a position and a priority on valuation. */
async function world() {
  const base = await portBorderWorld(ctx);
  const { adm, units, officers } = base;
  await createPriority(ctx.database, adm.id, { multiplier: 2, codes: ['valuation'], validFrom: '2026-01-01' });
  const noPosition = await createOfficer(ctx.database, adm.id, units.port, { familyName: 'Dias' });
  return {
    ...base,
    officers: { ...officers, noPosition },
    mgr: await base.user(undefined, 'training_manager'),
    s1: await base.user(officers.o1.id, 'officer'),
    s3: await base.user(officers.o3.id, 'officer'),
    sup: await base.user(officers.sara.id, 'supervisor', units.port),
  };
}

const campaignBody = (extra: Record<string, unknown> = {}) => ({
  name: 'TNA 2026',
  frameworkVersionId: w.fw.versionId,
  opensOn: '2026-11-01',
  closesOn: '2026-12-15',
  mode: 'both',
  consolidation: 'mean',
  scopes: [{ orgUnitId: w.adm.rootUnitId }],
  ...extra,
});
const ratingsOf = (levels: [string, number][]) => ({ ratings: levels.map(([competencyId, level]) => ({ competencyId, level })) });

beforeAll(async () => {
  ctx = await createTestApp();
  w = await world();
  manager = w.mgr;
});
afterAll(() => ctx.close());

describe('campaign lifecycle', () => {
  let campaignId: string;
  const formOf = async (s: Session, officerId: string, kind: string) =>
    ((await s.request('GET', '/api/v1/my/assessment-forms')).json().items as { id: string; kind: string; officer: { id: string } }[]).find(
      (f) => f.officer.id === officerId && f.kind === kind,
    )!.id;

  it('creates, edits while draft and opens a campaign, creating every form with its assessor', async () => {
    const created = await manager.request('POST', '/api/v1/campaigns', campaignBody());
    expect(created.statusCode).toBe(201);
    campaignId = created.json().id;
    expect((await manager.request('PATCH', `/api/v1/campaigns/${campaignId}`, { name: 'TNA 2026/27' })).json().name).toBe('TNA 2026/27');
    const opened = await manager.request('POST', `/api/v1/campaigns/${campaignId}/open`);
    expect(opened.statusCode).toBe(200);
    const progress = opened.json().progress;
    expect(progress.total).toEqual({ self: { sent: 5, started: 0, submitted: 0 }, supervisor: { sent: 5, started: 0, submitted: 0, noAssessor: 2 } });
    expect((await manager.request('PATCH', `/api/v1/campaigns/${campaignId}`, { name: 'x' })).statusCode).toBe(409);
    expect((await manager.request('POST', `/api/v1/campaigns/${campaignId}/open`)).statusCode).toBe(409);
    const supForms = (await w.sup.request('GET', '/api/v1/my/assessment-forms')).json().items as { kind: string; officer: { id: string } }[];
    const team = [w.officers.o1.id, w.officers.o2.id, w.officers.noPosition.id];
    expect(supForms.filter((f) => f.kind === 'supervisor').map((f) => f.officer.id).sort()).toEqual(team.sort());
  });

  it('autosaves a self-assessment, refuses bad levels and foreign competencies, and submits once', async () => {
    const s = w.s1;
    const id = await formOf(s, w.officers.o1.id, 'self');
    const form = (await s.request('GET', `/api/v1/assessment-forms/${id}`)).json();
    expect(form.competencies.map((c: { code: string }) => c.code)).toEqual(['valuation', 'hs', 'ethics']);
    expect(form.competencies.every((c: { requiredLevel: unknown }) => c.requiredLevel === null)).toBe(true);

    const saved = await s.request('PUT', `/api/v1/assessment-forms/${id}/ratings`, ratingsOf([[w.c.valuation, 1]]));
    expect(saved.json().status).toBe('started');
    const bad = await s.request('PUT', `/api/v1/assessment-forms/${id}/ratings`, ratingsOf([[w.c.hs, 7]]));
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details.map((d: { path: string }) => d.path)).toContain('body.ratings.0.level');
    const foreign = await s.request('PUT', `/api/v1/assessment-forms/${id}/ratings`, ratingsOf([[crypto.randomUUID(), 2]]));
    expect(foreign.json().error.details).toEqual([{ path: 'body.ratings.0.competencyId', message: 'not a competency of this form' }]);

    const early = await s.request('POST', `/api/v1/assessment-forms/${id}/submit`);
    expect(early.statusCode).toBe(400);
    expect(early.json().error.details.map((d: { path: string }) => d.path)).toEqual(['competencies.hs', 'competencies.ethics']);
    await s.request('PUT', `/api/v1/assessment-forms/${id}/ratings`, ratingsOf([[w.c.hs, 2], [w.c.ethics, 4]]));
    expect((await s.request('POST', `/api/v1/assessment-forms/${id}/submit`)).json().status).toBe('submitted');
    expect((await s.request('POST', `/api/v1/assessment-forms/${id}/submit`)).statusCode).toBe(409);
    expect((await s.request('PUT', `/api/v1/assessment-forms/${id}/ratings`, ratingsOf([[w.c.hs, 1]]))).statusCode).toBe(409);
    // Someone else's form does not exist for another officer.
    expect((await w.s3.request('GET', `/api/v1/assessment-forms/${id}`)).statusCode).toBe(404);
  });

  it('lets the supervisor rate the team in one grid, all or nothing', async () => {
    const grid = (await w.sup.request('GET', `/api/v1/campaigns/${campaignId}/team`)).json();
    expect(grid.rows.map((r: { officer: { name: string } }) => r.officer.name)).toEqual(['Maria Amaral', 'Maria Belo', 'Maria Dias']);
    expect(grid.rows[0].required[w.c.valuation]).toBe(3);
    expect(grid.rows[2].required).toEqual({});
    const [a, b, c] = grid.rows.map((r: { formId: string }) => r.formId);
    const all = (formId: string, v: number) => [w.c.valuation, w.c.hs, w.c.ethics].map((competencyId) => ({ formId, competencyId, level: v }));
    const outOfScope = await w.sup.request('PUT', `/api/v1/campaigns/${campaignId}/team`, {
      ratings: [...all(a, 2), { formId: await formOf(w.s3, w.officers.o3.id, 'self'), competencyId: w.c.hs, level: 1 }],
    });
    expect(outOfScope.statusCode).toBe(404);
    expect((await w.sup.request('GET', `/api/v1/campaigns/${campaignId}/team`)).json().rows[0].levels).toEqual({});
    const saved = await w.sup.request('PUT', `/api/v1/campaigns/${campaignId}/team`, { ratings: [...all(a, 2), ...all(b, 3)] });
    expect(saved.json().rows.map((r: { status: string }) => r.status)).toEqual(['started', 'started', 'sent']);
    for (const id of [a, b, c]) expect((await w.sup.request('POST', `/api/v1/assessment-forms/${id}/submit`)).statusCode).toBe(200);
  });

  it('reopens a submitted form only for the manager and only with a reason', async () => {
    const id = await formOf(w.s1, w.officers.o1.id, 'self');
    expect((await w.s1.request('POST', `/api/v1/assessment-forms/${id}/reopen`, { reason: 'mine' })).statusCode).toBe(403);
    expect((await manager.request('POST', `/api/v1/assessment-forms/${id}/reopen`, {})).statusCode).toBe(400);
    ctx.clock.advance(60_000);
    const reopened = await manager.request('POST', `/api/v1/assessment-forms/${id}/reopen`, { reason: 'officer asked to correct HS' });
    expect(reopened.json().status).toBe('started');
    expect(reopened.json().events.map((e: { kind: string; reason: string | null }) => [e.kind, e.reason])).toEqual([
      ['submitted', null],
      ['reopened', 'officer asked to correct HS'],
    ]);
    expect((await w.s1.request('POST', `/api/v1/assessment-forms/${id}/submit`)).statusCode).toBe(200);
  });

  it('assigns an assessor by hand, reminds unsubmitted forms and shows them as pending', async () => {
    const detail = (await manager.request('GET', `/api/v1/campaigns/${campaignId}`)).json();
    expect(detail.progress.byOrgUnit.find((r: { orgUnitName: string }) => r.orgUnitName === 'Border').supervisor.noAssessor).toBe(1);
    const o3Form = (await manager.request('GET', `/api/v1/campaigns/${campaignId}`)).json();
    expect(o3Form.status).toBe('open');
    const supFormOfO3 = await ctx.database.raw.query<{ id: string }>(`select id from assessment_forms where officer_id = $1 and kind = 'supervisor'`, [
      w.officers.o3.id,
    ]);
    const assigned = await manager.request('PUT', `/api/v1/assessment-forms/${supFormOfO3[0]!.id}/assessor`, { assessorOfficerId: w.officers.sara.id });
    expect(assigned.json().assessorOfficerId).toBe(w.officers.sara.id);
    expect((await w.sup.request('GET', `/api/v1/campaigns/${campaignId}/team`)).json().rows).toHaveLength(4);

    const reminded = await manager.request('POST', `/api/v1/campaigns/${campaignId}/reminders`);
    // Unsubmitted: self forms of o2, o3, noPosition, sara and the supervisor form of o3 (sara's own has no assessor).
    expect(reminded.json().reminded).toBe(5);
    const mine = (await w.s3.request('GET', '/api/v1/my/assessment-forms')).json().items;
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({ isPending: true, kind: 'self' });
    expect(mine[0].lastRemindedAt).toBe(new Date(ctx.clock.now()).toISOString());
  });

  it('closes the campaign, freezing results; nothing can be edited afterwards', async () => {
    const closed = await manager.request('POST', `/api/v1/campaigns/${campaignId}/close`);
    expect(closed.statusCode).toBe(200);
    // Four officers with a profiled position × three competencies; the officer without a position is skipped.
    expect(closed.json()).toMatchObject({ results: 12, skippedOfficers: 1, campaign: { status: 'closed' } });
    const id = await formOf(w.s1, w.officers.o1.id, 'self');
    expect((await w.s1.request('PUT', `/api/v1/assessment-forms/${id}/ratings`, ratingsOf([[w.c.hs, 1]]))).statusCode).toBe(409);
    expect((await w.s1.request('POST', `/api/v1/assessment-forms/${id}/submit`)).statusCode).toBe(409);
    expect((await manager.request('POST', `/api/v1/assessment-forms/${id}/reopen`, { reason: 'late' })).statusCode).toBe(409);
    expect((await manager.request('POST', `/api/v1/campaigns/${campaignId}/close`)).statusCode).toBe(409);
  });

  it('reports the officer profile with consolidated levels, gaps and weighted needs', async () => {
    const profile = (await w.s1.request('GET', `/api/v1/campaigns/${campaignId}/profile`)).json();
    const byCode = Object.fromEntries(profile.competencies.map((c: { code: string }) => [c.code, c]));
    // valuation: self 1, supervisor 2 → mean 1.5; gap 1.5 × criticality 5 × priority 2 = 15.
    expect(byCode.valuation).toMatchObject({ selfLevel: 1, supervisorLevel: 2, assessedLevel: 1.5, requiredLevel: 3, gap: 1.5, weightedNeed: 15 });
    expect(byCode.ethics).toMatchObject({ assessedLevel: 3, gap: 0, weightedNeed: 0 });
    // o3: self not submitted, supervisor form never filled → unassessed, no gap counted.
    const o3 = (await manager.request('GET', `/api/v1/campaigns/${campaignId}/profile?officerId=${w.officers.o3.id}`)).json();
    expect(o3.competencies.every((c: { assessedLevel: unknown; gap: number }) => c.assessedLevel === null && c.gap === 0)).toBe(true);
  });

  it('aggregates a heatmap by subtree, ranks needs and drills down to officers', async () => {
    const top = (await manager.request('GET', `/api/v1/campaigns/${campaignId}/heatmap`)).json();
    expect(top.rows.map((r: { orgUnitId: string }) => r.orgUnitId)).toEqual([w.adm.rootUnitId]);
    const heat = (await manager.request('GET', `/api/v1/campaigns/${campaignId}/heatmap?orgUnitId=${w.adm.rootUnitId}`)).json();
    const port = heat.rows.find((r: { orgUnitName: string }) => r.orgUnitName === 'Port');
    // Port subtree: o1 (1.5) and o2 (supervisor only, 3 → 0); sara unassessed.
    expect(port.cells.valuation).toEqual({ headcount: 2, meanGap: 0.75, shareBelow: 0.5, weightedNeed: 15 });
    const byArea = (await manager.request('GET', `/api/v1/campaigns/${campaignId}/heatmap?by=area&orgUnitId=${w.adm.rootUnitId}`)).json();
    expect(byArea.columns.map((c: { key: string }) => c.key).sort()).toEqual(['trade', 'values']);
    expect(byArea.rows.find((r: { orgUnitName: string }) => r.orgUnitName === 'Port').cells.trade.headcount).toBe(2);

    const needs = (await manager.request('GET', `/api/v1/campaigns/${campaignId}/needs?limit=3`)).json().items;
    expect(needs[0]).toMatchObject({ orgUnitId: w.units.port, competencyCode: 'valuation', weightedNeed: 15 });
    const drill = (await manager.request('GET', `/api/v1/campaigns/${campaignId}/drilldown?orgUnitId=${w.units.port}&key=valuation`)).json();
    expect(drill.items.map((i: { officer: { name: string } }) => i.officer.name).sort()).toEqual(['Maria Amaral', 'Maria Belo', 'Maria Sarmento']);
    const xlsx = await manager.request('GET', `/api/v1/campaigns/${campaignId}/results/export`);
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');
    expect(xlsx.rawPayload.subarray(0, 2).toString()).toBe('PK');
  });

  it('hands the closed campaign to planning as groups', async () => {
    const groups = (await manager.request('GET', `/api/v1/campaigns/${campaignId}/planning-groups`)).json().groups;
    const port = groups.find((g: { size: number; id: string }) => g.id.endsWith('/co') && g.size === 2);
    expect(port).toMatchObject({ size: 2, releaseDays: 12, gaps: { valuation: 1.5, hs: 0, ethics: 0 }, weights: { valuation: 10, hs: 3, ethics: 1 } });
  });

  it('compares with an earlier campaign by competency code', async () => {
    const earlier = (await manager.request('POST', '/api/v1/campaigns', campaignBody({ name: 'TNA 2025', scopes: [{ orgUnitId: w.units.team }] }))).json().id;
    await manager.request('POST', `/api/v1/campaigns/${earlier}/open`);
    await manager.request('POST', `/api/v1/campaigns/${earlier}/close`);
    const cmp = (await manager.request('GET', `/api/v1/campaigns/${campaignId}/compare?with=${earlier}`)).json().items;
    expect(cmp.find((i: { key: string }) => i.key === 'valuation')).toEqual({
      key: 'valuation',
      name: { en: 'Competency valuation', pt: 'Competency valuation' },
      before: { meanGap: null, n: 0 },
      after: { meanGap: 0.75, n: 2 },
    });
    expect((await manager.request('GET', `/api/v1/campaigns/${earlier}/heatmap`)).statusCode).toBe(200);
  });
});

describe('roles on results', () => {
  it('shows an officer only their own profile, a supervisor their subtree, a programme viewer aggregates without names', async () => {
    const [found] = await ctx.database.raw.query<{ id: string }>(
      `select id from assessment_campaigns where administration_id = $1 and name = 'TNA 2026/27'`,
      [w.adm.id],
    );
    const url = (path: string) => `/api/v1/campaigns/${found!.id}${path}`;
    expect((await w.s1.request('GET', url(`/profile?officerId=${w.officers.o3.id}`))).statusCode).toBe(404);
    expect((await w.s1.request('GET', url('/heatmap'))).statusCode).toBe(403);
    expect((await w.sup.request('GET', url(`/profile?officerId=${w.officers.o2.id}`))).statusCode).toBe(200);
    expect((await w.sup.request('GET', url(`/profile?officerId=${w.officers.o3.id}`))).statusCode).toBe(404);
    const supHeat = (await w.sup.request('GET', url('/heatmap'))).json();
    expect(supHeat.rows.map((r: { orgUnitId: string }) => r.orgUnitId)).toEqual([w.units.port]);
    expect((await w.sup.request('GET', url(`/heatmap?orgUnitId=${w.units.border}`))).statusCode).toBe(404);
    expect((await w.sup.request('GET', url(`/drilldown?orgUnitId=${w.units.border}&key=hs`))).statusCode).toBe(404);

    const viewer = await signIn(ctx.app, await createUser(ctx.database, { administrationId: w.adm.id, roles: [{ role: 'programme_viewer' }] }));
    const heat = await viewer.request('GET', url(`/heatmap?orgUnitId=${w.adm.rootUnitId}`));
    expect(heat.statusCode).toBe(200);
    const needs = await viewer.request('GET', url('/needs'));
    expect(needs.statusCode).toBe(200);
    for (const body of [heat.body, needs.body]) expect(body).not.toMatch(/Maria|Amaral|Carvalho|Sarmento/);
    for (const path of [`/drilldown?orgUnitId=${w.units.port}&key=hs`, '/results/export', `/profile?officerId=${w.officers.o1.id}`]) {
      expect((await viewer.request('GET', url(path))).statusCode).toBe(403);
    }
  });
});
