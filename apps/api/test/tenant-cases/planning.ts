import { expect } from 'vitest';
import { createFramework } from '../../src/modules/needs/needs.test-factories.js';
import type { Database } from '../../src/platform/db.js';
import type { TenantCaseBuilder } from './types.js';

/** A closed campaign, an active course, a strategy and a draft plan of one administration, written with SQL. */
async function planningRecords(database: Database, administrationId: string, computed: boolean) {
  const q = database.raw.query.bind(database.raw);
  const fw = await createFramework(database, administrationId, [{ code: 'valuation', area: 'valuation' }]);
  const [campaign] = await q<{ id: string }>(
    `insert into assessment_campaigns (administration_id, name, framework_version_id, opens_on, closes_on, mode, consolidation, status, closed_at)
     values ($1, 'TNA', $2, '2026-11-01', '2026-11-20', 'self', 'mean', 'closed', now()) returning id`,
    [administrationId, fw.versionId],
  );
  const [course] = await q<{ id: string }>(
    `insert into courses (administration_id, code, title_en, title_pt, functional_area, methods, delivery, days, capacity, min_participants)
     values ($1, 'VAL-1', 'Valuation', 'Valor', 'valuation', '{lecture}', 'classroom', 2, 10, 4) returning id`,
    [administrationId],
  );
  const [strategy] = await q<{ id: string }>(`insert into strategies (administration_id, title, from_year, to_year) values ($1, 'Strategy', 2027, 2029) returning id`, [administrationId]);
  // A computed plan stores its instance and inputs; an empty one is enough to reach the course check of a run edit.
  const [plan] = await q<{ id: string }>(
    `insert into plans (administration_id, name, campaign_id, campaign_name, from_year, to_year, settings, instance, instance_hash, inputs)
     values ($1, 'Plan', $2, 'TNA', 2027, 2027, '{}', $3, $4, $5) returning id`,
    [
      administrationId,
      campaign!.id,
      computed ? JSON.stringify({ periods: [], budgets: {}, trainerDays: {}, groups: [], courses: [] }) : null,
      computed ? 'hash' : null,
      computed ? JSON.stringify({ courses: {}, groups: {}, envelopes: [], areaOf: {} }) : null,
    ],
  );
  return { campaign: campaign!.id, course: course!.id, strategy: strategy!.id, plan: plan!.id };
}

/** The planning context's routes (plans, their jobs, pins, runs and documents). */
export const planningCases: TenantCaseBuilder = async (ctx, mine, theirs) => {
  const t = await planningRecords(ctx.database, theirs.adm.id, false);
  const own = await planningRecords(ctx.database, mine.adm.id, true);
  const p = t.plan;
  const key = { courseId: t.course, period: '2027Q1' };
  return {
    routes: {
      '/api/v1/plans/{id}': [
        { method: 'GET', id: p },
        { method: 'PATCH', id: p, body: { name: 'Taken over' } },
        { method: 'DELETE', id: p },
      ],
      '/api/v1/plans/{id}/scenarios': [{ method: 'POST', id: p, body: { name: 'Copy' } }],
      '/api/v1/plans/{id}/pins': [
        { method: 'PUT', id: p, body: { ...key, count: 1 } },
        { method: 'DELETE', id: p, body: key },
      ],
      '/api/v1/plans/{id}/runs': [{ method: 'PUT', id: p, body: { ...key, count: 1 } }],
      '/api/v1/plans/{id}/approve': [{ method: 'POST', id: p }],
      '/api/v1/plans/{id}/optimise': [{ method: 'POST', id: p }],
      '/api/v1/plans/{id}/progress': [{ method: 'GET', id: p }],
      '/api/v1/plans/{id}/cancel': [{ method: 'POST', id: p }],
      '/api/v1/plans/{id}/document.pdf': [{ method: 'GET', id: p }],
      '/api/v1/plans/{id}/export.xlsx': [{ method: 'GET', id: p }],
      '/api/v1/plans/{id}/instance.json': [{ method: 'GET', id: p }],
    },
    bodies: [
      { method: 'POST', url: '/api/v1/plans', body: { name: 'X', campaignId: t.campaign, fromYear: 2027, toYear: 2027 } },
      { method: 'POST', url: '/api/v1/plans', body: { name: 'X', campaignId: own.campaign, strategyId: t.strategy, fromYear: 2027, toYear: 2027 } },
      { method: 'PUT', url: `/api/v1/plans/${own.plan}/pins`, body: { ...key, count: 1 } },
      { method: 'PUT', url: `/api/v1/plans/${own.plan}/runs`, body: { ...key, count: 1 } },
    ],
    lists: [{ url: '/api/v1/plans', foreignIds: [p] }],
    unchanged: async (s) => {
      const plan = (await s.request('GET', `/api/v1/plans/${p}`)).json();
      expect([plan.name, plan.status, plan.job.state, plan.pins]).toEqual(['Plan', 'draft', 'idle', []]);
    },
  };
};
