import type { TMyLearning, TMySessions, TOfficerTraining, TTrainingSession } from '@formasaun/shared';
import { type Actor, officerScope, requirePermission, tenantOf } from '../../platform/actor.js';
import { isoDate } from '../../platform/clock.js';
import type { Tx } from '../../platform/db.js';
import { notFound } from '../../platform/errors.js';
import { makeCertificateRepository } from './certificate.repository.js';
import type { CentreDeps } from './index.js';
import { makeLearningRepository } from './learning.repository.js';

const learning = makeLearningRepository();
const certificates = makeCertificateRepository();

/**
 * Whether the actor may see an officer's training: the officer themself, a supervisor of their unit's subtree,
 * the manager. Anyone else gets 404, as if the officer did not exist.
 */
export async function visibleOfficer(tx: Tx, actor: Actor, officerId: string) {
  const officer = await learning.officer(tx, actor.administrationId, officerId);
  if (!officer) throw notFound('officer');
  if (actor.officerId === officerId) return officer;
  const scope = officerScope(actor);
  if (scope === 'administration') return officer;
  if (scope === 'subtree' && (await learning.inSubtree(tx, actor.administrationId, actor.supervisedOrgUnitIds, officer.orgUnitId))) return officer;
  throw notFound('officer');
}

/** Upcoming: seats and requests for sessions not over yet; history: everything else that happened or was decided. */
export function splitSessions(sessions: TTrainingSession[], today: string) {
  const live = (s: TTrainingSession) =>
    s.sessionStatus !== 'completed' && s.sessionStatus !== 'cancelled' && (s.endDay === null || s.endDay >= today) && ['requested', 'nominated', 'enrolled', 'waitlisted'].includes(s.enrolmentStatus);
  return {
    upcoming: sessions.filter(live).sort((a, b) => (a.startDay ?? '9999').localeCompare(b.startDay ?? '9999')),
    history: sessions.filter((s) => !live(s)),
  };
}

/** The personal views: an officer's training record, "my learning", "my sessions". */
export function makeLearningService(deps: CentreDeps) {
  const { database, clock } = deps;
  return {
    async officerTraining(actor: Actor, officerId: string): Promise<TOfficerTraining> {
      return database.transaction(tenantOf(actor), async (tx) => {
        const officer = await visibleOfficer(tx, actor, officerId);
        return {
          officerId,
          name: officer.name,
          sessions: await learning.sessions(tx, actor.administrationId, officerId),
          certificates: await certificates.ofOfficer(tx, actor.administrationId, officerId),
          evidence: await learning.evidence(tx, actor.administrationId, officerId),
        };
      });
    },

    async myLearning(actor: Actor): Promise<TMyLearning> {
      requirePermission(actor, 'LearningSelf');
      const officerId = actor.officerId;
      if (!officerId) return { officerId: null, upcoming: [], history: [], certificates: [] };
      return database.transaction(tenantOf(actor), async (tx) => ({
        officerId,
        ...splitSessions(await learning.sessions(tx, actor.administrationId, officerId), isoDate(clock.now())),
        certificates: await certificates.ofOfficer(tx, actor.administrationId, officerId),
      }));
    },

    async myCertificates(actor: Actor) {
      requirePermission(actor, 'LearningSelf');
      const officerId = actor.officerId;
      if (!officerId) return [];
      return database.transaction(tenantOf(actor), (tx) => certificates.ofOfficer(tx, actor.administrationId, officerId));
    },

    async mySessions(actor: Actor): Promise<TMySessions> {
      requirePermission(actor, 'AttendanceRecord');
      const officerId = actor.officerId;
      if (!officerId) return { upcoming: [], past: [] };
      const today = isoDate(clock.now());
      const all = await database.transaction(tenantOf(actor), (tx) => learning.trainerSessions(tx, actor.administrationId, officerId));
      const isPast = (s: (typeof all)[number]) => s.sessionStatus === 'completed' || s.sessionStatus === 'cancelled' || (s.endDay !== null && s.endDay < today);
      return { upcoming: all.filter((s) => !isPast(s)), past: all.filter(isPast).reverse() };
    },
  };
}
