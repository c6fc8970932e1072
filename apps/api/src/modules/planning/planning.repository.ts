import { and, asc, desc, eq, sql } from 'drizzle-orm';
import { planPins, planRuns, plans } from '../../db/schema.js';
import { rows, type Tx } from '../../platform/db.js';

export type PlanRow = typeof plans.$inferSelect;
export type PlanPatch = Partial<Omit<typeof plans.$inferInsert, 'administrationId' | 'id'>>;
export interface RunRow {
  courseId: string;
  period: string;
  count: number;
  participants: Record<string, number>;
}
export interface PinRow {
  courseId: string;
  period: string;
  count: number;
}

const planKey = (administrationId: string, id: string) => and(eq(plans.administrationId, administrationId), eq(plans.id, id));

export function makePlanRepository() {
  return {
    findAll: (tx: Tx, administrationId: string) =>
      tx.select().from(plans).where(eq(plans.administrationId, administrationId)).orderBy(desc(plans.fromYear), asc(plans.createdAt), asc(plans.name)),

    find: async (tx: Tx, administrationId: string, id: string, opts: { forUpdate?: boolean } = {}): Promise<PlanRow | undefined> => {
      const query = tx.select().from(plans).where(planKey(administrationId, id));
      return (opts.forUpdate ? await query.for('update') : await query)[0];
    },

    insert: async (tx: Tx, row: typeof plans.$inferInsert) => (await tx.insert(plans).values(row).returning({ id: plans.id }))[0]!.id,

    update: async (tx: Tx, administrationId: string, id: string, patch: PlanPatch) => {
      await tx.update(plans).set({ ...patch, updatedAt: sql`now()` }).where(planKey(administrationId, id));
    },

    delete: async (tx: Tx, administrationId: string, id: string) => {
      await tx.delete(plans).where(planKey(administrationId, id));
    },

    /** Approved plans whose years overlap the given ones, other than `exceptId`, become superseded. */
    supersede: async (tx: Tx, administrationId: string, exceptId: string, fromYear: number, toYear: number) => {
      await tx.execute(sql`update plans set status = 'superseded', updated_at = now()
        where administration_id = ${administrationId} and id <> ${exceptId} and status = 'approved'
          and from_year <= ${toYear} and to_year >= ${fromYear}`);
    },

    runs: (tx: Tx, administrationId: string, planId: string): Promise<RunRow[]> =>
      tx
        .select({ courseId: planRuns.courseId, period: planRuns.period, count: planRuns.count, participants: planRuns.participants })
        .from(planRuns)
        .where(and(eq(planRuns.administrationId, administrationId), eq(planRuns.planId, planId)))
        .orderBy(asc(planRuns.period), asc(planRuns.courseId)),

    replaceRuns: async (tx: Tx, administrationId: string, planId: string, runs: RunRow[]) => {
      await tx.delete(planRuns).where(and(eq(planRuns.administrationId, administrationId), eq(planRuns.planId, planId)));
      if (runs.length > 0) await tx.insert(planRuns).values(runs.map((r) => ({ administrationId, planId, ...r })));
    },

    upsertRun: async (tx: Tx, administrationId: string, planId: string, run: RunRow) => {
      await tx
        .insert(planRuns)
        .values({ administrationId, planId, ...run })
        .onConflictDoUpdate({ target: [planRuns.administrationId, planRuns.planId, planRuns.courseId, planRuns.period], set: { count: run.count, participants: run.participants } });
    },

    deleteRun: async (tx: Tx, administrationId: string, planId: string, courseId: string, period: string) => {
      await tx
        .delete(planRuns)
        .where(and(eq(planRuns.administrationId, administrationId), eq(planRuns.planId, planId), eq(planRuns.courseId, courseId), eq(planRuns.period, period)));
    },

    pins: (tx: Tx, administrationId: string, planId: string): Promise<PinRow[]> =>
      tx
        .select({ courseId: planPins.courseId, period: planPins.period, count: planPins.count })
        .from(planPins)
        .where(and(eq(planPins.administrationId, administrationId), eq(planPins.planId, planId)))
        .orderBy(asc(planPins.period), asc(planPins.courseId)),

    upsertPin: async (tx: Tx, administrationId: string, planId: string, pin: PinRow) => {
      await tx
        .insert(planPins)
        .values({ administrationId, planId, ...pin })
        .onConflictDoUpdate({ target: [planPins.administrationId, planPins.planId, planPins.courseId, planPins.period], set: { count: pin.count } });
    },

    deletePin: async (tx: Tx, administrationId: string, planId: string, courseId: string, period: string) =>
      (
        await tx
          .delete(planPins)
          .where(and(eq(planPins.administrationId, administrationId), eq(planPins.planId, planId), eq(planPins.courseId, courseId), eq(planPins.period, period)))
          .returning({ period: planPins.period })
      ).length,

    copyPins: async (tx: Tx, administrationId: string, fromPlanId: string, toPlanId: string) => {
      await tx.execute(sql`insert into plan_pins (administration_id, plan_id, course_id, period, count)
        select administration_id, ${toPlanId}, course_id, period, count from plan_pins where administration_id = ${administrationId} and plan_id = ${fromPlanId}`);
    },

    /** Runs of approved plans (one plan's, or every approved plan's): the basis for scheduling sessions. */
    approvedRuns: (tx: Tx, administrationId: string, planId?: string) =>
      rows<RunRow & { planId: string }>(
        tx,
        sql`select r.plan_id as "planId", r.course_id as "courseId", r.period, r.count, r.participants
            from plan_runs r join plans p on p.administration_id = r.administration_id and p.id = r.plan_id
            where r.administration_id = ${administrationId} and p.status = 'approved' and r.count > 0
              ${planId ? sql`and r.plan_id = ${planId}` : sql``}
            order by r.period, r.plan_id, r.course_id`,
      ),

    administrationName: async (tx: Tx, administrationId: string) =>
      (await rows<{ name: string }>(tx, sql`select name from administrations where id = ${administrationId}`))[0]?.name ?? '',

    userLocale: async (tx: Tx, userId: string) =>
      (await rows<{ locale: string }>(tx, sql`select locale from users where id = ${userId}`))[0]?.locale === 'pt' ? ('pt' as const) : ('en' as const),

    /**
     * Jobs a stopped process left running can never finish: they fail with a reason. Runs once at start-up across
     * every administration (there is no actor yet), in a transaction opened with the 'all' scope.
     */
    failInterrupted: async (tx: Tx, reason: string) =>
      (await rows<{ id: string }>(tx, sql`update plans set job_state = 'failed', job_error = ${reason}, updated_at = now() where job_state = 'running' returning id`)).length,
  };
}
export type PlanRepository = ReturnType<typeof makePlanRepository>;
