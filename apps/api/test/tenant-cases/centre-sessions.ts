import { expect } from 'vitest';
import { createCourse, createRoom, createSession, createTrainer } from '../../src/modules/centre/centre.test-factories.js';
import { createPlan } from '../../src/modules/centre/session.test-factories.js';
import type { TenantCaseBuilder } from './types.js';

/** The sessions area: sessions, their status and costs, bulk creation from a plan, the scheduling assistant. */
export const centreSessionCases: TenantCaseBuilder = async (ctx, mine, theirs) => {
  const db = ctx.database;
  const course = await createCourse(db, theirs.adm.id);
  const { roomId } = await createRoom(db, theirs.adm.id);
  const trainer = await createTrainer(db, theirs.adm.id, { courses: [course.id] });
  const session = (await createSession(db, theirs.adm.id, { courseId: course.id, startDay: '2027-03-01', roomId, leadTrainerId: trainer.id })).id;
  const draft = (await createSession(db, theirs.adm.id, { courseId: course.id, startDay: '2027-03-08', status: 'draft' })).id;
  const plan = await createPlan(db, theirs.adm.id, [{ courseId: course.id, period: '2027Q1', count: 1, participants: { g: 10 } }]);
  const source = (await theirs.session.request('POST', '/api/v1/funding-sources', { name: 'Their session donor', kind: 'donor' })).json().id as string;
  const cost = (await theirs.session.request('POST', `/api/v1/sessions/${session}/costs`, { category: 'venue', sourceId: source, amount: 100 })).json().id as string;

  const myCourse = await createCourse(db, mine.adm.id);
  const myRoom = await createRoom(db, mine.adm.id);
  const mySession = (await createSession(db, mine.adm.id, { courseId: myCourse.id, startDay: '2027-03-15', status: 'draft' })).id;
  const day = [{ day: '2027-03-15', startsAt: '08:30', endsAt: '16:30' }];

  return {
    routes: {
      '/api/v1/sessions/{id}': [
        { method: 'GET', id: session },
        { method: 'PATCH', id: session, body: { notes: 'Taken over' } },
      ],
      '/api/v1/sessions/{id}/status': [{ method: 'POST', id: session, body: { status: 'cancelled', reason: 'Taken over' } }],
      '/api/v1/sessions/{id}/costs': [
        { method: 'GET', id: session },
        { method: 'POST', id: session, body: { category: 'venue', amount: 1 } },
      ],
      '/api/v1/session-costs/{id}': [
        { method: 'PATCH', id: cost, body: { amount: 1 } },
        { method: 'DELETE', id: cost },
      ],
    },
    bodies: [
      { method: 'POST', url: '/api/v1/sessions', body: { courseId: course.id } },
      { method: 'POST', url: '/api/v1/sessions', body: { courseId: myCourse.id, roomId } },
      { method: 'POST', url: '/api/v1/sessions', body: { courseId: myCourse.id, trainers: [{ trainerId: trainer.id, role: 'lead' }] } },
      { method: 'PATCH', url: `/api/v1/sessions/${mySession}`, body: { roomId } },
      { method: 'POST', url: `/api/v1/sessions/${mySession}/costs`, body: { category: 'venue', sourceId: source, amount: 1 } },
      { method: 'POST', url: '/api/v1/sessions/from-plan', body: { planId: plan, period: '2027Q1' } },
      { method: 'POST', url: '/api/v1/schedule/apply', body: { proposals: [{ sessionId: draft, days: day, roomId: myRoom.roomId, trainers: [{ trainerId: trainer.id, role: 'lead' }] }] } },
      { method: 'POST', url: '/api/v1/schedule/apply', body: { proposals: [{ sessionId: mySession, days: day, roomId, trainers: [{ trainerId: trainer.id, role: 'lead' }] }] } },
    ],
    lists: [
      { url: '/api/v1/sessions', foreignIds: [session, draft] },
      { url: `/api/v1/sessions?roomId=${roomId}`, foreignIds: [session] },
      { url: `/api/v1/sessions?planId=${plan}`, foreignIds: [session, draft] },
    ],
    unchanged: async (s) => {
      expect((await s.request('GET', `/api/v1/sessions/${session}`)).json()).toMatchObject({ status: 'scheduled', notes: null });
      expect((await s.request('GET', `/api/v1/sessions/${session}/costs`)).json().items).toMatchObject([{ id: cost, amount: 100 }]);
      expect((await s.request('GET', `/api/v1/sessions?planId=${plan}`)).json().items).toHaveLength(0);
    },
  };
};
