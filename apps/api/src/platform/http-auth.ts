import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AuthService, ResolvedSession } from '../modules/auth/auth.service.js';
import type { Actor } from './actor.js';
import { AppError } from './errors.js';

export const SESSION_COOKIE = 'formasaun_session';
const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

declare module 'fastify' {
  interface FastifyRequest {
    session: ResolvedSession | null;
  }
  interface FastifyContextConfig {
    /** Routes that run without a session (sign-in, health, public pages). */
    isPublic?: boolean;
  }
}

const sameToken = (a: string, b: string) => {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
};

/** Loads the session behind the cookie, then enforces sign-in and CSRF on every /api/v1 route not marked public. */
export function installAuth(app: FastifyInstance, authService: AuthService): void {
  app.decorateRequest('session', null);
  app.addHook('preHandler', async (req) => {
    const token = req.cookies[SESSION_COOKIE];
    req.session = token ? await authService.resolve(token) : null;
    if (!req.url.startsWith('/api/v1/')) return;
    const origin = req.headers.origin;
    if (!SAFE.has(req.method) && origin && new URL(origin).host !== req.headers.host) {
      throw new AppError('CSRF', { message: 'cross-site request refused' });
    }
    if (req.routeOptions.config.isPublic) return;
    if (!req.session) throw new AppError('UNAUTHENTICATED', { message: 'sign in first' });
    if (!SAFE.has(req.method)) {
      const header = req.headers['x-csrf-token'];
      if (typeof header !== 'string' || !sameToken(header, req.session.csrfToken)) {
        throw new AppError('CSRF', { message: 'missing or wrong x-csrf-token header' });
      }
    }
  });
}

export function actorOf(req: FastifyRequest): Actor {
  if (!req.session) throw new AppError('UNAUTHENTICATED', { message: 'sign in first' });
  return req.session.actor;
}

export function setSessionCookie(req: FastifyRequest, reply: FastifyReply, token: string, expiresAt: Date): void {
  void reply.setCookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'lax',
    secure: req.protocol === 'https',
    path: '/',
    expires: expiresAt,
  });
}

export function clearSessionCookie(req: FastifyRequest, reply: FastifyReply): void {
  void reply.clearCookie(SESSION_COOKIE, { path: '/', httpOnly: true, sameSite: 'lax', secure: req.protocol === 'https' });
}
