import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, createUser, managerOf, type Session, signIn, type TestContext } from '../../../test/harness.js';
import { installDefaultFramework, makeCompetencyModule } from './index.js';

let ctx: TestContext;
let s: Session;
let adm: Awaited<ReturnType<typeof managerOf>>['adm'];

beforeAll(async () => {
  ctx = await createTestApp();
  ({ adm, session: s } = await managerOf(ctx));
});
afterAll(() => ctx.close());

const copyDefault = async (name = 'Timor-Leste customs framework') => {
  const res = await s.request('POST', '/api/v1/frameworks', { name, from: 'default' });
  expect(res.statusCode).toBe(201);
  return res.json<{ id: string; versions: { id: string; version: number; isInUse: boolean; competencyCount: number }[] }>();
};

/** A campaign naming the version: from then on it is frozen. */
const useInCampaign = (versionId: string) =>
  ctx.database.raw.query(
    `insert into assessment_campaigns (administration_id, name, framework_version_id, opens_on, closes_on, mode, consolidation)
     values ($1, 'TNA 2017', $2, '2017-01-09', '2017-02-10', 'both', 'mean')`,
    [adm.id, versionId],
  );

const upsertGreen = {
  kind: 'upsertCompetency',
  areaCode: 'trade-facilitation',
  code: 'green-customs',
  nameEn: 'Green customs',
  namePt: 'Alfândegas verdes',
  descriptionEn: 'Controls environmentally sensitive goods.',
  descriptionPt: 'Controla mercadorias sensíveis para o ambiente.',
  indicators: Object.fromEntries(['1', '2', '3', '4'].map((l) => [l, { en: `level ${l}`, pt: `nível ${l}` }])),
};

describe('frameworks', () => {
  it('copies the default framework as version 1 with scale, areas and bilingual competencies', async () => {
    const framework = await copyDefault();
    expect(framework.versions).toEqual([expect.objectContaining({ version: 1, isInUse: false, competencyCount: 54 })]);
    const detail = (await s.request('GET', `/api/v1/framework-versions/${framework.versions[0]!.id}`)).json();
    expect(detail.scale.map((l: { nameEn: string }) => l.nameEn)).toEqual(['None', 'Awareness', 'Working knowledge', 'Independent practitioner', 'Expert, can teach']);
    expect(new Set(detail.areas.map((a: { group: string }) => a.group))).toEqual(new Set(['values', 'professional', 'operational', 'management']));
    const hs = detail.competencies.find((c: { code: string }) => c.code === 'hs-classification');
    expect(hs).toMatchObject({ areaCode: 'tariff-classification', namePt: 'Classificação no Sistema Harmonizado' });
    expect(Object.keys(hs.indicators).sort()).toEqual(['1', '2', '3', '4']);
    expect(hs.indicators['4'].pt).toContain('ensina');
  });

  it('offers the CustCompEU level names', async () => {
    const res = await s.request('POST', '/api/v1/frameworks', { name: 'EU levels', from: 'default', scale: 'custcompeu' });
    const detail = (await s.request('GET', `/api/v1/framework-versions/${res.json().versions[0].id}`)).json();
    expect(detail.scale.map((l: { nameEn: string }) => l.nameEn)).toEqual(['None', 'Aware', 'Trained', 'Advanced', 'Expert']);
  });

  it('edits a version in place while no campaign uses it', async () => {
    const v1 = (await copyDefault('In place')).versions[0]!.id;
    const added = await s.request('POST', `/api/v1/framework-versions/${v1}/edits`, upsertGreen);
    expect(added.statusCode).toBe(200);
    expect(added.json()).toMatchObject({ id: v1, version: 1, isNewVersion: false, editedVersionId: v1 });
    expect(added.json().competencies.map((c: { code: string }) => c.code)).toContain('green-customs');

    const renamed = await s.request('POST', `/api/v1/framework-versions/${v1}/edits`, { kind: 'renameScaleLevel', level: 4, nameEn: 'Master', namePt: 'Mestre' });
    expect(renamed.json().scale[4]).toEqual({ level: 4, nameEn: 'Master', namePt: 'Mestre' });
    const area = await s.request('POST', `/api/v1/framework-versions/${v1}/edits`, { kind: 'upsertArea', code: 'e-commerce', group: 'operational', nameEn: 'E-commerce', namePt: 'Comércio eletrónico' });
    expect(area.json().areas.map((a: { code: string }) => a.code)).toContain('e-commerce');
    const removed = await s.request('POST', `/api/v1/framework-versions/${v1}/edits`, { kind: 'removeCompetency', code: 'green-customs' });
    expect(removed.json().competencies).toHaveLength(54);
  });

  it('puts edits of a version in use into a new version, leaving the used one intact with its role profiles', async () => {
    const v1 = (await copyDefault('In use')).versions[0]!.id;
    const grid = (await s.request('GET', `/api/v1/framework-versions/${v1}/role-profiles`)).json();
    const hs = grid.competencies.find((c: { code: string }) => c.code === 'hs-classification').id;
    await s.request('PUT', `/api/v1/framework-versions/${v1}/role-profiles`, { cells: [{ positionId: adm.positionId, competencyId: hs, requiredLevel: 3, criticality: 5 }] });
    await useInCampaign(v1);

    const res = await s.request('POST', `/api/v1/framework-versions/${v1}/edits`, { kind: 'removeCompetency', code: 'customs-valuation' });
    expect(res.statusCode).toBe(200);
    const v2 = res.json();
    expect(v2).toMatchObject({ version: 2, isNewVersion: true, editedVersionId: v1, isInUse: false });
    expect(v2.id).not.toBe(v1);
    expect(v2.competencies.map((c: { code: string }) => c.code)).not.toContain('customs-valuation');

    const old = (await s.request('GET', `/api/v1/framework-versions/${v1}`)).json();
    expect(old.competencies.map((c: { code: string }) => c.code)).toContain('customs-valuation');
    const copied = (await s.request('GET', `/api/v1/framework-versions/${v2.id}/role-profiles`)).json();
    const newHs = copied.competencies.find((c: { code: string }) => c.code === 'hs-classification').id;
    expect(copied.cells).toEqual([{ positionId: adm.positionId, competencyId: newHs, requiredLevel: 3, criticality: 5 }]);

    const framework = ((await s.request('GET', '/api/v1/frameworks')).json().items as { name: string; versions: { version: number; isInUse: boolean }[] }[]).find((f) => f.name === 'In use')!;
    expect(framework.versions.map((v) => [v.version, v.isInUse])).toEqual([[2, false], [1, true]]);

    // Editing v2 (not in use) stays in v2.
    const again = await s.request('POST', `/api/v1/framework-versions/${v2.id}/edits`, upsertGreen);
    expect(again.json()).toMatchObject({ id: v2.id, isNewVersion: false });
  });

  it('refuses bad edits with clear errors', async () => {
    const v1 = (await copyDefault('Bad edits')).versions[0]!.id;
    const area = await s.request('POST', `/api/v1/framework-versions/${v1}/edits`, { ...upsertGreen, areaCode: 'nowhere' });
    expect(area.statusCode).toBe(400);
    expect(area.json().error.details[0].path).toBe('body.areaCode');
    const missing = await s.request('POST', `/api/v1/framework-versions/${v1}/edits`, { kind: 'removeCompetency', code: 'no-such-thing' });
    expect(missing.statusCode).toBe(404);
    const level = await s.request('POST', `/api/v1/framework-versions/${v1}/edits`, { kind: 'renameScaleLevel', level: 7, nameEn: 'x', namePt: 'x' });
    expect(level.statusCode).toBe(400);
    expect(level.json().error.details[0].path).toBe('body.level');
    const indicators = await s.request('POST', `/api/v1/framework-versions/${v1}/edits`, { ...upsertGreen, indicators: { '1': { en: 'a', pt: 'b' } } });
    expect(indicators.statusCode).toBe(400);
    expect((await s.request('GET', `/api/v1/framework-versions/${crypto.randomUUID()}`)).statusCode).toBe(404);
  });
});

describe('installDefaultFramework and the lookups', () => {
  it('installs in the caller’s transaction and serves the needs context in area then competency order', async () => {
    const { versionId } = await ctx.database.transaction({ administrationId: adm.id }, (tx) => installDefaultFramework(tx, adm.id));
    const { lookups } = makeCompetencyModule({ database: ctx.database, clock: ctx.clock });
    await ctx.database.transaction({ administrationId: adm.id }, async (tx) => {
      expect(await lookups.frameworkVersion(tx, adm.id, versionId)).toMatchObject({ id: versionId, version: 1 });
      const competencies = await lookups.competencies(tx, adm.id, versionId);
      expect(competencies).toHaveLength(54);
      expect(competencies[0]).toMatchObject({ code: 'integrity', group: 'values', areaCode: 'integrity', areaNamePt: 'Integridade e ética' });
      expect(competencies.at(-1)?.group).toBe('management');
      expect((await lookups.scale(tx, adm.id, versionId)).map((l) => l.level)).toEqual([0, 1, 2, 3, 4]);
      expect(await lookups.roleProfiles(tx, adm.id, versionId)).toEqual([]);
    });
    const other = await managerOf(ctx);
    await ctx.database.transaction({ administrationId: other.adm.id }, async (tx) => {
      expect(await lookups.frameworkVersion(tx, other.adm.id, versionId)).toBeUndefined();
      expect(await lookups.competencies(tx, other.adm.id, versionId)).toEqual([]);
    });
  });
});

describe('roles', () => {
  it('lets supervisors and officers read but not write', async () => {
    const v1 = (await copyDefault('Roles')).versions[0]!.id;
    for (const role of ['supervisor', 'officer'] as const) {
      const user = await createUser(ctx.database, { administrationId: adm.id, roles: [{ role, orgUnitId: role === 'supervisor' ? adm.rootUnitId : null }] });
      const them = await signIn(ctx.app, user);
      expect((await them.request('GET', '/api/v1/frameworks')).statusCode).toBe(200);
      expect((await them.request('GET', `/api/v1/framework-versions/${v1}`)).statusCode).toBe(200);
      expect((await them.request('GET', `/api/v1/framework-versions/${v1}/role-profiles`)).statusCode).toBe(200);
      expect((await them.request('GET', '/api/v1/priorities')).statusCode).toBe(200);
      expect((await them.request('POST', '/api/v1/frameworks', { name: 'X', from: 'default' })).statusCode).toBe(403);
      expect((await them.request('POST', `/api/v1/framework-versions/${v1}/edits`, upsertGreen)).statusCode).toBe(403);
      expect((await them.request('PUT', `/api/v1/framework-versions/${v1}/role-profiles`, { cells: [] })).statusCode).toBe(403);
      const priority = { name: 'P', multiplier: 2, validFrom: '2026-01-01', competencyCodes: [] };
      expect((await them.request('POST', '/api/v1/priorities', priority)).statusCode).toBe(403);
    }
  });
});
