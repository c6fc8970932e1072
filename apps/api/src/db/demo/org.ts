// Turns an administration profile into concrete locations, positions and an org tree sized for n officers.
import type { AdministrationProfile, LocationSpec, PositionCode, PositionSpec, StaffProfile, UnitKind } from './places.js';
import type { Rng } from './prng.js';

/** Above this many officers a leaf unit is split into teams, so no unit holds thousands. */
export const MAX_UNIT_SIZE = 200;

export interface Location extends LocationSpec {
  id: string;
}

export interface Position extends PositionSpec {
  id: string;
}

export interface Unit {
  id: string;
  parentId: string | null;
  code: string;
  name: string;
  kind: UnitKind;
  locationCode: string;
  women: number;
  head: PositionCode;
  /** Set on units that take ordinary staff (leaves). */
  profile: StaffProfile | null;
  /** Ordinary staff to generate besides the head. */
  staff: number;
  /** Code of the profile unit this one belongs to (teams point at their office). */
  specCode: string;
}

export interface Organisation {
  locations: Location[];
  positions: Position[];
  units: Unit[];
}

const DEFAULT_HEAD: Record<UnitKind, PositionCode> = {
  directorate: 'director',
  department: 'head_of_department',
  unit: 'head_of_unit',
  office: 'head_of_unit',
};

interface Leaf {
  unit: Unit;
  weight: number;
}

export function buildOrganisation(profile: AdministrationProfile, officers: number, rng: Rng): Organisation {
  const locations = profile.locations.map((l) => ({ ...l, id: rng.uuid() }));
  const positions = profile.positions.map((p) => ({ ...p, id: rng.uuid() }));

  // Back-office units grow more slowly than the frontline once the service gets large.
  const backOffice = officers <= 1000 ? 1 : Math.max(0.25, (1000 / officers) ** 0.3);
  const specs: { spec: AdministrationProfile['tree']; depth: number }[] = [];
  const walk = (spec: AdministrationProfile['tree'], depth: number) => {
    specs.push({ spec, depth });
    for (const child of spec.children ?? []) walk(child, depth + 1);
  };
  walk(profile.tree, 0);
  let totalWeight = 0;
  const effective = new Map<string, number>();
  for (const { spec } of specs) {
    if (spec.children?.length) continue;
    const w = (spec.weight ?? 1) * (spec.frontline ? 1 : backOffice);
    effective.set(spec.code, w);
    totalWeight += w;
  }

  const units: Unit[] = [];
  const leaves: Leaf[] = [];
  const build = (spec: AdministrationProfile['tree'], parent: Unit | null) => {
    const u: Unit = {
      id: rng.uuid(),
      parentId: parent?.id ?? null,
      code: spec.code,
      name: spec.name,
      kind: spec.kind,
      locationCode: spec.location ?? parent?.locationCode ?? profile.locations[0]!.code,
      women: spec.women ?? parent?.women ?? 0.32,
      head: spec.head ?? DEFAULT_HEAD[spec.kind],
      profile: null,
      staff: 0,
      specCode: spec.code,
    };
    units.push(u);
    if (spec.children?.length) {
      for (const child of spec.children) build(child, u);
      return;
    }
    const weight = effective.get(spec.code) ?? 1;
    const expected = (officers * weight) / totalWeight;
    const teams = expected > MAX_UNIT_SIZE ? Math.ceil(expected / MAX_UNIT_SIZE) : 1;
    if (teams === 1) {
      u.profile = spec.profile ?? 'support';
      leaves.push({ unit: u, weight });
      return;
    }
    // A large office becomes the parent of numbered teams (one more level), each with its own head.
    const word = profile.teamWords[spec.frontline ? 0 : 1];
    for (let t = 1; t <= teams; t++) {
      const team: Unit = {
        ...u,
        id: rng.uuid(),
        parentId: u.id,
        code: `${spec.code}-${String(t).padStart(2, '0')}`,
        name: `${spec.name} — ${word} ${t}`,
        kind: 'unit',
        head: 'head_of_unit',
        profile: spec.profile ?? 'support',
      };
      units.push(team);
      leaves.push({ unit: team, weight: weight / teams });
    }
  };
  build(profile.tree, null);

  apportion(leaves, Math.max(0, officers - units.length));
  return { locations, positions, units };
}

/** Largest-remainder apportionment: deterministic, and the shares add up exactly. */
function apportion(leaves: Leaf[], staff: number) {
  const total = leaves.reduce((s, l) => s + l.weight, 0);
  let given = 0;
  const rema = leaves.map((l, i) => {
    const exact = (staff * l.weight) / total;
    l.unit.staff = Math.floor(exact);
    given += l.unit.staff;
    return { i, r: exact - l.unit.staff };
  });
  rema.sort((a, b) => b.r - a.r || a.i - b.i);
  for (let k = 0; k < staff - given; k++) leaves[rema[k % rema.length]!.i]!.unit.staff += 1;
}
