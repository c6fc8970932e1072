import { z } from 'zod';
import { ZId, ZLocale } from './common.js';
import { ZAdministration } from './organisation.js';
import { ZPermission, ZRole } from './permissions.js';

export const ZSignIn = z.object({
  email: z.email().max(200).transform((e) => e.toLowerCase()),
  password: z.string().min(1).max(200),
});
export type TSignIn = z.infer<typeof ZSignIn>;

export const ZRoleAssignment = z.object({
  role: ZRole,
  administrationId: ZId.nullable(),
  /** Supervisors: the root of the org-unit subtree they supervise. */
  orgUnitId: ZId.nullable(),
});
export type TRoleAssignment = z.infer<typeof ZRoleAssignment>;

export const ZSessionInfo = z.object({
  user: z.object({
    id: ZId,
    email: z.string(),
    displayName: z.string(),
    locale: ZLocale,
    officerId: ZId.nullable(),
  }),
  administration: ZAdministration,
  /** Administrations this user may switch to. */
  administrations: z.array(ZAdministration),
  roles: z.array(ZRole),
  permissions: z.array(ZPermission),
  csrfToken: z.string(),
});
export type TSessionInfo = z.infer<typeof ZSessionInfo>;

export const ZSwitchAdministration = z.object({ administrationId: ZId });
export const ZPreferences = z.object({ locale: ZLocale });

export const ZUser = z.object({
  id: ZId,
  email: z.string(),
  displayName: z.string(),
  locale: ZLocale,
  officerId: ZId.nullable(),
  isActive: z.boolean(),
  roles: z.array(ZRoleAssignment),
  lastSignInAt: z.string().nullable(),
});
export type TUser = z.infer<typeof ZUser>;

/** At least 10 characters: long passphrases beat composition rules. */
export const ZPassword = z.string().min(10, 'at least 10 characters').max(200);

export const ZUserCreate = z.object({
  email: z.email().max(200).transform((e) => e.toLowerCase()),
  displayName: z.string().trim().min(1).max(200),
  password: ZPassword,
  locale: ZLocale.default('en'),
  officerId: ZId.nullish().transform((v) => v ?? null),
  roles: z
    .array(z.object({ role: ZRole, orgUnitId: ZId.nullish().transform((v) => v ?? null) }))
    .min(1),
});
export type TUserCreate = z.infer<typeof ZUserCreate>;
export const ZUserUpdate = z.object({
  displayName: z.string().trim().min(1).max(200).optional(),
  isActive: z.boolean().optional(),
  officerId: ZId.nullable().optional(),
  password: ZPassword.optional(),
  roles: z
    .array(z.object({ role: ZRole, orgUnitId: ZId.nullish().transform((v) => v ?? null) }))
    .min(1)
    .optional(),
});
export type TUserUpdate = z.infer<typeof ZUserUpdate>;
