import { and, eq, inArray, isNull, lt, or } from 'drizzle-orm';
import { administrations, roleAssignments, sessions, users } from '../../db/schema.js';
import type { Tx } from '../../platform/db.js';

// Accounts and sessions precede any actor, so these queries are keyed by user or session id, not tenant.
export function makeAuthRepository() {
  return {
    findUserByEmail: async (tx: Tx, email: string) =>
      (await tx.select().from(users).where(eq(users.email, email)).limit(1))[0],

    findUser: async (tx: Tx, id: string) => (await tx.select().from(users).where(eq(users.id, id)).limit(1))[0],

    rolesOf: (tx: Tx, userId: string) => tx.select().from(roleAssignments).where(eq(roleAssignments.userId, userId)),

    listAdministrations: (tx: Tx, ids: string[] | 'all') =>
      ids === 'all'
        ? tx.select().from(administrations).orderBy(administrations.name)
        : ids.length === 0
          ? Promise.resolve([])
          : tx.select().from(administrations).where(inArray(administrations.id, ids)).orderBy(administrations.name),

    createSession: async (tx: Tx, row: typeof sessions.$inferInsert) => {
      await tx.insert(sessions).values(row);
    },

    findSession: async (tx: Tx, id: string) => (await tx.select().from(sessions).where(eq(sessions.id, id)).limit(1))[0],

    touchSession: async (tx: Tx, id: string, at: string) => {
      await tx.update(sessions).set({ lastSeenAt: at }).where(eq(sessions.id, id));
    },

    switchSession: async (tx: Tx, id: string, administrationId: string) => {
      await tx.update(sessions).set({ administrationId }).where(eq(sessions.id, id));
    },

    deleteSession: async (tx: Tx, id: string) => {
      await tx.delete(sessions).where(eq(sessions.id, id));
    },

    /** Sessions past their absolute end; idle ones go when next presented. */
    deleteExpiredSessionsOf: async (tx: Tx, userId: string, now: string) => {
      await tx.delete(sessions).where(and(eq(sessions.userId, userId), lt(sessions.expiresAt, now)));
    },

    markSignIn: async (tx: Tx, userId: string, at: string) => {
      await tx.update(users).set({ lastSignInAt: at }).where(eq(users.id, userId));
    },

    setLocale: async (tx: Tx, userId: string, locale: string) => {
      await tx.update(users).set({ locale }).where(eq(users.id, userId));
    },

    /** Roles that apply inside one administration: its own plus platform-wide ones. */
    rolesIn: (tx: Tx, userId: string, administrationId: string) =>
      tx
        .select()
        .from(roleAssignments)
        .where(
          and(
            eq(roleAssignments.userId, userId),
            or(eq(roleAssignments.administrationId, administrationId), isNull(roleAssignments.administrationId)),
          ),
        ),
  };
}
export type AuthRepository = ReturnType<typeof makeAuthRepository>;
