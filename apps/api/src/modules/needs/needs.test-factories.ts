import cookie from '@fastify/cookie';
import { sql } from 'drizzle-orm';
import Fastify from 'fastify';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { openTestDatabase, type TestContext } from '../../../test/harness.js';
import { fixedClock } from '../../platform/clock.js';
import { type Database, rows } from '../../platform/db.js';
import { installErrorHandler } from '../../platform/error-handler.js';
import { installAuth } from '../../platform/http-auth.js';
import { makeAuthRepository } from '../auth/auth.repository.js';
import { authRoutes } from '../auth/auth.routes.js';
import { makeAuthService } from '../auth/auth.service.js';
import { makeNeedsModule } from './index.js';
import { needsRoutes } from './needs.routes.js';
import type { CompetencyLookups, FrameworkCompetency } from './needs.ports.js';

/**
 * Test-only CompetencyLookups reading the competency tables with SQL, standing in until the competency context
 * ships its own implementation (the needs module itself never reads those tables).
 */
export const sqlCompetencyLookups: CompetencyLookups = {
  frameworkVersion: async (tx, adm, id) =>
    (
      await rows<{ id: string; frameworkId: string; version: number }>(
        tx,
        sql`select id, framework_id as "frameworkId", version from framework_versions where administration_id = ${adm} and id = ${id}`,
      )
    )[0],
  competencies: (tx, adm, versionId) =>
    rows<FrameworkCompetency>(
      tx,
      sql`select c.id, c.code, c.name_en as "nameEn", c.name_pt as "namePt", a.code as "areaCode", a.name_en as "areaNameEn",
            a.name_pt as "areaNamePt", a.competency_group as "group", c.indicators, c.sort
          from competencies c join competency_areas a on a.administration_id = c.administration_id and a.id = c.area_id
          where c.administration_id = ${adm} and c.framework_version_id = ${versionId} order by c.sort, c.code`,
    ),
  scale: (tx, adm, versionId) =>
    rows(
      tx,
      sql`select level, name_en as "nameEn", name_pt as "namePt" from scale_levels
          where administration_id = ${adm} and framework_version_id = ${versionId} order by level`,
    ),
  roleProfiles: (tx, adm, versionId) =>
    rows(
      tx,
      sql`select position_id as "positionId", competency_id as "competencyId", required_level as "requiredLevel", criticality
          from role_profiles where administration_id = ${adm} and framework_version_id = ${versionId}`,
    ),
  activePriorities: async (tx, adm, onDate) =>
    (
      await rows<{ id: string; name: string; multiplier: string | number; competencyCodes: string[] }>(
        tx,
        sql`select id, name, multiplier, competency_codes as "competencyCodes" from strategic_priorities
            where administration_id = ${adm} and valid_from <= ${onDate}::date and (valid_to is null or valid_to >= ${onDate}::date)`,
      )
    ).map((p) => ({ ...p, multiplier: Number(p.multiplier) })),
};

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

/** The needs routes on a Fastify app assembled like app.ts (auth, errors, zod), with the SQL-backed lookups. */
export async function createNeedsTestApp(): Promise<TestContext> {
  const database = await openTestDatabase();
  const clock = fixedClock('2026-11-29T09:00:00Z');
  const app = Fastify({ logger: false });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  installErrorHandler(app);
  await app.register(cookie);
  const auth = makeAuthService({ database, auth: makeAuthRepository(), clock, policy: { idleMs: 3_600_000, absoluteMs: 36_000_000 } });
  installAuth(app, auth);
  authRoutes(app, { auth, loginAttemptsPerMinute: 1000 });
  needsRoutes(app, makeNeedsModule({ database, clock, competency: sqlCompetencyLookups }));
  await app.ready();
  return {
    app,
    database,
    clock,
    close: async () => {
      await app.close();
      await database.close();
    },
  };
}
