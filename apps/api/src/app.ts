import { existsSync } from 'node:fs';
import path from 'node:path';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance } from 'fastify';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { administrationRoutes } from './modules/administration/administration.routes.js';
import { APP_VERSION, makeAdministrationService } from './modules/administration/administration.service.js';
import { makeAuthRepository } from './modules/auth/auth.repository.js';
import { authRoutes } from './modules/auth/auth.routes.js';
import { makeAuthService } from './modules/auth/auth.service.js';
import { competencyRoutes } from './modules/competency/competency.routes.js';
import { catalogueRoutes, makeCatalogueModule } from './modules/catalogue/index.js';
import { makeCompetencyModule } from './modules/competency/index.js';
import { makeNeedsModule } from './modules/needs/index.js';
import { needsRoutes } from './modules/needs/needs.routes.js';
import { catalogueLookups } from './modules/catalogue/catalogue.lookups.js';
import { fundingLookups } from './modules/funding/funding.lookups.js';
import { strategyLookups } from './modules/strategy/strategy.lookups.js';
import { centreRoutes, makeCentreModule } from './modules/centre/index.js';
import { makeNotificationsModule, notificationOutbox, type NotificationsModule } from './modules/notifications/index.js';
import { notificationsRoutes } from './modules/notifications/notifications.routes.js';
import { evaluationRoutes, makeEvaluationModule } from './modules/evaluation/index.js';
import { makePlanningModule } from './modules/planning/index.js';
import { planningLookups } from './modules/planning/planning.lookups.js';
import { planningRoutes } from './modules/planning/planning.routes.js';
import { makeStrategyModule } from './modules/strategy/index.js';
import { strategyRoutes } from './modules/strategy/strategy.routes.js';
import { makeFundingModule } from './modules/funding/index.js';
import { fundingRoutes } from './modules/funding/funding.routes.js';
import { makeLocationRepository, makePositionRepository } from './modules/organisation/location.repository.js';
import { makeOfficerRepository } from './modules/organisation/officer.repository.js';
import { officerRoutes } from './modules/organisation/officer.routes.js';
import { makeOfficerService } from './modules/organisation/officer.service.js';
import { makeOrgUnitRepository } from './modules/organisation/org-unit.repository.js';
import { makeOrgUnitService } from './modules/organisation/org-unit.service.js';
import { organisationLookups } from './modules/organisation/organisation.lookups.js';
import { organisationRoutes } from './modules/organisation/organisation.routes.js';
import { makeReferenceService } from './modules/organisation/reference.service.js';
import { makeStaffExportService } from './modules/organisation/staff-export.service.js';
import { makeStaffImportRepository } from './modules/organisation/staff-import.repository.js';
import { staffImportRoutes } from './modules/organisation/staff-import.routes.js';
import { makeStaffImportService } from './modules/organisation/staff-import.service.js';
import { makeUsersRepository } from './modules/users/users.repository.js';
import { usersRoutes } from './modules/users/users.routes.js';
import { makeUsersService } from './modules/users/users.service.js';
import { type Clock, systemClock } from './platform/clock.js';
import type { Database } from './platform/db.js';
import type { Env } from './platform/env.js';
import { errorBody, installErrorHandler } from './platform/error-handler.js';
import { installAuth } from './platform/http-auth.js';

declare module 'fastify' {
  interface FastifyInstance {
    /** The notification dispatcher: the server starts it; tests drive it directly. */
    notifications: NotificationsModule;
  }
}

export interface AppDeps {
  env: Env;
  database: Database;
  clock?: Clock;
  /** Where the built web app lives; served when present. */
  webDist?: string;
}

/** The composition root: builds repositories and services, then the HTTP surface. Used by server.ts and by tests. */
export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const { env, database } = deps;
  const clock = deps.clock ?? systemClock;
  const app = Fastify({
    logger: env.logLevel === 'silent' ? false : { level: env.logLevel },
    trustProxy: env.trustProxy,
    bodyLimit: 1024 * 1024,
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  installErrorHandler(app);

  await app.register(cookie);
  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        styleSrc: ["'self'", "'unsafe-inline'"],
        scriptSrc: ["'self'"],
        upgradeInsecureRequests: null,
      },
    },
  });
  await app.register(rateLimit, {
    global: false,
    errorResponseBuilder: () => ({ statusCode: 429, ...errorBody('RATE_LIMITED', 'too many attempts, wait a minute and try again') }),
  });
  app.addContentTypeParser(['application/octet-stream'], { parseAs: 'buffer', bodyLimit: env.maxUploadBytes }, (_req, body, done) =>
    done(null, body),
  );
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: { title: 'Formasaun API', version: APP_VERSION },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'formasaun_session' },
          csrf: { type: 'apiKey', in: 'header', name: 'x-csrf-token' },
        },
      },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs', staticCSP: true });
  app.get('/api/openapi.json', { schema: { hide: true }, config: { isPublic: true } }, async () => app.swagger());

  const orgUnitRepo = makeOrgUnitRepository();
  const locationRepo = makeLocationRepository();
  const positionRepo = makePositionRepository();
  const officerRepo = makeOfficerRepository();
  const auth = makeAuthService({
    database,
    auth: makeAuthRepository(),
    clock,
    policy: { idleMs: env.sessionIdleMs, absoluteMs: env.sessionAbsoluteMs },
  });
  const officers = makeOfficerService({ database, officers: officerRepo, orgUnits: orgUnitRepo, positions: positionRepo, locations: locationRepo, clock });
  installAuth(app, auth);

  administrationRoutes(app, { administrations: makeAdministrationService({ database }) });
  authRoutes(app, { auth, loginAttemptsPerMinute: env.loginAttemptsPerMinute });
  organisationRoutes(app, {
    orgUnits: makeOrgUnitService({ database, orgUnits: orgUnitRepo, locations: locationRepo }),
    reference: makeReferenceService({ database, locations: locationRepo, positions: positionRepo }),
  });
  officerRoutes(app, { officers, staffExport: makeStaffExportService({ officers, clock }) });
  staffImportRoutes(app, {
    staffImport: makeStaffImportService({
      database,
      imports: makeStaffImportRepository(),
      officers: officerRepo,
      orgUnits: orgUnitRepo,
      positions: positionRepo,
      locations: locationRepo,
      clock,
    }),
    maxUploadBytes: env.maxUploadBytes,
  });
  usersRoutes(app, { users: makeUsersService({ database, users: makeUsersRepository(), organisation: organisationLookups }) });
  const competency = makeCompetencyModule({ database, clock });
  competencyRoutes(app, competency);
  const needs = makeNeedsModule({ database, clock, competency: competency.lookups });
  needsRoutes(app, needs);
  catalogueRoutes(app, { ...makeCatalogueModule({ database, clock, competency: competency.lookups }), maxUploadBytes: env.maxUploadBytes });
  strategyRoutes(app, makeStrategyModule({ database, clock }));
  fundingRoutes(app, makeFundingModule({ database, clock }));
  const planningPorts = { needs: needs.lookups, catalogue: catalogueLookups, funding: fundingLookups, strategy: strategyLookups };
  const planning = makePlanningModule({ database, clock, ports: planningPorts, campaigns: needs.campaigns, log: (line) => app.log.error(line) });
  await planning.optimisation.recoverInterrupted();
  planningRoutes(app, planning);
  const centre = makeCentreModule({ database, clock, env, outbox: notificationOutbox, planning: planningLookups, catalogue: catalogueLookups });
  centreRoutes(app, centre);
  const notifications = makeNotificationsModule({ database, clock, env, log: (line) => app.log.error(line) });
  notificationsRoutes(app, notifications);
  app.decorate('notifications', notifications);
  app.addHook('onClose', () => notifications.stop());
  evaluationRoutes(app, makeEvaluationModule({ database, clock, env }));

  const webDist = deps.webDist ?? env.webDist;
  if (webDist && existsSync(path.join(webDist, 'index.html'))) {
    await app.register(fastifyStatic, {
      root: webDist,
      wildcard: false,
      preCompressed: true,
      // Hashed bundle names never change content: border posts on slow links fetch them once.
      setHeaders: (reply, filePath) => {
        void reply.header('cache-control', filePath.includes(`${path.sep}assets${path.sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    });
    // Client-side routes: any GET outside /api answers the SPA shell.
    app.get('/*', { config: { isPublic: true } }, (req, reply) => {
      // A missing bundle file must fail as such, not come back as the HTML shell.
      if (req.url.startsWith('/api/') || req.url.startsWith('/assets/')) return reply.status(404).send(errorBody('NOT_FOUND', 'no such route'));
      return reply.header('cache-control', 'no-cache').sendFile('index.html');
    });
  }
  return app;
}
