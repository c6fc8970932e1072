import { expect } from 'vitest';
import type { Session } from '../harness.js';
import type { TenantCaseBuilder } from './types.js';

const course = (code: string, competencyCode: string, extra: Record<string, unknown> = {}) => ({
  code,
  titleEn: code,
  titlePt: code,
  functionalArea: 'valuation',
  raises: [{ competencyCode, levels: 1 }],
  methods: ['lecture'],
  delivery: 'classroom',
  days: 2,
  capacity: 20,
  minParticipants: 8,
  languages: ['en'],
  ...extra,
});

/** A competency code of the administration's current framework (its newest version), which courses must raise. */
async function currentCode(s: Session): Promise<string> {
  type Framework = { versions: { id: string; createdAt: string }[] };
  let versions = ((await s.request('GET', '/api/v1/frameworks')).json().items as Framework[]).flatMap((f) => f.versions);
  if (versions.length === 0) {
    await s.request('POST', '/api/v1/frameworks', { name: 'Catalogue framework', from: 'default' });
    versions = ((await s.request('GET', '/api/v1/frameworks')).json().items as Framework[]).flatMap((f) => f.versions);
  }
  const newest = versions.reduce((a, b) => (a > b.createdAt ? a : b.createdAt), '');
  const codes = await Promise.all(
    versions.filter((v) => v.createdAt === newest).map(async (v) => ((await s.request('GET', `/api/v1/framework-versions/${v.id}`)).json().competencies as { code: string }[]).map((c) => c.code)),
  );
  const shared = codes.reduce((a, b) => a.filter((c) => b.includes(c)));
  expect(shared.length).toBeGreaterThan(0);
  return shared[0]!;
}
async function createCourse(s: Session, body: unknown) {
  const res = await s.request('POST', '/api/v1/courses', body);
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id as string;
}

/** The catalogue context's routes: courses, archive/restore, and references to prerequisites and positions in bodies. */
export const catalogueCases: TenantCaseBuilder = async (_ctx, mine, theirs) => {
  const theirCode = await currentCode(theirs.session);
  const myCode = await currentCode(mine.session);
  const theirBasic = await createCourse(theirs.session, course('T-VAL-1', theirCode, { eligiblePositionIds: [theirs.adm.positionId] }));
  const theirCourse = await createCourse(theirs.session, course('T-VAL-2', theirCode, { prerequisiteIds: [theirBasic] }));
  const myCourse = await createCourse(mine.session, course('M-VAL-1', myCode));
  return {
    routes: {
      '/api/v1/courses/{id}': [
        { method: 'GET', id: theirCourse },
        { method: 'PATCH', id: theirCourse, body: { titleEn: 'Taken over' } },
        { method: 'DELETE', id: theirCourse },
      ],
      '/api/v1/courses/{id}/archive': [{ method: 'POST', id: theirCourse }],
      '/api/v1/courses/{id}/restore': [{ method: 'POST', id: theirCourse }],
    },
    bodies: [
      { method: 'POST', url: '/api/v1/courses', body: course('M-VAL-2', myCode, { prerequisiteIds: [theirBasic] }) },
      { method: 'POST', url: '/api/v1/courses', body: course('M-VAL-3', myCode, { eligiblePositionIds: [theirs.adm.positionId] }) },
      { method: 'PATCH', url: `/api/v1/courses/${myCourse}`, body: { prerequisiteIds: [theirCourse] } },
      { method: 'PATCH', url: `/api/v1/courses/${myCourse}`, body: { eligiblePositionIds: [mine.adm.positionId, theirs.adm.positionId] } },
    ],
    lists: [{ url: '/api/v1/courses', foreignIds: [theirBasic, theirCourse, theirs.adm.positionId] }],
    unchanged: async (s) => {
      const got = (await s.request('GET', `/api/v1/courses/${theirCourse}`)).json();
      expect(got).toMatchObject({ titleEn: 'T-VAL-2', status: 'active', prerequisites: [{ id: theirBasic }] });
    },
  };
};
