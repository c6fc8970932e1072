// Generates officers and their assignment history for an organisation, in memory, as plain rows.
import type { Organisation, Position, Unit } from './org.js';
import { type AdministrationProfile, POSITION_MIX, type PositionCode } from './places.js';
import { asciiFold, isoDay, type Rng, YEAR_DAYS } from './prng.js';

export interface AssignmentRow {
  id: string;
  unitId: string;
  positionId: string;
  locationId: string;
  grade: number;
  from: number;
  to: number | null;
}

export interface OfficerRow {
  id: string;
  employeeNumber: string;
  givenNames: string;
  familyName: string;
  sex: 'female' | 'male';
  birthDay: number;
  grade: number;
  position: Position;
  unit: Unit;
  locationId: string;
  hireDay: number;
  languages: string[];
  email: string;
  phone: string;
  status: 'active' | 'on_leave' | 'left';
  isHead: boolean;
  /** Oldest first; the last one is the open (current) assignment. */
  assignments: AssignmentRow[];
}

const SERVICE_YEARS = 25;

export function generateOfficers(
  profile: AdministrationProfile,
  org: Organisation,
  count: number,
  rng: Rng,
  today: number,
): OfficerRow[] {
  const positionByCode = new Map(org.positions.map((p) => [p.code, p]));
  const locationByCode = new Map(org.locations.map((l) => [l.code, l]));
  const leaves = org.units.filter((u) => u.profile !== null);
  const emails = new Map<string, number>();
  const names = profile.names;
  const out: OfficerRow[] = [];

  const twoOf = (pool: readonly string[], p: number) => {
    const a = rng.pick(pool);
    if (!rng.chance(p)) return [a];
    let b = rng.pick(pool);
    if (b === a) b = pool[(pool.indexOf(a) + 1) % pool.length] as string;
    return [a, b];
  };

  const emailFor = (given: string, family: string) => {
    const base = `${asciiFold(given)}.${asciiFold(family)}`;
    const seen = (emails.get(base) ?? 0) + 1;
    emails.set(base, seen);
    return `${seen === 1 ? base : `${base}${seen}`}@${profile.emailDomain}`;
  };

  const gradeIn = (p: Position, serviceYears: number) => {
    // Longer service tends to a higher grade within the position's range.
    const f = 0.65 * Math.min(1, serviceYears / 20) + 0.35 * rng.next();
    return p.min + Math.min(p.max - p.min, Math.floor(f * (p.max - p.min + 1)));
  };

  const make = (unit: Unit, code: PositionCode, isHead: boolean) => {
    const position = positionByCode.get(code) as Position;
    const location = locationByCode.get(unit.locationCode)!;
    const sex = rng.chance(isHead ? unit.women * 0.8 : unit.women) ? 'female' : 'male';
    const given = twoOf(sex === 'female' ? names.female : names.male, names.doubleGiven);
    const family = twoOf(names.family, names.doubleFamily);
    // Heads have served long; new staff joins every year, a little more in recent years.
    const minService = isHead ? (unit.kind === 'directorate' ? 15 : 8) : 0;
    const years = isHead
      ? minService + rng.next() * (SERVICE_YEARS - minService)
      : SERVICE_YEARS * rng.next() ** 1.3;
    const hireDay = today - Math.max(20, Math.round(years * YEAR_DAYS));
    const birthDay = hireDay - Math.round((rng.int(20, 34) + rng.next()) * YEAR_DAYS);
    const birthYear = Number(isoDay(birthDay).slice(0, 4));
    const grade = gradeIn(position, years);
    const r = rng.next();
    const status = isHead || r >= 0.07 ? 'active' : r < 0.03 ? 'left' : 'on_leave';
    const officer: OfficerRow = {
      id: rng.uuid(),
      employeeNumber: '',
      givenNames: given.join(' '),
      familyName: family.join(' '),
      sex,
      birthDay,
      grade,
      position,
      unit,
      locationId: location.id,
      hireDay,
      languages: profile.languages(rng, birthYear, location.code),
      email: emailFor(given[0] as string, family[family.length - 1] as string),
      phone: profile.phone(rng),
      status,
      isHead,
      assignments: [],
    };
    let currentFrom = hireDay;
    // About one officer in seven has moved between units at least once.
    const serviceDays = today - hireDay;
    if (serviceDays > 2 * YEAR_DAYS && leaves.length > 1 && rng.chance(isHead ? 0.35 : 0.13)) {
      let prev = rng.pick(leaves);
      if (prev === unit) prev = leaves[(leaves.indexOf(prev) + 1) % leaves.length] as Unit;
      const mix = POSITION_MIX[prev.profile ?? 'support'];
      const prevCode = mix.some(([c]) => c === code) ? code : rng.weighted(mix);
      const prevPosition = positionByCode.get(prevCode) as Position;
      const prevGrade = Math.min(prevPosition.max, Math.max(prevPosition.min, grade - 1));
      currentFrom = hireDay + rng.int(365, Math.floor(serviceDays - 180));
      officer.assignments.push({
        id: rng.uuid(),
        unitId: prev.id,
        positionId: prevPosition.id,
        locationId: locationByCode.get(prev.locationCode)!.id,
        grade: prevGrade,
        from: hireDay,
        to: currentFrom - 1,
      });
    }
    officer.assignments.push({
      id: rng.uuid(),
      unitId: unit.id,
      positionId: position.id,
      locationId: location.id,
      grade,
      from: currentFrom,
      to: null,
    });
    out.push(officer);
  };

  // Every unit first gets its head (while officers remain), then its ordinary staff.
  for (const unit of org.units) {
    if (out.length >= count) break;
    make(unit, unit.head, true);
    const mix = POSITION_MIX[unit.profile ?? 'support'];
    for (let i = 0; i < unit.staff && out.length < count; i++) make(unit, rng.weighted(mix), false);
  }

  // Employee numbers are issued in order of hire, as an HR office would have done.
  const order = out.map((o, i) => i);
  order.sort((a, b) => out[a]!.hireDay - out[b]!.hireDay || a - b);
  order.forEach((idx, k) => {
    out[idx]!.employeeNumber = `${profile.employeePrefix}-${String(k + 1).padStart(6, '0')}`;
  });
  return out;
}
