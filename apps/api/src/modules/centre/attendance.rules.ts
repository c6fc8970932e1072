import type { TAttendanceStatus, TAttendanceTally, TCompletionReason } from '@formasaun/shared';

/**
 * The course's completion rule.
 *
 * Attendance share = attended / (session days − excused days), where present and late count as attended and a day
 * without a record counts as not attended. Excused days leave the denominator: an officer called to an urgent
 * border operation is neither rewarded nor punished for it. When every day was excused nothing was attended and
 * the share is 0.
 *
 * Completed = share ≥ the course's minimum AND the assessment is passed: with a pass score, a score at least the
 * pass score is needed; a result explicitly marked failed (passed = false) never completes, pass score or not.
 */
export interface CompletionRule {
  /** 0..1 */
  minAttendance: number;
  /** 0..100, or null when the course has no assessment. */
  passScore: number | null;
}

export interface ParticipantOutcome {
  score: number | null;
  passed: boolean | null;
}

/** Counts a participant's marks over the session's days (marks on other days are ignored). */
export function tallyAttendance(days: readonly string[], marks: Readonly<Record<string, TAttendanceStatus | undefined>>): TAttendanceTally {
  let attended = 0;
  let absent = 0;
  let excused = 0;
  let unrecorded = 0;
  for (const day of days) {
    const mark = marks[day];
    if (mark === 'present' || mark === 'late') attended++;
    else if (mark === 'absent') absent++;
    else if (mark === 'excused') excused++;
    else unrecorded++;
  }
  const counted = days.length - excused;
  return { attended, absent, excused, unrecorded, share: counted > 0 ? attended / counted : 0 };
}

// Shares are ratios of small integers compared with a 3-decimal minimum: tolerate rounding noise only.
const EPSILON = 1e-9;

/** What the rule decides for one participant, with every reason that stands in the way. */
export function decideCompletion(rule: CompletionRule, tally: TAttendanceTally, outcome: ParticipantOutcome): { completed: boolean; reasons: TCompletionReason[] } {
  const reasons: TCompletionReason[] = [];
  if (tally.share + EPSILON < rule.minAttendance) reasons.push('attendance_below_minimum');
  if (outcome.passed === false) reasons.push('marked_failed');
  if (rule.passScore !== null) {
    if (outcome.score === null) reasons.push('no_score');
    else if (outcome.score < rule.passScore) reasons.push('score_below_pass');
  }
  return { completed: reasons.length === 0, reasons };
}
