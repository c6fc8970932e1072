import { beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../platform/clock.js';
import type { Database, Tx } from '../../platform/db.js';
import type { AuthRepository } from './auth.repository.js';
import { makeAuthService } from './auth.service.js';
import { hashPassword } from './password.js';

type Session = { id: string; userId: string; administrationId: string; csrfToken: string; createdAt: string; lastSeenAt: string; expiresAt: string };

/** A strict in-memory stand-in for the repository: any method the service should not need throws. */
function fakeRepository(passwordHash: string) {
  const adm = { id: 'a1', slug: 'tl', name: 'TL', countryCode: 'TL', defaultLocale: 'en', currency: 'USD', timezone: 'Asia/Dili', createdAt: '' };
  const user = { id: 'u1', email: 'ana@example.test', displayName: 'Ana', passwordHash, locale: 'en', isActive: true, administrationId: 'a1', officerId: null, createdAt: '', lastSignInAt: null as string | null };
  const roles = [{ id: 'r1', userId: 'u1', role: 'training_manager', administrationId: 'a1', orgUnitId: null }];
  const sessions = new Map<string, Session>();
  const touches: string[] = [];
  const repo: Partial<AuthRepository> = {
    findUserByEmail: async (_tx, email) => (email === user.email ? user : undefined),
    findUser: async (_tx, id) => (id === user.id ? user : undefined),
    rolesOf: (async () => roles) as never,
    rolesIn: (async () => roles) as never,
    listAdministrations: (async () => [adm]) as never,
    createSession: async (_tx, row) => {
      sessions.set(row.id, row as Session);
    },
    findSession: async (_tx, id) => sessions.get(id),
    touchSession: async (_tx, id, at) => {
      touches.push(at);
      sessions.get(id)!.lastSeenAt = at;
    },
    deleteSession: async (_tx, id) => {
      sessions.delete(id);
    },
    deleteExpiredSessionsOf: async (_tx, userId, now) => {
      for (const [id, s] of sessions) if (s.userId === userId && s.expiresAt < now) sessions.delete(id);
    },
    markSignIn: async (_tx, _id, at) => {
      user.lastSignInAt = at;
    },
  };
  const strict = new Proxy(repo, {
    get: (target, key: string) => {
      const fn = target[key as keyof AuthRepository];
      if (!fn) throw new Error(`unexpected repository call: ${key}`);
      return fn;
    },
  }) as AuthRepository;
  return { repo: strict, sessions, touches, user };
}

const fakeDatabase = { db: { transaction: (fn: (tx: Tx) => Promise<unknown>) => fn({} as Tx) } } as unknown as Database;
let hash: string;
beforeAll(async () => {
  hash = await hashPassword('correct horse battery');
});

function setup() {
  const clock = fixedClock('2026-11-29T08:00:00Z');
  const fake = fakeRepository(hash);
  const service = makeAuthService({ database: fakeDatabase, auth: fake.repo, clock, policy: { idleMs: 30 * 60_000, absoluteMs: 8 * 3_600_000 } });
  return { clock, fake, service };
}

describe('auth service', () => {
  it('stores only a hash of the session token', async () => {
    const { fake, service } = setup();
    const { token } = await service.signIn({ email: 'ana@example.test', password: 'correct horse battery' });
    expect(fake.sessions.size).toBe(1);
    expect([...fake.sessions.keys()][0]).not.toContain(token);
    expect((await service.resolve(token))?.actor.roles).toEqual(['training_manager']);
  });

  it('ends a session idle longer than the idle timeout', async () => {
    const { clock, fake, service } = setup();
    const { token } = await service.signIn({ email: 'ana@example.test', password: 'correct horse battery' });
    clock.advance(29 * 60_000);
    expect(await service.resolve(token)).not.toBeNull();
    clock.advance(31 * 60_000);
    expect(await service.resolve(token)).toBeNull();
    expect(fake.sessions.size).toBe(0);
  });

  it('touches last-seen at most once a minute', async () => {
    const { clock, fake, service } = setup();
    const { token } = await service.signIn({ email: 'ana@example.test', password: 'correct horse battery' });
    for (let i = 0; i < 5; i += 1) {
      clock.advance(20_000);
      await service.resolve(token);
    }
    expect(fake.touches).toHaveLength(1);
  });

  it('replaces the presented session at sign-in', async () => {
    const { fake, service } = setup();
    const first = await service.signIn({ email: 'ana@example.test', password: 'correct horse battery' });
    await service.signIn({ email: 'ana@example.test', password: 'correct horse battery' }, first.token);
    expect(fake.sessions.size).toBe(1);
    expect(await service.resolve(first.token)).toBeNull();
  });

  it('clears the user’s expired sessions at the next sign-in', async () => {
    const { clock, fake, service } = setup();
    await service.signIn({ email: 'ana@example.test', password: 'correct horse battery' });
    clock.advance(9 * 3_600_000);
    await service.signIn({ email: 'ana@example.test', password: 'correct horse battery' });
    expect(fake.sessions.size).toBe(1);
  });

  it('gives one answer for an unknown e-mail, a wrong password and an inactive account', async () => {
    const { fake, service } = setup();
    const attempt = (email: string, password: string) => service.signIn({ email, password }).catch((e: Error) => e.message);
    const unknown = await attempt('nobody@example.test', 'correct horse battery');
    const wrong = await attempt('ana@example.test', 'wrong');
    fake.user.isActive = false;
    const inactive = await attempt('ana@example.test', 'correct horse battery');
    expect(new Set([unknown, wrong, inactive])).toEqual(new Set(['e-mail or password is wrong']));
  });
});
