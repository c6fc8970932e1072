import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, managerOf, type Session, type TestContext } from '../../../test/harness.js';
import { makeCompetencyModule } from './index.js';

let ctx: TestContext;
let s: Session;
let adm: Awaited<ReturnType<typeof managerOf>>['adm'];

beforeAll(async () => {
  ctx = await createTestApp();
  ({ adm, session: s } = await managerOf(ctx));
  await s.request('POST', '/api/v1/frameworks', { name: 'Default', from: 'default' });
});
afterAll(() => ctx.close());

const asycuda = {
  name: 'ASYCUDA World roll-out',
  description: 'All border posts on ASYCUDA World by 2018.',
  multiplier: 1.5,
  validFrom: '2017-01-01',
  validTo: '2019-12-31',
  competencyCodes: ['asycuda-world', 'asycuda-configuration'],
};

describe('strategic priorities', () => {
  it('creates, lists, updates and deletes', async () => {
    const created = await s.request('POST', '/api/v1/priorities', asycuda);
    expect(created.statusCode).toBe(201);
    const id = created.json().id;
    expect(created.json()).toMatchObject({ ...asycuda, id });
    const patched = await s.request('PATCH', `/api/v1/priorities/${id}`, { multiplier: 2.25, validTo: null });
    expect(patched.json()).toMatchObject({ multiplier: 2.25, validTo: null, competencyCodes: asycuda.competencyCodes, name: asycuda.name });
    expect((await s.request('GET', '/api/v1/priorities')).json().items.map((p: { id: string }) => p.id)).toEqual([id]);
    expect((await s.request('DELETE', `/api/v1/priorities/${id}`)).statusCode).toBe(204);
    expect((await s.request('DELETE', `/api/v1/priorities/${id}`)).statusCode).toBe(404);
    expect((await s.request('PATCH', `/api/v1/priorities/${id}`, { name: 'gone' })).statusCode).toBe(404);
  });

  it('names the unknown competency codes', async () => {
    const res = await s.request('POST', '/api/v1/priorities', { ...asycuda, competencyCodes: ['asycuda-world', 'astrology', 'alchemy'] });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toContain('astrology, alchemy');
    expect(res.json().error.details.map((d: { path: string }) => d.path)).toEqual(['body.competencyCodes.1', 'body.competencyCodes.2']);
  });

  it('checks the multiplier and the period', async () => {
    for (const multiplier of [0, -1, 10.5]) {
      const res = await s.request('POST', '/api/v1/priorities', { ...asycuda, multiplier });
      expect(res.json().error.details[0].path).toBe('body.multiplier');
    }
    expect((await s.request('POST', '/api/v1/priorities', { ...asycuda, multiplier: 10 })).statusCode).toBe(201);
    const backwards = await s.request('POST', '/api/v1/priorities', { ...asycuda, validFrom: '2020-01-01', validTo: '2019-01-01' });
    expect(backwards.json().error.details[0].path).toBe('body.validTo');
    const id = (await s.request('POST', '/api/v1/priorities', asycuda)).json().id;
    const patchBackwards = await s.request('PATCH', `/api/v1/priorities/${id}`, { validFrom: '2020-06-01' });
    expect(patchBackwards.statusCode).toBe(400);
  });

  it('gives the needs context the priorities valid on a date', async () => {
    const tfa = (await s.request('POST', '/api/v1/priorities', { name: 'WTO TFA: advance rulings', multiplier: 1.2, validFrom: '2026-01-01', competencyCodes: ['advance-rulings'] })).json();
    const { lookups } = makeCompetencyModule({ database: ctx.database, clock: ctx.clock });
    const active = await ctx.database.transaction({ administrationId: adm.id }, (tx) => lookups.activePriorities(tx, adm.id, '2030-05-01'));
    expect(active).toEqual([{ id: tfa.id, name: tfa.name, multiplier: 1.2, competencyCodes: ['advance-rulings'] }]);
    const in2018 = await ctx.database.transaction({ administrationId: adm.id }, (tx) => lookups.activePriorities(tx, adm.id, '2018-03-01'));
    expect(in2018.map((p) => p.name)).not.toContain(tfa.name);
    expect(in2018.length).toBeGreaterThan(0);
  });
});
