// Random instances for property and worker tests (the bench has its own, realistic generator).
import type { TCourse, TGroup, TPlanningInstance } from './contracts.js';

export function mulberry32(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function randomInstance(seed: number, size: { groups: number; courses: number; years: number; comps: number }): TPlanningInstance {
  const rnd = mulberry32(seed);
  const int = (lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo + 1));
  const comps = Array.from({ length: size.comps }, (_, i) => `c${i}`);
  const periods = Array.from({ length: size.years * 4 }, (_, i) => `${2017 + Math.floor(i / 4)}Q${(i % 4) + 1}`);
  const groups: TGroup[] = Array.from({ length: size.groups }, (_, g) => {
    const gaps: Record<string, number> = {};
    const weights: Record<string, number> = {};
    for (const c of comps) {
      if (rnd() >= 0.5) continue;
      gaps[c] = int(1, 4) / 2;
      weights[c] = int(1, 5);
    }
    return { id: `g${g}`, size: int(3, 30), releaseDays: int(5, 60), gaps, weights };
  });
  const courses: TCourse[] = Array.from({ length: size.courses }, (_, k) => {
    const raises: Record<string, number> = {};
    for (let i = int(1, 2); i > 0; i -= 1) raises[comps[int(0, comps.length - 1)]!] = int(1, 2);
    const capacity = int(6, 25);
    const course: TCourse = {
      id: `k${k}`,
      raises,
      days: int(1, 6),
      capacity,
      minParticipants: int(0, Math.floor(capacity / 2)),
      fixedCost: int(0, 5000),
      costPerParticipant: int(0, 300),
      trainerDays: int(1, 10),
    };
    if (k > 0 && rnd() < 0.3) course.prerequisites = [`k${int(0, k - 1)}`];
    if (rnd() < 0.4) course.eligibleGroups = groups.filter(() => rnd() < 0.6).map((g) => g.id);
    if (rnd() < 0.3) course.periods = periods.filter(() => rnd() < 0.5);
    if (rnd() < 0.3) course.maxRunsPerPeriod = int(0, 2);
    if (k % 4 === 3) course.maxRunsPerYear = k % 3; // outside the rng stream, so the other fields stay as they were
    return course;
  });
  const years = [...new Set(periods.map((p) => p.slice(0, 4)))];
  return {
    periods,
    budgets: Object.fromEntries(years.map((y) => [y, int(2000, 40000)])),
    trainerDays: Object.fromEntries(periods.map((p) => [p, int(0, 30)])),
    groups,
    courses,
  };
}
