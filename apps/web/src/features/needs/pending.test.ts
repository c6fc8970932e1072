import { describe, expect, it } from 'vitest';
import { parsePending, retryDelay, settle } from './pending';

describe('pending ratings', () => {
  it('reads stored ratings and ignores anything that is not a level on the scale', () => {
    expect(parsePending('{"a":2,"b":0,"c":7,"d":"3","e":1.5}')).toEqual({ a: 2, b: 0 });
    expect(parsePending('[1,2]')).toEqual({});
    expect(parsePending('not json')).toEqual({});
    expect(parsePending(null)).toEqual({});
  });

  it('keeps the entries changed again while a save was in flight', () => {
    expect(settle({ a: 1, b: 3, c: 2 }, { a: 1, b: 2 })).toEqual({ b: 3, c: 2 });
    expect(settle({ a: 1 }, { a: 1 })).toEqual({});
  });

  it('backs off up to a minute', () => {
    expect(retryDelay(0)).toBe(2_000);
    expect(retryDelay(2)).toBe(8_000);
    expect(retryDelay(20)).toBe(60_000);
  });
});
