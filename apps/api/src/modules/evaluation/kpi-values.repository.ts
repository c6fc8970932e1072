import { sql } from 'drizzle-orm';
import { rows, type Tx } from '../../platform/db.js';

/** A KPI with its objective and the years of its strategy: values are checked against them. */
export interface KpiRef {
  id: string;
  objectiveId: string;
  objectiveTitle: string;
  name: string;
  unit: string;
  direction: string;
  baselineValue: number | null;
  baselineYear: number | null;
  targets: Record<string, number>;
  strategyId: string;
  fromYear: number;
  toYear: number;
}

export interface ValueRow {
  id: string;
  kpiId: string;
  period: string;
  value: number;
  source: string | null;
  note: string | null;
}

export interface ValueWrite {
  kpiId: string;
  period: string;
  value: number;
  source: string | null;
  note: string | null;
}

/** Completed training of one functional area in one quarter. */
export interface TrainingRow {
  area: string;
  year: number;
  quarter: number;
  sessions: number;
  participants: number;
}

/** KPI values, and the read-only view of KPIs and delivered training that evaluation needs; scoped by administration. */
export function makeKpiValuesRepository() {
  const kpiSelect = (administrationId: string) => sql`
    select k.id, k.objective_id as "objectiveId", o.title as "objectiveTitle", k.name, k.unit, k.direction,
           k.baseline_value::float8 as "baselineValue", k.baseline_year as "baselineYear", k.targets,
           s.id as "strategyId", s.from_year as "fromYear", s.to_year as "toYear"
    from strategy_kpis k
    join strategy_objectives o on o.administration_id = k.administration_id and o.id = k.objective_id
    join strategy_goals g on g.administration_id = o.administration_id and g.id = o.goal_id
    join strategies s on s.administration_id = g.administration_id and s.id = g.strategy_id
    where k.administration_id = ${administrationId}`;
  const order = sql`order by s.from_year, g.sort, g.title, o.sort, o.title, k.sort, k.name`;

  return {
    findKpi: async (tx: Tx, administrationId: string, kpiId: string) =>
      (await rows<KpiRef>(tx, sql`${kpiSelect(administrationId)} and k.id = ${kpiId}`))[0],

    /** Every KPI of the administration, or of one strategy, in strategy order. */
    findKpis: (tx: Tx, administrationId: string, strategyId?: string) =>
      rows<KpiRef>(tx, sql`${kpiSelect(administrationId)} ${strategyId ? sql`and s.id = ${strategyId}` : sql``} ${order}`),

    /** Values of the KPIs given, ordered by KPI and period. */
    values: (tx: Tx, administrationId: string, kpiIds: string[]) =>
      kpiIds.length
        ? rows<ValueRow>(
            tx,
            sql`select id, kpi_id as "kpiId", period, value::float8 as value, source, note from kpi_values
                where administration_id = ${administrationId} and kpi_id = any(${sql.param(kpiIds)}::uuid[])
                order by kpi_id, period`,
          )
        : Promise.resolve([]),

    /** Inserts or replaces by (KPI, period) in one statement. */
    upsert: async (tx: Tx, administrationId: string, values: ValueWrite[]) => {
      if (!values.length) return;
      await tx.execute(
        sql`insert into kpi_values (administration_id, kpi_id, period, value, source, note)
            select ${administrationId}, v.kpi_id, v.period, v.value, v.source, v.note
            from unnest(${sql.param(values.map((v) => v.kpiId))}::uuid[], ${sql.param(values.map((v) => v.period))}::text[],
                        ${sql.param(values.map((v) => v.value))}::numeric[], ${sql.param(values.map((v) => v.source))}::text[],
                        ${sql.param(values.map((v) => v.note))}::text[]) as v(kpi_id, period, value, source, note)
            on conflict (administration_id, kpi_id, period)
            do update set value = excluded.value, source = excluded.source, note = excluded.note`,
      );
    },

    deleteValue: async (tx: Tx, administrationId: string, id: string) =>
      (await rows<{ id: string }>(tx, sql`delete from kpi_values where administration_id = ${administrationId} and id = ${id} returning id`)).length > 0,

    /** Completed sessions (by the quarter of their last day) and their completing participants, per functional area. */
    training: (tx: Tx, administrationId: string, fromYear: number, toYear: number) =>
      rows<TrainingRow>(
        tx,
        sql`select c.functional_area as area, extract(year from s.end_day)::int as year, extract(quarter from s.end_day)::int as quarter,
                   count(*)::int as sessions,
                   coalesce(sum((select count(*) from session_results r
                                  where r.administration_id = s.administration_id and r.session_id = s.id and r.completed)), 0)::int as participants
            from course_sessions s
            join courses c on c.administration_id = s.administration_id and c.id = s.course_id
            where s.administration_id = ${administrationId} and s.status = 'completed'
              and s.end_day between make_date(${fromYear}::int, 1, 1) and make_date(${toYear}::int, 12, 31)
            group by 1, 2, 3`,
      ),
  };
}
export type KpiValuesRepository = ReturnType<typeof makeKpiValuesRepository>;
