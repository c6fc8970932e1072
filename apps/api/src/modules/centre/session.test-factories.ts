import type { Database } from '../../platform/db.js';
import { createFramework } from '../needs/needs.test-factories.js';

/**
 * Test factories of the sessions area: a plan with runs (approved unless told), holidays, leave and closures, in
 * plain SQL as the connecting role.
 */

let seq = 0;

export async function createPlan(
  database: Database,
  administrationId: string,
  runs: { courseId: string; period: string; count: number; participants: Record<string, number> }[],
  status: 'approved' | 'draft' = 'approved',
) {
  const q = database.raw.query.bind(database.raw);
  const fw = await createFramework(database, administrationId, [{ code: `valuation-${seq++}`, area: 'valuation' }]);
  const [campaign] = await q<{ id: string }>(
    `insert into assessment_campaigns (administration_id, name, framework_version_id, opens_on, closes_on, mode, consolidation, status, closed_at)
     values ($1, 'TNA', $2, '2016-11-01', '2016-11-20', 'self', 'mean', 'closed', now()) returning id`,
    [administrationId, fw.versionId],
  );
  const [plan] = await q<{ id: string }>(
    `insert into plans (administration_id, name, status, campaign_id, campaign_name, from_year, to_year, settings) values ($1, $2, $3, $4, 'TNA', 2017, 2018, '{}') returning id`,
    [administrationId, `Plan ${seq++}`, status, campaign!.id],
  );
  for (const r of runs) {
    await q(`insert into plan_runs (administration_id, plan_id, course_id, period, count, participants) values ($1, $2, $3, $4, $5, $6)`, [
      administrationId,
      plan!.id,
      r.courseId,
      r.period,
      r.count,
      JSON.stringify(r.participants),
    ]);
  }
  return plan!.id;
}

export const addHoliday = (database: Database, administrationId: string, day: string, name = 'Holiday') =>
  database.raw.query(`insert into public_holidays (administration_id, day, name) values ($1, $2, $3)`, [administrationId, day, name]);

export const addLeave = (database: Database, administrationId: string, trainerId: string, from: string, to: string) =>
  database.raw.query(`insert into trainer_leave (administration_id, trainer_id, from_day, to_day) values ($1, $2, $3, $4)`, [administrationId, trainerId, from, to]);

export const addClosure = (database: Database, administrationId: string, roomId: string, from: string, to: string) =>
  database.raw.query(`insert into room_closures (administration_id, room_id, from_day, to_day) values ($1, $2, $3, $4)`, [administrationId, roomId, from, to]);
