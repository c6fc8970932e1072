import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestContext } from '../../../test/harness.js';
import { portBorderWorld } from './needs.test-factories.js';

// The views the web pages need: forms list, list progress, programme viewers, team scale, names, order, comments, export.
let ctx: TestContext;
let w: Awaited<ReturnType<typeof world>>;

/** The shared world, with areas sorted values before trade whatever their codes, and Portuguese names. */
async function world() {
  const base = await portBorderWorld(ctx);
  const { fw, units, officers } = base;
  await ctx.database.raw.query(`update competency_areas set sort = case code when 'values' then 1 else 2 end where framework_version_id = $1`, [fw.versionId]);
  await ctx.database.raw.query(`update competencies set name_pt = 'Competência ' || code where framework_version_id = $1`, [fw.versionId]);
  return {
    ...base,
    mgr: await base.user(undefined, 'training_manager'),
    viewer: await base.user(undefined, 'programme_viewer'),
    s1: await base.user(officers.o1.id, 'officer'),
    sup: await base.user(officers.sara.id, 'supervisor', units.port),
  };
}

const campaignBody = (name: string, orgUnitId: string) => ({
  name,
  frameworkVersionId: w.fw.versionId,
  opensOn: '2026-11-01',
  closesOn: '2026-12-15',
  mode: 'both',
  consolidation: 'mean',
  scopes: [{ orgUnitId }],
});
const ratings = (list: [string, number, (string | null)?][]) => ({
  ratings: list.map(([competencyId, level, comment]) => ({ competencyId, level, ...(comment === undefined ? {} : { comment }) })),
});
async function openCampaign(name: string, orgUnitId: string) {
  const id = (await w.mgr.request('POST', '/api/v1/campaigns', campaignBody(name, orgUnitId))).json().id as string;
  expect((await w.mgr.request('POST', `/api/v1/campaigns/${id}/open`)).statusCode).toBe(200);
  return id;
}
type FormItem = { id: string; kind: string; status: string; officer: { id: string; name: string }; orgUnitName: string; assessor: { name: string } | null; submittedAt: string | null };
const formsOf = async (s: Session, campaignId: string, query = '') => (await s.request('GET', `/api/v1/campaigns/${campaignId}/forms${query}`)).json();

let open: string;
let closed: string;
let earlier: string;

beforeAll(async () => {
  ctx = await createTestApp();
  w = await world();
  earlier = await openCampaign('TNA 2025', w.units.team);
  await w.mgr.request('POST', `/api/v1/campaigns/${earlier}/close`);
  open = await openCampaign('TNA 2026', w.adm.rootUnitId);
  const selfForm = (await formsOf(w.mgr, open, `?kind=self&orgUnitId=${w.units.port}`)).items.find((f: FormItem) => f.officer.id === w.officers.o1.id).id;
  await w.s1.request('PUT', `/api/v1/assessment-forms/${selfForm}/ratings`, ratings([[w.c.valuation, 1], [w.c.hs, 2], [w.c.ethics, 3]]));
  await w.s1.request('POST', `/api/v1/assessment-forms/${selfForm}/submit`);
  closed = await openCampaign('TNA 2026 border', w.adm.rootUnitId);
  await w.mgr.request('POST', `/api/v1/campaigns/${closed}/close`);
});
afterAll(() => ctx.close());

describe('a campaign’s forms', () => {
  it('lists them with officer, unit, kind, status and assessor, filtered and paged, so the manager can reopen one', async () => {
    const all = await formsOf(w.mgr, open);
    expect(all.total).toBe(8);
    expect(all.items[0]).toMatchObject({ orgUnitName: 'Border', kind: 'self', officer: { name: 'Maria Carvalho' } });
    const o2Sup = all.items.find((f: FormItem) => f.officer.id === w.officers.o2.id && f.kind === 'supervisor');
    expect(o2Sup).toMatchObject({ orgUnitName: 'Port team', status: 'sent', assessor: { name: 'Maria Sarmento' }, submittedAt: null });
    expect(typeof o2Sup.updatedAt).toBe('string');

    const submitted = await formsOf(w.mgr, open, '?status=submitted&kind=self');
    expect(submitted.items.map((f: FormItem) => f.officer.name)).toEqual(['Maria Amaral']);
    expect(submitted.items[0].submittedAt).not.toBeNull();
    const reopened = await w.mgr.request('POST', `/api/v1/assessment-forms/${submitted.items[0].id}/reopen`, { reason: 'typo' });
    expect(reopened.json().status).toBe('started');
    expect((await formsOf(w.mgr, open, '?status=started')).total).toBe(1);

    const port = await formsOf(w.mgr, open, `?orgUnitId=${w.units.port}&kind=supervisor`);
    expect(port.items.map((f: FormItem) => f.officer.name)).toEqual(['Maria Amaral', 'Maria Sarmento', 'Maria Belo']);
    const page2 = await formsOf(w.mgr, open, '?pageSize=3&page=2');
    expect([page2.total, page2.page, page2.pageSize, page2.items.length]).toEqual([8, 2, 3, 3]);
    expect(page2.items[0].id).toBe(all.items[3].id);
  });

  it('shows a supervisor their subtree only, and nobody without names', async () => {
    const mine = await formsOf(w.sup, open);
    expect(new Set(mine.items.map((f: FormItem) => f.orgUnitName))).toEqual(new Set(['Port', 'Port team']));
    expect((await w.sup.request('GET', `/api/v1/campaigns/${open}/forms?orgUnitId=${w.units.border}`)).statusCode).toBe(404);
    expect((await w.mgr.request('GET', `/api/v1/campaigns/${open}/forms?orgUnitId=${crypto.randomUUID()}`)).statusCode).toBe(404);
    expect((await w.s1.request('GET', `/api/v1/campaigns/${open}/forms`)).statusCode).toBe(403);
    expect((await w.viewer.request('GET', `/api/v1/campaigns/${open}/forms`)).statusCode).toBe(403);
  });
});

describe('campaign list and detail', () => {
  it('carries self and supervisor progress per campaign, within a supervisor’s subtree', async () => {
    const items = (await w.mgr.request('GET', '/api/v1/campaigns')).json().items;
    const byName = Object.fromEntries(items.map((c: { name: string }) => [c.name, c]));
    expect(byName['TNA 2026'].progress).toEqual({ self: { sent: 3, started: 1, submitted: 0 }, supervisor: { sent: 4, started: 0, submitted: 0, noAssessor: 2 } });
    expect(byName['TNA 2025'].progress.self).toEqual({ sent: 1, started: 0, submitted: 0 });
    const detail = (await w.mgr.request('GET', `/api/v1/campaigns/${open}`)).json();
    expect(detail.progress.total).toEqual(byName['TNA 2026'].progress);
    const supItems = (await w.sup.request('GET', '/api/v1/campaigns')).json().items;
    expect(supItems.find((c: { id: string }) => c.id === open).progress.self).toEqual({ sent: 2, started: 1, submitted: 0 });
  });

  it('lets a programme viewer list and read closed campaigns only, without names', async () => {
    const res = await w.viewer.request('GET', '/api/v1/campaigns');
    expect(res.statusCode).toBe(200);
    expect(res.json().items.map((c: { name: string }) => c.name).sort()).toEqual(['TNA 2025', 'TNA 2026 border']);
    expect(res.json().items.find((c: { id: string }) => c.id === closed).progress.self.sent).toBe(4);
    const detail = await w.viewer.request('GET', `/api/v1/campaigns/${closed}`);
    expect(detail.statusCode).toBe(200);
    expect(detail.body).not.toMatch(/Maria|Amaral|Carvalho|Sarmento/);
    expect((await w.viewer.request('GET', `/api/v1/campaigns/${open}`)).statusCode).toBe(404);
    expect((await w.s1.request('GET', '/api/v1/campaigns')).statusCode).toBe(403);
  });
});

describe('forms and results for the pages', () => {
  it('gives the team grid the scale’s level names and each competency’s indicators', async () => {
    const grid = (await w.sup.request('GET', `/api/v1/campaigns/${open}/team`)).json();
    expect(grid.scale).toHaveLength(5);
    expect(grid.scale[1]).toEqual({ level: 1, name: { en: 'Level 1', pt: 'Nível 1' } });
    expect(grid.competencies[0].indicators).toEqual({ '1': { en: 'knows', pt: 'sabe' } });
  });

  it('keeps a comment when a save leaves it out, and clears it on an explicit null', async () => {
    const id = (await formsOf(w.mgr, open, `?kind=self&orgUnitId=${w.units.port}`)).items.find((f: FormItem) => f.officer.id === w.officers.o1.id).id;
    const commentOf = (form: { competencies: { code: string; comment: string | null }[] }) => form.competencies.find((c) => c.code === 'hs')!.comment;
    expect(commentOf((await w.s1.request('PUT', `/api/v1/assessment-forms/${id}/ratings`, ratings([[w.c.hs, 2, 'HS course in 2024']]))).json())).toBe('HS course in 2024');
    const kept = (await w.s1.request('PUT', `/api/v1/assessment-forms/${id}/ratings`, ratings([[w.c.hs, 3]]))).json();
    expect([commentOf(kept), kept.competencies.find((c: { code: string }) => c.code === 'hs').level]).toEqual(['HS course in 2024', 3]);
    expect(commentOf((await w.s1.request('PUT', `/api/v1/assessment-forms/${id}/ratings`, ratings([[w.c.hs, 3, null]]))).json())).toBeNull();
  });

  it('names the compared keys and lists the profile in the framework’s order', async () => {
    const cmp = (await w.mgr.request('GET', `/api/v1/campaigns/${closed}/compare?with=${earlier}`)).json().items;
    expect(cmp.find((i: { key: string }) => i.key === 'hs').name).toEqual({ en: 'Competency hs', pt: 'Competência hs' });
    const areas = (await w.mgr.request('GET', `/api/v1/campaigns/${closed}/compare?with=${earlier}&by=area`)).json().items;
    expect(areas.map((i: { key: string; name: { en: string } }) => [i.key, i.name.en])).toEqual([
      ['trade', 'trade'],
      ['values', 'values'],
    ]);
    const profile = (await w.mgr.request('GET', `/api/v1/campaigns/${closed}/profile?officerId=${w.officers.o1.id}`)).json();
    expect(profile.competencies.map((c: { code: string }) => c.code)).toEqual(['ethics', 'valuation', 'hs']);
  });

  it('exports results with headers and competency names in the reader’s language', async () => {
    const header = async (lang: string) => {
      const res = await w.mgr.request('GET', `/api/v1/campaigns/${closed}/results/export${lang}`);
      expect(res.statusCode).toBe(200);
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
      const sheet = book.worksheets[0]!;
      return { head: (sheet.getRow(1).values as unknown[]).slice(1, 8), name: sheet.getRow(2).getCell(7).value };
    };
    expect(await header('')).toMatchObject({ head: ['Employee number', 'Family name', 'Given names', 'Org unit', 'Position', 'Competency', 'Competency name'] });
    expect((await header('')).name).toMatch(/^Competency /);
    expect((await w.mgr.request('PUT', '/api/v1/auth/preferences', { locale: 'pt' })).statusCode).toBe(200);
    const pt = await header('');
    expect(pt.head).toEqual(['Número de funcionário', 'Apelido', 'Nomes próprios', 'Unidade orgânica', 'Cargo', 'Competência', 'Nome da competência']);
    expect(pt.name).toMatch(/^Competência /);
    expect((await header('?lang=en')).head[0]).toBe('Employee number');
  });
});
