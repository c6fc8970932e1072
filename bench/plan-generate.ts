// Seeded, deterministic planning instances shaped like a customs administration (Timor-Leste and national scale).
import type { TCourse, TGroup, TPlanningInstance } from '../packages/planner/src/index.js';
import { createRng } from '../apps/api/src/db/demo/prng.js';


const AREAS = [
  'classification', 'valuation', 'origin', 'procedures', 'risk', 'intelligence', 'enforcement', 'audit', 'revenue',
  'facilitation', 'legal', 'it-systems', 'integrity', 'passenger', 'leadership', 'instruction', 'languages',
];
/** Position → the functional areas its role profile asks for. */
const POSITIONS: Record<string, string[]> = {
  examiner: ['classification', 'valuation', 'origin', 'procedures', 'it-systems', 'integrity', 'languages'],
  'risk-analyst': ['risk', 'intelligence', 'procedures', 'it-systems', 'classification', 'integrity'],
  investigator: ['intelligence', 'enforcement', 'legal', 'integrity', 'languages'],
  auditor: ['audit', 'valuation', 'revenue', 'legal', 'origin', 'integrity'],
  'border-officer': ['passenger', 'enforcement', 'procedures', 'integrity', 'languages'],
  'revenue-officer': ['revenue', 'procedures', 'it-systems', 'integrity', 'facilitation'],
  'trade-facilitation': ['facilitation', 'procedures', 'origin', 'legal', 'integrity'],
  manager: ['leadership', 'instruction', 'integrity', 'legal', 'risk', 'facilitation'],
};
const LEVELS = ['basic', 'intermediate', 'advanced'];

export interface Scale {
  name: string;
  officers: number;
  groups: number;
  courses: number;
  years: number;
}

export const TL_SCALE: Scale = { name: 'Timor-Leste', officers: 350, groups: 12, courses: 60, years: 3 };
export const NATIONAL_SCALE: Scale = { name: 'national', officers: 10_000, groups: 300, courses: 150, years: 3 };

export function generateInstance(scale: Scale, seed: number): TPlanningInstance {
  const r = createRng(seed * 7919 + scale.groups);
  const comps = AREAS.flatMap((a) => [1, 2, 3].map((i) => `${a}-${i}`)).concat(['ethics-4', 'english-4', 'asycuda-4']);
  const periods = Array.from({ length: scale.years * 4 }, (_, i) => `${2017 + Math.floor(i / 4)}Q${(i % 4) + 1}`);
  const positions = Object.keys(POSITIONS);

  // Groups: officers alike in unit and position; sizes vary around the mean.
  const weightsRaw = Array.from({ length: scale.groups }, () => 0.4 + r.next() * 1.6);
  const total = weightsRaw.reduce((a, b) => a + b, 0);
  const groups: TGroup[] = weightsRaw.map((w, g) => {
    const position = g < positions.length ? positions[g]! : r.pick(positions);
    const size = Math.max(3, Math.round((w / total) * scale.officers));
    const gaps: Record<string, number> = {};
    const weights: Record<string, number> = {};
    for (const area of POSITIONS[position]!) {
      for (const c of comps.filter((x) => x.startsWith(`${area}-`))) {
        if (r.next() < 0.15) continue; // already proficient
        gaps[c] = Math.round((0.3 + r.next() * 2.2) * 10) / 10;
        weights[c] = r.int(1, 3) * (r.next() < 0.2 ? 2 : 1); // criticality, doubled for a strategic priority
      }
    }
    return { id: `unit-${String(g).padStart(3, '0')}/${position}`, size, releaseDays: Math.round(size * 60 * (0.06 + r.next() * 0.06)), gaps, weights };
  });

  // Courses: basic → intermediate → advanced chains inside each functional area.
  const courses: TCourse[] = [];
  const perArea = Math.ceil(scale.courses / AREAS.length);
  for (let i = 0; courses.length < scale.courses; i += 1) {
    const area = AREAS[i % AREAS.length]!;
    const n = courses.filter((c) => c.id.startsWith(`${area}/`)).length;
    if (n >= perArea) continue;
    const level = LEVELS[Math.min(2, Math.floor((n * 3) / perArea))]!;
    const areaComps = comps.filter((x) => x.startsWith(`${area}-`));
    const raises: Record<string, number> = {};
    for (let m = r.int(1, 3); m > 0; m -= 1) raises[r.pick(areaComps)] = level === 'advanced' && r.next() < 0.3 ? 2 : 1;
    const previous = courses.filter((c) => c.id.startsWith(`${area}/`));
    const days = r.int(2, level === 'basic' ? 5 : 10);
    const capacity = r.int(15, 25);
    const course: TCourse = {
      id: `${area}/${level}-${n + 1}`,
      raises,
      days,
      capacity,
      minParticipants: r.int(6, 10),
      fixedCost: r.int(20, 80) * 100 + days * 300,
      costPerParticipant: r.int(8, 30) * 10 + days * 20,
      trainerDays: days * (r.next() < 0.3 ? 2 : 1),
      eligibleGroups: groups.filter((g) => POSITIONS[g.id.split('/')[1]!]!.includes(area)).map((g) => g.id),
    };
    if (level !== 'basic' && previous.length) course.prerequisites = [r.pick(previous.slice(-Math.max(1, Math.floor(perArea / 3)))).id];
    if (r.next() < 0.25) course.periods = periods.filter(() => r.next() < 0.5); // external experts come some quarters only
    if (r.next() < 0.4) course.maxRunsPerPeriod = r.int(1, 3);
    courses.push(course);
  }

  // Budgets cover about half of the demand; trainer-days run short in some quarters.
  let demand = 0;
  for (const g of groups) {
    for (const k of courses) {
      if (!k.eligibleGroups!.includes(g.id) || !Object.keys(k.raises).some((c) => (g.gaps[c] ?? 0) > 0)) continue;
      demand += g.size * (k.costPerParticipant + k.fixedCost / k.capacity);
    }
  }
  const budgets: Record<string, number> = {};
  for (let y = 0; y < scale.years; y += 1) budgets[String(2017 + y)] = Math.round((demand * (0.4 + r.next() * 0.2)) / scale.years / 1000) * 1000;
  const avgTrainerDaysPerMoney = courses.reduce((s, k) => s + k.trainerDays / (k.fixedCost + k.capacity * k.costPerParticipant), 0) / courses.length;
  const trainerDays: Record<string, number> = {};
  for (const p of periods) {
    const year = p.slice(0, 4);
    const tight = r.next() < 0.3 ? 0.5 : 1;
    trainerDays[p] = Math.round(((budgets[year]! / 4) * avgTrainerDaysPerMoney * 1.3 * tight) / 5) * 5;
  }
  return { periods, budgets, trainerDays, groups, courses };
}
