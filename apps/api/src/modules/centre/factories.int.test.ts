import { afterAll, beforeAll, expect, it } from 'vitest';
import { createOfficer, createTestApp, managerOf, type TestContext } from '../../../test/harness.js';
import { createCourse, createRoom, createSession, createTrainer, enrolDirectly } from './centre.test-factories.js';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestApp();
});
afterAll(() => ctx.close());

it('builds a session with a room, a trainer and seats taken', async () => {
  const { adm } = await managerOf(ctx);
  const course = await createCourse(ctx.database, adm.id);
  const { roomId } = await createRoom(ctx.database, adm.id);
  const officer = await createOfficer(ctx.database, adm.id, adm.rootUnitId);
  const trainer = await createTrainer(ctx.database, adm.id, { officerId: officer.id, courses: [course.id] });
  const s = await createSession(ctx.database, adm.id, { courseId: course.id, startDay: '2027-03-01', roomId, leadTrainerId: trainer.id, capacity: 2 });
  const a = await createOfficer(ctx.database, adm.id, adm.rootUnitId);
  const b = await createOfficer(ctx.database, adm.id, adm.rootUnitId);
  await enrolDirectly(ctx.database, adm.id, s.id, [a.id, b.id]);
  const c = await createOfficer(ctx.database, adm.id, adm.rootUnitId);
  // The database refuses a third seat in a two-seat session whatever the caller does.
  await expect(enrolDirectly(ctx.database, adm.id, s.id, [c.id])).rejects.toThrow();
  expect(s.days).toEqual(['2027-03-01', '2027-03-02', '2027-03-03']);
});
