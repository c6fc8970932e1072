import { describe, expect, it } from 'vitest';
import { releaseDaysOf, ZEnvelopeInput, ZReleaseSharesPut } from './funding.js';

describe('releaseDaysOf', () => {
  it('is headcount × share × working days, rounded down to whole participant-days', () => {
    expect(releaseDaysOf(25, 0.1, 60)).toBe(150);
    expect(releaseDaysOf(7, 0.05, 60)).toBe(21);
    expect(releaseDaysOf(3, 0.1, 58)).toBe(17);
    expect(releaseDaysOf(0, 0.1, 60)).toBe(0);
    // 0.1 × 30 is 3.0000000000000004 in floating point; the float noise must not add or lose a day.
    expect(releaseDaysOf(30, 0.1, 1)).toBe(3);
    expect(releaseDaysOf(10, 0.7, 10)).toBe(70);
  });
});

describe('funding contracts', () => {
  const envelope = { sourceId: '00000000-0000-4000-8000-000000000000', year: 2017, amount: 1000, status: 'secured' };
  it('wants amounts above zero in whole cents', () => {
    expect(ZEnvelopeInput.safeParse({ ...envelope, amount: 0 }).success).toBe(false);
    expect(ZEnvelopeInput.safeParse({ ...envelope, amount: 10.005 }).success).toBe(false);
    expect(ZEnvelopeInput.safeParse({ ...envelope, amount: 35000.5 }).success).toBe(true);
  });

  it('refuses the same org unit twice in one write', () => {
    const unit = '00000000-0000-4000-8000-000000000001';
    expect(ZReleaseSharesPut.safeParse({ shares: [{ orgUnitId: unit, share: 0.1 }, { orgUnitId: unit, share: null }] }).success).toBe(false);
  });
});
