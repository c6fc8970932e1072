import { COMPETENCY_GROUPS } from '@formasaun/shared';
import { describe, expect, it } from 'vitest';
import { CUSTCOMPEU_SCALE, DEFAULT_AREAS, DEFAULT_SCALE } from './index.js';

const all = DEFAULT_AREAS.flatMap((a) => a.competencies);
const filled = (s: string) => s.trim().length > 0;

describe('default customs framework', () => {
  it('has 48–60 competencies with unique kebab codes', () => {
    expect(all.length).toBeGreaterThanOrEqual(48);
    expect(all.length).toBeLessThanOrEqual(60);
    const codes = all.map((c) => c.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of codes) expect(code).toMatch(/^[a-z0-9][a-z0-9-]{0,59}$/);
    const areaCodes = DEFAULT_AREAS.map((a) => a.code);
    expect(new Set(areaCodes).size).toBe(areaCodes.length);
  });

  it('names, describes and gives indicators 1–4 for every competency in English and Portuguese', () => {
    for (const c of all) {
      expect({ code: c.code, ok: [c.nameEn, c.namePt, c.descriptionEn, c.descriptionPt].every(filled) }).toEqual({ code: c.code, ok: true });
      expect(Object.keys(c.indicators).sort()).toEqual(['1', '2', '3', '4']);
      for (const level of ['1', '2', '3', '4'] as const) {
        const i = c.indicators[level];
        expect({ code: c.code, level, ok: filled(i.en) && filled(i.pt) && i.en !== i.pt }).toEqual({ code: c.code, level, ok: true });
      }
    }
  });

  it('puts every area in one of the four groups, and uses all four', () => {
    for (const a of DEFAULT_AREAS) {
      expect(COMPETENCY_GROUPS).toContain(a.group);
      expect(a.competencies.length).toBeGreaterThan(0);
      expect([a.nameEn, a.namePt].every(filled)).toBe(true);
    }
    expect(new Set(DEFAULT_AREAS.map((a) => a.group))).toEqual(new Set(COMPETENCY_GROUPS));
  });

  it('offers the default and the CustCompEU scale over levels 0–4', () => {
    for (const scale of [DEFAULT_SCALE, CUSTCOMPEU_SCALE]) expect(scale.map((l) => l.level)).toEqual([0, 1, 2, 3, 4]);
    expect(CUSTCOMPEU_SCALE.slice(1).map((l) => l.nameEn)).toEqual(['Aware', 'Trained', 'Advanced', 'Expert']);
  });
});
