import { COST_CATEGORIES, FUNCTIONAL_AREAS, ZCourseCreate } from '@formasaun/shared';
import { describe, expect, it } from 'vitest';
import { DEFAULT_AREAS } from '../../competency/default-framework/index.js';
import { courseTotals, findCycle } from '../catalogue.domain.js';
import { defaultCourseData } from '../catalogue-install.js';
import { DEFAULT_COURSES } from './index.js';

const competencyArea = new Map(DEFAULT_AREAS.flatMap((a) => a.competencies.map((c) => [c.code, a.code] as const)));
const codes = DEFAULT_COURSES.map((c) => c.code);

describe('default customs catalogue', () => {
  it('has about 60 courses with unique codes', () => {
    expect(DEFAULT_COURSES.length).toBeGreaterThanOrEqual(55);
    expect(DEFAULT_COURSES.length).toBeLessThanOrEqual(70);
    expect(new Set(codes.map((c) => c.toLowerCase())).size).toBe(codes.length);
  });

  it('passes the API contract, course by course', () => {
    for (const d of DEFAULT_COURSES) {
      const result = ZCourseCreate.safeParse(defaultCourseData(d, []));
      expect({ code: d.code, issues: result.error?.issues ?? [] }).toEqual({ code: d.code, issues: [] });
    }
  });

  it('raises only competencies of the default framework, with gains a course can give', () => {
    for (const d of DEFAULT_COURSES) {
      for (const [code, levels, toLevel] of d.raises) {
        expect({ course: d.code, code, known: competencyArea.has(code) }).toEqual({ course: d.code, code, known: true });
        expect(levels).toBeGreaterThanOrEqual(0.5);
        expect(levels).toBeLessThanOrEqual(2);
        if (toLevel !== undefined) expect(toLevel).toBeGreaterThanOrEqual(Math.ceil(levels));
      }
      // The first competency raised belongs to the course's own functional area.
      expect({ course: d.code, area: competencyArea.get(d.raises[0]![0]) }).toEqual({ course: d.code, area: d.area });
      if (d.trainer.competency) expect(competencyArea.has(d.trainer.competency[0])).toBe(true);
    }
  });

  it('covers every functional area', () => {
    expect(new Set(DEFAULT_COURSES.map((c) => c.area))).toEqual(new Set(FUNCTIONAL_AREAS));
  });

  it('has known, acyclic prerequisites that form basic → advanced chains', () => {
    const known = new Set(codes);
    for (const d of DEFAULT_COURSES) for (const p of d.prerequisites ?? []) expect({ course: d.code, p, known: known.has(p) }).toEqual({ course: d.code, p, known: true });
    expect(findCycle(new Map(DEFAULT_COURSES.map((d) => [d.code, d.prerequisites ?? []])))).toBeNull();
    const chain = (code: string): string[] => [code, ...(DEFAULT_COURSES.find((d) => d.code === code)?.prerequisites ?? []).flatMap(chain)];
    expect(chain('TTT-301')).toEqual(['TTT-301', 'TTT-201', 'TTT-101']);
    expect(chain('HS-301')).toEqual(['HS-301', 'HS-201', 'HS-101']);
  });

  it('has realistic sizes, lengths and costs in US dollars', () => {
    for (const d of DEFAULT_COURSES) {
      const c = defaultCourseData(d, []);
      const t = courseTotals(c);
      const summary = { code: d.code, days: c.days, capacity: c.capacity, min: c.minParticipants, fixed: t.fixedCost, perHead: t.costPerParticipant };
      expect(summary.min, d.code).toBeLessThanOrEqual(summary.capacity);
      expect(c.days, d.code).toBeGreaterThanOrEqual(1);
      expect(c.days, d.code).toBeLessThanOrEqual(10);
      expect(c.capacity, d.code).toBeGreaterThanOrEqual(12);
      expect(c.capacity, d.code).toBeLessThanOrEqual(25);
      expect(t.fixedCost, d.code).toBeGreaterThanOrEqual(1500);
      expect(t.fixedCost, d.code).toBeLessThanOrEqual(12000);
      expect(t.costPerParticipant, d.code).toBeGreaterThanOrEqual(40);
      expect(t.costPerParticipant, d.code).toBeLessThanOrEqual(250);
      for (const cat of COST_CATEGORIES) expect(c.fixedCostByCategory[cat]).toBeGreaterThanOrEqual(0);
      expect(d.outcomes.length, d.code).toBeGreaterThanOrEqual(2);
      expect(d.outcomes.length, d.code).toBeLessThanOrEqual(4);
      for (const [en, pt] of [d.title, d.summary, ...d.outcomes]) expect(en, d.code).not.toBe(pt);
    }
    // Courses led by external experts cost more per run than those of the administration's own trainers.
    const byLead = (expert: boolean) => DEFAULT_COURSES.filter((d) => d.languages.includes('en') === expert && d.days === 3).map((d) => courseTotals(defaultCourseData(d, [])).fixedCost);
    expect(Math.min(...byLead(true))).toBeGreaterThan(Math.max(...byLead(false)));
  });
});
