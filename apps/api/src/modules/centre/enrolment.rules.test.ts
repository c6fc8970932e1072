import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { groupKeyOf, promotionOrder, waitlistPositions } from './enrolment.rules.js';

describe('promotion from the waitlist', () => {
  it('takes the queue in arrival order, skipping officers booked elsewhere, as many as seats are free', () => {
    const queue = [
      { id: 'c', seq: 30, blocked: false },
      { id: 'a', seq: 10, blocked: false },
      { id: 'b', seq: 20, blocked: true },
      { id: 'd', seq: 40, blocked: false },
    ];
    expect(promotionOrder(2, queue)).toEqual(['a', 'c']);
    expect(promotionOrder(0, queue)).toEqual([]);
    expect(promotionOrder(-1, queue)).toEqual([]);
    expect(promotionOrder(9, queue)).toEqual(['a', 'c', 'd']);
  });

  it('never promotes more than the free seats, never a blocked officer, and always the earliest unblocked ones', () => {
    const entry = fc.record({ seq: fc.integer({ min: 1, max: 1_000_000 }), blocked: fc.boolean() });
    fc.assert(
      fc.property(fc.integer({ min: -3, max: 30 }), fc.uniqueArray(entry, { selector: (e) => e.seq, maxLength: 40 }), (free, entries) => {
        const queue = entries.map((e, i) => ({ ...e, id: `e${i}` }));
        const promoted = promotionOrder(free, queue);
        const eligible = queue.filter((q) => !q.blocked).sort((a, b) => a.seq - b.seq);
        expect(promoted.length).toBe(Math.max(0, Math.min(free, eligible.length)));
        expect(promoted).toEqual(eligible.slice(0, promoted.length).map((q) => q.id));
      }),
    );
  });

  it('numbers the queue 1..n by arrival', () => {
    expect([...waitlistPositions([{ id: 'x', seq: 7 }, { id: 'y', seq: 3 }, { id: 'z', seq: 12 }])]).toEqual([
      ['y', 1],
      ['x', 2],
      ['z', 3],
    ]);
  });
});

describe('planning group of an officer', () => {
  it('is unit code / position code as the needs context builds it', () => {
    expect(groupKeyOf('DILI Port', 'CO')).toBe('dili-port/co');
    expect(groupKeyOf(' A/B ', 'Senior examiner')).toBe('a-b/senior-examiner');
    expect(groupKeyOf('HQ', null)).toBeNull();
  });
});
