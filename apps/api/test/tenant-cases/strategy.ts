import { expect } from 'vitest';
import type { TenantCaseBuilder } from './types.js';

const kpi = { name: 'Average clearance time', unit: 'hours', direction: 'decrease', targets: { '2017': 48 } };

/** The strategy context's routes: strategies, goals, objectives, KPIs. */
export const strategyCases: TenantCaseBuilder = async (_ctx, _mine, theirs) => {
  const theirStrategy = (
    await theirs.session.request('POST', '/api/v1/strategies', {
      title: 'Theirs',
      fromYear: 2017,
      toYear: 2019,
      goals: [{ title: 'Their goal', objectives: [{ title: 'Their objective', kpis: [kpi] }] }],
    })
  ).json();
  const strategy = theirStrategy.id as string;
  const goal = theirStrategy.goals[0].id as string;
  const objective = theirStrategy.goals[0].objectives[0].id as string;
  const theirKpi = theirStrategy.goals[0].objectives[0].kpis[0].id as string;
  return {
    routes: {
      '/api/v1/strategies/{id}': [
        { method: 'GET', id: strategy },
        { method: 'PATCH', id: strategy, body: { title: 'Taken over' } },
        { method: 'DELETE', id: strategy },
      ],
      '/api/v1/strategies/{id}/goal-order': [{ method: 'PUT', id: strategy, body: { goalIds: [goal] } }],
      '/api/v1/strategies/{id}/goals': [{ method: 'POST', id: strategy, body: { title: 'Planted' } }],
      '/api/v1/strategy-goals/{id}': [
        { method: 'PATCH', id: goal, body: { title: 'Taken over' } },
        { method: 'DELETE', id: goal },
      ],
      '/api/v1/strategy-goals/{id}/objectives': [{ method: 'POST', id: goal, body: { title: 'Planted' } }],
      '/api/v1/strategy-objectives/{id}': [
        { method: 'PATCH', id: objective, body: { title: 'Taken over' } },
        { method: 'DELETE', id: objective },
      ],
      '/api/v1/strategy-objectives/{id}/kpis': [{ method: 'POST', id: objective, body: kpi }],
      '/api/v1/strategy-kpis/{id}': [
        { method: 'PATCH', id: theirKpi, body: { name: 'Taken over' } },
        { method: 'DELETE', id: theirKpi },
      ],
    },
    bodies: [],
    lists: [{ url: '/api/v1/strategies', foreignIds: [strategy] }],
    unchanged: async (s) => {
      expect((await s.request('GET', `/api/v1/strategies/${strategy}`)).json()).toEqual(theirStrategy);
    },
  };
};
