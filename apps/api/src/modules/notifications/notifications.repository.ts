import { sql, type SQL } from 'drizzle-orm';
import { rows, type Tx } from '../../platform/db.js';

/** Tries before an e-mail stays failed for good. */
export const MAX_ATTEMPTS = 5;

/** A notification with what delivering it needs: the recipient's address, name and language. */
export interface DeliveryRow {
  id: string;
  kind: string;
  officerId: string | null;
  userId: string | null;
  sessionId: string | null;
  reason: string | null;
  emailStatus: string;
  attempts: number;
  email: string | null;
  locale: string;
  name: string;
}

export interface InboxRow {
  id: string;
  kind: string;
  userId: string | null;
  sessionId: string | null;
  reason: string | null;
  createdAt: Date | string;
  readAt: Date | string | null;
}

export interface OutboxRow {
  id: string;
  kind: string;
  recipientName: string;
  sessionId: string | null;
  sessionCode: string | null;
  reason: string | null;
  emailStatus: string;
  emailTo: string | null;
  emailError: string | null;
  attempts: number;
  sentAt: Date | string | null;
  readAt: Date | string | null;
  createdAt: Date | string;
}

/** Whose notifications: addressed to the account, or to the officer the account is linked to. */
const mineSql = (administrationId: string, userId: string, officerId: string | null) =>
  // A notification naming an account is that account's (a request names the asking officer too, for the message).
  sql`n.administration_id = ${administrationId} and (n.user_id = ${userId} ${officerId ? sql`or (n.user_id is null and n.officer_id = ${officerId})` : sql``})`;

const count = async (tx: Tx, query: SQL) => Number((await rows<{ n: number | string }>(tx, query))[0]?.n ?? 0);

/** The notification outbox: delivery state and each person's in-app list. */
export const notificationsRepository = {
  /** Notifications due for an e-mail attempt, across administrations (read in the 'all' scope): new ones and failed ones after their pause. */
  due: (tx: Tx, now: Date, limit: number) =>
    rows<{ id: string; administrationId: string }>(
      tx,
      sql`select id, administration_id as "administrationId" from notifications
          where email_status = 'pending'
             or (email_status = 'failed' and attempts < ${MAX_ATTEMPTS}
                 and last_attempt_at <= ${now.toISOString()}::timestamptz - (30 * power(2, attempts))::int * interval '1 second')
          order by created_at, id limit ${limit}`,
    ),

  /** One notification with its recipient: an officer's own e-mail, else the linked account's; the account's language, else the administration's. */
  delivery: async (tx: Tx, administrationId: string, id: string) =>
    (
      await rows<DeliveryRow>(
        tx,
        sql`select n.id, n.kind, n.officer_id as "officerId", n.user_id as "userId", n.session_id as "sessionId", n.reason,
                   n.email_status as "emailStatus", n.attempts,
                   case when n.user_id is not null then (case when u.is_active then u.email end)
                        else coalesce(nullif(trim(o.email), ''), ou.email) end as email,
                   coalesce(case when n.user_id is not null then u.locale else ou.locale end, a.default_locale) as locale,
                   coalesce(case when n.user_id is not null then u.display_name end, o.given_names || ' ' || o.family_name, u.display_name, '') as name
            from notifications n
            join administrations a on a.id = n.administration_id
            left join users u on u.id = n.user_id
            left join officers o on o.administration_id = n.administration_id and o.id = n.officer_id
            left join users ou on ou.administration_id = n.administration_id and ou.officer_id = n.officer_id and ou.is_active
            where n.administration_id = ${administrationId} and n.id = ${id}`,
      )
    )[0],

  markDelivery: (
    tx: Tx,
    administrationId: string,
    id: string,
    r: { status: 'sent' | 'failed' | 'not_configured' | 'no_address'; emailTo: string | null; error: string | null; attempted: boolean; at: Date },
  ) =>
    tx.execute(sql`
      update notifications set email_status = ${r.status}, email_to = ${r.emailTo}, email_error = ${r.error},
             attempts = attempts + ${r.attempted ? 1 : 0},
             last_attempt_at = ${r.attempted ? r.at.toISOString() : null}::timestamptz,
             sent_at = ${r.status === 'sent' ? r.at.toISOString() : null}::timestamptz
      where administration_id = ${administrationId} and id = ${id}`),

  userLocale: async (tx: Tx, userId: string) => (await rows<{ locale: string }>(tx, sql`select locale from users where id = ${userId}`))[0]?.locale ?? 'en',

  mine: (tx: Tx, administrationId: string, userId: string, officerId: string | null, page: { limit: number; offset: number; unreadOnly: boolean }) =>
    rows<InboxRow>(
      tx,
      sql`select n.id, n.kind, n.user_id as "userId", n.session_id as "sessionId", n.reason, n.created_at as "createdAt", n.read_at as "readAt"
          from notifications n where ${mineSql(administrationId, userId, officerId)} ${page.unreadOnly ? sql`and n.read_at is null` : sql``}
          order by n.created_at desc, n.id desc limit ${page.limit} offset ${page.offset}`,
    ),

  countMine: (tx: Tx, administrationId: string, userId: string, officerId: string | null, unreadOnly: boolean) =>
    count(tx, sql`select count(*) as n from notifications n where ${mineSql(administrationId, userId, officerId)} ${unreadOnly ? sql`and n.read_at is null` : sql``}`),

  /** Marks one of the person's notifications read; answers whether it is theirs. */
  markRead: async (tx: Tx, administrationId: string, userId: string, officerId: string | null, id: string, at: Date) =>
    (
      await rows<{ id: string }>(
        tx,
        sql`update notifications n set read_at = coalesce(n.read_at, ${at.toISOString()}::timestamptz)
            where ${mineSql(administrationId, userId, officerId)} and n.id = ${id} returning n.id`,
      )
    ).length > 0,

  readAll: async (tx: Tx, administrationId: string, userId: string, officerId: string | null, at: Date) =>
    (
      await rows<{ id: string }>(
        tx,
        sql`update notifications n set read_at = ${at.toISOString()}::timestamptz
            where ${mineSql(administrationId, userId, officerId)} and n.read_at is null returning n.id`,
      )
    ).length,

  outbox: (tx: Tx, administrationId: string, f: { status?: string; kind?: string; limit: number; offset: number }) =>
    rows<OutboxRow>(
      tx,
      sql`select n.id, n.kind, coalesce(o.given_names || ' ' || o.family_name, u.display_name, '') as "recipientName",
                 n.session_id as "sessionId", s.code as "sessionCode", n.reason, n.email_status as "emailStatus", n.email_to as "emailTo",
                 n.email_error as "emailError", n.attempts, n.sent_at as "sentAt", n.read_at as "readAt", n.created_at as "createdAt"
          from notifications n
          left join officers o on o.administration_id = n.administration_id and o.id = n.officer_id
          left join users u on u.id = n.user_id
          left join course_sessions s on s.administration_id = n.administration_id and s.id = n.session_id
          where n.administration_id = ${administrationId}
            ${f.status ? sql`and n.email_status = ${f.status}` : sql``} ${f.kind ? sql`and n.kind = ${f.kind}` : sql``}
          order by n.created_at desc, n.id desc limit ${f.limit} offset ${f.offset}`,
    ),

  countOutbox: (tx: Tx, administrationId: string, f: { status?: string; kind?: string }) =>
    count(
      tx,
      sql`select count(*) as n from notifications n where n.administration_id = ${administrationId}
          ${f.status ? sql`and n.email_status = ${f.status}` : sql``} ${f.kind ? sql`and n.kind = ${f.kind}` : sql``}`,
    ),
};
