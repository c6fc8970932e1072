import { expect } from 'vitest';
import type { TenantCaseBuilder } from './types.js';

/** The funding context's routes: sources, budget envelopes and the capacity inputs. */
export const fundingCases: TenantCaseBuilder = async (_ctx, mine, theirs) => {
  const source = (await theirs.session.request('POST', '/api/v1/funding-sources', { name: 'Their donor', kind: 'donor' })).json().id as string;
  const envelope = (await theirs.session.request('POST', '/api/v1/budget-envelopes', { sourceId: source, year: 2017, amount: 1000, status: 'secured' })).json()
    .id as string;
  await theirs.session.request('PUT', '/api/v1/capacity/release-shares', { shares: [{ orgUnitId: theirs.adm.rootUnitId, share: 0.05 }] });
  const mySource = (await mine.session.request('POST', '/api/v1/funding-sources', { name: 'My donor', kind: 'donor' })).json().id as string;
  const myEnvelope = (await mine.session.request('POST', '/api/v1/budget-envelopes', { sourceId: mySource, year: 2017, amount: 500, status: 'pledged' })).json()
    .id as string;
  return {
    routes: {
      '/api/v1/funding-sources/{id}': [
        { method: 'GET', id: source },
        { method: 'PATCH', id: source, body: { name: 'Taken over' } },
        { method: 'DELETE', id: source },
      ],
      '/api/v1/budget-envelopes/{id}': [
        { method: 'PATCH', id: envelope, body: { amount: 1 } },
        { method: 'DELETE', id: envelope },
      ],
    },
    bodies: [
      { method: 'POST', url: '/api/v1/budget-envelopes', body: { sourceId: source, year: 2018, amount: 1, status: 'pledged' } },
      { method: 'PATCH', url: `/api/v1/budget-envelopes/${myEnvelope}`, body: { sourceId: source } },
      { method: 'PUT', url: '/api/v1/capacity/release-shares', body: { shares: [{ orgUnitId: theirs.adm.rootUnitId, share: 0.5 }] } },
    ],
    lists: [
      { url: '/api/v1/funding-sources', foreignIds: [source] },
      { url: '/api/v1/budget-envelopes', foreignIds: [source, envelope] },
      { url: '/api/v1/funding/totals', foreignIds: [source] },
      { url: '/api/v1/capacity/release-shares', foreignIds: [theirs.adm.rootUnitId] },
    ],
    unchanged: async (s) => {
      expect((await s.request('GET', `/api/v1/funding-sources/${source}`)).json()).toMatchObject({ name: 'Their donor', envelopeCount: 1, totals: { secured: 1000 } });
      const shares = (await s.request('GET', '/api/v1/capacity/release-shares')).json();
      expect(shares.shares).toEqual([{ orgUnitId: theirs.adm.rootUnitId, share: 0.05 }]);
    },
  };
};
