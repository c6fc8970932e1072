import { createOfficer, createUser, signIn, type TestContext } from '../../../test/harness.js';
import { createCourse, createSession, createTrainer, enrolDirectly } from './centre.test-factories.js';

/**
 * A session that ran from 2026-11-25 to 2026-11-27 (the harness clock says 2026-11-29), taught by an internal
 * trainer with an account, with three officers enrolled: the usual start of an attendance test.
 */
export async function deliveredSession(
  ctx: TestContext,
  administrationId: string,
  rootUnitId: string,
  opts: { startDay?: string; days?: number; status?: string; passScore?: number | null; minAttendance?: number; participants?: number } = {},
) {
  const course = await createCourse(ctx.database, administrationId, {
    passScore: opts.passScore ?? null,
    minAttendance: opts.minAttendance ?? 0.8,
    raises: [{ competencyCode: 'valuation-basics', levels: 1 }, { competencyCode: 'risk-profiling', levels: 0.5, toLevel: 2 }],
  });
  const trainerOfficer = await createOfficer(ctx.database, administrationId, rootUnitId, { familyName: 'Trainer' });
  const trainer = await createTrainer(ctx.database, administrationId, { officerId: trainerOfficer.id, courses: [course.id] });
  const trainerUser = await createUser(ctx.database, { administrationId, roles: [{ role: 'trainer' }], officerId: trainerOfficer.id });
  const session = await createSession(ctx.database, administrationId, {
    courseId: course.id,
    startDay: opts.startDay ?? '2026-11-25',
    days: opts.days ?? 3,
    status: opts.status ?? 'in_progress',
    leadTrainerId: trainer.id,
  });
  const officers = [];
  for (let i = 0; i < (opts.participants ?? 3); i++) officers.push(await createOfficer(ctx.database, administrationId, rootUnitId, { familyName: `Participant${i}` }));
  await enrolDirectly(ctx.database, administrationId, session.id, officers.map((o) => o.id));
  return { course, trainer, trainerOfficer, trainerSession: await signIn(ctx.app, trainerUser), session, officers };
}
