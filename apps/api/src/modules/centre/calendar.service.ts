import { createHash, randomBytes } from 'node:crypto';
import type { TCalendarFeed, TCalendarFeedCreated, TCalendarFeedInput, TCalendarFeedQuery } from '@formasaun/shared';
import { type Actor, requirePermission, tenantOf } from '../../platform/actor.js';
import type { Tx } from '../../platform/db.js';
import { invalid, notFound } from '../../platform/errors.js';
import { localeOf, sessionEvents } from './calendar-events.js';
import { type CalendarFilter, calendarRepository as repo, type FeedRow } from './calendar.repository.js';
import { renderCalendar } from './ics.js';
import type { CentreDeps } from './index.js';

/** How far back a feed reaches: the last few months, so a calendar keeps recent history without growing forever. */
export const FEED_DAYS_BACK = 92;

const TOKEN = /^[A-Za-z0-9_-]{43}$/;
export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

const iso = (v: Date | string | null) => (v === null ? null : new Date(v).toISOString());
const presentFeed = (f: FeedRow): TCalendarFeed => ({
  id: f.id,
  scope: f.scope as TCalendarFeed['scope'],
  subjectId: f.subjectId,
  subjectName: f.subjectName ?? null,
  createdAt: iso(f.createdAt)!,
  revokedAt: iso(f.revokedAt),
});

const filterOf = (f: Pick<FeedRow, 'scope' | 'subjectId'>): CalendarFilter => {
  switch (f.scope) {
    case 'officer':
      return { scope: 'officer', officerId: f.subjectId! };
    case 'trainer':
      return { scope: 'trainer', trainerId: f.subjectId! };
    case 'room':
      return { scope: 'room', roomId: f.subjectId! };
    default:
      return { scope: 'centre' };
  }
};

/** Secret, revocable calendar URLs (iCalendar feeds) for one's own sessions, a room or the whole centre. */
export function makeCalendarService(deps: CentreDeps) {
  const { database, clock, env } = deps;

  /** The subject of a new feed, checked against the actor's permissions and records (anything not theirs: 404). */
  async function subjectOf(tx: Tx, actor: Actor, input: TCalendarFeedInput): Promise<string | null> {
    switch (input.scope) {
      case 'officer': {
        requirePermission(actor, 'LearningSelf');
        if (!actor.officerId || (input.subjectId && input.subjectId !== actor.officerId)) throw notFound('officer');
        return actor.officerId;
      }
      case 'trainer': {
        requirePermission(actor, 'CentreRead');
        const trainerId = actor.officerId ? await repo.trainerOfOfficer(tx, actor.administrationId, actor.officerId) : null;
        if (!trainerId || (input.subjectId && input.subjectId !== trainerId)) throw notFound('trainer');
        return trainerId;
      }
      case 'room': {
        requirePermission(actor, 'CentreRead');
        if (!input.subjectId) throw invalid('a room feed names its room', [{ path: 'body.subjectId', message: 'required for a room' }]);
        if (!(await repo.roomExists(tx, actor.administrationId, input.subjectId))) throw notFound('room');
        return input.subjectId;
      }
      case 'centre':
        requirePermission(actor, 'CentreRead');
        return null;
    }
  }

  return {
    /** Creates a feed for the acting user; the URL (with its token) is answered here only. */
    async createFeed(actor: Actor, input: TCalendarFeedInput): Promise<TCalendarFeedCreated> {
      return database.transaction(tenantOf(actor), async (tx) => {
        const subjectId = await subjectOf(tx, actor, input);
        const token = randomBytes(32).toString('base64url');
        const id = await repo.insertFeed(tx, { administrationId: actor.administrationId, userId: actor.userId, scope: input.scope, subjectId, tokenHash: hashToken(token) });
        const [feed] = await repo.findFeeds(tx, actor.administrationId, actor.userId, undefined, id);
        return { ...presentFeed(feed!), url: `${env.publicUrl}/api/v1/calendar/${token}.ics` };
      });
    },

    /** The acting user's feeds (live first), without their tokens. */
    async findFeeds(actor: Actor, query: TCalendarFeedQuery): Promise<TCalendarFeed[]> {
      return database.transaction(tenantOf(actor), async (tx) => (await repo.findFeeds(tx, actor.administrationId, actor.userId, query.scope)).map(presentFeed));
    },

    /** Revokes one of the acting user's feeds: its URL answers 404 from now on. */
    async revokeFeed(actor: Actor, id: string): Promise<void> {
      await database.transaction(tenantOf(actor), async (tx) => {
        const [feed] = await repo.findFeeds(tx, actor.administrationId, actor.userId, undefined, id);
        if (!feed) throw notFound('calendar feed');
        await repo.revokeFeed(tx, actor.administrationId, actor.userId, id, clock.now());
      });
    },

    /** The public feed behind a token: an .ics text, or 404 for an unknown or revoked token or an inactive account. */
    async feed(token: string): Promise<string> {
      if (!TOKEN.test(token)) throw notFound('calendar feed');
      const feed = await database.transaction('all', (tx) => repo.feedByHash(tx, hashToken(token)));
      if (!feed) throw notFound('calendar feed');
      return database.transaction({ administrationId: feed.administrationId }, async (tx) => {
        const adm = await repo.administration(tx, feed.administrationId);
        const locale = localeOf(await repo.userLocale(tx, feed.userId));
        const from = new Date(clock.now().getTime() - FEED_DAYS_BACK * 86_400_000).toISOString().slice(0, 10);
        const sessions = await repo.sessions(tx, feed.administrationId, filterOf(feed), from);
        const days = await repo.days(tx, feed.administrationId, sessions.map((s) => s.id));
        const name = [adm?.name, feed.subjectName].filter(Boolean).join(' — ');
        return renderCalendar({
          method: 'PUBLISH',
          timeZone: adm?.timezone ?? 'UTC',
          now: clock.now(),
          name,
          events: sessions.flatMap((s) => sessionEvents(s, days, { locale, publicUrl: env.publicUrl })),
        });
      });
    },
  };
}
