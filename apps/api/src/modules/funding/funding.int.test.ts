import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, createUser, managerOf, type Session, signIn, type TestContext } from '../../../test/harness.js';
import { fundingLookups } from './funding.lookups.js';

let ctx: TestContext;
let s: Session;
let adm: Awaited<ReturnType<typeof managerOf>>['adm'];

beforeAll(async () => {
  ctx = await createTestApp();
  ({ adm, session: s } = await managerOf(ctx));
});
afterAll(() => ctx.close());

const createSource = async (name: string, kind = 'donor') => (await s.request('POST', '/api/v1/funding-sources', { name, kind })).json().id as string;
const paths = (res: { json(): { error: { details: { path: string }[] } } }) => res.json().error.details.map((d) => d.path);

describe('funding sources', () => {
  it('creates, lists, renames and deletes; names are unique', async () => {
    const created = await s.request('POST', '/api/v1/funding-sources', { name: 'State budget of Timor-Leste', kind: 'government', notes: 'Annual budget law' });
    expect(created.statusCode).toBe(201);
    const id = created.json().id;
    expect(created.json()).toMatchObject({ kind: 'government', notes: 'Annual budget law', envelopeCount: 0, totals: { total: 0 } });
    expect((await s.request('POST', '/api/v1/funding-sources', { name: 'state BUDGET of Timor-Leste', kind: 'other' })).statusCode).toBe(409);
    expect((await s.request('PATCH', `/api/v1/funding-sources/${id}`, { name: 'State budget (OGE)' })).json().name).toBe('State budget (OGE)');
    expect((await s.request('GET', `/api/v1/funding-sources/${id}`)).json().name).toBe('State budget (OGE)');
    expect((await s.request('GET', '/api/v1/funding-sources')).json().items.map((x: { id: string }) => x.id)).toContain(id);
    expect((await s.request('DELETE', `/api/v1/funding-sources/${id}`)).statusCode).toBe(204);
    expect((await s.request('GET', `/api/v1/funding-sources/${id}`)).statusCode).toBe(404);
  });

  it('names the field of bad input', async () => {
    expect(paths(await s.request('POST', '/api/v1/funding-sources', { name: '', kind: 'donor' }))).toEqual(['body.name']);
    expect(paths(await s.request('POST', '/api/v1/funding-sources', { name: 'Bank', kind: 'bank' }))).toEqual(['body.kind']);
  });
});

describe('budget envelopes', () => {
  it('creates envelopes with earmarks, refuses duplicates, totals per year and status', async () => {
    const state = await createSource('State budget', 'government');
    const norad = await createSource('Norad');
    const envelope = (body: object) => s.request('POST', '/api/v1/budget-envelopes', body);
    const e1 = await envelope({ sourceId: state, year: 2017, amount: 40000, status: 'disbursed' });
    expect(e1.statusCode).toBe(201);
    expect(e1.json()).toMatchObject({ sourceName: 'State budget', sourceKind: 'government', functionalAreas: [], costCategories: [], note: null });
    const e2 = await envelope({
      sourceId: norad,
      year: 2017,
      amount: 35000.5,
      status: 'secured',
      functionalAreas: ['risk-management', 'integrity', 'integrity'],
      costCategories: ['trainer-fees'],
      note: 'WCO-Norad programme',
    });
    expect(e2.json()).toMatchObject({ amount: 35000.5, functionalAreas: ['integrity', 'risk-management'], costCategories: ['trainer-fees'] });
    await envelope({ sourceId: norad, year: 2018, amount: 30000, status: 'pledged', functionalAreas: ['integrity'] });
    await envelope({ sourceId: state, year: 2018, amount: 45000, status: 'secured' });

    // The same earmarks in another order are the same envelope: the money would count twice.
    const dup = await envelope({ sourceId: norad, year: 2017, amount: 1000, status: 'pledged', functionalAreas: ['risk-management', 'integrity'], costCategories: ['trainer-fees'] });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().error.details.envelopeId).toBe(e2.json().id);
    // Other earmarks for the same source and year are a separate envelope.
    expect((await envelope({ sourceId: norad, year: 2017, amount: 5000, status: 'pledged', functionalAreas: ['integrity'] })).statusCode).toBe(201);

    const totals = (await s.request('GET', '/api/v1/funding/totals')).json();
    expect(totals.currency).toBe('USD');
    expect(totals.years).toEqual([
      { year: 2017, pledged: 5000, secured: 35000.5, disbursed: 40000, total: 80000.5 },
      { year: 2018, pledged: 30000, secured: 45000, disbursed: 0, total: 75000 },
    ]);
    expect(totals.totals.total).toBe(155000.5);
    const noradTotals = totals.sources.find((x: { sourceId: string }) => x.sourceId === norad);
    expect(noradTotals.totals).toEqual({ pledged: 35000, secured: 35000.5, disbursed: 0, total: 70000.5 });
    expect(noradTotals.years.map((y: { year: number }) => y.year)).toEqual([2017, 2018]);
    expect((await s.request('GET', '/api/v1/funding/totals?fromYear=2018&toYear=2018')).json().years.map((y: { year: number }) => y.year)).toEqual([2018]);
    expect((await s.request('GET', `/api/v1/funding-sources/${norad}`)).json()).toMatchObject({ envelopeCount: 3, totals: { total: 70000.5 } });

    expect((await s.request('GET', '/api/v1/budget-envelopes?year=2018')).json().items).toHaveLength(2);
    expect((await s.request('GET', `/api/v1/budget-envelopes?sourceId=${norad}`)).json().items).toHaveLength(3);

    // A source with envelopes is not deleted behind the budget's back.
    const refused = await s.request('DELETE', `/api/v1/funding-sources/${norad}`);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.message).toContain('3 budget envelope');
  });

  it('updates and deletes an envelope, keeping the duplicate rule', async () => {
    const wco = await createSource('WCO');
    const a = (await s.request('POST', '/api/v1/budget-envelopes', { sourceId: wco, year: 2019, amount: 10000, status: 'pledged', costCategories: ['travel-per-diem', 'trainer-fees'] })).json();
    const b = (await s.request('POST', '/api/v1/budget-envelopes', { sourceId: wco, year: 2019, amount: 8000, status: 'pledged', functionalAreas: ['instructional-skills'] })).json();
    expect(a.costCategories).toEqual(['trainer-fees', 'travel-per-diem']);
    const clash = await s.request('PATCH', `/api/v1/budget-envelopes/${b.id}`, { functionalAreas: [], costCategories: ['travel-per-diem', 'trainer-fees'] });
    expect(clash.statusCode).toBe(409);
    const updated = await s.request('PATCH', `/api/v1/budget-envelopes/${a.id}`, { status: 'secured', amount: 12500, note: 'confirmed by letter' });
    expect(updated.json()).toMatchObject({ status: 'secured', amount: 12500, note: 'confirmed by letter', costCategories: ['trainer-fees', 'travel-per-diem'] });
    expect((await s.request('DELETE', `/api/v1/budget-envelopes/${b.id}`)).statusCode).toBe(204);
    expect((await s.request('DELETE', `/api/v1/budget-envelopes/${b.id}`)).statusCode).toBe(404);
    expect((await s.request('PATCH', `/api/v1/budget-envelopes/${b.id}`, { amount: 1 })).statusCode).toBe(404);
  });

  it('names the field of bad input', async () => {
    const src = await createSource('Other donor');
    const bad = async (body: object) => paths(await s.request('POST', '/api/v1/budget-envelopes', { sourceId: src, year: 2017, amount: 100, status: 'pledged', ...body }));
    expect(await bad({ amount: 0 })).toEqual(['body.amount']);
    expect(await bad({ amount: -5 })).toEqual(['body.amount']);
    expect(await bad({ status: 'promised' })).toEqual(['body.status']);
    expect(await bad({ year: 1999 })).toEqual(['body.year']);
    expect(await bad({ functionalAreas: ['integrity', 'astrology'] })).toEqual(['body.functionalAreas.1']);
    expect(await bad({ costCategories: ['catering'] })).toEqual(['body.costCategories.0']);
    const unknownSource = await s.request('POST', '/api/v1/budget-envelopes', { sourceId: '00000000-0000-4000-8000-000000000000', year: 2017, amount: 1, status: 'pledged' });
    expect(unknownSource.statusCode).toBe(404);
  });

  it('keeps a currency and gives planning envelopes, currency and nothing of other years', async () => {
    const settings = await s.request('PUT', '/api/v1/funding/settings', { currency: 'usd' });
    expect(settings.json()).toEqual({ currency: 'USD', daysPerQuarter: 60, defaultReleaseShare: 0.1 });
    expect(paths(await s.request('PUT', '/api/v1/funding/settings', { currency: 'dollars' }))).toEqual(['body.currency']);
    const found = await ctx.database.transaction({ administrationId: adm.id }, async (tx) => ({
      envelopes: await fundingLookups.envelopes(tx, adm.id, [2018]),
      currency: await fundingLookups.currency(tx, adm.id),
    }));
    expect(found.currency).toBe('USD');
    expect(found.envelopes.every((e) => e.year === 2018)).toBe(true);
    expect(found.envelopes.find((e) => e.sourceName === 'Norad')).toMatchObject({ amount: 30000, status: 'pledged', sourceKind: 'donor', functionalAreas: ['integrity'], costCategories: [] });
  });

  it('lets officers and supervisors change nothing', async () => {
    const src = await createSource('Programme X');
    const officer = await signIn(ctx.app, await createUser(ctx.database, { administrationId: adm.id, roles: [{ role: 'officer' }] }));
    const supervisor = await signIn(ctx.app, await createUser(ctx.database, { administrationId: adm.id, roles: [{ role: 'supervisor', orgUnitId: adm.rootUnitId }] }));
    for (const who of [officer, supervisor]) {
      expect((await who.request('POST', '/api/v1/funding-sources', { name: 'Mine', kind: 'other' })).statusCode).toBe(403);
      expect((await who.request('POST', '/api/v1/budget-envelopes', { sourceId: src, year: 2017, amount: 1, status: 'pledged' })).statusCode).toBe(403);
      expect((await who.request('DELETE', `/api/v1/funding-sources/${src}`)).statusCode).toBe(403);
      expect((await who.request('PUT', '/api/v1/funding/settings', { daysPerQuarter: 10 })).statusCode).toBe(403);
      expect((await who.request('GET', '/api/v1/budget-envelopes')).statusCode).toBe(403);
    }
  });
});
