import type { Database } from '../../platform/db.js';
import { createOfficer, createOrgUnit, createUser, type managerOf, signIn, type TestContext } from '../../../test/harness.js';

/**
 * A small organisation for enrolment tests: the directorate with two units, a supervisor of unit A (an officer of
 * unit A with a supervisor role there), officers in both units, and an officer with an account.
 */
export async function enrolmentWorld(ctx: TestContext, tenant: Awaited<ReturnType<typeof managerOf>>) {
  const { database } = ctx;
  const adm = tenant.adm;
  const unitA = await createOrgUnit(database, adm.id, adm.rootUnitId, 'Dili port');
  const unitA1 = await createOrgUnit(database, adm.id, unitA, 'Dili port — examination');
  const unitB = await createOrgUnit(database, adm.id, adm.rootUnitId, 'Batugade border post');
  const supervisorOfficer = await createOfficer(database, adm.id, unitA, { familyName: 'Supervisor', positionId: adm.positionId });
  const supervisor = await createUser(database, { administrationId: adm.id, roles: [{ role: 'supervisor', orgUnitId: unitA }, { role: 'officer' }], officerId: supervisorOfficer.id });
  const inA = await createOfficer(database, adm.id, unitA1, { familyName: 'Amaral', positionId: adm.positionId });
  const inA2 = await createOfficer(database, adm.id, unitA, { familyName: 'Belo', positionId: adm.positionId });
  const inB = await createOfficer(database, adm.id, unitB, { familyName: 'Costa', positionId: adm.positionId });
  const learner = await createUser(database, { administrationId: adm.id, roles: [{ role: 'officer' }], officerId: inA.id });
  return {
    units: { unitA, unitA1, unitB },
    officers: { supervisor: supervisorOfficer, inA, inA2, inB },
    supervisorUser: supervisor,
    supervisor: await signIn(ctx.app, supervisor),
    learner: await signIn(ctx.app, learner),
    learnerUser: learner,
  };
}

/** Officers of one unit, created in one statement each (enough for the concurrency tests). */
export async function createOfficers(database: Database, administrationId: string, orgUnitId: string, n: number) {
  const ids: string[] = [];
  for (let i = 0; i < n; i++) ids.push((await createOfficer(database, administrationId, orgUnitId, { familyName: `Officer ${i}` })).id);
  return ids;
}

/** Notifications written for an administration, oldest first. */
export const notificationsOf = (database: Database, administrationId: string) =>
  database.raw.query<{ kind: string; officer_id: string | null; user_id: string | null; session_id: string | null; reason: string | null }>(
    `select kind, officer_id, user_id, session_id, reason from notifications where administration_id = $1 order by created_at, id`,
    [administrationId],
  );
