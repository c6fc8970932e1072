import { writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAdministration, createOfficer, createOrgUnit, createTestApp, createUser, type Session, signIn, type TestContext } from '../../../test/harness.js';
import { createFramework, createPriority, setRoleProfile } from './needs.test-factories.js';
import { readPdf } from './report.test-pdf.js';

let ctx: TestContext;
let w: Awaited<ReturnType<typeof world>>;

const FAMILY_NAMES = ['Ximenes', 'Guterres', 'Soares', 'Belo', 'Carrascalão', 'Amaral', 'Lobato', 'Freitas', 'Sarmento'];
/** Levels each department's officers give themselves and get from their supervisor, per competency code. */
const PATTERN: Record<string, Record<string, number>> = {
  border: { valuation: 1, hs: 1, origin: 2, intel: 3, risk: 2, ethics: 3 },
  port: { valuation: 2, hs: 3, origin: 2, intel: 2, risk: 3, ethics: 4 },
  hq: { valuation: 3, hs: 3, origin: 3, intel: 1, risk: 1, ethics: 3 },
};

/** DG ─ Fronteira terrestre ─ Posto de Batugadé; DG ─ Porto de Díli; DG ─ Serviços centrais. Six competencies in three areas. */
async function world() {
  const db = ctx.database;
  const adm = await createAdministration(db);
  await db.raw.query(`update administrations set name = 'Alfândegas de Timor-Leste' where id = $1`, [adm.id]);
  const border = await createOrgUnit(db, adm.id, adm.rootUnitId, 'Fronteira terrestre');
  const post = await createOrgUnit(db, adm.id, border, 'Posto de Batugadé');
  const port = await createOrgUnit(db, adm.id, adm.rootUnitId, 'Porto de Díli');
  const hq = await createOrgUnit(db, adm.id, adm.rootUnitId, 'Serviços centrais');
  await createOrgUnit(db, adm.id, adm.rootUnitId, 'Unidade vazia');
  const fw = await createFramework(db, adm.id, [
    { code: 'valuation', area: 'trade' },
    { code: 'hs', area: 'trade' },
    { code: 'origin', area: 'trade' },
    { code: 'intel', area: 'enforcement' },
    { code: 'risk', area: 'enforcement' },
    { code: 'ethics', area: 'values' },
  ]);
  await db.raw.query(
    `update competencies set name_pt = 'Determinação do valor aduaneiro', name_en = 'Customs valuation' where administration_id = $1 and code = 'valuation';
     `.trim(),
    [adm.id],
  );
  await db.raw.query(`update competency_areas set name_en = 'Trade facilitation and revenue', name_pt = 'Facilitação do comércio e receita' where administration_id = $1 and code = 'trade'`, [adm.id]);
  await setRoleProfile(
    db,
    adm.id,
    fw.versionId,
    adm.positionId,
    fw.competencies.map((c, i) => ({ competencyId: c.id, requiredLevel: 3, criticality: 1 + (i % 5) })),
  );
  await createPriority(db, adm.id, { multiplier: 2, codes: ['valuation'], validFrom: '2026-01-01' });
  const officers: { id: string; dept: string }[] = [];
  let n = 0;
  for (const [dept, unit] of [['border', post], ['border', border], ['port', port], ['hq', hq]] as const) {
    for (let i = 0; i < 2; i++) officers.push({ id: (await createOfficer(db, adm.id, unit, { positionId: adm.positionId, familyName: FAMILY_NAMES[n++ % FAMILY_NAMES.length] })).id, dept });
  }
  const manager = await signIn(ctx.app, await createUser(db, { administrationId: adm.id, roles: [{ role: 'training_manager' }] }));
  return { adm, units: { border, post, port, hq }, fw, officers, manager };
}

/** Opens a campaign over the whole administration, submits every form with the department's pattern, optionally closes it. */
async function campaign(name: string, close: boolean) {
  const created = await w.manager.request('POST', '/api/v1/campaigns', {
    name,
    frameworkVersionId: w.fw.versionId,
    opensOn: '2026-11-01',
    closesOn: '2026-12-15',
    mode: 'both',
    consolidation: 'weighted',
    supervisorWeight: 0.7,
    scopes: [{ orgUnitId: w.adm.rootUnitId }],
  });
  const id = created.json().id as string;
  await w.manager.request('POST', `/api/v1/campaigns/${id}/open`);
  const codes = new Map(w.fw.competencies.map((c) => [c.id, c.code]));
  // The last officer's forms stay unsubmitted, so the response rates are not all 100 %.
  for (const o of w.officers.slice(0, -1)) {
    const forms = await ctx.database.raw.query<{ id: string }>(`select id from assessment_forms where campaign_id = $1 and officer_id = $2`, [id, o.id]);
    for (const f of forms) {
      for (const [competencyId, code] of codes) {
        await ctx.database.raw.query(`insert into assessment_ratings (administration_id, form_id, competency_id, level) values ($1, $2, $3, $4)`, [
          w.adm.id,
          f.id,
          competencyId,
          PATTERN[o.dept]![code]!,
        ]);
      }
      await ctx.database.raw.query(`update assessment_forms set status = 'submitted', submitted_at = now() where id = $1`, [f.id]);
    }
  }
  if (close) expect((await w.manager.request('POST', `/api/v1/campaigns/${id}/close`)).statusCode).toBe(200);
  return id;
}

const user = async (role: 'programme_viewer' | 'officer' | 'supervisor') =>
  signIn(
    ctx.app,
    await createUser(ctx.database, { administrationId: w.adm.id, roles: [{ role, orgUnitId: role === 'supervisor' ? w.units.border : null }], officerId: { programme_viewer: undefined, officer: w.officers[0]!.id, supervisor: w.officers[2]!.id }[role] }),
  );

async function report(s: Session, id: string, query = '') {
  const res = await s.request('GET', `/api/v1/campaigns/${id}/report.pdf${query}`);
  expect(res.statusCode, res.body.slice(0, 300)).toBe(200);
  expect(res.headers['content-type']).toBe('application/pdf');
  expect(res.headers['content-disposition']).toMatch(/^attachment; filename="tna-report-2026-12-15-(en|pt)\.pdf"$/);
  expect(res.rawPayload.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  // Debugging aid: REPORT_PDF_DIR=/tmp keeps the documents to look at (pdftoppm -png -r 60).
  if (process.env.REPORT_PDF_DIR) writeFileSync(`${process.env.REPORT_PDF_DIR}/report${query.replace(/\W+/g, '-')}.pdf`, res.rawPayload);
  return readPdf(res.rawPayload);
}

beforeAll(async () => {
  ctx = await createTestApp();
  w = await world();
});
afterAll(() => ctx.close());

describe('TNA report PDF', () => {
  let closed: string;
  let open: string;
  beforeAll(async () => {
    closed = await campaign('TNA 2026 Batugadé', true);
    open = await campaign('TNA 2027', false);
  });

  it('renders the closed campaign as a multi-page report with method, rates, needs and heatmaps, and no officer names', async () => {
    const pdf = await report(w.manager, closed, '?lang=en');
    // Title, method, response rates, top needs, areas + target groups, heatmaps (landscape), how to read.
    expect(pdf.pages).toBe(7);
    for (const text of [
      'TNA 2026 Batugadé',
      'Alfândegas de Timor-Leste',
      'Training needs assessment',
      'version 1',
      'supervisor’s rating 70%, self-assessment 30%',
      'Fronteira terrestre',
      'Porto de Díli',
      'Customs valuation',
      'Trade facilitation and revenue',
      'Page 2 of',
      'How to read this report',
    ]) {
      expect(pdf.text).toContain(text);
    }
    // Response rates: the last officer (Serviços centrais) submitted nothing.
    expect(pdf.text).toContain('Serviços centrais\n1 / 2 (50%)');
    expect(pdf.text).not.toContain('Unidade vazia');
    for (const name of [...FAMILY_NAMES, 'Maria']) expect(pdf.text).not.toMatch(new RegExp(`\\b${name}\\b`));
  });

  it('follows lang, and the reader’s own locale by default', async () => {
    const pt = await report(w.manager, closed, '?lang=pt');
    expect(pt.text).toContain('Avaliação das necessidades de formação');
    expect(pt.text).toContain('Determinação do valor aduaneiro');
    expect(pt.text).toContain('Página 2 de');
    expect((await report(w.manager, closed)).text).toContain('Training needs assessment');
    expect((await w.manager.request('PUT', '/api/v1/auth/preferences', { locale: 'pt' })).statusCode).toBe(200);
    expect((await report(w.manager, closed)).text).toContain('Lacuna média');
    await w.manager.request('PUT', '/api/v1/auth/preferences', { locale: 'en' });
  });

  it('gives programme viewers the same aggregates, and no one else', async () => {
    const viewer = await report(await user('programme_viewer'), closed, '?lang=en');
    const manager = await report(w.manager, closed, '?lang=en');
    expect(viewer.text.replace(/\d{1,2} \w+ 2026/g, '')).toBe(manager.text.replace(/\d{1,2} \w+ 2026/g, ''));
    for (const role of ['officer', 'supervisor'] as const) {
      expect((await (await user(role)).request('GET', `/api/v1/campaigns/${closed}/report.pdf`)).statusCode).toBe(403);
    }
  });

  it('answers 409 for an open campaign and 404 for another administration’s campaign', async () => {
    expect((await w.manager.request('GET', `/api/v1/campaigns/${open}/report.pdf`)).json().error.code).toBe('CONFLICT');
    const other = await createAdministration(ctx.database);
    const stranger = await signIn(ctx.app, await createUser(ctx.database, { administrationId: other.id, roles: [{ role: 'training_manager' }] }));
    const res = await stranger.request('GET', `/api/v1/campaigns/${closed}/report.pdf`);
    expect([res.statusCode, res.json().error.code]).toEqual([404, 'NOT_FOUND']);
    expect((await w.manager.request('GET', `/api/v1/campaigns/${closed}/report.pdf?lang=fr`)).statusCode).toBe(400);
  });
});
