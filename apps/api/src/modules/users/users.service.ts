import type { TRole, TUser, TUserCreate, TUserUpdate } from '@formasaun/shared';
import { type Actor, requirePermission, tenantOf } from '../../platform/actor.js';
import type { Database, Tx } from '../../platform/db.js';
import { conflict, invalid, notFound } from '../../platform/errors.js';
import { hashPassword } from '../auth/password.js';
import type { OrganisationLookups } from './users.ports.js';
import type { RoleRow, UserRow, UsersRepository } from './users.repository.js';

type RoleInput = { role: TRole; orgUnitId: string | null };

const present = (u: UserRow, roles: RoleRow[]): TUser => ({
  id: u.id,
  email: u.email,
  displayName: u.displayName,
  locale: u.locale as TUser['locale'],
  officerId: u.officerId,
  isActive: u.isActive,
  lastSignInAt: u.lastSignInAt,
  roles: roles
    .filter((r) => r.userId === u.id)
    .map((r) => ({ role: r.role as TRole, administrationId: r.administrationId, orgUnitId: r.orgUnitId })),
});

export function makeUsersService(deps: { database: Database; users: UsersRepository; organisation: OrganisationLookups }) {
  const { database, users, organisation } = deps;

  async function checkRoles(tx: Tx, actor: Actor, roles: RoleInput[]) {
    for (const [i, r] of roles.entries()) {
      if (r.role === 'platform_operator') {
        throw invalid('platform operators are created with the command line', [{ path: `body.roles.${i}.role`, message: 'not assignable here' }]);
      }
      if ((r.role === 'supervisor') !== (r.orgUnitId !== null)) {
        throw invalid('a supervisor needs an org unit, and only a supervisor has one', [{ path: `body.roles.${i}.orgUnitId`, message: 'supervisor ⇔ org unit' }]);
      }
      if (r.orgUnitId && !(await organisation.orgUnitExists(tx, actor.administrationId, r.orgUnitId))) throw notFound('org unit');
    }
  }

  async function getOne(tx: Tx, actor: Actor, id: string): Promise<TUser> {
    const user = await users.find(tx, actor.administrationId, id);
    if (!user) throw notFound('user');
    return present(user, await users.rolesOf(tx, [id]));
  }

  return {
    async findUsers(actor: Actor): Promise<TUser[]> {
      requirePermission(actor, 'UserRead');
      return database.transaction(tenantOf(actor), async (tx) => {
        const all = await users.findAll(tx, actor.administrationId);
        const roles = await users.rolesOf(tx, all.map((u) => u.id));
        return all.map((u) => present(u, roles));
      });
    },

    async createUser(actor: Actor, input: TUserCreate): Promise<TUser> {
      requirePermission(actor, 'UserWrite');
      const passwordHash = await hashPassword(input.password);
      return database.transaction(tenantOf(actor), async (tx) => {
        await checkRoles(tx, actor, input.roles);
        if (input.officerId && !(await organisation.officerExists(tx, actor.administrationId, input.officerId))) throw notFound('officer');
        const user = await users.insert(tx, {
          email: input.email,
          displayName: input.displayName,
          passwordHash,
          locale: input.locale,
          administrationId: actor.administrationId,
          officerId: input.officerId,
        });
        await users.replaceRoles(tx, user.id, actor.administrationId, input.roles);
        return getOne(tx, actor, user.id);
      });
    },

    async updateUser(actor: Actor, id: string, input: TUserUpdate): Promise<TUser> {
      requirePermission(actor, 'UserWrite');
      const passwordHash = input.password ? await hashPassword(input.password) : undefined;
      return database.transaction(tenantOf(actor), async (tx) => {
        await getOne(tx, actor, id);
        if (id === actor.userId && input.isActive === false) throw conflict('you cannot deactivate your own account');
        if (input.roles) await checkRoles(tx, actor, input.roles);
        if (input.officerId && !(await organisation.officerExists(tx, actor.administrationId, input.officerId))) throw notFound('officer');
        const { roles, password: _p, ...patch } = input;
        await users.update(tx, actor.administrationId, id, { ...patch, ...(passwordHash ? { passwordHash } : {}) });
        if (roles) await users.replaceRoles(tx, id, actor.administrationId, roles);
        return getOne(tx, actor, id);
      });
    },
  };
}
export type UsersService = ReturnType<typeof makeUsersService>;
