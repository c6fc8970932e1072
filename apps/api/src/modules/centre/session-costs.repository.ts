import type { TSessionCost, TSessionCostInput, TSessionCostUpdate } from '@formasaun/shared';
import { sql, type SQL } from 'drizzle-orm';
import { rows, type Tx } from '../../platform/db.js';

type CostRow = Omit<TSessionCost, 'amount'> & { amount: string };
const present = (r: CostRow): TSessionCost => ({ ...r, amount: Number(r.amount) });
const select = sql`select k.id, k.session_id as "sessionId", k.category, k.source_id as "sourceId", f.name as "sourceName", k.amount::text as amount, k.note
                   from session_costs k left join funding_sources f on f.administration_id = k.administration_id and f.id = k.source_id`;

/** Actual costs of sessions, and the plan facts that bulk creation needs; scoped by administration. */
export function makeSessionCostRepository() {
  return {
    find: async (tx: Tx, administrationId: string, sessionId: string) =>
      (await rows<CostRow>(tx, sql`${select} where k.administration_id = ${administrationId} and k.session_id = ${sessionId} order by k.category, k.id`)).map(present),
    get: async (tx: Tx, administrationId: string, id: string) => {
      const [row] = await rows<CostRow>(tx, sql`${select} where k.administration_id = ${administrationId} and k.id = ${id}`);
      return row ? present(row) : undefined;
    },
    insert: async (tx: Tx, administrationId: string, sessionId: string, c: TSessionCostInput) =>
      (
        await rows<{ id: string }>(
          tx,
          sql`insert into session_costs (administration_id, session_id, category, source_id, amount, note)
              values (${administrationId}, ${sessionId}, ${c.category}, ${c.sourceId ?? null}, ${c.amount}, ${c.note ?? null}) returning id`,
        )
      )[0]!.id,
    update: async (tx: Tx, administrationId: string, id: string, c: TSessionCostUpdate) => {
      const sets: SQL[] = [];
      if (c.category !== undefined) sets.push(sql`category = ${c.category}`);
      if (c.sourceId !== undefined) sets.push(sql`source_id = ${c.sourceId}`);
      if (c.amount !== undefined) sets.push(sql`amount = ${c.amount}`);
      if (c.note !== undefined) sets.push(sql`note = ${c.note}`);
      if (sets.length) await tx.execute(sql`update session_costs set ${sql.join(sets, sql`, `)} where administration_id = ${administrationId} and id = ${id}`);
    },
    delete: (tx: Tx, administrationId: string, id: string) => tx.execute(sql`delete from session_costs where administration_id = ${administrationId} and id = ${id}`),
    sourceExists: async (tx: Tx, administrationId: string, id: string) =>
      (await rows<{ id: string }>(tx, sql`select id from funding_sources where administration_id = ${administrationId} and id = ${id}`)).length > 0,

    planStatus: async (tx: Tx, administrationId: string, planId: string) =>
      (await rows<{ status: string }>(tx, sql`select status from plans where administration_id = ${administrationId} and id = ${planId}`))[0]?.status,
    /** Sessions already made for each course's run of a plan's quarter, whatever became of them. */
    madeForPlan: (tx: Tx, administrationId: string, planId: string, period: string) =>
      rows<{ courseId: string; n: number }>(
        tx,
        sql`select course_id as "courseId", count(*)::int as n from course_sessions
            where administration_id = ${administrationId} and plan_id = ${planId} and period = ${period} group by course_id`,
      ),
  };
}
export type SessionCostRepository = ReturnType<typeof makeSessionCostRepository>;
