import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAdministration, createTestApp, createUser, signIn, type TestContext } from '../../../test/harness.js';

let ctx: TestContext;
let adm: Awaited<ReturnType<typeof createAdministration>>;
let manager: Awaited<ReturnType<typeof createUser>>;

beforeAll(async () => {
  ctx = await createTestApp();
  adm = await createAdministration(ctx.database);
  manager = await createUser(ctx.database, { administrationId: adm.id, roles: [{ role: 'training_manager' }] });
});
afterAll(() => ctx.close());

const signInRaw = (payload: object) => ctx.app.inject({ method: 'POST', url: '/api/v1/auth/sign-in', payload });

describe('sign-in', () => {
  it('sets an HttpOnly SameSite=Lax cookie and returns the session with permissions', async () => {
    const res = await ctx.app.inject({ method: 'POST', url: '/api/v1/auth/sign-in', payload: { email: manager.email, password: manager.password } });
    expect(res.statusCode).toBe(200);
    const cookie = res.cookies.find((c) => c.name === 'formasaun_session')!;
    expect(cookie.httpOnly).toBe(true);
    expect(cookie.sameSite).toBe('Lax');
    expect(cookie.secure).toBeFalsy();
    const body = res.json();
    expect(body.administration.id).toBe(adm.id);
    expect(body.roles).toEqual(['training_manager']);
    expect(body.permissions).toContain('OfficerImport');
    expect(body.permissions).not.toContain('AdministrationManage');
  });

  it('marks the cookie Secure behind an https proxy', async () => {
    const proxied = await createTestApp({ env: { TRUST_PROXY: 'true' } });
    try {
      const a = await createAdministration(proxied.database);
      const u = await createUser(proxied.database, { administrationId: a.id, roles: [{ role: 'training_manager' }] });
      const res = await proxied.app.inject({
        method: 'POST',
        url: '/api/v1/auth/sign-in',
        payload: { email: u.email, password: u.password },
        headers: { 'x-forwarded-proto': 'https' },
      });
      expect(res.cookies.find((c) => c.name === 'formasaun_session')?.secure).toBe(true);
    } finally {
      await proxied.close();
    }
  });

  it('answers an unknown e-mail and a wrong password with the same error', async () => {
    const unknown = await ctx.app.inject({ method: 'POST', url: '/api/v1/auth/sign-in', payload: { email: 'nobody@example.test', password: 'whatever-it-is' } });
    const wrong = await ctx.app.inject({ method: 'POST', url: '/api/v1/auth/sign-in', payload: { email: manager.email, password: 'wrong-password' } });
    expect(unknown.statusCode).toBe(401);
    expect(wrong.statusCode).toBe(401);
    expect(unknown.json()).toEqual(wrong.json());
  });

  it('rotates the session at sign-in: the old cookie stops working', async () => {
    const first = await signIn(ctx.app, manager);
    const again = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/auth/sign-in',
      payload: { email: manager.email, password: manager.password },
      headers: { cookie: first.cookie },
    });
    expect(again.statusCode).toBe(200);
    expect((await first.request('GET', '/api/v1/auth/session')).statusCode).toBe(401);
  });

  it('sign-out kills the session server-side', async () => {
    const s = await signIn(ctx.app, manager);
    expect((await s.request('POST', '/api/v1/auth/sign-out')).statusCode).toBe(200);
    expect((await s.request('GET', '/api/v1/org-units')).statusCode).toBe(401);
  });

  it('refuses state-changing requests without the CSRF token', async () => {
    const s = await signIn(ctx.app, manager);
    const res = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/org-units',
      headers: { cookie: s.cookie },
      payload: { parentId: null, code: 'X', name: 'X', kind: 'unit' },
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('CSRF');
    const foreign = await s.request('POST', '/api/v1/org-units', { parentId: null, code: 'X', name: 'X', kind: 'unit' }, { origin: 'https://evil.example' });
    expect(foreign.json().error.code).toBe('CSRF');
  });

  it('ends idle sessions and sessions past their absolute lifetime', async () => {
    const s = await signIn(ctx.app, manager);
    ctx.clock.advance(119 * 60_000);
    expect((await s.request('GET', '/api/v1/auth/session')).statusCode).toBe(200);
    ctx.clock.advance(121 * 60_000);
    expect((await s.request('GET', '/api/v1/auth/session')).statusCode).toBe(401);
    const t = await signIn(ctx.app, manager);
    for (let h = 0; h < 12; h += 1) {
      ctx.clock.advance(60 * 60_000);
      const status = (await t.request('GET', '/api/v1/auth/session')).statusCode;
      expect(status).toBe(h < 11 ? 200 : 401);
    }
  });

  it('refuses sign-in for a deactivated account', async () => {
    const u = await createUser(ctx.database, { administrationId: adm.id, roles: [{ role: 'officer' }] });
    await ctx.database.raw.query('update users set is_active = false where id = $1', [u.id]);
    expect((await signInRaw({ email: u.email, password: u.password })).statusCode).toBe(401);
  });

  it('persists the language switch for the user', async () => {
    const s = await signIn(ctx.app, manager);
    const res = await s.request('PUT', '/api/v1/auth/preferences', { locale: 'pt' });
    expect(res.json().user.locale).toBe('pt');
    const again = await signIn(ctx.app, manager);
    expect((await again.request('GET', '/api/v1/auth/session')).json().user.locale).toBe('pt');
  });

  it('rate-limits sign-in attempts per client address', async () => {
    const limited = await createTestApp({ env: { LOGIN_ATTEMPTS_PER_MINUTE: '3', TRUST_PROXY: 'true' } });
    try {
      const attempt = (ip: string) =>
        limited.app.inject({
          method: 'POST',
          url: '/api/v1/auth/sign-in',
          payload: { email: 'x@example.test', password: 'nope-nope' },
          headers: { 'x-forwarded-for': ip },
        });
      const statuses: number[] = [];
      for (let i = 0; i < 5; i += 1) statuses.push((await attempt('10.9.9.9')).statusCode);
      expect(statuses).toEqual([401, 401, 401, 429, 429]);
      expect((await attempt('10.9.9.9')).json().error.code).toBe('RATE_LIMITED');
      expect((await attempt('10.1.1.1')).statusCode).toBe(401);
    } finally {
      await limited.close();
    }
  });

  it('lets a programme viewer switch between granted administrations only', async () => {
    const other = await createAdministration(ctx.database);
    const third = await createAdministration(ctx.database);
    const viewer = await createUser(ctx.database, {
      administrationId: null,
      roles: [
        { role: 'programme_viewer', administrationId: adm.id },
        { role: 'programme_viewer', administrationId: other.id },
      ],
    });
    const s = await signIn(ctx.app, viewer);
    const info = (await s.request('GET', '/api/v1/auth/session')).json();
    expect(info.administrations.map((a: { id: string }) => a.id).sort()).toEqual([adm.id, other.id].sort());
    expect(info.permissions).toEqual(['AggregateRead']);
    expect((await s.request('PUT', '/api/v1/auth/administration', { administrationId: other.id })).json().administration.id).toBe(other.id);
    expect((await s.request('PUT', '/api/v1/auth/administration', { administrationId: third.id })).statusCode).toBe(404);
    expect((await s.request('GET', '/api/v1/officers')).statusCode).toBe(403);
  });
});
