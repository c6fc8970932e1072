import { createHash, randomBytes } from 'node:crypto';
import type { TAdministration, TLocale, TRole, TSessionInfo, TSignIn } from '@formasaun/shared';
import { permissionsOf } from '@formasaun/shared';
import { type Actor, makeActor } from '../../platform/actor.js';
import type { Clock } from '../../platform/clock.js';
import type { Database } from '../../platform/db.js';
import { AppError } from '../../platform/errors.js';
import type { AuthRepository } from './auth.repository.js';
import { presentAdministration } from './auth.presenter.js';
import { dummyHash, verifyPassword } from './password.js';

export interface SessionPolicy {
  idleMs: number;
  absoluteMs: number;
}

export interface ResolvedSession {
  sessionId: string;
  csrfToken: string;
  actor: Actor;
}

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');
const wrongCredentials = () => new AppError('UNAUTHENTICATED', { message: 'e-mail or password is wrong' });
// Writing last_seen_at on every request costs a write per read; a minute's precision is enough for idle timeouts.
const TOUCH_EVERY_MS = 60_000;

export function makeAuthService(deps: { database: Database; auth: AuthRepository; clock: Clock; policy: SessionPolicy }) {
  const { database, auth, clock, policy } = deps;
  const db = database.db;

  async function administrationsFor(userId: string): Promise<TAdministration[]> {
    const roles = await auth.rolesOf(db, userId);
    const isOperator = roles.some((r) => r.role === 'platform_operator');
    const ids = [...new Set(roles.map((r) => r.administrationId).filter((id): id is string => id !== null))];
    return (await auth.listAdministrations(db, isOperator ? 'all' : ids)).map(presentAdministration);
  }

  async function actorFor(userId: string, administrationId: string, officerId: string | null): Promise<Actor | null> {
    const assigned = await auth.rolesIn(db, userId, administrationId);
    const roles = [...new Set(assigned.map((r) => r.role as TRole))];
    if (roles.length === 0) return null;
    return makeActor({
      userId,
      administrationId,
      roles,
      officerId,
      supervisedOrgUnitIds: assigned.filter((r) => r.role === 'supervisor' && r.orgUnitId).map((r) => r.orgUnitId as string),
    });
  }

  return {
    /** Checks credentials and opens a fresh session; a presented old session is ended (rotation). */
    async signIn(input: TSignIn, previousToken?: string): Promise<{ token: string; expiresAt: Date }> {
      const user = await auth.findUserByEmail(db, input.email);
      if (!user || !user.isActive) {
        await verifyPassword(await dummyHash(), input.password);
        throw wrongCredentials();
      }
      if (!(await verifyPassword(user.passwordHash, input.password))) throw wrongCredentials();
      const administrations = await administrationsFor(user.id);
      const home = administrations.find((a) => a.id === user.administrationId) ?? administrations[0];
      if (!home) throw wrongCredentials();
      const now = clock.now();
      const token = randomBytes(32).toString('base64url');
      const expiresAt = new Date(now.getTime() + policy.absoluteMs);
      await db.transaction(async (tx) => {
        if (previousToken) await auth.deleteSession(tx, hashToken(previousToken));
        await auth.deleteExpiredSessionsOf(tx, user.id, now.toISOString());
        await auth.createSession(tx, {
          id: hashToken(token),
          userId: user.id,
          administrationId: home.id,
          csrfToken: randomBytes(24).toString('base64url'),
          createdAt: now.toISOString(),
          lastSeenAt: now.toISOString(),
          expiresAt: expiresAt.toISOString(),
        });
        await auth.markSignIn(tx, user.id, now.toISOString());
      });
      return { token, expiresAt };
    },

    /** The actor behind a cookie token, or null when the session is unknown, idle too long or expired. */
    async resolve(token: string): Promise<ResolvedSession | null> {
      const id = hashToken(token);
      const session = await auth.findSession(db, id);
      if (!session) return null;
      const now = clock.now().getTime();
      const lastSeen = new Date(session.lastSeenAt).getTime();
      const user = await auth.findUser(db, session.userId);
      if (!user?.isActive || new Date(session.expiresAt).getTime() <= now || lastSeen + policy.idleMs <= now) {
        await auth.deleteSession(db, id);
        return null;
      }
      const actor = await actorFor(user.id, session.administrationId, user.officerId);
      if (!actor) {
        await auth.deleteSession(db, id);
        return null;
      }
      if (now - lastSeen > TOUCH_EVERY_MS) await auth.touchSession(db, id, new Date(now).toISOString());
      return { sessionId: id, csrfToken: session.csrfToken, actor };
    },

    async signOut(sessionId: string): Promise<void> {
      await auth.deleteSession(db, sessionId);
    },

    async sessionInfo(session: ResolvedSession): Promise<TSessionInfo> {
      const { actor } = session;
      const user = await auth.findUser(db, actor.userId);
      if (!user) throw new AppError('UNAUTHENTICATED', { message: 'signed out' });
      const administrations = await administrationsFor(user.id);
      const current = administrations.find((a) => a.id === actor.administrationId);
      if (!current) throw new AppError('UNAUTHENTICATED', { message: 'signed out' });
      return {
        user: {
          id: user.id,
          email: user.email,
          displayName: user.displayName,
          locale: user.locale as TLocale,
          officerId: user.officerId,
        },
        administration: current,
        administrations,
        roles: actor.roles,
        permissions: [...permissionsOf(actor.roles)],
        csrfToken: session.csrfToken,
      };
    },

    async switchAdministration(session: ResolvedSession, administrationId: string): Promise<void> {
      const allowed = await administrationsFor(session.actor.userId);
      if (!allowed.some((a) => a.id === administrationId)) throw new AppError('NOT_FOUND', { message: 'administration not found' });
      await auth.switchSession(db, session.sessionId, administrationId);
    },

    async setLocale(actor: Actor, locale: TLocale): Promise<void> {
      await auth.setLocale(db, actor.userId, locale);
    },
  };
}
export type AuthService = ReturnType<typeof makeAuthService>;
