import {
  type TSessionDetail,
  type TSessionInput,
  type TSessionQuery,
  type TSessionStatusChange,
  type TSessionsFromPlanResult,
  type TSessionSummary,
  type TSessionUpdate,
  ZSessionInput,
  ZSessionUpdate,
} from '@formasaun/shared';
import type { z } from 'zod';
import { type Actor, can, requirePermission, tenantOf } from '../../platform/actor.js';
import { isoDate } from '../../platform/clock.js';
import type { Tx } from '../../platform/db.js';
import { conflict, invalid, notFound } from '../../platform/errors.js';
import { recordCompletion } from './attendance.completion.js';
import { fillFreeSeats } from './enrolment.seats.js';
import type { CentreDeps } from './index.js';
import { quarterBounds } from './schedule.dates.js';
import { makeScheduleRepository } from './schedule.repository.js';
import type { DaySlot } from './schedule.rules.js';
import { conflictsOf, refuseErrors } from './session-check.js';
import { makeSessionCostService } from './session-costs.service.js';
import { makeSessionCostRepository } from './session-costs.repository.js';
import { nextCode, splitGroups } from './session-split.js';
import { presentSessionDetail, presentSessionSummary } from './session.presenter.js';
import { makeSessionRepository } from './session.repository.js';

/** Services also take input from the demo generator, which skips the route's validation. */
function parsed<S extends z.ZodType>(schema: S, raw: unknown): z.output<S> {
  const result = schema.safeParse(raw);
  if (result.success) return result.data;
  throw invalid('the request is not valid', result.error.issues.map((i) => ({ path: ['body', ...i.path.map(String)].join('.'), message: i.message })));
}

const slotsKey = (days: DaySlot[]) => days.map((d) => `${d.day} ${d.startsAt}-${d.endsAt}`).sort().join();

/** Which status may follow which: a session never goes back to draft, and completed / cancelled are final. */
export const SESSION_TRANSITIONS: Record<string, readonly string[]> = {
  draft: ['scheduled', 'cancelled'],
  scheduled: ['in_progress', 'completed', 'cancelled'],
  in_progress: ['completed', 'cancelled'],
  completed: [],
  cancelled: [],
};

/** Sessions: one run of a course, ad hoc or from the approved plan, checked against the conflict rules. */
export function makeSessionService(deps: CentreDeps) {
  const { database, clock, outbox } = deps;
  const sessions = makeSessionRepository();
  const schedule = makeScheduleRepository();
  const plans = makeSessionCostRepository();
  const today = () => isoDate(clock.now());

  async function visible(tx: Tx, actor: Actor, id: string) {
    const row = await sessions.get(tx, actor.administrationId, id);
    if (!row || (row.status === 'draft' && !can(actor, 'CentreWrite'))) throw notFound('session');
    return row;
  }

  async function detail(tx: Tx, actor: Actor, id: string): Promise<TSessionDetail> {
    const adm = actor.administrationId;
    const row = await visible(tx, actor, id);
    const days = await sessions.days(tx, adm, id);
    const trainers = await sessions.trainers(tx, adm, id);
    const live = row.status !== 'cancelled' && row.status !== 'completed';
    const officerIds = live ? (await sessions.participants(tx, adm, id, ['enrolled'])).map((p) => p.officerId) : [];
    const conflicts = live ? await conflictsOf(tx, schedule, adm, { sessionId: id, courseId: row.courseId, days, roomId: row.roomId, trainers, capacity: row.capacity, officerIds }) : [];
    return presentSessionDetail(row, days, trainers, await sessions.waitlistCount(tx, adm, id), conflicts);
  }

  async function checkRefs(tx: Tx, adm: string, roomId: string | null | undefined, trainers: { trainerId: string }[] | undefined) {
    const roomCapacity = roomId ? await sessions.roomCapacity(tx, adm, roomId) : undefined;
    if (roomId && roomCapacity === undefined) throw notFound('room');
    if (trainers?.length) {
      const found = new Set(await sessions.existingTrainers(tx, adm, trainers.map((t) => t.trainerId)));
      if (trainers.some((t) => !found.has(t.trainerId))) throw notFound('trainer');
    }
    return roomCapacity;
  }

  /** Tells enrolled officers that the dates or the room of a published session changed. */
  async function announceChange(tx: Tx, adm: string, id: string) {
    for (const p of await sessions.participants(tx, adm, id, ['enrolled', 'waitlisted'])) {
      await outbox.enqueue(tx, adm, { kind: 'change', officerId: p.officerId, sessionId: id });
    }
  }

  return {
    ...makeSessionCostService(deps),

    async find(actor: Actor, query: TSessionQuery): Promise<TSessionSummary[]> {
      requirePermission(actor, 'CentreRead');
      return database.transaction(tenantOf(actor), async (tx) => {
        const periodRange = query.period ? quarterBounds(query.period) : undefined;
        return (await sessions.find(tx, actor.administrationId, { ...query, periodRange }, can(actor, 'CentreWrite'))).map(presentSessionSummary);
      });
    },

    async get(actor: Actor, id: string): Promise<TSessionDetail> {
      requirePermission(actor, 'CentreRead');
      return database.transaction(tenantOf(actor), (tx) => detail(tx, actor, id));
    },

    async create(actor: Actor, raw: TSessionInput): Promise<TSessionDetail> {
      requirePermission(actor, 'CentreWrite');
      const input = parsed(ZSessionInput, raw);
      const adm = actor.administrationId;
      return database.transaction(tenantOf(actor), async (tx) => {
        const course = await sessions.course(tx, adm, input.courseId);
        if (!course) throw notFound('course');
        const roomCapacity = await checkRefs(tx, adm, input.roomId, input.trainers);
        const capacity = input.capacity ?? Math.min(course.capacity, roomCapacity ?? course.capacity);
        refuseErrors(await conflictsOf(tx, schedule, adm, { sessionId: null, courseId: course.id, days: input.days, roomId: input.roomId ?? null, trainers: input.trainers, capacity, officerIds: [] }));
        const year = Number((input.days.map((d) => d.day).sort()[0] ?? today()).slice(0, 4));
        const code = nextCode(course.code, year, await sessions.codesLike(tx, adm, `${course.code}-${year}-`));
        const id = await sessions.insert(tx, adm, {
          code,
          courseId: course.id,
          capacity,
          language: input.language,
          openForRequests: input.openForRequests,
          roomId: input.roomId ?? null,
          notes: input.notes ?? null,
        });
        await sessions.replaceDays(tx, adm, id, input.days);
        await sessions.replaceTrainers(tx, adm, id, input.trainers);
        return detail(tx, actor, id);
      });
    },

    async update(actor: Actor, id: string, raw: TSessionUpdate): Promise<TSessionDetail> {
      requirePermission(actor, 'CentreWrite');
      const input = parsed(ZSessionUpdate, raw);
      const adm = actor.administrationId;
      return database.transaction(tenantOf(actor), async (tx) => {
        const locked = await sessions.lock(tx, adm, id);
        if (!locked) throw notFound('session');
        const row = (await sessions.get(tx, adm, id))!;
        if (row.status === 'completed' || row.status === 'cancelled') throw conflict(`a ${row.status} session cannot be changed`);
        await checkRefs(tx, adm, input.roomId, input.trainers);
        const before = await sessions.days(tx, adm, id);
        const days: DaySlot[] = input.days ?? before;
        const trainers = input.trainers ?? (await sessions.trainers(tx, adm, id));
        const roomId = input.roomId === undefined ? row.roomId : input.roomId;
        const capacity = input.capacity ?? row.capacity;
        if (capacity < locked.enrolledCount) {
          throw conflict(`${locked.enrolledCount} officers hold a seat: the capacity cannot go below that`, [{ path: 'body.capacity', message: `at least ${locked.enrolledCount}` }]);
        }
        if (row.status !== 'draft' && (days.length === 0 || !roomId)) throw conflict('a published session keeps its days and its room');
        const officerIds = (await sessions.participants(tx, adm, id, ['enrolled'])).map((p) => p.officerId);
        refuseErrors(await conflictsOf(tx, schedule, adm, { sessionId: id, courseId: row.courseId, days, roomId, trainers, capacity, officerIds }));

        await sessions.update(tx, adm, id, { ...input, roomId: input.roomId === undefined ? undefined : input.roomId });
        if (input.days) await sessions.replaceDays(tx, adm, id, input.days);
        if (input.trainers) await sessions.replaceTrainers(tx, adm, id, input.trainers);
        if (capacity > locked.capacity) await fillFreeSeats(tx, adm, id, outbox);
        const moved = slotsKey(days) !== slotsKey(before) || roomId !== row.roomId;
        if (row.status !== 'draft' && moved) await announceChange(tx, adm, id);
        return detail(tx, actor, id);
      });
    },

    async changeStatus(actor: Actor, id: string, change: TSessionStatusChange): Promise<TSessionDetail> {
      requirePermission(actor, 'CentreWrite');
      const adm = actor.administrationId;
      return database.transaction(tenantOf(actor), async (tx) => {
        const locked = await sessions.lock(tx, adm, id);
        if (!locked) throw notFound('session');
        const row = (await sessions.get(tx, adm, id))!;
        if (!SESSION_TRANSITIONS[row.status]!.includes(change.status)) {
          throw conflict(`a ${row.status.replace('_', ' ')} session cannot become ${change.status.replace('_', ' ')}`, { from: row.status, to: change.status });
        }
        const now = today();
        if (change.status === 'scheduled') {
          const days = await sessions.days(tx, adm, id);
          const trainers = await sessions.trainers(tx, adm, id);
          const missing = [!days.length && 'days', !row.roomId && 'a room', !trainers.some((t) => t.role === 'lead') && 'a lead trainer'].filter(Boolean);
          if (missing.length) throw conflict(`a session needs ${missing.join(', ')} before it is scheduled`, { missing });
          const officerIds = (await sessions.participants(tx, adm, id, ['enrolled'])).map((p) => p.officerId);
          refuseErrors(await conflictsOf(tx, schedule, adm, { sessionId: id, courseId: row.courseId, days, roomId: row.roomId, trainers, capacity: row.capacity, officerIds }));
        }
        if (change.status === 'in_progress' && row.startDay && now < row.startDay) throw conflict(`the session starts on ${row.startDay}; it cannot be in progress before`, { startDay: row.startDay });
        if (change.status === 'completed' && (!row.endDay || now < row.endDay)) {
          throw conflict(`the session ends on ${row.endDay}; it can be completed on or after that day`, { endDay: row.endDay });
        }
        if (change.status === 'cancelled') {
          const officers = new Set((await sessions.participants(tx, adm, id, ['enrolled', 'waitlisted'])).map((p) => p.officerId));
          for (const t of await sessions.trainers(tx, adm, id)) if (t.officerId) officers.add(t.officerId);
          for (const officerId of officers) {
            await outbox.enqueue(tx, adm, { kind: 'cancellation', officerId, sessionId: id, reason: change.reason ?? null, dedupeKey: `cancellation:${id}:${officerId}` });
          }
          await sessions.closeEnrolments(tx, adm, id);
        }
        await sessions.setStatus(tx, adm, id, change.status, change.status === 'cancelled' ? (change.reason ?? null) : null);
        if (change.status === 'completed') await recordCompletion(tx, adm, id, now);
        return detail(tx, actor, id);
      });
    },

    /** Draft sessions for an approved plan's runs of a quarter; what was made before for a run is not made again. */
    async fromPlan(actor: Actor, input: { planId: string; period: string }): Promise<TSessionsFromPlanResult> {
      requirePermission(actor, 'CentreWrite');
      const adm = actor.administrationId;
      return database.transaction(tenantOf(actor), async (tx) => {
        const status = await plans.planStatus(tx, adm, input.planId);
        if (!status) throw notFound('plan');
        if (status !== 'approved') throw conflict('sessions are made from an approved plan only', { status });
        const runs = (await deps.planning.approvedRuns(tx, adm, input.planId)).filter((r) => r.period === input.period);
        const made = new Map((await plans.madeForPlan(tx, adm, input.planId, input.period)).map((m) => [m.courseId, m.n]));
        const year = Number(input.period.slice(0, 4));
        const result: TSessionsFromPlanResult = { created: 0, skipped: 0, sessionIds: [] };
        for (const run of runs) {
          const course = await sessions.course(tx, adm, run.courseId);
          if (!course) continue;
          const already = made.get(run.courseId) ?? 0;
          result.skipped += Math.min(already, run.count);
          const groups = splitGroups(run.participants, run.count);
          const taken = await sessions.codesLike(tx, adm, `${course.code}-${year}-`);
          for (let i = already; i < run.count; i++) {
            const code = nextCode(course.code, year, taken);
            taken.push(code);
            const id = await sessions.insert(tx, adm, { code, courseId: course.id, capacity: course.capacity, planId: input.planId, period: input.period, targetGroups: groups[i] });
            result.sessionIds.push(id);
            result.created++;
          }
        }
        return result;
      });
    },
  };
}
