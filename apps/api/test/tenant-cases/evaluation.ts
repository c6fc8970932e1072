import { expect } from 'vitest';
import type { Session } from '../harness.js';
import type { TenantCaseBuilder } from './types.js';

const strategyWithKpi = async (session: Session, title: string) => {
  const strategy = (
    await session.request('POST', '/api/v1/strategies', {
      title,
      fromYear: 2017,
      toYear: 2019,
      goals: [{ title: 'Goal', objectives: [{ title: 'Objective', kpis: [{ name: 'Seizures', unit: 'count', direction: 'increase' }] }] }],
    })
  ).json();
  return { strategyId: strategy.id as string, kpiId: strategy.goals[0].objectives[0].kpis[0].id as string };
};

/** The evaluation context's routes: KPI values, their xlsx exchange and the results view. */
export const evaluationCases: TenantCaseBuilder = async (_ctx, mine, theirs) => {
  const { strategyId, kpiId } = await strategyWithKpi(theirs.session, 'Their strategy');
  const value = (await theirs.session.request('PUT', `/api/v1/kpis/${kpiId}/values`, { values: [{ period: '2017-Q1', value: 12, unit: 'count' }] })).json()
    .values[0].id as string;
  await strategyWithKpi(mine.session, 'My strategy');
  return {
    routes: {
      '/api/v1/kpis/{id}/values': [
        { method: 'GET', id: kpiId },
        { method: 'PUT', id: kpiId, body: { values: [{ period: '2017-Q2', value: 1, unit: 'count' }] } },
      ],
      '/api/v1/kpi-values/{id}': [{ method: 'DELETE', id: value }],
    },
    // The other administration's strategy named in a query: 404, like an id in the path.
    bodies: [
      { method: 'GET', url: `/api/v1/evaluation/kpi-results?strategyId=${strategyId}`, body: undefined },
      { method: 'GET', url: `/api/v1/kpi-values.xlsx?strategyId=${strategyId}`, body: undefined },
    ],
    lists: [{ url: '/api/v1/evaluation/kpi-results', foreignIds: [strategyId, kpiId, value] }],
    unchanged: async (s) => {
      expect((await s.request('GET', `/api/v1/kpis/${kpiId}/values`)).json().values).toMatchObject([{ id: value, period: '2017-Q1', value: 12 }]);
    },
  };
};
