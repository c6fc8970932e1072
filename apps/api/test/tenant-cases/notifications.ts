import { expect } from 'vitest';
import { createRoom } from '../../src/modules/centre/centre.test-factories.js';
import { enqueue } from '../../src/modules/centre/calendar.test-factories.js';
import { createOfficer } from '../harness.js';
import type { TenantCaseBuilder } from './types.js';

/** Calendar feeds and notifications: another administration's feed, room and notification are never reachable. */
export const notificationCases: TenantCaseBuilder = async (ctx, mine, theirs) => {
  const feed = (await theirs.session.request('POST', '/api/v1/calendar-feeds', { scope: 'centre' })).json().id as string;
  const room = await createRoom(ctx.database, theirs.adm.id);
  const officer = await createOfficer(ctx.database, theirs.adm.id, theirs.adm.rootUnitId);
  await enqueue(ctx.database, theirs.adm.id, { kind: 'approval', officerId: officer.id }, { kind: 'nomination', userId: theirs.user.id });
  const [notification] = await ctx.database.raw.query<{ id: string }>(`select id from notifications where administration_id = $1 and user_id is not null`, [theirs.adm.id]);
  await mine.session.request('POST', '/api/v1/calendar-feeds', { scope: 'centre' });
  return {
    routes: {
      '/api/v1/calendar-feeds/{id}': [{ method: 'DELETE', id: feed }],
      '/api/v1/notifications/{id}/read': [{ method: 'POST', id: notification!.id }],
      // The public feed is addressed by a secret token, not an id: a token that is not one answers 404.
      '/api/v1/calendar/{token}.ics': [{ method: 'GET', id: 'unused' }],
    },
    bodies: [{ method: 'POST', url: '/api/v1/calendar-feeds', body: { scope: 'room', subjectId: room.roomId } }],
    lists: [
      { url: '/api/v1/calendar-feeds', foreignIds: [feed, room.roomId] },
      { url: '/api/v1/notifications', foreignIds: [notification!.id, officer.id] },
      { url: '/api/v1/notifications/outbox', foreignIds: [notification!.id, officer.id] },
    ],
    unchanged: async (s) => {
      expect((await s.request('GET', '/api/v1/calendar-feeds')).json().items).toMatchObject([{ id: feed, revokedAt: null }]);
      expect((await s.request('GET', '/api/v1/notifications/unread-count')).json()).toEqual({ count: 1 });
    },
  };
};
