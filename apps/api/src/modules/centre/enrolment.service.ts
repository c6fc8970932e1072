import type {
  TEnrolment,
  TEnrolmentBulkDecisionInput,
  TEnrolmentBulkResult,
  TEnrolmentDecisionInput,
  TEnrolmentDirectInput,
  TEnrolmentNominateInput,
  TEnrolmentOutcome,
  TEnrolmentRequestInput,
  TEnrolmentStatus,
  TEnrolmentWithdrawInput,
} from '@formasaun/shared';
import { type Actor, can, officerScope, requirePermission, tenantOf } from '../../platform/actor.js';
import type { Tx } from '../../platform/db.js';
import { AppError, conflict, forbidden, notFound } from '../../platform/errors.js';
import { checkOfficers, joinReason, requireSessionStatus } from './enrolment-checks.js';
import { makeEnrolmentViews } from './enrolment-views.js';
import { presentEnrolment } from './enrolment.presenter.js';
import { type EnrolmentRepository, type EnrolmentRow, makeEnrolmentRepository, type SessionForEnrolment } from './enrolment.repository.js';
import { isActive, NOMINATION_OPEN, SEATS_OPEN } from './enrolment.rules.js';
import { fillFreeSeats } from './enrolment.seats.js';
import type { CentreDeps } from './index.js';

/** The subtrees an actor acts for: null for the whole administration (the manager), else the supervised roots. */
export const scopeRoots = (actor: Actor): readonly string[] | null => (officerScope(actor) === 'administration' ? null : actor.supervisedOrgUnitIds);

/**
 * Nominations, requests, decisions, seats and the waitlist. Every change of a session's seats or queue runs under
 * the session's row lock (select … for update), so the waitlist order is the order in which requests got the lock,
 * and the CHECK (enrolled_count <= capacity) makes an over-full session impossible.
 */
export function makeEnrolmentService(deps: CentreDeps) {
  const { database, outbox } = deps;
  const repo: EnrolmentRepository = makeEnrolmentRepository();

  async function lockedSession(tx: Tx, adm: string, id: string) {
    const session = await repo.lockSession(tx, adm, id);
    if (!session) throw notFound('session');
    return session;
  }

  /** A seat if one is free, else the next place in the queue (the sequence is read under the row lock). */
  async function seat(tx: Tx, adm: string, sessionId: string): Promise<{ status: 'enrolled' | 'waitlisted'; waitlistSeq: number | null }> {
    if (await repo.takeSeat(tx, adm, sessionId)) return { status: 'enrolled', waitlistSeq: null };
    return { status: 'waitlisted', waitlistSeq: await repo.nextWaitlistSeq(tx) };
  }

  async function outcome(tx: Tx, adm: string, officerId: string, enrolmentId: string, status: TEnrolmentStatus): Promise<TEnrolmentOutcome> {
    return { officerId, enrolmentId, status, waitlistPosition: status === 'waitlisted' ? await repo.waitlistPosition(tx, adm, enrolmentId) : null };
  }

  /** The enrolment if the actor may see it: their own, their subtree's (supervisor), any (manager); 404 otherwise. */
  async function visibleEnrolment(tx: Tx, actor: Actor, id: string): Promise<EnrolmentRow> {
    const row = await repo.find(tx, actor.administrationId, id);
    if (!row) throw notFound('enrolment');
    if (await mayActFor(tx, actor, row)) return row;
    throw notFound('enrolment');
  }

  async function mayActFor(tx: Tx, actor: Actor, row: EnrolmentRow, opts: { self: boolean } = { self: true }) {
    if (opts.self && actor.officerId === row.officerId && can(actor, 'LearningSelf')) return true;
    if (!can(actor, 'EnrolmentNominate') && !can(actor, 'EnrolmentDecide')) return false;
    const roots = scopeRoots(actor);
    if (roots === null) return true;
    return (await repo.unitsInSubtrees(tx, actor.administrationId, roots, [row.officerOrgUnitId])).has(row.officerOrgUnitId);
  }

  async function presentOne(tx: Tx, adm: string, id: string): Promise<TEnrolment> {
    return presentEnrolment((await repo.list(tx, adm, { ids: [id] }))[0]!);
  }

  /** Approves or declines one pending enrolment; the session row is locked by the caller. */
  async function decideOne(tx: Tx, actor: Actor, row: EnrolmentRow, session: SessionForEnrolment, input: TEnrolmentDecisionInput) {
    const adm = actor.administrationId;
    if (row.officerId === actor.officerId && !can(actor, 'EnrolmentDecide')) throw conflict('a supervisor cannot decide their own request');
    if (row.status === 'nominated') requirePermission(actor, 'EnrolmentDecide');
    else if (row.status === 'requested') requirePermission(actor, 'EnrolmentNominate');
    else throw conflict(`the enrolment is ${row.status}: there is nothing to decide`, { status: row.status });
    if (input.decision === 'decline') {
      await repo.setStatus(tx, adm, row.id, { status: 'declined', decidedBy: actor.userId, reason: input.reason ?? null });
      await outbox.enqueue(tx, adm, { kind: 'decline', officerId: row.officerId, sessionId: row.sessionId, reason: input.reason ?? null });
      return { status: 'declined' as const, waitlistSeq: null };
    }
    requireSessionStatus(session, SEATS_OPEN, 'enrolments');
    const override = input.override === true && can(actor, 'EnrolmentDecide');
    const { overrideNotes } = await checkOfficers(tx, repo, adm, session, [row.officerId], { subtreeRoots: null, override, checkExisting: false });
    const seated = await seat(tx, adm, session.id);
    await repo.setStatus(tx, adm, row.id, {
      status: seated.status,
      waitlistSeq: seated.waitlistSeq,
      decidedBy: actor.userId,
      reason: joinReason(overrideNotes.get(row.officerId), input.reason),
    });
    await outbox.enqueue(tx, adm, { kind: seated.status === 'enrolled' ? 'approval' : 'waitlist', officerId: row.officerId, sessionId: session.id });
    return seated;
  }

  return {
    ...makeEnrolmentViews({ database, clock: deps.clock, repo }),

    /** The manager seats officers directly: each gets a seat while there are free ones, then a place in the queue. */
    async enrolDirectly(actor: Actor, sessionId: string, input: TEnrolmentDirectInput): Promise<TEnrolmentOutcome[]> {
      requirePermission(actor, 'EnrolmentDecide');
      const adm = actor.administrationId;
      return database.transaction(tenantOf(actor), async (tx) => {
        const session = await lockedSession(tx, adm, sessionId);
        requireSessionStatus(session, SEATS_OPEN, 'enrolments');
        const { overrideNotes } = await checkOfficers(tx, repo, adm, session, input.officerIds, { subtreeRoots: null, override: input.override === true, checkExisting: true });
        const out: TEnrolmentOutcome[] = [];
        for (const officerId of input.officerIds) {
          const seated = await seat(tx, adm, sessionId);
          const id = await repo.upsert(tx, {
            adm,
            sessionId,
            officerId,
            ...seated,
            origin: 'manager',
            nominatedBy: null,
            decidedBy: actor.userId,
            reason: joinReason(overrideNotes.get(officerId), input.reason),
          });
          await outbox.enqueue(tx, adm, { kind: seated.status === 'enrolled' ? 'approval' : 'waitlist', officerId, sessionId });
          out.push(await outcome(tx, adm, officerId, id, seated.status));
        }
        return out;
      });
    },

    /** A supervisor (or the manager) nominates officers of their subtree; the training manager decides. */
    async nominate(actor: Actor, sessionId: string, input: TEnrolmentNominateInput): Promise<TEnrolmentOutcome[]> {
      requirePermission(actor, 'EnrolmentNominate');
      const adm = actor.administrationId;
      return database.transaction(tenantOf(actor), async (tx) => {
        const session = await lockedSession(tx, adm, sessionId);
        requireSessionStatus(session, NOMINATION_OPEN, 'nominations');
        await checkOfficers(tx, repo, adm, session, input.officerIds, { subtreeRoots: scopeRoots(actor), override: false, checkExisting: true });
        const out: TEnrolmentOutcome[] = [];
        for (const officerId of input.officerIds) {
          const id = await repo.upsert(tx, {
            adm,
            sessionId,
            officerId,
            status: 'nominated',
            origin: 'nomination',
            waitlistSeq: null,
            nominatedBy: actor.userId,
            decidedBy: null,
            reason: input.note ?? null,
          });
          await outbox.enqueue(tx, adm, { kind: 'nomination', officerId, sessionId });
          out.push(await outcome(tx, adm, officerId, id, 'nominated'));
        }
        return out;
      });
    },

    /** An officer asks for a seat in an open session; the supervisors of their unit are told and decide. */
    async request(actor: Actor, sessionId: string, input: TEnrolmentRequestInput): Promise<TEnrolmentOutcome> {
      requirePermission(actor, 'LearningSelf');
      const adm = actor.administrationId;
      const officerId = actor.officerId;
      return database.transaction(tenantOf(actor), async (tx) => {
        const session = await lockedSession(tx, adm, sessionId);
        if (!officerId) throw conflict('your account is not linked to an officer record: ask the training centre to enrol you');
        requireSessionStatus(session, NOMINATION_OPEN, 'requests');
        if (!session.openForRequests) throw conflict(`session ${session.code} is not open for requests: ask your supervisor to nominate you`);
        const { officers } = await checkOfficers(tx, repo, adm, session, [officerId], { subtreeRoots: null, override: false, checkExisting: true });
        const id = await repo.upsert(tx, {
          adm,
          sessionId,
          officerId,
          status: 'requested',
          origin: 'request',
          waitlistSeq: null,
          nominatedBy: actor.userId,
          decidedBy: null,
          reason: input.note ?? null,
        });
        for (const userId of await repo.supervisorsOf(tx, adm, officers[0]!.orgUnitId)) {
          if (userId !== actor.userId) await outbox.enqueue(tx, adm, { kind: 'request', userId, officerId, sessionId, reason: input.note ?? null });
        }
        return outcome(tx, adm, officerId, id, 'requested');
      });
    },

    /** Approves (seat or waitlist) or declines (with a reason) one nomination or request. */
    async decide(actor: Actor, id: string, input: TEnrolmentDecisionInput): Promise<TEnrolment> {
      if (!can(actor, 'EnrolmentNominate') && !can(actor, 'EnrolmentDecide')) throw forbidden('missing permission EnrolmentDecide or EnrolmentNominate');
      const adm = actor.administrationId;
      return database.transaction(tenantOf(actor), async (tx) => {
        const row = await visibleEnrolment(tx, actor, id);
        if (!(await mayActFor(tx, actor, row, { self: false }))) throw notFound('enrolment');
        const session = await lockedSession(tx, adm, row.sessionId);
        const fresh = (await repo.find(tx, adm, id))!;
        await decideOne(tx, actor, fresh, session, input);
        return presentOne(tx, adm, id);
      });
    },

    /**
     * Decides several pending enrolments in their arrival order; each one that cannot be decided says why and the
     * others go ahead. An id the actor cannot see fails the whole call (404).
     */
    async decideMany(actor: Actor, input: TEnrolmentBulkDecisionInput): Promise<TEnrolmentBulkResult> {
      if (!can(actor, 'EnrolmentNominate') && !can(actor, 'EnrolmentDecide')) throw forbidden('missing permission EnrolmentDecide or EnrolmentNominate');
      const adm = actor.administrationId;
      return database.transaction(tenantOf(actor), async (tx) => {
        const found = await repo.findMany(tx, adm, input.ids);
        if (found.length !== input.ids.length) throw notFound('enrolment');
        for (const row of found) if (!(await mayActFor(tx, actor, row, { self: false }))) throw notFound('enrolment');
        // Sessions locked in one order: two bulk calls over the same sessions never wait on each other in a circle.
        const sessions = new Map<string, SessionForEnrolment>();
        for (const sessionId of [...new Set(found.map((r) => r.sessionId))].sort()) sessions.set(sessionId, await lockedSession(tx, adm, sessionId));
        const items: TEnrolmentBulkResult['items'] = [];
        // Arrival order; nominations made together keep the order in which the caller lists them.
        const order = new Map(input.ids.map((id, i) => [id, i]));
        const fresh = (await repo.findMany(tx, adm, input.ids)).sort((a, b) => a.createdAt.localeCompare(b.createdAt) || order.get(a.id)! - order.get(b.id)!);
        for (const row of fresh) {
          try {
            const seated = await decideOne(tx, actor, row, sessions.get(row.sessionId)!, input);
            const position = seated.status === 'waitlisted' ? await repo.waitlistPosition(tx, adm, row.id) : null;
            items.push({ id: row.id, status: seated.status, waitlistPosition: position, error: null });
          } catch (err) {
            // Checks throw before anything is written for that enrolment, so the others go on in the same transaction.
            if (!(err instanceof AppError)) throw err;
            items.push({ id: row.id, status: null, waitlistPosition: null, error: { code: err.code, message: err.message } });
          }
        }
        return { items };
      });
    },

    /** The officer, their supervisor or the manager withdraws; a freed seat goes to the first in the queue. */
    async withdraw(actor: Actor, id: string, input: TEnrolmentWithdrawInput): Promise<TEnrolment> {
      const adm = actor.administrationId;
      return database.transaction(tenantOf(actor), async (tx) => {
        const found = await visibleEnrolment(tx, actor, id);
        const session = await lockedSession(tx, adm, found.sessionId);
        const row = (await repo.find(tx, adm, id))!;
        if (!isActive(row.status)) throw conflict(`the enrolment is already ${row.status}`, { status: row.status });
        requireSessionStatus(session, ['draft', 'scheduled', 'in_progress'], 'withdrawals');
        await repo.setStatus(tx, adm, id, { status: 'withdrawn', waitlistSeq: null, decidedBy: actor.userId, reason: input.reason ?? null });
        if (row.status === 'enrolled') {
          await repo.releaseSeats(tx, adm, session.id, 1);
          await fillFreeSeats(tx, adm, session.id, outbox);
        }
        if (actor.officerId !== row.officerId) {
          await outbox.enqueue(tx, adm, { kind: 'change', officerId: row.officerId, sessionId: session.id, reason: input.reason ?? 'withdrawn from the session' });
        }
        return presentOne(tx, adm, id);
      });
    },
  };
}
export type EnrolmentService = ReturnType<typeof makeEnrolmentService>;
