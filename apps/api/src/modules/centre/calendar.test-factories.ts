import type { Database } from '../../platform/db.js';
import { createOfficer, createUser } from '../../../test/harness.js';
import { type NotificationInput, notificationOutbox } from '../notifications/notifications.outbox.js';

/** An officer with a signed-in-able account linked to the record (roles: officer unless given). */
export async function createOfficerAccount(
  database: Database,
  adm: { id: string; rootUnitId: string },
  opts: { roles?: ('officer' | 'trainer')[]; officerEmail?: string | null; locale?: 'en' | 'pt'; familyName?: string } = {},
) {
  const officer = await createOfficer(database, adm.id, adm.rootUnitId, { familyName: opts.familyName });
  if (opts.officerEmail !== undefined) await database.raw.query(`update officers set email = $2 where id = $1`, [officer.id, opts.officerEmail]);
  const user = await createUser(database, { administrationId: adm.id, roles: (opts.roles ?? ['officer']).map((role) => ({ role })), officerId: officer.id });
  if (opts.locale) await database.raw.query(`update users set locale = $2 where id = $1`, [user.id, opts.locale]);
  return { officer, user };
}

/** Writes notifications the way the other areas do: through the outbox, in a transaction of the administration. */
export async function enqueue(database: Database, administrationId: string, ...items: NotificationInput[]) {
  await database.transaction({ administrationId }, async (tx) => {
    for (const n of items) await notificationOutbox.enqueue(tx, administrationId, n);
  });
}

export async function notificationsOf(database: Database, administrationId: string) {
  return database.raw.query<{ id: string; kind: string; officer_id: string | null; email_status: string; email_to: string | null; attempts: number; dedupe_key: string | null }>(
    `select id, kind, officer_id, email_status, email_to, attempts, dedupe_key from notifications where administration_id = $1 order by created_at, id`,
    [administrationId],
  );
}
