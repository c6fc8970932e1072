import { TRAINER_PATH, type TTrainerPathStatus } from '@formasaun/shared';
import { invalid } from '../../platform/errors.js';

/** Rules of the train-the-trainer path (trained → co_trainer → lead → master): pure, no database. */

export const pathRank = (status: TTrainerPathStatus) => TRAINER_PATH.indexOf(status);

/** The highest status among qualifications, or null without any. */
export function highestStatus(statuses: readonly TTrainerPathStatus[]): TTrainerPathStatus | null {
  let best: TTrainerPathStatus | null = null;
  for (const s of statuses) if (best === null || pathRank(s) > pathRank(best)) best = s;
  return best;
}

/**
 * The event a status change records: moving up is a 'promoted' event (the note is its evidence); moving down is a
 * 'demoted' event and needs a note saying why; staying put is refused.
 */
export function statusChange(from: TTrainerPathStatus, to: TTrainerPathStatus, note: string | null | undefined): { kind: 'promoted' | 'demoted'; statusTo: TTrainerPathStatus } {
  if (from === to) throw invalid(`the qualification is already at "${to}"`, [{ path: 'body.status', message: 'already the current status' }]);
  if (pathRank(to) > pathRank(from)) return { kind: 'promoted', statusTo: to };
  if (!note?.trim()) {
    throw invalid(`moving back from "${from}" to "${to}" needs a note saying why`, [{ path: 'body.note', message: 'a demotion needs a note' }]);
  }
  return { kind: 'demoted', statusTo: to };
}
