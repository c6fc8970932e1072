import { ZOk, ZPreferences, ZSessionInfo, ZSignIn, ZSwitchAdministration } from '@formasaun/shared';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { AppError } from '../../platform/errors.js';
import { actorOf, clearSessionCookie, SESSION_COOKIE, setSessionCookie } from '../../platform/http-auth.js';
import type { AuthService } from './auth.service.js';

export function authRoutes(root: FastifyInstance, deps: { auth: AuthService; loginAttemptsPerMinute: number }) {
  const app = root.withTypeProvider<ZodTypeProvider>();
  const { auth } = deps;
  const tags = ['auth'];

  app.post(
    '/api/v1/auth/sign-in',
    {
      schema: { tags, body: ZSignIn, response: { 200: ZSessionInfo } },
      config: { isPublic: true, rateLimit: { max: deps.loginAttemptsPerMinute, timeWindow: 60_000 } },
    },
    async (req, reply) => {
      const { token, expiresAt } = await auth.signIn(req.body, req.cookies[SESSION_COOKIE]);
      const session = await auth.resolve(token);
      if (!session) throw new AppError('UNAUTHENTICATED', { message: 'e-mail or password is wrong' });
      setSessionCookie(req, reply, token, expiresAt);
      return auth.sessionInfo(session);
    },
  );

  app.post('/api/v1/auth/sign-out', { schema: { tags, response: { 200: ZOk } } }, async (req, reply) => {
    await auth.signOut(req.session!.sessionId);
    clearSessionCookie(req, reply);
    return { ok: true as const };
  });

  app.get('/api/v1/auth/session', { schema: { tags, response: { 200: ZSessionInfo } } }, async (req) => {
    actorOf(req);
    return auth.sessionInfo(req.session!);
  });

  app.put('/api/v1/auth/administration', { schema: { tags, body: ZSwitchAdministration, response: { 200: ZSessionInfo } } }, async (req) => {
    await auth.switchAdministration(req.session!, req.body.administrationId);
    const session = await auth.resolve(req.cookies[SESSION_COOKIE] ?? '');
    if (!session) throw new AppError('UNAUTHENTICATED', { message: 'sign in first' });
    return auth.sessionInfo(session);
  });

  app.put('/api/v1/auth/preferences', { schema: { tags, body: ZPreferences, response: { 200: ZSessionInfo } } }, async (req) => {
    await auth.setLocale(actorOf(req), req.body.locale);
    return auth.sessionInfo(req.session!);
  });
}
