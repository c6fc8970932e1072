import { and, eq, inArray } from 'drizzle-orm';
import { roleAssignments, users } from '../../db/schema.js';
import type { Tx } from '../../platform/db.js';

export type UserRow = typeof users.$inferSelect;
export type RoleRow = typeof roleAssignments.$inferSelect;

/** Accounts managed by one administration (users.administration_id); cross-administration accounts are the CLI's. */
export function makeUsersRepository() {
  return {
    findAll: (tx: Tx, administrationId: string) =>
      tx.select().from(users).where(eq(users.administrationId, administrationId)).orderBy(users.displayName),

    find: async (tx: Tx, administrationId: string, id: string) =>
      (await tx.select().from(users).where(and(eq(users.administrationId, administrationId), eq(users.id, id))))[0],

    rolesOf: (tx: Tx, userIds: string[]) =>
      userIds.length === 0 ? Promise.resolve([]) : tx.select().from(roleAssignments).where(inArray(roleAssignments.userId, userIds)),

    insert: async (tx: Tx, row: typeof users.$inferInsert) => (await tx.insert(users).values(row).returning())[0]!,

    update: async (tx: Tx, administrationId: string, id: string, patch: Partial<typeof users.$inferInsert>) => {
      await tx.update(users).set(patch).where(and(eq(users.administrationId, administrationId), eq(users.id, id)));
    },

    replaceRoles: async (tx: Tx, userId: string, administrationId: string, roles: { role: string; orgUnitId: string | null }[]) => {
      await tx.delete(roleAssignments).where(and(eq(roleAssignments.userId, userId), eq(roleAssignments.administrationId, administrationId)));
      if (roles.length > 0) {
        await tx.insert(roleAssignments).values(roles.map((r) => ({ userId, administrationId, role: r.role, orgUnitId: r.orgUnitId })));
      }
    },
  };
}
export type UsersRepository = ReturnType<typeof makeUsersRepository>;
