import {
  type TTrainerDetail,
  type TTrainerEvidenceInput,
  type TTrainerInput,
  type TTrainerLeave,
  type TTrainerLeaveInput,
  type TTrainerPathStatus,
  type TTrainerQualificationInput,
  type TTrainerQualificationItem,
  type TTrainerQualificationStatusInput,
  type TTrainerSummary,
  type TTrainerUpdate,
  ZTrainerEvidenceInput,
  ZTrainerInput,
  ZTrainerLeaveInput,
  ZTrainerQualificationInput,
  ZTrainerQualificationStatusInput,
  ZTrainerUpdate,
} from '@formasaun/shared';
import { type Actor, can, requirePermission, tenantOf } from '../../platform/actor.js';
import { isoDate } from '../../platform/clock.js';
import type { Tx } from '../../platform/db.js';
import { conflict, invalid, notFound } from '../../platform/errors.js';
import type { CentreDeps } from './index.js';
import { quarterBounds, quarterOf } from './trainer-days.js';
import { statusChange } from './trainer-path.js';
import { presentLeave, presentQualification, presentTrainerDetail, presentTrainerSummary } from './trainer.presenter.js';
import { makeTrainerRepository } from './trainer.repository.js';
import { parsedInput } from './venue.service.js';

const EXTERNAL_ONLY = ['name', 'organisation', 'email', 'phone', 'dailyFee'] as const;

/** The trainer pool: internal trainers and external experts, their qualifications on the path, evidence and leave. */
export function makeTrainerService(deps: CentreDeps) {
  const { database, clock } = deps;
  const repo = makeTrainerRepository();
  const today = () => isoDate(clock.now());
  const thisQuarter = () => quarterBounds(quarterOf(today()));

  async function trainerRow(tx: Tx, administrationId: string, id: string) {
    const [row] = await repo.findTrainers(tx, administrationId, thisQuarter(), { id });
    if (!row) throw notFound('trainer');
    return row;
  }

  /** Managers see every trainer; a trainer sees their own record; anyone else gets NOT_FOUND. */
  async function visibleTrainer(tx: Tx, actor: Actor, id: string) {
    const row = await trainerRow(tx, actor.administrationId, id);
    if (!can(actor, 'CentreWrite') && (row.officerId === null || row.officerId !== actor.officerId)) throw notFound('trainer');
    return row;
  }

  async function qualifications(tx: Tx, administrationId: string, by: { trainerId?: string; id?: string }): Promise<TTrainerQualificationItem[]> {
    const found = await repo.findQualifications(tx, administrationId, by);
    const events = found.length ? await repo.findEvents(tx, administrationId, found.map((q) => q.id)) : [];
    return found.map((q) => presentQualification(q, events));
  }

  async function detail(tx: Tx, administrationId: string, id: string): Promise<TTrainerDetail> {
    const row = await trainerRow(tx, administrationId, id);
    return presentTrainerDetail(row, await qualifications(tx, administrationId, { trainerId: id }), await repo.findLeave(tx, administrationId, { trainerId: id }));
  }

  async function qualificationOf(tx: Tx, administrationId: string, id: string) {
    const [q] = await qualifications(tx, administrationId, { id });
    if (!q) throw notFound('trainer qualification');
    return q;
  }

  async function leaveOf(tx: Tx, administrationId: string, id: string) {
    const [l] = await repo.findLeave(tx, administrationId, { id });
    if (!l) throw notFound('trainer leave');
    return l;
  }

  async function leaveFree(tx: Tx, administrationId: string, trainerId: string, l: { fromDay: string; toDay: string }, exceptId: string | null) {
    if (await repo.leaveOverlaps(tx, administrationId, trainerId, l, exceptId)) {
      throw conflict('this leave overlaps another leave period of the trainer; change that one instead', [{ path: 'body.fromDay', message: 'overlaps another leave period' }]);
    }
  }

  return {
    /** The pool as the list shows it; `status` keeps trainers whose highest path status is that one. */
    async findTrainers(actor: Actor, filter: { kind?: 'internal' | 'external'; status?: TTrainerPathStatus; active?: 'true' | 'false' }): Promise<TTrainerSummary[]> {
      requirePermission(actor, 'CentreRead');
      return database.transaction(tenantOf(actor), async (tx) =>
        (await repo.findTrainers(tx, actor.administrationId, thisQuarter()))
          .map(presentTrainerSummary)
          .filter((t) => (!filter.kind || t.kind === filter.kind) && (!filter.status || t.highestStatus === filter.status))
          .filter((t) => filter.active === undefined || String(t.active) === filter.active),
      );
    },

    async getTrainer(actor: Actor, id: string): Promise<TTrainerDetail> {
      requirePermission(actor, 'CentreRead');
      return database.transaction(tenantOf(actor), async (tx) => {
        await visibleTrainer(tx, actor, id);
        return detail(tx, actor.administrationId, id);
      });
    },

    /** The signed-in trainer's own record, or NOT_FOUND when their officer record is not in the pool. */
    async getOwnTrainer(actor: Actor): Promise<TTrainerDetail> {
      requirePermission(actor, 'CentreRead');
      return database.transaction(tenantOf(actor), async (tx) => {
        const id = actor.officerId ? await repo.trainerOfOfficer(tx, actor.administrationId, actor.officerId) : null;
        if (!id) throw notFound('trainer');
        return detail(tx, actor.administrationId, id);
      });
    },

    async createTrainer(actor: Actor, raw: TTrainerInput): Promise<TTrainerDetail> {
      requirePermission(actor, 'CentreWrite');
      const input = parsedInput(ZTrainerInput, raw);
      return database.transaction(tenantOf(actor), async (tx) => {
        const adm = actor.administrationId;
        const common = { languages: input.languages, daysPerQuarter: input.daysPerQuarter, active: input.active, notes: input.notes };
        if (input.kind === 'internal') {
          if (!(await repo.officerExists(tx, adm, input.officerId))) throw notFound('officer');
          const existing = await repo.trainerOfOfficer(tx, adm, input.officerId);
          if (existing) throw conflict('this officer is in the trainer pool already', { trainerId: existing, issues: [{ path: 'body.officerId', message: 'already a trainer' }] });
          const id = await repo.insertTrainer(tx, adm, { kind: 'internal', officerId: input.officerId, name: null, organisation: null, email: null, phone: null, dailyFee: null, ...common });
          return detail(tx, adm, id);
        }
        const { name, organisation, email, phone, dailyFee } = input;
        const id = await repo.insertTrainer(tx, adm, { kind: 'external', officerId: null, name, organisation, email, phone, dailyFee, ...common });
        return detail(tx, adm, id);
      });
    },

    /** Internal trainers' name and contact come from the officer record: those fields are refused for them. */
    async updateTrainer(actor: Actor, id: string, raw: TTrainerUpdate): Promise<TTrainerDetail> {
      requirePermission(actor, 'CentreWrite');
      const input = parsedInput(ZTrainerUpdate, raw);
      return database.transaction(tenantOf(actor), async (tx) => {
        const row = await trainerRow(tx, actor.administrationId, id);
        if (row.kind === 'internal') {
          const refused = EXTERNAL_ONLY.filter((f) => input[f] !== undefined);
          if (refused.length) {
            throw invalid('an internal trainer’s name and contact come from the officer record', refused.map((f) => ({ path: `body.${f}`, message: 'only for external experts' })));
          }
        }
        const external = row.kind === 'external';
        await repo.updateTrainer(tx, actor.administrationId, id, {
          name: external ? (input.name ?? row.name) : null,
          organisation: external ? (input.organisation === undefined ? row.organisation : input.organisation) : null,
          email: external ? (input.email === undefined ? row.email : input.email) : null,
          phone: external ? (input.phone === undefined ? row.phone : input.phone) : null,
          dailyFee: external ? (input.dailyFee === undefined ? (row.dailyFee === null ? null : Number(row.dailyFee)) : input.dailyFee) : null,
          languages: input.languages ?? row.languages,
          daysPerQuarter: input.daysPerQuarter ?? Number(row.daysPerQuarter),
          active: input.active ?? row.active,
          notes: input.notes === undefined ? row.notes : input.notes?.trim() || null,
        });
        return detail(tx, actor.administrationId, id);
      });
    },

    /** A trainer named by sessions stays (history keeps who trained): archive with active = false instead. */
    async deleteTrainer(actor: Actor, id: string): Promise<void> {
      requirePermission(actor, 'CentreWrite');
      await database.transaction(tenantOf(actor), async (tx) => {
        const row = await trainerRow(tx, actor.administrationId, id);
        const n = await repo.trainerSessions(tx, actor.administrationId, id);
        if (n > 0) throw conflict(`${row.name} trains ${n} session(s); archive the trainer (active = false) instead of deleting`, { sessions: n });
        await repo.deleteTrainer(tx, actor.administrationId, id);
      });
    },

    /** A new qualification starts with its first evidence (by default the course attended), at the status given. */
    async addQualification(actor: Actor, trainerId: string, raw: TTrainerQualificationInput): Promise<TTrainerQualificationItem> {
      requirePermission(actor, 'CentreWrite');
      const input = parsedInput(ZTrainerQualificationInput, raw);
      return database.transaction(tenantOf(actor), async (tx) => {
        const adm = actor.administrationId;
        await trainerRow(tx, adm, trainerId);
        const target = { courseId: input.courseId ?? null, competencyCode: input.competencyCode ?? null };
        if (target.courseId && !(await repo.courseExists(tx, adm, target.courseId))) throw notFound('course');
        if (target.competencyCode && !(await repo.competencyExists(tx, adm, target.competencyCode))) throw notFound(`competency ${target.competencyCode}`);
        if (await repo.qualificationTaken(tx, adm, trainerId, target)) {
          throw conflict('the trainer has this qualification already; move it along the path instead', [{ path: target.courseId ? 'body.courseId' : 'body.competencyCode', message: 'already a qualification' }]);
        }
        const since = input.since ?? today();
        const id = await repo.insertQualification(tx, adm, { trainerId, ...target, status: input.status, since });
        const note = input.note?.trim() || null;
        await repo.insertEvent(tx, adm, { qualificationId: id, day: since, kind: input.evidence, statusTo: input.status, sessionId: null, observationResult: null, note, recordedBy: actor.userId });
        return qualificationOf(tx, adm, id);
      });
    },

    /** Moves a qualification along the path (see statusChange): the event records the step and its note. */
    async changeQualificationStatus(actor: Actor, id: string, raw: TTrainerQualificationStatusInput): Promise<TTrainerQualificationItem> {
      requirePermission(actor, 'CentreWrite');
      const input = parsedInput(ZTrainerQualificationStatusInput, raw);
      return database.transaction(tenantOf(actor), async (tx) => {
        const adm = actor.administrationId;
        const q = await qualificationOf(tx, adm, id);
        const change = statusChange(q.status, input.status, input.note);
        const day = input.day ?? today();
        await repo.setQualificationStatus(tx, adm, id, change.statusTo, day);
        await repo.insertEvent(tx, adm, { qualificationId: id, day, kind: change.kind, statusTo: change.statusTo, sessionId: null, observationResult: null, note: input.note?.trim() || null, recordedBy: actor.userId });
        return qualificationOf(tx, adm, id);
      });
    },

    async deleteQualification(actor: Actor, id: string): Promise<void> {
      requirePermission(actor, 'CentreWrite');
      await database.transaction(tenantOf(actor), async (tx) => {
        await qualificationOf(tx, actor.administrationId, id);
        await repo.deleteQualification(tx, actor.administrationId, id);
      });
    },

    /** Evidence on the path: a course attended, a session co-delivered, an observation and its result. */
    async addEvidence(actor: Actor, qualificationId: string, raw: TTrainerEvidenceInput): Promise<TTrainerQualificationItem> {
      requirePermission(actor, 'CentreWrite');
      const input = parsedInput(ZTrainerEvidenceInput, raw);
      return database.transaction(tenantOf(actor), async (tx) => {
        const adm = actor.administrationId;
        await qualificationOf(tx, adm, qualificationId);
        if (input.sessionId && !(await repo.sessionExists(tx, adm, input.sessionId))) throw notFound('session');
        await repo.insertEvent(tx, adm, {
          qualificationId,
          day: input.day ?? today(),
          kind: input.kind,
          statusTo: null,
          sessionId: input.sessionId ?? null,
          observationResult: input.observationResult ?? null,
          note: input.note?.trim() || null,
          recordedBy: actor.userId,
        });
        return qualificationOf(tx, adm, qualificationId);
      });
    },

    async addLeave(actor: Actor, trainerId: string, raw: TTrainerLeaveInput): Promise<TTrainerLeave> {
      requirePermission(actor, 'CentreWrite');
      const input = parsedInput(ZTrainerLeaveInput, raw);
      return database.transaction(tenantOf(actor), async (tx) => {
        await trainerRow(tx, actor.administrationId, trainerId);
        await leaveFree(tx, actor.administrationId, trainerId, input, null);
        const id = await repo.insertLeave(tx, actor.administrationId, trainerId, input);
        return presentLeave(await leaveOf(tx, actor.administrationId, id));
      });
    },

    async updateLeave(actor: Actor, id: string, raw: TTrainerLeaveInput): Promise<TTrainerLeave> {
      requirePermission(actor, 'CentreWrite');
      const input = parsedInput(ZTrainerLeaveInput, raw);
      return database.transaction(tenantOf(actor), async (tx) => {
        const existing = await leaveOf(tx, actor.administrationId, id);
        await leaveFree(tx, actor.administrationId, existing.trainerId, input, id);
        await repo.updateLeave(tx, actor.administrationId, id, input);
        return presentLeave(await leaveOf(tx, actor.administrationId, id));
      });
    },

    async deleteLeave(actor: Actor, id: string): Promise<void> {
      requirePermission(actor, 'CentreWrite');
      await database.transaction(tenantOf(actor), async (tx) => {
        await leaveOf(tx, actor.administrationId, id);
        await repo.deleteLeave(tx, actor.administrationId, id);
      });
    },
  };
}
export type TrainerService = ReturnType<typeof makeTrainerService>;
