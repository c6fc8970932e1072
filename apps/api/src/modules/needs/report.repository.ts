import { sql } from 'drizzle-orm';
import { rows, type Tx } from '../../platform/db.js';

/** Reads the documents need besides results: the administration's name, the reader's language, units and positions. */
export function makeReportRepository() {
  return {
    administrationName: async (tx: Tx, administrationId: string) =>
      (await rows<{ name: string }>(tx, sql`select name from administrations where id = ${administrationId}`))[0]?.name ?? '',

    userLocale: async (tx: Tx, userId: string) =>
      (await rows<{ locale: string }>(tx, sql`select locale from users where id = ${userId}`))[0]?.locale === 'pt' ? ('pt' as const) : ('en' as const),

    /** Every org unit of the administration with its parent: documents group units under their department. */
    units: (tx: Tx, administrationId: string) =>
      rows<{ id: string; parentId: string | null; name: string }>(
        tx,
        sql`select id, parent_id as "parentId", name from org_units where administration_id = ${administrationId} order by name, id`,
      ),

    positionTitles: (tx: Tx, administrationId: string, ids: string[]) =>
      rows<{ id: string; title: string }>(
        tx,
        sql`select id, title from positions where administration_id = ${administrationId} and id = any(${sql.param(ids)}::uuid[]) order by title`,
      ),
  };
}
export type ReportRepository = ReturnType<typeof makeReportRepository>;
