import type { TSessionConflict } from '@formasaun/shared';
import type { Tx } from '../../platform/db.js';
import { conflict } from '../../platform/errors.js';
import { quarterBounds } from './schedule.dates.js';
import type { ScheduleRepository } from './schedule.repository.js';
import { type Candidate, findConflicts, hasErrors } from './schedule.rules.js';

/** The quarters the days fall in, as one range: the trainers' days per quarter are counted over whole quarters. */
export function rangeOf(days: { day: string }[]): { from: string; to: string } {
  const sorted = days.map((d) => d.day).sort();
  const period = (day: string) => `${day.slice(0, 4)}Q${Math.floor((Number(day.slice(5, 7)) - 1) / 3) + 1}`;
  return { from: quarterBounds(period(sorted[0]!)).from, to: quarterBounds(period(sorted.at(-1)!)).to };
}

/** Every conflict of a session as it would be saved, read against the centre inside the caller's transaction. */
export async function conflictsOf(tx: Tx, schedule: ScheduleRepository, administrationId: string, c: Omit<Candidate, 'course'> & { courseId: string }): Promise<TSessionConflict[]> {
  if (!c.days.length) return [];
  const course = (await schedule.courseFacts(tx, administrationId, [c.courseId])).get(c.courseId);
  if (!course) return [];
  const world = await schedule.world(tx, administrationId, rangeOf(c.days), c.officerIds);
  return findConflicts({ ...c, course }, world);
}

/** Refuses (409) when any conflict is an error, naming every conflict in words; answers the warnings otherwise. */
export function refuseErrors(conflicts: TSessionConflict[], what = 'the session'): TSessionConflict[] {
  if (hasErrors(conflicts)) {
    const errors = conflicts.filter((c) => c.severity === 'error');
    throw conflict(`${what} cannot be saved: ${errors.map((c) => c.message).join('; ')}`, conflicts);
  }
  return conflicts;
}
