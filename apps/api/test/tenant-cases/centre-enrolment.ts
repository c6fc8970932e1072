import { expect } from 'vitest';
import { createCourse, createSession } from '../../src/modules/centre/centre.test-factories.js';
import { createOfficer } from '../harness.js';
import type { TenantCaseBuilder } from './types.js';

/** Enrolment: a session's enrolments, nominations, requests, decisions, withdrawal, the queues and the team view. */
export const centreEnrolmentCases: TenantCaseBuilder = async (ctx, mine, theirs) => {
  const { database } = ctx;
  const course = await createCourse(database, theirs.adm.id);
  const session = await createSession(database, theirs.adm.id, { courseId: course.id, startDay: '2027-09-06', capacity: 5, openForRequests: true });
  const seatedOfficer = await createOfficer(database, theirs.adm.id, theirs.adm.rootUnitId, { familyName: 'Seated' });
  const nominatedOfficer = await createOfficer(database, theirs.adm.id, theirs.adm.rootUnitId, { familyName: 'Nominated', positionId: theirs.adm.positionId });
  const seated = (await theirs.session.request('POST', `/api/v1/sessions/${session.id}/enrolments`, { officerIds: [seatedOfficer.id] })).json().items[0]
    .enrolmentId as string;
  const nominated = (await theirs.session.request('POST', `/api/v1/sessions/${session.id}/nominations`, { officerIds: [nominatedOfficer.id] })).json().items[0]
    .enrolmentId as string;

  const myCourse = await createCourse(database, mine.adm.id);
  const mySession = await createSession(database, mine.adm.id, { courseId: myCourse.id, startDay: '2027-09-06', openForRequests: true });
  const myOfficer = await createOfficer(database, mine.adm.id, mine.adm.rootUnitId);
  const myNomination = (await mine.session.request('POST', `/api/v1/sessions/${mySession.id}/nominations`, { officerIds: [myOfficer.id] })).json().items[0]
    .enrolmentId as string;

  return {
    routes: {
      '/api/v1/sessions/{id}/enrolments': [
        { method: 'GET', id: session.id },
        { method: 'POST', id: session.id, body: { officerIds: [myOfficer.id] } },
      ],
      '/api/v1/sessions/{id}/nominations': [{ method: 'POST', id: session.id, body: { officerIds: [myOfficer.id] } }],
      '/api/v1/sessions/{id}/requests': [{ method: 'POST', id: session.id, body: {} }],
      '/api/v1/enrolments/{id}/decision': [
        { method: 'POST', id: nominated, body: { decision: 'approve' } },
        { method: 'POST', id: seated, body: { decision: 'decline', reason: 'Taken over' } },
      ],
      '/api/v1/enrolments/{id}/withdraw': [
        { method: 'POST', id: seated, body: {} },
        { method: 'POST', id: nominated, body: { reason: 'Taken over' } },
      ],
    },
    bodies: [
      { method: 'POST', url: `/api/v1/sessions/${mySession.id}/enrolments`, body: { officerIds: [seatedOfficer.id] } },
      { method: 'POST', url: `/api/v1/sessions/${mySession.id}/enrolments`, body: { officerIds: [myOfficer.id, nominatedOfficer.id] } },
      { method: 'POST', url: `/api/v1/sessions/${mySession.id}/nominations`, body: { officerIds: [nominatedOfficer.id] } },
      { method: 'POST', url: '/api/v1/enrolments/decisions', body: { ids: [nominated], decision: 'approve' } },
      { method: 'POST', url: '/api/v1/enrolments/decisions', body: { ids: [myNomination, nominated], decision: 'decline', reason: 'Taken over' } },
      { method: 'GET', url: `/api/v1/enrolments?status=nominated&sessionId=${session.id}`, body: undefined },
    ],
    lists: [
      { url: '/api/v1/enrolments?status=nominated', foreignIds: [nominated, session.id, nominatedOfficer.id] },
      { url: '/api/v1/enrolments?status=requested', foreignIds: [session.id] },
      { url: '/api/v1/me/enrolments', foreignIds: [session.id, seated, nominated] },
      { url: '/api/v1/team', foreignIds: [session.id, seatedOfficer.id, nominatedOfficer.id] },
    ],
    unchanged: async (s) => {
      const list = (await s.request('GET', `/api/v1/sessions/${session.id}/enrolments`)).json();
      expect(list.enrolledCount).toBe(1);
      expect(Object.fromEntries(list.items.map((e: { id: string; status: string }) => [e.id, e.status]))).toEqual({ [seated]: 'enrolled', [nominated]: 'nominated' });
    },
  };
};
