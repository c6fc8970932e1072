import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { leaveWorkingDays, poolTrainerDays, quarterBounds, quarterOf } from './trainer-days.js';

const none = new Set<string>();

describe('quarters', () => {
  it('knows the bounds and the quarter of a day', () => {
    expect(quarterBounds('2017Q1')).toEqual({ from: '2017-01-01', to: '2017-03-31' });
    expect(quarterBounds('2016Q1').to).toBe('2016-03-31');
    expect(quarterBounds('2018Q4')).toEqual({ from: '2018-10-01', to: '2018-12-31' });
    expect(quarterOf('2017-06-30')).toBe('2017Q2');
    expect(quarterOf('2017-07-01')).toBe('2017Q3');
  });
});

describe('leave working days', () => {
  it('counts Monday to Friday, not public holidays, inside the range, each day once', () => {
    // 2017-03-06 is a Monday: two full weeks are 10 working days.
    expect(leaveWorkingDays([{ fromDay: '2017-03-06', toDay: '2017-03-19' }], '2017-01-01', '2017-03-31', none)).toBe(10);
    expect(leaveWorkingDays([{ fromDay: '2017-03-06', toDay: '2017-03-19' }], '2017-01-01', '2017-03-31', new Set(['2017-03-08', '2017-03-11']))).toBe(9);
    // Overlapping periods count a day once; the part outside the quarter does not count.
    const leave = [
      { fromDay: '2017-03-27', toDay: '2017-04-07' },
      { fromDay: '2017-03-29', toDay: '2017-03-31' },
    ];
    expect(leaveWorkingDays(leave, '2017-01-01', '2017-03-31', none)).toBe(5);
    expect(leaveWorkingDays(leave, '2017-04-01', '2017-06-30', none)).toBe(5);
  });
});

describe('pool trainer-days', () => {
  it('sums days per quarter minus leave working days, never below 0 per trainer', () => {
    const pool = [
      { id: 'a', daysPerQuarter: 20, leave: [{ fromDay: '2017-03-06', toDay: '2017-03-10' }] },
      { id: 'b', daysPerQuarter: 3, leave: [{ fromDay: '2017-03-06', toDay: '2017-03-10' }] },
      { id: 'c', daysPerQuarter: 12.5, leave: [] },
    ];
    const days = poolTrainerDays(pool, ['2017Q1', '2017Q2'], none);
    expect(days.get('2017Q1')).toBe(15 + 0 + 12.5);
    expect(days.get('2017Q2')).toBe(35.5);
  });

  it('never exceeds the sum of days per quarter and never goes below 0 (any leave, any holidays)', () => {
    const day = fc.integer({ min: 0, max: 500 }).map((n) => new Date(Date.UTC(2017, 0, 1) + n * 86_400_000).toISOString().slice(0, 10));
    const leave = fc.tuple(day, fc.integer({ min: 0, max: 40 })).map(([from, len]) => ({
      fromDay: from,
      toDay: new Date(Date.parse(`${from}T00:00:00Z`) + len * 86_400_000).toISOString().slice(0, 10),
    }));
    const trainer = fc.record({ id: fc.uuid(), daysPerQuarter: fc.integer({ min: 0, max: 184 }).map((n) => n / 2), leave: fc.array(leave, { maxLength: 4 }) });
    fc.assert(
      fc.property(fc.array(trainer, { maxLength: 6 }), fc.array(day, { maxLength: 10 }), (trainers, holidays) => {
        const periods = ['2017Q1', '2017Q2', '2017Q3', '2017Q4', '2018Q1', '2018Q2'];
        const total = trainers.reduce((n, t) => n + t.daysPerQuarter, 0);
        for (const [, days] of poolTrainerDays(trainers, periods, new Set(holidays))) {
          expect(days).toBeGreaterThanOrEqual(0);
          expect(days).toBeLessThanOrEqual(total + 1e-9);
        }
      }),
    );
  });
});
