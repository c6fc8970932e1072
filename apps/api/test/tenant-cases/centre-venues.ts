import { expect } from 'vitest';
import { createCourse, createSession } from '../../src/modules/centre/centre.test-factories.js';
import { createOfficer } from '../harness.js';
import type { TenantCaseBuilder } from './types.js';

/** Venues, rooms, closures, public holidays and the trainer pool (qualifications, evidence, leave). */
export const centreVenueCases: TenantCaseBuilder = async (ctx, mine, theirs) => {
  const t = theirs.session;
  const venue = (await t.request('POST', '/api/v1/venues', { name: 'Their venue', locationId: theirs.adm.locationId })).json().id as string;
  const room = (await t.request('POST', `/api/v1/venues/${venue}/rooms`, { name: 'Their room', capacity: 12 })).json().id as string;
  const closure = (await t.request('POST', `/api/v1/rooms/${room}/closures`, { fromDay: '2027-01-04', toDay: '2027-01-08' })).json().id as string;
  await t.request('POST', '/api/v1/public-holidays', { holidays: [{ day: '2027-03-03', name: 'Their holiday' }] });
  const theirOfficer = await createOfficer(ctx.database, theirs.adm.id, theirs.adm.rootUnitId);
  const trainer = (await t.request('POST', '/api/v1/trainers', { kind: 'internal', officerId: theirOfficer.id })).json().id as string;
  const theirCourse = await createCourse(ctx.database, theirs.adm.id);
  const qualification = (await t.request('POST', `/api/v1/trainers/${trainer}/qualifications`, { courseId: theirCourse.id })).json().id as string;
  const leave = (await t.request('POST', `/api/v1/trainers/${trainer}/leave`, { fromDay: '2027-02-01', toDay: '2027-02-05' })).json().id as string;
  const theirSession = await createSession(ctx.database, theirs.adm.id, { courseId: theirCourse.id, startDay: '2027-01-11' });

  const m = mine.session;
  const myVenue = (await m.request('POST', '/api/v1/venues', { name: 'My venue' })).json().id as string;
  const myTrainer = (await m.request('POST', '/api/v1/trainers', { kind: 'external', name: 'My expert' })).json().id as string;
  const myQualification = (await m.request('POST', `/api/v1/trainers/${myTrainer}/qualifications`, { courseId: (await createCourse(ctx.database, mine.adm.id)).id })).json()
    .id as string;

  const leaveBody = { fromDay: '2027-05-03', toDay: '2027-05-04' };
  return {
    routes: {
      '/api/v1/venues/{id}': [
        { method: 'GET', id: venue },
        { method: 'PATCH', id: venue, body: { name: 'Taken over' } },
        { method: 'DELETE', id: venue },
      ],
      '/api/v1/venues/{id}/rooms': [{ method: 'POST', id: venue, body: { name: 'Squatter', capacity: 5 } }],
      '/api/v1/rooms/{id}': [
        { method: 'PATCH', id: room, body: { capacity: 99 } },
        { method: 'DELETE', id: room },
      ],
      '/api/v1/rooms/{id}/closures': [{ method: 'POST', id: room, body: { fromDay: '2027-06-01', toDay: '2027-06-02' } }],
      '/api/v1/room-closures/{id}': [{ method: 'DELETE', id: closure }],
      '/api/v1/trainers/{id}': [
        { method: 'GET', id: trainer },
        { method: 'PATCH', id: trainer, body: { daysPerQuarter: 1 } },
        { method: 'DELETE', id: trainer },
      ],
      '/api/v1/trainers/{id}/qualifications': [{ method: 'POST', id: trainer, body: { competencyCode: 'valuation-basics' } }],
      '/api/v1/trainer-qualifications/{id}': [
        { method: 'PATCH', id: qualification, body: { status: 'master' } },
        { method: 'DELETE', id: qualification },
      ],
      '/api/v1/trainer-qualifications/{id}/events': [{ method: 'POST', id: qualification, body: { kind: 'observation', observationResult: 'below' } }],
      '/api/v1/trainers/{id}/leave': [{ method: 'POST', id: trainer, body: leaveBody }],
      '/api/v1/trainer-leave/{id}': [
        { method: 'PATCH', id: leave, body: leaveBody },
        { method: 'DELETE', id: leave },
      ],
    },
    bodies: [
      { method: 'POST', url: '/api/v1/venues', body: { name: 'Elsewhere', locationId: theirs.adm.locationId } },
      { method: 'PATCH', url: `/api/v1/venues/${myVenue}`, body: { locationId: theirs.adm.locationId } },
      { method: 'POST', url: '/api/v1/trainers', body: { kind: 'internal', officerId: theirOfficer.id } },
      { method: 'POST', url: `/api/v1/trainers/${myTrainer}/qualifications`, body: { courseId: theirCourse.id } },
      { method: 'POST', url: `/api/v1/trainer-qualifications/${myQualification}/events`, body: { kind: 'co_delivered', sessionId: theirSession.id } },
      { method: 'DELETE', url: '/api/v1/public-holidays?day=2027-03-03', body: undefined },
    ],
    lists: [
      { url: '/api/v1/venues', foreignIds: [venue, room, closure] },
      { url: '/api/v1/public-holidays?year=2027', foreignIds: ['Their holiday'] },
      { url: '/api/v1/trainers', foreignIds: [trainer, theirOfficer.id] },
      { url: '/api/v1/trainers/me', foreignIds: [trainer] },
    ],
    unchanged: async (s) => {
      expect((await s.request('GET', `/api/v1/venues/${venue}`)).json()).toMatchObject({ name: 'Their venue', rooms: [{ id: room, capacity: 12, closures: [{ id: closure }] }] });
      expect((await s.request('GET', '/api/v1/public-holidays?year=2027')).json().items).toEqual([{ day: '2027-03-03', name: 'Their holiday' }]);
      const detail = (await s.request('GET', `/api/v1/trainers/${trainer}`)).json();
      expect(detail).toMatchObject({ daysPerQuarter: 10, qualifications: [{ id: qualification, status: 'trained' }], leave: [{ id: leave, fromDay: '2027-02-01' }] });
    },
  };
};
