import type { TAdministration, TAdministrationCreate, THealth } from '@formasaun/shared';
import { asc, eq, inArray } from 'drizzle-orm';
import { migrationStatus } from '../../db/migrate.js';
import { administrations, roleAssignments } from '../../db/schema.js';
import { type Actor, can, requirePermission } from '../../platform/actor.js';
import type { Database } from '../../platform/db.js';
import { presentAdministration } from '../auth/auth.presenter.js';

export const APP_VERSION = '0.1.0';

export function makeAdministrationService(deps: { database: Database }) {
  const { database } = deps;
  return {
    /** Operators see every administration; everyone else those they hold a role in. */
    async findAdministrations(actor: Actor): Promise<TAdministration[]> {
      const db = database.db;
      if (can(actor, 'AdministrationList')) {
        return (await db.select().from(administrations).orderBy(asc(administrations.name))).map(presentAdministration);
      }
      const granted = await db
        .select({ id: roleAssignments.administrationId })
        .from(roleAssignments)
        .where(eq(roleAssignments.userId, actor.userId));
      const ids = granted.map((g) => g.id).filter((id): id is string => id !== null);
      if (ids.length === 0) return [];
      return (await db.select().from(administrations).where(inArray(administrations.id, ids)).orderBy(asc(administrations.name))).map(
        presentAdministration,
      );
    },

    /** Platform operators create administrations; their first manager comes from `formasaun users create`. */
    async createAdministration(actor: Actor, input: TAdministrationCreate): Promise<TAdministration> {
      requirePermission(actor, 'AdministrationManage');
      const [created] = await database.db.insert(administrations).values(input).returning();
      return presentAdministration(created!);
    },

    async health(): Promise<THealth> {
      let reachable = true;
      let status = { applied: 0, pending: [] as string[] };
      try {
        status = await migrationStatus(database);
      } catch {
        reachable = false;
      }
      const current = reachable && status.pending.length === 0;
      return {
        status: current ? 'ok' : 'degraded',
        database: { reachable, kind: database.kind },
        migrations: { current, applied: status.applied, pending: status.pending },
        version: APP_VERSION,
      };
    },
  };
}
export type AdministrationService = ReturnType<typeof makeAdministrationService>;
