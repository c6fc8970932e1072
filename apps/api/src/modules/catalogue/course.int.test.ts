import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, createUser, managerOf, type Session, signIn, type TestContext } from '../../../test/harness.js';
import { generateDemoCatalogue } from '../../db/demo/catalogue.js';
import { catalogueLookups } from './catalogue.lookups.js';

let ctx: TestContext;
let s: Session;
let adm: Awaited<ReturnType<typeof managerOf>>['adm'];

beforeAll(async () => {
  ctx = await createTestApp();
  ({ adm, session: s } = await managerOf(ctx));
  await s.request('POST', '/api/v1/frameworks', { name: 'Framework', from: 'default' });
});
afterAll(() => ctx.close());

const course = (code: string, extra: Record<string, unknown> = {}) => ({
  code,
  titleEn: `Course ${code}`,
  titlePt: `Curso ${code}`,
  functionalArea: 'tariff-classification',
  raises: [{ competencyCode: 'hs-classification', levels: 1, toLevel: 2 }],
  methods: ['lecture', 'case-study'],
  delivery: 'classroom',
  days: 2.5,
  capacity: 20,
  minParticipants: 8,
  languages: ['en', 'tet'],
  fixedCostByCategory: { 'trainer-fees': 1200, venue: 300 },
  costPerParticipantByCategory: { 'travel-per-diem': 40, materials: 12.5 },
  ...extra,
});
const create = async (code: string, extra: Record<string, unknown> = {}) => {
  const res = await s.request('POST', '/api/v1/courses', course(code, extra));
  expect(res.statusCode, res.body).toBe(201);
  return res.json<{ id: string; code: string }>();
};
const paths = (res: { json(): { error: { details: { path: string }[] } } }) => res.json().error.details.map((d) => d.path);

describe('courses', () => {
  it('creates a course with derived totals and default trainer-days, and reads it back', async () => {
    const created = await create('HS-101', { learningOutcomes: [{ en: 'Classify 20 goods', pt: 'Classificar 20 mercadorias' }], eligiblePositionIds: [adm.positionId] });
    const got = (await s.request('GET', `/api/v1/courses/${created.id}`)).json();
    expect(got).toMatchObject({
      code: 'HS-101',
      status: 'active',
      fixedCost: 1500,
      costPerParticipant: 52.5,
      fullRunCost: 2550,
      trainersPerRun: 1,
      trainerDays: 2.5,
      isTrainerDaysDefault: true,
      fixedCostByCategory: { 'trainer-fees': 1200, venue: 300, 'travel-per-diem': 0, materials: 0 },
      eligiblePositions: [{ id: adm.positionId, code: 'CO', title: 'Customs officer' }],
      learningOutcomes: [{ en: 'Classify 20 goods', pt: 'Classificar 20 mercadorias' }],
    });
    expect(got.raises).toEqual([{ competencyCode: 'hs-classification', levels: 1, toLevel: 2, nameEn: expect.any(String), namePt: expect.any(String) }]);
  });

  it('answers 400 naming each bad field', async () => {
    const res = await s.request('POST', '/api/v1/courses', course('BAD', { capacity: 10, minParticipants: 12, days: 1.3, methods: ['juggling'], functionalArea: 'astrology' }));
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('VALIDATION');
    expect(paths(res)).toEqual(expect.arrayContaining(['body.functionalArea', 'body.methods.0', 'body.days']));
    const fill = await s.request('POST', '/api/v1/courses', course('FILL', { capacity: 10, minParticipants: 12 }));
    expect(paths(fill)).toEqual(['body.minParticipants']);
    const unknown = await s.request('POST', '/api/v1/courses', course('UNK', { raises: [{ competencyCode: 'astrology', levels: 1 }], trainerQualification: { text: 'x', competencyCode: 'hs-classification' } }));
    expect(paths(unknown)).toEqual(['body.trainerQualification.minLevel']);
    const unknownCode = await s.request('POST', '/api/v1/courses', course('UNK', { raises: [{ competencyCode: 'astrology', levels: 1 }] }));
    expect(unknownCode.statusCode).toBe(400);
    expect(paths(unknownCode)).toEqual(['body.raises.0.competencyCode']);
    const dup = await s.request('POST', '/api/v1/courses', course('hs-101'));
    expect(paths(dup)).toEqual(['body.code']);
  });

  it('patches only the given fields and re-checks the merged course', async () => {
    const { id } = await create('VAL-101', { functionalArea: 'valuation', raises: [{ competencyCode: 'customs-valuation', levels: 1 }] });
    const res = await s.request('PATCH', `/api/v1/courses/${id}`, { trainersPerRun: 2, titlePt: 'Valor aduaneiro' });
    expect(res.json()).toMatchObject({ trainersPerRun: 2, trainerDays: 5, titlePt: 'Valor aduaneiro', titleEn: 'Course VAL-101', capacity: 20 });
    const set = await s.request('PATCH', `/api/v1/courses/${id}`, { trainerDays: 3 });
    expect(set.json()).toMatchObject({ trainerDays: 3, isTrainerDaysDefault: false });
    const tooSmall = await s.request('PATCH', `/api/v1/courses/${id}`, { capacity: 5 });
    expect(tooSmall.statusCode).toBe(400);
    expect(paths(tooSmall)).toEqual(['body.minParticipants']);
    expect((await s.request('GET', `/api/v1/courses/${id}`)).json().capacity).toBe(20);
  });

  it('refuses prerequisite cycles with a message naming the cycle', async () => {
    const a = await create('CYC-A');
    const b = await create('CYC-B', { prerequisiteIds: [a.id] });
    const c = await create('CYC-C', { prerequisiteIds: [b.id] });
    const res = await s.request('PATCH', `/api/v1/courses/${a.id}`, { prerequisiteIds: [c.id] });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details).toEqual([{ path: 'body.prerequisiteIds', message: 'prerequisites would form a cycle: CYC-A → CYC-C → CYC-B → CYC-A' }]);
    const self = await s.request('PATCH', `/api/v1/courses/${a.id}`, { prerequisiteIds: [a.id] });
    expect(paths(self)).toEqual(['body.prerequisiteIds.0']);
    const got = (await s.request('GET', `/api/v1/courses/${c.id}`)).json();
    expect(got.prerequisites.map((p: { code: string }) => p.code)).toEqual(['CYC-B']);
    expect((await s.request('GET', `/api/v1/courses/${a.id}`)).json().requiredBy.map((p: { code: string }) => p.code)).toEqual(['CYC-B']);
  });

  it('archives and restores, keeping active courses’ prerequisites active', async () => {
    const basic = await create('ARC-1');
    const advanced = await create('ARC-2', { prerequisiteIds: [basic.id] });
    const refused = await s.request('POST', `/api/v1/courses/${basic.id}/archive`);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.message).toContain('ARC-2');
    expect((await s.request('POST', `/api/v1/courses/${advanced.id}/archive`)).json().status).toBe('archived');
    expect((await s.request('POST', `/api/v1/courses/${basic.id}/archive`)).json().status).toBe('archived');
    expect((await s.request('POST', `/api/v1/courses/${advanced.id}/restore`)).statusCode).toBe(409);
    const activeWithArchived = await s.request('POST', '/api/v1/courses', course('ARC-3', { prerequisiteIds: [basic.id] }));
    expect(paths(activeWithArchived)).toEqual(['body.prerequisiteIds.0']);
    expect((await s.request('POST', `/api/v1/courses/${basic.id}/restore`)).json().status).toBe('active');
    const list = (await s.request('GET', '/api/v1/courses?status=archived')).json().items;
    expect(list.map((c: { code: string }) => c.code)).toEqual(['ARC-2']);
  });

  it('deletes only what nothing refers to', async () => {
    const basic = await create('DEL-1');
    const advanced = await create('DEL-2', { prerequisiteIds: [basic.id] });
    const refused = await s.request('DELETE', `/api/v1/courses/${basic.id}`);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.message).toContain('DEL-2');
    expect((await s.request('DELETE', `/api/v1/courses/${advanced.id}`)).statusCode).toBe(204);
    expect((await s.request('DELETE', `/api/v1/courses/${basic.id}`)).statusCode).toBe(204);
    expect((await s.request('GET', `/api/v1/courses/${basic.id}`)).statusCode).toBe(404);
  });

  it('lists by functional area then code, with filters and an accent-blind search', async () => {
    await create('INT-9', { functionalArea: 'integrity', titlePt: 'Ética e integridade', raises: [{ competencyCode: 'integrity', levels: 1 }] });
    const all = (await s.request('GET', '/api/v1/courses')).json().items.map((c: { code: string }) => c.code);
    expect(all[0]).toBe('INT-9');
    expect(all.indexOf('HS-101')).toBeLessThan(all.indexOf('VAL-101'));
    const area = (await s.request('GET', '/api/v1/courses?functionalArea=valuation')).json().items;
    expect(area.map((c: { code: string }) => c.code)).toEqual(['VAL-101']);
    const found = (await s.request('GET', '/api/v1/courses?search=ETICA')).json().items;
    expect(found.map((c: { code: string }) => c.code)).toEqual(['INT-9']);
    expect((await s.request('GET', '/api/v1/courses?functionalArea=astrology')).statusCode).toBe(400);
  });

  it('gives planning the active courses with totals', async () => {
    const list = await ctx.database.transaction({ administrationId: adm.id }, (tx) => catalogueLookups.activeCourses(tx, adm.id));
    const hs = list.find((c) => c.code === 'HS-101')!;
    expect(hs).toMatchObject({ fixedCost: 1500, costPerParticipant: 52.5, trainerDays: 2.5, eligiblePositionIds: [adm.positionId], maxRunsPerYear: null });
    expect(list.some((c) => c.code === 'ARC-2')).toBe(false);
  });

  it('lets an officer read but not write (403)', async () => {
    const officer = await createUser(ctx.database, { administrationId: adm.id, roles: [{ role: 'officer' }] });
    const o = await signIn(ctx.app, officer);
    expect((await o.request('GET', '/api/v1/courses')).statusCode).toBe(200);
    const res = await o.request('POST', '/api/v1/courses', course('OFF-1'));
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('FORBIDDEN');
    expect((await o.request('POST', '/api/v1/courses/install-default')).statusCode).toBe(403);
  });
});

describe('default catalogue', () => {
  it('installs into an empty catalogue only, tied to the framework', async () => {
    const other = await managerOf(ctx);
    const noFramework = await other.session.request('POST', '/api/v1/courses/install-default');
    expect(noFramework.statusCode).toBe(409);
    await other.session.request('POST', '/api/v1/frameworks', { name: 'F', from: 'default' });
    const res = await other.session.request('POST', '/api/v1/courses/install-default');
    expect(res.statusCode).toBe(201);
    expect(res.json()).toEqual({ created: expect.any(Number), skippedCompetencies: [] });
    expect(res.json().created).toBeGreaterThanOrEqual(55);
    const items = (await other.session.request('GET', '/api/v1/courses')).json().items;
    expect(items).toHaveLength(res.json().created);
    const hs201 = items.find((c: { code: string }) => c.code === 'HS-201');
    expect(hs201.prerequisites.map((p: { code: string }) => p.code)).toEqual(['HS-101']);
    expect(hs201.raises.every((r: { nameEn: string | null }) => r.nameEn)).toBe(true);
    expect((await other.session.request('POST', '/api/v1/courses/install-default')).statusCode).toBe(409);
  });
});

describe('demo catalogue', () => {
  it('writes the default catalogue with ids that repeat for the same administration', async () => {
    const other = await managerOf(ctx);
    await other.session.request('POST', '/api/v1/frameworks', { name: 'F', from: 'default' });
    const lines: string[] = [];
    const attempt = async () => {
      let ids: string[] = [];
      // Rolled back, so the same administration can be generated twice.
      await ctx.database
        .transaction('all', async (tx) => {
          await generateDemoCatalogue(tx, { administrationId: other.adm.id, log: (l) => lines.push(l), stamp: '2026-12-01T08:00:00Z' });
          ids = (await catalogueLookups.activeCourses(tx, other.adm.id)).map((c) => c.id);
          throw new Error('roll back');
        })
        .catch(() => {});
      return ids;
    };
    const first = await attempt();
    expect(first.length).toBeGreaterThanOrEqual(55);
    expect(await attempt()).toEqual(first);
    expect(lines[0]).toMatch(/^catalogue: \d+ courses/);
  });
});
