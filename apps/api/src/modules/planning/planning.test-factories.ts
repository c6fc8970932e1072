import { expect } from 'vitest';
import { createOfficer, createOrgUnit, managerOf, type Session, type TestContext } from '../../../test/harness.js';
import { createFramework, setRoleProfile } from '../needs/needs.test-factories.js';

export const YEAR = 2027;
const periods = [1, 2, 3, 4].map((q) => `${YEAR}Q${q}`);

/** Sends a request and insists on the status: a factory step that fails says why. */
export async function ok<T = Record<string, unknown>>(s: Session, method: string, url: string, body: unknown, status = 200): Promise<T> {
  const res = await s.request(method, url, body);
  expect(res.statusCode, `${method} ${url}: ${res.body}`).toBe(status);
  return res.json<T>();
}

const costs = (fees: number, venue: number) => ({ 'trainer-fees': fees, venue });
const course = (code: string, competencyCode: string, functionalArea: string, extra: Record<string, unknown> = {}) => ({
  code,
  titleEn: `Course ${code}`,
  titlePt: `Curso ${code}`,
  functionalArea,
  raises: [{ competencyCode, levels: 1 }],
  methods: ['lecture'],
  delivery: 'classroom',
  days: 3,
  capacity: 10,
  minParticipants: 4,
  languages: ['en'],
  fixedCostByCategory: costs(1500, 500),
  costPerParticipantByCategory: { 'travel-per-diem': 50 },
  ...extra,
});

/**
 * An administration ready to plan, built through the routes where they exist: Port (10 officers) and Border
 * (6 officers) of one position, a closed self-assessment campaign where everyone rated themselves 1 of a required 3,
 * four courses (VAL-2 requires VAL-1), a government budget and a donor envelope earmarked for valuation, trainer-days.
 */
export async function planningWorld(ctx: TestContext) {
  const { database } = ctx;
  const { adm, session: s } = await managerOf(ctx);
  const port = await createOrgUnit(database, adm.id, adm.rootUnitId, 'Port');
  const border = await createOrgUnit(database, adm.id, adm.rootUnitId, 'Border');
  const fw = await createFramework(database, adm.id, [
    { code: 'valuation-basics', area: 'valuation' },
    { code: 'hs-classification', area: 'tariff-classification' },
    { code: 'ethics', area: 'integrity' },
  ]);
  await setRoleProfile(database, adm.id, fw.versionId, adm.positionId, fw.competencies.map((c, i) => ({ competencyId: c.id, requiredLevel: 3, criticality: 3 - i })));
  for (let i = 0; i < 10; i++) await createOfficer(database, adm.id, port, { positionId: adm.positionId });
  for (let i = 0; i < 6; i++) await createOfficer(database, adm.id, border, { positionId: adm.positionId });

  const campaign = await ok<{ id: string }>(s, 'POST', '/api/v1/campaigns', {
    name: 'TNA 2026',
    frameworkVersionId: fw.versionId,
    opensOn: '2026-11-01',
    closesOn: '2026-11-28',
    mode: 'self',
    consolidation: 'mean',
    scopes: [{ orgUnitId: adm.rootUnitId }],
  }, 201);
  await ok(s, 'POST', `/api/v1/campaigns/${campaign.id}/open`, undefined);
  // Every officer rated every competency 1: a gap of 2 levels each.
  await database.raw.query(
    `insert into assessment_ratings (administration_id, form_id, competency_id, level)
     select f.administration_id, f.id, c.id, 1 from assessment_forms f cross join competencies c
     where f.campaign_id = $1 and c.framework_version_id = $2`,
    [campaign.id, fw.versionId],
  );
  await database.raw.query(`update assessment_forms set status = 'submitted', submitted_at = now() where campaign_id = $1`, [campaign.id]);
  await ok(s, 'POST', `/api/v1/campaigns/${campaign.id}/close`, undefined);

  const val1 = await ok<{ id: string }>(s, 'POST', '/api/v1/courses', course('VAL-1', 'valuation-basics', 'valuation'), 201);
  const val2 = await ok<{ id: string }>(s, 'POST', '/api/v1/courses', course('VAL-2', 'valuation-basics', 'valuation', { prerequisiteIds: [val1.id] }), 201);
  const hs = await ok<{ id: string }>(s, 'POST', '/api/v1/courses', course('HS-1', 'hs-classification', 'tariff-classification'), 201);
  const ethics = await ok<{ id: string }>(s, 'POST', '/api/v1/courses', course('ETH-1', 'ethics', 'integrity', { days: 1, fixedCostByCategory: costs(500, 100) }), 201);

  const gov = await ok<{ id: string }>(s, 'POST', '/api/v1/funding-sources', { name: 'Government budget', kind: 'government' }, 201);
  const donor = await ok<{ id: string }>(s, 'POST', '/api/v1/funding-sources', { name: 'Norad', kind: 'donor' }, 201);
  const govEnvelope = await ok<{ id: string }>(s, 'POST', '/api/v1/budget-envelopes', { sourceId: gov.id, year: YEAR, amount: 9000, status: 'secured' }, 201);
  await ok(s, 'POST', '/api/v1/budget-envelopes', { sourceId: donor.id, year: YEAR, amount: 4000, status: 'pledged', functionalAreas: ['valuation'] }, 201);
  await ok(s, 'PUT', '/api/v1/capacity/trainer-days', { days: Object.fromEntries(periods.map((p) => [p, 20])) });

  return {
    adm,
    s,
    units: { port, border },
    campaignId: campaign.id,
    courses: { val1: val1.id, val2: val2.id, hs: hs.id, ethics: ethics.id },
    sources: { gov: gov.id, donor: donor.id },
    govEnvelope: govEnvelope.id,
    periods,
  };
}
export type PlanningWorld = Awaited<ReturnType<typeof planningWorld>>;

/** Creates a plan for the world's year. */
export const createPlan = (w: PlanningWorld, extra: Record<string, unknown> = {}) =>
  ok<{ id: string }>(w.s, 'POST', '/api/v1/plans', { name: 'Plan 2027', campaignId: w.campaignId, fromYear: YEAR, toYear: YEAR, settings: { timeLimitSeconds: 2 }, ...extra }, 201);

/** Starts the optimiser and polls its progress until the job leaves "running". */
export async function optimise(w: PlanningWorld, planId: string) {
  const started = await ok<{ state: string }>(w.s, 'POST', `/api/v1/plans/${planId}/optimise`, undefined, 202);
  expect(started.state).toBe('running');
  for (let i = 0; i < 300; i++) {
    const p = await ok<{ state: string; error: string | null }>(w.s, 'GET', `/api/v1/plans/${planId}/progress`, undefined);
    if (p.state !== 'running') return p;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('the optimisation did not finish in 30 s');
}
