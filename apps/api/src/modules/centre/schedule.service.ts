import type { TScheduleApply, TScheduleProposals, TScheduleProposeInput, TSessionConflict } from '@formasaun/shared';
import { type Actor, requirePermission, tenantOf } from '../../platform/actor.js';
import type { Tx } from '../../platform/db.js';
import { conflict, notFound } from '../../platform/errors.js';
import type { CentreDeps } from './index.js';
import { type DraftRun, type Proposal, proposeQuarter } from './schedule-propose.js';
import { quarterBounds } from './schedule.dates.js';
import { makeScheduleRepository } from './schedule.repository.js';
import { type Booking, findConflicts, hasErrors, type World } from './schedule.rules.js';
import { rangeOf } from './session-check.js';
import { makeSessionRepository } from './session.repository.js';

/**
 * The scheduling assistant: proposes days, a room and trainers for a quarter's draft sessions (read-only), then
 * applies the proposals the manager keeps, checking them again inside the writing transaction.
 */
export function makeScheduleService(deps: CentreDeps) {
  const { database } = deps;
  const schedule = makeScheduleRepository();
  const sessions = makeSessionRepository();

  /** Checks proposals one after another, each against the world and the ones before it; answers the conflicts of each. */
  function checkInTurn(world: World, runs: Map<string, DraftRun>, proposals: Proposal[]) {
    const bookings: Booking[] = [...world.bookings];
    return proposals.map((p) => {
      const run = runs.get(p.sessionId)!;
      const conflicts = findConflicts({ sessionId: p.sessionId, course: run.course, days: p.days, roomId: p.roomId, trainers: p.trainers, capacity: run.capacity, officerIds: run.officerIds }, { ...world, bookings });
      if (!hasErrors(conflicts)) bookings.push({ sessionId: p.sessionId, code: run.code, days: p.days, roomId: p.roomId, trainerIds: p.trainers.map((t) => t.trainerId), officerIds: run.officerIds });
      return conflicts;
    });
  }

  async function load(tx: Tx, adm: string, period: string, range: { from: string; to: string }, sessionIds?: string[]) {
    const drafts = await schedule.drafts(tx, adm, period, quarterBounds(period), sessionIds);
    const courses = await schedule.courseFacts(tx, adm, [...new Set(drafts.map((d) => d.courseId))]);
    const world = await schedule.world(tx, adm, range, drafts.flatMap((d) => d.officerIds));
    const mine = new Set(drafts.map((d) => d.sessionId));
    world.bookings = world.bookings.filter((b) => !mine.has(b.sessionId));
    const runs = new Map<string, DraftRun>(
      drafts.flatMap((d) => {
        const course = courses.get(d.courseId);
        return course ? [[d.sessionId, { sessionId: d.sessionId, code: d.code, course, capacity: d.capacity, officerIds: d.officerIds }]] : [];
      }),
    );
    return { runs, world };
  }

  return {
    async propose(actor: Actor, input: TScheduleProposeInput): Promise<TScheduleProposals> {
      requirePermission(actor, 'CentreWrite');
      const adm = actor.administrationId;
      return database.transaction(tenantOf(actor), async (tx) => {
        const { runs, world } = await load(tx, adm, input.period, quarterBounds(input.period), input.sessionIds);
        const result = proposeQuarter(input.period, [...runs.values()], world);
        const checks = checkInTurn(world, runs, result.proposals);
        const out: TScheduleProposals = { period: input.period, proposals: [], unplaced: [] };
        result.proposals.forEach((p, i) => {
          const run = runs.get(p.sessionId)!;
          const conflicts = checks[i]!;
          if (hasErrors(conflicts)) {
            out.unplaced.push({ sessionId: p.sessionId, sessionCode: run.code, courseCode: run.course.code, reasons: conflicts.filter((c) => c.severity === 'error') });
            return;
          }
          const room = world.rooms.get(p.roomId)!;
          out.proposals.push({
            ...p,
            sessionCode: run.code,
            courseCode: run.course.code,
            titleEn: '',
            titlePt: '',
            roomName: room.name,
            venueName: room.venueName,
            trainerNames: p.trainers.map((t) => world.trainers.get(t.trainerId)?.name ?? ''),
            warnings: conflicts,
          });
        });
        for (const u of result.unplaced) {
          const run = runs.get(u.sessionId)!;
          out.unplaced.push({ sessionId: u.sessionId, sessionCode: run.code, courseCode: run.course.code, reasons: u.reasons });
        }
        const titles = await sessions.find(tx, adm, { period: input.period, periodRange: quarterBounds(input.period), status: 'draft' }, true);
        const byId = new Map(titles.map((t) => [t.id, t]));
        for (const p of out.proposals) Object.assign(p, { titleEn: byId.get(p.sessionId)?.titleEn ?? '', titlePt: byId.get(p.sessionId)?.titlePt ?? '' });
        out.proposals.sort((a, b) => a.days[0]!.day.localeCompare(b.days[0]!.day) || a.sessionCode.localeCompare(b.sessionCode));
        return out;
      });
    },

    async apply(actor: Actor, input: TScheduleApply): Promise<{ applied: number; sessionIds: string[] }> {
      requirePermission(actor, 'CentreWrite');
      const adm = actor.administrationId;
      return database.transaction(tenantOf(actor), async (tx) => {
        const ids = input.proposals.map((p) => p.sessionId);
        if (new Set(ids).size !== ids.length) throw conflict('a session is proposed twice');
        for (const id of ids) {
          const locked = await sessions.lock(tx, adm, id);
          if (!locked) throw notFound('session');
          if (locked.status !== 'draft') throw conflict('only draft sessions are scheduled by the assistant', { sessionId: id, status: locked.status });
        }
        const rows = await Promise.all(ids.map((id) => sessions.get(tx, adm, id)));
        const courses = await schedule.courseFacts(tx, adm, [...new Set(rows.map((r) => r!.courseId))]);
        const officers = new Map(await Promise.all(ids.map(async (id) => [id, (await sessions.participants(tx, adm, id, ['enrolled'])).map((p) => p.officerId)] as const)));
        const world = await schedule.world(tx, adm, rangeOf(input.proposals.flatMap((p) => p.days)), [...officers.values()].flat());
        const mine = new Set(ids);
        world.bookings = world.bookings.filter((b) => !mine.has(b.sessionId));
        for (const p of input.proposals) {
          if (!world.rooms.has(p.roomId)) throw notFound('room');
          if (p.trainers.some((t) => !world.trainers.has(t.trainerId))) throw notFound('trainer');
          if (p.trainers.filter((t) => t.role === 'lead').length !== 1) throw conflict('each proposal needs exactly one lead trainer', { sessionId: p.sessionId });
        }
        const runs = new Map<string, DraftRun>(
          rows.map((r) => [r!.id, { sessionId: r!.id, code: r!.code, course: courses.get(r!.courseId)!, capacity: r!.capacity, officerIds: officers.get(r!.id) ?? [] }]),
        );
        const checks = checkInTurn(world, runs, input.proposals);
        const refused: { sessionId: string; session: string; conflicts: TSessionConflict[] }[] = [];
        checks.forEach((c, i) => {
          if (hasErrors(c)) refused.push({ sessionId: input.proposals[i]!.sessionId, session: runs.get(input.proposals[i]!.sessionId)!.code, conflicts: c.filter((x) => x.severity === 'error') });
        });
        if (refused.length) {
          throw conflict(`the proposals conflict: ${refused.map((r) => `${r.session}: ${r.conflicts.map((c) => c.message).join('; ')}`).join(' | ')}`, refused);
        }
        for (const p of input.proposals) {
          await sessions.update(tx, adm, p.sessionId, { roomId: p.roomId });
          await sessions.replaceDays(tx, adm, p.sessionId, p.days);
          await sessions.replaceTrainers(tx, adm, p.sessionId, p.trainers);
          await sessions.setStatus(tx, adm, p.sessionId, 'scheduled', null);
        }
        return { applied: ids.length, sessionIds: ids };
      });
    },
  };
}
