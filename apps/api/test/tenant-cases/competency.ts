import { expect } from 'vitest';
import type { Session } from '../harness.js';
import type { TenantCaseBuilder } from './types.js';

const firstVersion = async (s: Session, name: string) =>
  (await s.request('POST', '/api/v1/frameworks', { name, from: 'default' })).json<{ id: string; versions: { id: string }[] }>();

/** The competency context's routes (frameworks, role profiles, priorities). */
export const competencyCases: TenantCaseBuilder = async (_ctx, mine, theirs) => {
  const theirFramework = await firstVersion(theirs.session, 'Theirs');
  const version = theirFramework.versions[0]!.id;
  const theirGrid = (await theirs.session.request('GET', `/api/v1/framework-versions/${version}/role-profiles`)).json();
  const theirCompetency = theirGrid.competencies[0].id as string;
  await theirs.session.request('PUT', `/api/v1/framework-versions/${version}/role-profiles`, {
    cells: [{ positionId: theirs.adm.positionId, competencyId: theirCompetency, requiredLevel: 3, criticality: 4 }],
  });
  const priority = (
    await theirs.session.request('POST', '/api/v1/priorities', { name: 'Theirs', multiplier: 2, validFrom: '2026-01-01', competencyCodes: ['integrity'] })
  ).json().id as string;

  const myVersion = (await firstVersion(mine.session, 'Mine')).versions[0]!.id;
  const myCompetency = (await mine.session.request('GET', `/api/v1/framework-versions/${myVersion}/role-profiles`)).json().competencies[0].id as string;
  const edit = { kind: 'removeCompetency', code: 'integrity' };
  return {
    routes: {
      '/api/v1/framework-versions/{id}': [{ method: 'GET', id: version }],
      '/api/v1/framework-versions/{id}/edits': [{ method: 'POST', id: version, body: edit }],
      '/api/v1/framework-versions/{id}/role-profiles': [
        { method: 'GET', id: version },
        { method: 'PUT', id: version, body: { cells: [] } },
      ],
      '/api/v1/framework-versions/{id}/role-profiles/export': [{ method: 'GET', id: version }],
      '/api/v1/framework-versions/{id}/role-profiles/import': [{ method: 'POST', id: version, body: { file: 'not sent' } }],
      '/api/v1/priorities/{id}': [
        { method: 'PATCH', id: priority, body: { name: 'Taken over' } },
        { method: 'DELETE', id: priority },
      ],
    },
    bodies: [
      {
        method: 'PUT',
        url: `/api/v1/framework-versions/${myVersion}/role-profiles`,
        body: { cells: [{ positionId: theirs.adm.positionId, competencyId: myCompetency, requiredLevel: 2, criticality: 3 }] },
      },
      {
        method: 'PUT',
        url: `/api/v1/framework-versions/${myVersion}/role-profiles`,
        body: { cells: [{ positionId: mine.adm.positionId, competencyId: theirCompetency, requiredLevel: 2, criticality: 3 }] },
      },
    ],
    lists: [
      { url: '/api/v1/frameworks', foreignIds: [theirFramework.id, version] },
      { url: '/api/v1/priorities', foreignIds: [priority] },
      { url: `/api/v1/framework-versions/${myVersion}/role-profiles`, foreignIds: [theirs.adm.positionId, theirCompetency] },
    ],
    unchanged: async (s) => {
      const detail = (await s.request('GET', `/api/v1/framework-versions/${version}`)).json();
      expect(detail.competencies.map((c: { code: string }) => c.code)).toContain('integrity');
      expect((await s.request('GET', `/api/v1/framework-versions/${version}/role-profiles`)).json().cells).toHaveLength(1);
      expect(((await s.request('GET', '/api/v1/priorities')).json().items as { name: string }[]).map((p) => p.name)).toEqual(['Theirs']);
    },
  };
};
