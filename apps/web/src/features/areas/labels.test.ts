import { FUNCTIONAL_AREAS } from '@formasaun/shared';
import { describe, expect, it } from 'vitest';
import en from './locales/en.json';
import pt from './locales/pt.json';

describe('functional-area names', () => {
  it('names each of the 17 functional areas, and nothing else, in both languages', () => {
    const codes = [...FUNCTIONAL_AREAS].sort();
    expect(Object.keys(en.functionalArea).sort()).toEqual(codes);
    expect(Object.keys(pt.functionalArea).sort()).toEqual(codes);
  });
});
