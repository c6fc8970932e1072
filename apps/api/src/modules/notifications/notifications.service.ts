import type { TNotification, TNotificationKind, TNotificationPage, TNotificationQuery, TOutboxPage, TOutboxQuery } from '@formasaun/shared';
import { type Actor, requirePermission, tenantOf } from '../../platform/actor.js';
import type { Clock } from '../../platform/clock.js';
import type { Database } from '../../platform/db.js';
import { notFound } from '../../platform/errors.js';
import { calendarLookups } from '../centre/calendar.lookups.js';
import { type Audience, linkPath, type MessageLocale, renderMessage } from './notifications.render.js';
import { type InboxRow, notificationsRepository as repo, type OutboxRow } from './notifications.repository.js';

const iso = (v: Date | string | null) => (v === null ? null : new Date(v).toISOString());

const presentOutbox = (r: OutboxRow) => ({
  id: r.id,
  kind: r.kind as TNotificationKind,
  recipientName: r.recipientName,
  sessionId: r.sessionId,
  sessionCode: r.sessionCode,
  reason: r.reason,
  emailStatus: r.emailStatus as TOutboxPage['items'][number]['emailStatus'],
  emailTo: r.emailTo,
  emailError: r.emailError,
  attempts: r.attempts,
  sentAt: iso(r.sentAt),
  readAt: iso(r.readAt),
  createdAt: iso(r.createdAt)!,
});

/** Each person's notifications in the app (addressed to their account or to their officer record), and the outbox for the manager. */
export function makeInboxService(deps: { database: Database; clock: Clock }) {
  const { database, clock } = deps;

  return {
    /** The actor's notifications, newest first, rendered in the actor's language. */
    async findMine(actor: Actor, query: TNotificationQuery): Promise<TNotificationPage> {
      return database.transaction(tenantOf(actor), async (tx) => {
        const unreadOnly = query.unread === 'true';
        const offset = (query.page - 1) * query.pageSize;
        const found = await repo.mine(tx, actor.administrationId, actor.userId, actor.officerId, { limit: query.pageSize, offset, unreadOnly });
        const total = await repo.countMine(tx, actor.administrationId, actor.userId, actor.officerId, unreadOnly);
        const locale: MessageLocale = (await repo.userLocale(tx, actor.userId)) === 'pt' ? 'pt' : 'en';
        const facts = await calendarLookups.sessionFacts(tx, actor.administrationId, found.flatMap((n) => (n.sessionId ? [n.sessionId] : [])));
        const adm = await calendarLookups.administration(tx, actor.administrationId);
        const present = (n: InboxRow): TNotification => {
          const kind = n.kind as TNotificationKind;
          const audience: Audience = n.userId ? 'account' : 'officer';
          const path = linkPath(kind, audience, n.sessionId);
          const session = n.sessionId ? (facts.get(n.sessionId) ?? null) : null;
          const message = renderMessage({ kind, locale, audience, session, reason: n.reason, recipientName: '', administrationName: adm?.name ?? '', url: path });
          return { id: n.id, kind, sessionId: n.sessionId, title: message.title, body: message.body, link: path, createdAt: iso(n.createdAt)!, readAt: iso(n.readAt) };
        };
        return { items: found.map(present), total, page: query.page, pageSize: query.pageSize };
      });
    },

    async unreadCount(actor: Actor): Promise<{ count: number }> {
      return database.transaction(tenantOf(actor), async (tx) => ({ count: await repo.countMine(tx, actor.administrationId, actor.userId, actor.officerId, true) }));
    },

    /** Marks one of the actor's notifications read; someone else's answers 404. */
    async markRead(actor: Actor, id: string): Promise<void> {
      await database.transaction(tenantOf(actor), async (tx) => {
        if (!(await repo.markRead(tx, actor.administrationId, actor.userId, actor.officerId, id, clock.now()))) throw notFound('notification');
      });
    },

    async readAll(actor: Actor): Promise<{ marked: number }> {
      return database.transaction(tenantOf(actor), async (tx) => ({ marked: await repo.readAll(tx, actor.administrationId, actor.userId, actor.officerId, clock.now()) }));
    },

    /** Everyone's notifications with what their e-mail did (the training manager). */
    async findOutbox(actor: Actor, query: TOutboxQuery): Promise<TOutboxPage> {
      requirePermission(actor, 'CentreWrite');
      return database.transaction(tenantOf(actor), async (tx) => {
        const filter = { status: query.status, kind: query.kind };
        const found = await repo.outbox(tx, actor.administrationId, { ...filter, limit: query.pageSize, offset: (query.page - 1) * query.pageSize });
        return { items: found.map(presentOutbox), total: await repo.countOutbox(tx, actor.administrationId, filter), page: query.page, pageSize: query.pageSize };
      });
    },
  };
}
export type InboxService = ReturnType<typeof makeInboxService>;
