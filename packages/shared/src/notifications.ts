import { z } from 'zod';
import { ZCalendarScope, ZNotificationKind } from './centre.js';
import { ZId, pageOf } from './common.js';

// Contracts of the calendar feeds and of the notifications (in-app list, e-mail outbox).

/** What became of a notification's e-mail. */
export const NOTIFICATION_EMAIL_STATUSES = ['pending', 'sent', 'failed', 'not_configured', 'no_address'] as const;
export const ZNotificationEmailStatus = z.enum(NOTIFICATION_EMAIL_STATUSES);
export type TNotificationEmailStatus = z.infer<typeof ZNotificationEmailStatus>;

/** A secret calendar URL for one scope: the actor's own sessions as officer or trainer, a room, the whole centre. */
export const ZCalendarFeedInput = z.object({
  scope: ZCalendarScope,
  /** The room for a room feed; for officer and trainer feeds it may name the actor's own record (anything else: 404). */
  subjectId: ZId.optional(),
});
export type TCalendarFeedInput = z.infer<typeof ZCalendarFeedInput>;

export const ZCalendarFeed = z.object({
  id: ZId,
  scope: ZCalendarScope,
  subjectId: ZId.nullable(),
  /** The room's or the person's name, for the list. */
  subjectName: z.string().nullable(),
  createdAt: z.string(),
  revokedAt: z.string().nullable(),
});
export type TCalendarFeed = z.infer<typeof ZCalendarFeed>;

/** Answered once, at creation: the only time the secret URL is shown. */
export const ZCalendarFeedCreated = ZCalendarFeed.extend({ url: z.string() });
export type TCalendarFeedCreated = z.infer<typeof ZCalendarFeedCreated>;

export const ZCalendarFeedQuery = z.object({ scope: ZCalendarScope.optional() });
export type TCalendarFeedQuery = z.infer<typeof ZCalendarFeedQuery>;

/** The public feed's address: its secret token (anything else is simply not found). */
export const ZCalendarTokenParams = z.object({ token: z.string().max(200) });

/** One notification as its recipient reads it, in the reader's language. */
export const ZNotification = z.object({
  id: ZId,
  kind: ZNotificationKind,
  sessionId: ZId.nullable(),
  title: z.string(),
  body: z.string(),
  /** Where the app shows the matter (a path inside the web app), when there is one. */
  link: z.string().nullable(),
  createdAt: z.string(),
  readAt: z.string().nullable(),
});
export type TNotification = z.infer<typeof ZNotification>;

export const ZNotificationQuery = z.object({
  page: z.coerce.number().int().min(1).max(100000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
  unread: z.enum(['true', 'false']).optional(),
});
export type TNotificationQuery = z.infer<typeof ZNotificationQuery>;

export const ZNotificationPage = pageOf(ZNotification);
export type TNotificationPage = z.infer<typeof ZNotificationPage>;

export const ZNotificationUnread = z.object({ count: z.number().int().nonnegative() });
export type TNotificationUnread = z.infer<typeof ZNotificationUnread>;

export const ZNotificationReadAll = z.object({ marked: z.number().int().nonnegative() });

/** One row of the outbox, for the training manager: who it went to and what the e-mail did. */
export const ZOutboxItem = z.object({
  id: ZId,
  kind: ZNotificationKind,
  recipientName: z.string(),
  sessionId: ZId.nullable(),
  sessionCode: z.string().nullable(),
  reason: z.string().nullable(),
  emailStatus: ZNotificationEmailStatus,
  emailTo: z.string().nullable(),
  emailError: z.string().nullable(),
  attempts: z.number().int().nonnegative(),
  sentAt: z.string().nullable(),
  readAt: z.string().nullable(),
  createdAt: z.string(),
});
export type TOutboxItem = z.infer<typeof ZOutboxItem>;

export const ZOutboxQuery = z.object({
  page: z.coerce.number().int().min(1).max(100000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
  status: ZNotificationEmailStatus.optional(),
  kind: ZNotificationKind.optional(),
});
export type TOutboxQuery = z.infer<typeof ZOutboxQuery>;

export const ZOutboxPage = pageOf(ZOutboxItem);
export type TOutboxPage = z.infer<typeof ZOutboxPage>;
