import { ATTENDANCE_STATUSES, type TAttendanceStatus } from '@formasaun/shared';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decideCompletion, tallyAttendance } from './attendance.rules.js';

const days = ['2017-03-06', '2017-03-07', '2017-03-08', '2017-03-09', '2017-03-10'];
const marksOf = (statuses: (TAttendanceStatus | undefined)[]) => Object.fromEntries(statuses.flatMap((s, i) => (s ? [[days[i]!, s]] : [])));

describe('tallyAttendance', () => {
  it('counts present and late as attended and leaves excused days out of the share', () => {
    expect(tallyAttendance(days, marksOf(['present', 'late', 'excused', 'absent', undefined]))).toEqual({ attended: 2, absent: 1, excused: 1, unrecorded: 1, share: 0.5 });
  });
  it('is 0 when every day is excused, and ignores marks on other days', () => {
    expect(tallyAttendance(days.slice(0, 2), marksOf(['excused', 'excused', 'present'])).share).toBe(0);
  });
});

describe('decideCompletion', () => {
  const rule = { minAttendance: 0.8, passScore: 60 };
  it('completes with enough attendance and a passing score', () => {
    expect(decideCompletion(rule, tallyAttendance(days, marksOf(['present', 'present', 'late', 'present', 'absent'])), { score: 60, passed: null })).toEqual({ completed: true, reasons: [] });
  });
  it('gives every reason that stands in the way', () => {
    const tally = tallyAttendance(days, marksOf(['present', 'absent', 'absent']));
    expect(decideCompletion(rule, tally, { score: null, passed: false }).reasons).toEqual(['attendance_below_minimum', 'marked_failed', 'no_score']);
    expect(decideCompletion(rule, tally, { score: 59.9, passed: true }).reasons).toEqual(['attendance_below_minimum', 'score_below_pass']);
  });
  it('needs no score without a pass score, but a result marked failed never completes', () => {
    const full = tallyAttendance(days, marksOf(Array(5).fill('present')));
    expect(decideCompletion({ minAttendance: 1, passScore: null }, full, { score: null, passed: null }).completed).toBe(true);
    expect(decideCompletion({ minAttendance: 1, passScore: null }, full, { score: null, passed: false }).completed).toBe(false);
  });
  it('meets a minimum equal to the share despite floating point (2 of 3 against 0.667 is below, against 0.666 is met)', () => {
    const tally = tallyAttendance(days.slice(0, 3), marksOf(['present', 'present', 'absent']));
    expect(decideCompletion({ minAttendance: 0.667, passScore: null }, tally, { score: null, passed: null }).completed).toBe(false);
    expect(decideCompletion({ minAttendance: 0.666, passScore: null }, tally, { score: null, passed: null }).completed).toBe(true);
    const fourFifths = tallyAttendance(days, marksOf(['present', 'present', 'present', 'present', 'absent']));
    expect(decideCompletion({ minAttendance: 0.8, passScore: null }, fourFifths, { score: null, passed: null }).completed).toBe(true);
  });

  const status = fc.option(fc.constantFrom(...ATTENDANCE_STATUSES), { nil: undefined });
  const statuses = fc.array(status, { minLength: 5, maxLength: 5 });
  const outcome = fc.record({ score: fc.option(fc.integer({ min: 0, max: 1000 }).map((n) => n / 10), { nil: null }), passed: fc.option(fc.boolean(), { nil: null }) });
  const anyRule = fc.record({ minAttendance: fc.integer({ min: 0, max: 1000 }).map((n) => n / 1000), passScore: fc.option(fc.integer({ min: 0, max: 100 }), { nil: null }) });

  it('completes exactly when the formula says so', () => {
    fc.assert(
      fc.property(anyRule, statuses, outcome, (r, s, o) => {
        const tally = tallyAttendance(days, marksOf(s));
        const counted = 5 - tally.excused;
        const share = counted ? tally.attended / counted : 0;
        const expected = share >= r.minAttendance - 1e-9 && o.passed !== false && (r.passScore === null || (o.score !== null && o.score >= r.passScore));
        expect(decideCompletion(r, tally, o).completed).toBe(expected);
        expect(tally.attended + tally.absent + tally.excused + tally.unrecorded).toBe(5);
        expect(tally.share).toBeGreaterThanOrEqual(0);
        expect(tally.share).toBeLessThanOrEqual(1);
      }),
    );
  });

  it('never takes completion away when a day turns from absent to present', () => {
    fc.assert(
      fc.property(anyRule, statuses, outcome, fc.integer({ min: 0, max: 4 }), (r, s, o, i) => {
        const before = [...s];
        before[i] = 'absent';
        const after = [...s];
        after[i] = 'present';
        if (decideCompletion(r, tallyAttendance(days, marksOf(before)), o).completed) {
          expect(decideCompletion(r, tallyAttendance(days, marksOf(after)), o).completed).toBe(true);
        }
      }),
    );
  });

  it('never takes completion away when the score rises', () => {
    fc.assert(
      fc.property(anyRule, statuses, fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 100 }), (r, s, a, b) => {
        const tally = tallyAttendance(days, marksOf(s));
        if (decideCompletion(r, tally, { score: Math.min(a, b), passed: null }).completed) {
          expect(decideCompletion(r, tally, { score: Math.max(a, b), passed: null }).completed).toBe(true);
        }
      }),
    );
  });
});
