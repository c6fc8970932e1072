import type { TNotificationKind } from '@formasaun/shared';
import { sql } from 'drizzle-orm';
import type { Tx } from '../../platform/db.js';

/** A notification to one person: an officer (read through the officer's account) or an account. */
export interface NotificationInput {
  kind: TNotificationKind;
  officerId?: string | null;
  userId?: string | null;
  /** The session it is about; the message and the .ics attachment are built from it when delivered. */
  sessionId?: string | null;
  /** A decline's or a cancellation's reason, shown as given. */
  reason?: string | null;
  /** The same key twice is kept once (reminders: `reminder:<session>:<officer>`). */
  dedupeKey?: string | null;
}

/**
 * The transactional outbox: a notification is written in the same transaction as the change it tells about, so
 * it exists exactly when the change does. The notifications context renders and delivers it (in the app always,
 * by e-mail when SMTP is configured).
 */
export const notificationOutbox = {
  async enqueue(tx: Tx, administrationId: string, n: NotificationInput): Promise<void> {
    if (!n.officerId && !n.userId) throw new Error('a notification needs an officer or an account');
    await tx.execute(sql`
      insert into notifications (administration_id, kind, officer_id, user_id, session_id, reason, dedupe_key)
      values (${administrationId}, ${n.kind}, ${n.officerId ?? null}, ${n.userId ?? null}, ${n.sessionId ?? null}, ${n.reason ?? null}, ${n.dedupeKey ?? null})
      on conflict (administration_id, dedupe_key) where dedupe_key is not null do nothing`);
  },
};
export type NotificationOutbox = typeof notificationOutbox;
