import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, createUser, managerOf, signIn, type TestContext } from '../../../test/harness.js';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestApp({ env: { MAX_UPLOAD_MB: '1' } });
});
afterAll(() => ctx.close());

describe('platform', () => {
  it('reports health with the database and migrations', async () => {
    const res = await ctx.app.inject({ method: 'GET', url: '/api/health' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: 'ok', database: { reachable: true }, migrations: { current: true, pending: [] } });
  });

  it('publishes an OpenAPI 3.1 document of the v1 routes', async () => {
    const res = await ctx.app.inject({ method: 'GET', url: '/api/openapi.json' });
    const doc = res.json();
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/api/v1/officers', '/api/v1/imports/staff', '/api/v1/auth/sign-in']));
    expect(doc.paths['/api/v1/officers'].get.parameters.map((p: { name: string }) => p.name)).toContain('orgUnitId');
    expect((await ctx.app.inject({ method: 'GET', url: '/api/docs/' })).statusCode).toBe(200);
  });

  it('lets only a platform operator create an administration', async () => {
    const operator = await createUser(ctx.database, { administrationId: null, roles: [{ role: 'platform_operator' }] });
    const { session: manager } = await managerOf(ctx);
    const s = await signIn(ctx.app, operator);
    const body = { slug: 'liberia', name: 'Liberia Revenue Authority — Customs', countryCode: 'lr', currency: 'lrd', timezone: 'Africa/Monrovia' };
    expect((await manager.request('POST', '/api/v1/administrations', body)).statusCode).toBe(403);
    const res = await s.request('POST', '/api/v1/administrations', body);
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ slug: 'liberia', countryCode: 'LR', currency: 'LRD' });
    expect((await s.request('POST', '/api/v1/administrations', body)).statusCode).toBe(409);
    const listed = (await s.request('GET', '/api/v1/administrations')).json().items.map((a: { slug: string }) => a.slug);
    expect(listed).toContain('liberia');
  });

  it('refuses oversized JSON bodies with 413 and unknown routes with 404', async () => {
    const { session } = await managerOf(ctx);
    const huge = { parentId: null, code: 'X', name: 'x'.repeat(1_100_000), kind: 'unit' };
    const res = await session.request('POST', '/api/v1/org-units', huge);
    expect(res.statusCode).toBe(413);
    expect(res.json().error.code).toBe('PAYLOAD_TOO_LARGE');
    expect((await session.request('GET', '/api/v1/nothing-here')).json().error.code).toBe('NOT_FOUND');
    expect((await session.request('GET', '/api/v1/officers/not-a-uuid')).statusCode).toBe(400);
    const malformed = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/org-units',
      headers: { cookie: session.cookie, 'x-csrf-token': session.csrf, 'content-type': 'application/json' },
      payload: '{"parentId": nul',
    });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().error.code).toBe('VALIDATION');
  });
});
