import type { FastifyInstance } from 'fastify';
import type { Clock } from '../../platform/clock.js';
import type { Database } from '../../platform/db.js';
import type { Env } from '../../platform/env.js';
import type { CatalogueLookups } from '../catalogue/catalogue.lookups.js';
import type { NotificationOutbox } from '../notifications/notifications.outbox.js';
import type { PlanningLookups } from '../planning/planning.lookups.js';
import { attendanceRoutes } from './attendance.routes.js';
import { makeAttendanceService } from './attendance.service.js';
import { calendarRoutes } from './calendar.routes.js';
import { makeCalendarService } from './calendar.service.js';
import { certificateRoutes } from './certificate.routes.js';
import { makeCertificateService } from './certificate.service.js';
import { enrolmentRoutes } from './enrolment.routes.js';
import { makeEnrolmentService } from './enrolment.service.js';
import { reportRoutes } from './report.routes.js';
import { makeCentreReportService } from './report.service.js';
import { scheduleRoutes } from './schedule.routes.js';
import { makeScheduleService } from './schedule.service.js';
import { sessionRoutes } from './session.routes.js';
import { makeSessionService } from './session.service.js';
import { trainerRoutes } from './trainer.routes.js';
import { makeTrainerService } from './trainer.service.js';
import { venueRoutes } from './venue.routes.js';
import { makeVenueService } from './venue.service.js';

/** What the training centre needs from the rest of the application. */
export interface CentreDeps {
  database: Database;
  clock: Clock;
  env: Env;
  /** Writes notifications in the caller's transaction; the notifications context delivers them. */
  outbox: NotificationOutbox;
  planning: PlanningLookups;
  catalogue: CatalogueLookups;
}

/**
 * The training centre's daily work (step 5 of the cycle): venues and rooms, the trainer pool, sessions and the
 * scheduling assistant, nominations and enrolment, attendance and results, certificates, calendars, plan vs actual.
 */
export function makeCentreModule(deps: CentreDeps) {
  return {
    venues: makeVenueService(deps),
    trainers: makeTrainerService(deps),
    sessions: makeSessionService(deps),
    schedule: makeScheduleService(deps),
    enrolment: makeEnrolmentService(deps),
    attendance: makeAttendanceService(deps),
    certificates: makeCertificateService(deps),
    calendars: makeCalendarService(deps),
    reports: makeCentreReportService(deps),
  };
}
export type CentreModule = ReturnType<typeof makeCentreModule>;

export function centreRoutes(app: FastifyInstance, centre: CentreModule): void {
  venueRoutes(app, centre);
  trainerRoutes(app, centre);
  sessionRoutes(app, centre);
  scheduleRoutes(app, centre);
  enrolmentRoutes(app, centre);
  attendanceRoutes(app, centre);
  certificateRoutes(app, centre);
  calendarRoutes(app, centre);
  reportRoutes(app, centre);
}
