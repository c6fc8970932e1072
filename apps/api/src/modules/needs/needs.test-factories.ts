import type { TRole } from '@formasaun/shared';
import { createAdministration, createOfficer, createOrgUnit, createUser, signIn, type TestContext } from '../../../test/harness.js';
import type { Database } from '../../platform/db.js';

let seq = 0;
const next = () => `${Date.now().toString(36)}${(seq++).toString(36)}`;

/** A framework version with a 0–4 scale, one area per given area code and the given competencies. */
export async function createFramework(database: Database, administrationId: string, competencies: { code: string; area?: string }[]) {
  const q = database.raw.query.bind(database.raw);
  const [fw] = await q<{ id: string }>(`insert into competency_frameworks (administration_id, name) values ($1, $2) returning id`, [administrationId, `FW ${next()}`]);
  const [version] = await q<{ id: string }>(`insert into framework_versions (administration_id, framework_id, version) values ($1, $2, 1) returning id`, [
    administrationId,
    fw!.id,
  ]);
  const versionId = version!.id;
  await q(
    `insert into scale_levels (administration_id, framework_version_id, level, name_en, name_pt)
     select $1, $2, l, 'Level ' || l, 'Nível ' || l from generate_series(0, 4) l`,
    [administrationId, versionId],
  );
  const areas = new Map<string, string>();
  for (const area of new Set(competencies.map((c) => c.area ?? 'general'))) {
    const [row] = await q<{ id: string }>(
      `insert into competency_areas (administration_id, framework_version_id, competency_group, code, name_en, name_pt) values ($1, $2, 'professional', $3, $3, $3) returning id`,
      [administrationId, versionId, area],
    );
    areas.set(area, row!.id);
  }
  const out: { id: string; code: string }[] = [];
  for (const [i, c] of competencies.entries()) {
    const [row] = await q<{ id: string }>(
      `insert into competencies (administration_id, framework_version_id, area_id, code, name_en, name_pt, indicators, sort)
       values ($1, $2, $3, $4, $5, $5, '{"1": {"en": "knows", "pt": "sabe"}}', $6) returning id`,
      [administrationId, versionId, areas.get(c.area ?? 'general'), c.code, `Competency ${c.code}`, i],
    );
    out.push({ id: row!.id, code: c.code });
  }
  return { versionId, competencies: out };
}

export async function setRoleProfile(
  database: Database,
  administrationId: string,
  versionId: string,
  positionId: string,
  cells: { competencyId: string; requiredLevel: number; criticality: number }[],
) {
  for (const c of cells) {
    await database.raw.query(
      `insert into role_profiles (administration_id, framework_version_id, position_id, competency_id, required_level, criticality) values ($1, $2, $3, $4, $5, $6)`,
      [administrationId, versionId, positionId, c.competencyId, c.requiredLevel, c.criticality],
    );
  }
}

export async function createPosition(database: Database, administrationId: string, code = `P-${next()}`) {
  const [row] = await database.raw.query<{ id: string }>(
    `insert into positions (administration_id, code, title, grade_min, grade_max) values ($1, $2, $3, 1, 10) returning id`,
    [administrationId, code, `Position ${code}`],
  );
  return row!.id;
}

export async function createPriority(database: Database, administrationId: string, p: { multiplier: number; codes: string[]; validFrom: string; validTo?: string }) {
  await database.raw.query(
    `insert into strategic_priorities (administration_id, name, multiplier, valid_from, valid_to, competency_codes) values ($1, $2, $3, $4, $5, $6)`,
    [administrationId, `Priority ${next()}`, p.multiplier, p.validFrom, p.validTo ?? null, p.codes],
  );
}

/**
 * The administration most needs tests start from: DG ─ Port (supervised by Sara) ─ Port team; DG ─ Border; a framework
 * of valuation, hs (area trade) and ethics (area values) required of the harness position; four officers in it.
 */
export async function portBorderWorld(ctx: TestContext) {
  const { database } = ctx;
  const adm = await createAdministration(database);
  const port = await createOrgUnit(database, adm.id, adm.rootUnitId, 'Port');
  const team = await createOrgUnit(database, adm.id, port, 'Port team');
  const border = await createOrgUnit(database, adm.id, adm.rootUnitId, 'Border');
  const fw = await createFramework(database, adm.id, [
    { code: 'valuation', area: 'trade' },
    { code: 'hs', area: 'trade' },
    { code: 'ethics', area: 'values' },
  ]);
  const [valuation, hs, ethics] = fw.competencies.map((c) => c.id) as [string, string, string];
  await setRoleProfile(database, adm.id, fw.versionId, adm.positionId, [
    { competencyId: valuation, requiredLevel: 3, criticality: 5 },
    { competencyId: hs, requiredLevel: 2, criticality: 3 },
    { competencyId: ethics, requiredLevel: 3, criticality: 1 },
  ]);
  const pos = { positionId: adm.positionId };
  const o1 = await createOfficer(database, adm.id, port, { ...pos, familyName: 'Amaral' });
  const o2 = await createOfficer(database, adm.id, team, { ...pos, familyName: 'Belo' });
  const o3 = await createOfficer(database, adm.id, border, { ...pos, familyName: 'Carvalho' });
  const sara = await createOfficer(database, adm.id, port, { ...pos, familyName: 'Sarmento' });
  /** A signed-in account of this administration, linked to an officer when one is given. */
  const user = async (officerId: string | undefined, role: TRole, orgUnitId?: string) =>
    signIn(ctx.app, await createUser(database, { administrationId: adm.id, ...(officerId ? { officerId } : {}), roles: [{ role, orgUnitId: orgUnitId ?? null }] }));
  return {
    adm,
    units: { port, team, border },
    fw,
    c: { valuation, hs, ethics },
    officers: { o1, o2, o3, sara },
    user,
  };
}
