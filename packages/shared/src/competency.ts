import { z } from 'zod';
import { optionalText, text, ZDate, ZId } from './common.js';
import { ZImportRowError } from './imports.js';

/** Contracts of the competency context: frameworks, scale, role profiles, strategic priorities. */
export const COMPETENCY_GROUPS = ['values', 'professional', 'operational', 'management'] as const;
export const ZCompetencyGroup = z.enum(COMPETENCY_GROUPS);
export type TCompetencyGroup = z.infer<typeof ZCompetencyGroup>;
export const ZProficiencyLevel = z.number().int().min(0).max(4);
export const ZCriticality = z.number().int().min(1).max(5);

/** Stable across versions: campaigns and priorities compare competencies by code. */
export const ZCompetencyCode = z.string().regex(/^[a-z0-9][a-z0-9-]{0,59}$/, 'lower-case letters, digits and hyphens');
export const ZAreaCode = ZCompetencyCode;

const ZLocalisedText = z.object({ en: text(500), pt: text(500) });
/** What an officer does at each level 1–4 ("0" is optional: nothing expected). */
export const ZIndicators = z
  .object({ '1': ZLocalisedText, '2': ZLocalisedText, '3': ZLocalisedText, '4': ZLocalisedText })
  .extend({ '0': ZLocalisedText.optional() });
export type TIndicators = z.infer<typeof ZIndicators>;

export const ZScaleLevel = z.object({ level: ZProficiencyLevel, nameEn: z.string(), namePt: z.string() });
export type TScaleLevel = z.infer<typeof ZScaleLevel>;

export const ZCompetencyArea = z.object({
  id: ZId,
  code: z.string(),
  group: ZCompetencyGroup,
  nameEn: z.string(),
  namePt: z.string(),
  sort: z.number().int(),
});
export type TCompetencyArea = z.infer<typeof ZCompetencyArea>;

export const ZCompetency = z.object({
  id: ZId,
  code: z.string(),
  areaCode: z.string(),
  nameEn: z.string(),
  namePt: z.string(),
  descriptionEn: z.string(),
  descriptionPt: z.string(),
  indicators: z.record(z.string(), z.object({ en: z.string(), pt: z.string() })),
  sort: z.number().int(),
});
export type TCompetency = z.infer<typeof ZCompetency>;

export const ZFrameworkVersionSummary = z.object({
  id: ZId,
  version: z.number().int(),
  createdAt: z.string(),
  /** Referenced by an assessment campaign: edits then go to a new version. */
  isInUse: z.boolean(),
  competencyCount: z.number().int(),
});

export const ZFramework = z.object({
  id: ZId,
  name: z.string(),
  description: z.string().nullable(),
  createdAt: z.string(),
  /** Latest first. */
  versions: z.array(ZFrameworkVersionSummary),
});
export type TFramework = z.infer<typeof ZFramework>;

export const ZFrameworkCreate = z.object({
  name: text(200),
  description: optionalText(2000),
  from: z.literal('default'),
  /** Level names: the default 0–4 scale or the CustCompEU names (Aware, Trained, Advanced, Expert). */
  scale: z.enum(['default', 'custcompeu']).default('default'),
});
export type TFrameworkCreate = z.infer<typeof ZFrameworkCreate>;

export const ZFrameworkVersionDetail = z.object({
  id: ZId,
  frameworkId: ZId,
  frameworkName: z.string(),
  version: z.number().int(),
  isInUse: z.boolean(),
  scale: z.array(ZScaleLevel),
  areas: z.array(ZCompetencyArea),
  competencies: z.array(ZCompetency),
});
export type TFrameworkVersionDetail = z.infer<typeof ZFrameworkVersionDetail>;

export const ZFrameworkEdit = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('upsertCompetency'),
    areaCode: ZAreaCode,
    code: ZCompetencyCode,
    nameEn: text(200),
    namePt: text(200),
    descriptionEn: z.string().trim().max(2000).default(''),
    descriptionPt: z.string().trim().max(2000).default(''),
    indicators: ZIndicators,
    sort: z.number().int().min(0).max(10000).optional(),
  }),
  z.object({ kind: z.literal('removeCompetency'), code: ZCompetencyCode }),
  z.object({ kind: z.literal('renameScaleLevel'), level: ZProficiencyLevel, nameEn: text(100), namePt: text(100) }),
  z.object({
    kind: z.literal('upsertArea'),
    code: ZAreaCode,
    group: ZCompetencyGroup,
    nameEn: text(200),
    namePt: text(200),
    sort: z.number().int().min(0).max(10000).optional(),
  }),
]);
export type TFrameworkEdit = z.infer<typeof ZFrameworkEdit>;

/** The version now holding the edit: the edited one, or a new one when the edited version was in use. */
export const ZFrameworkEditResult = ZFrameworkVersionDetail.extend({ isNewVersion: z.boolean(), editedVersionId: ZId });
export type TFrameworkEditResult = z.infer<typeof ZFrameworkEditResult>;

export const ZRoleProfileCell = z.object({
  positionId: ZId,
  competencyId: ZId,
  requiredLevel: ZProficiencyLevel,
  criticality: ZCriticality,
});
export type TRoleProfileCell = z.infer<typeof ZRoleProfileCell>;

export const ZRoleProfileGrid = z.object({
  versionId: ZId,
  positions: z.array(z.object({ id: ZId, code: z.string(), title: z.string() })),
  competencies: z.array(z.object({ id: ZId, code: z.string(), nameEn: z.string(), namePt: z.string(), areaCode: z.string() })),
  cells: z.array(ZRoleProfileCell),
});
export type TRoleProfileGrid = z.infer<typeof ZRoleProfileGrid>;

export const ZRoleProfilePut = z.object({
  cells: z
    .array(
      z.object({
        positionId: ZId,
        competencyId: ZId,
        /** null removes the requirement. */
        requiredLevel: ZProficiencyLevel.nullable(),
        criticality: ZCriticality.default(3),
      }),
    )
    .max(20000),
});
export type TRoleProfilePut = z.infer<typeof ZRoleProfilePut>;

/** A grid write: where it landed (a new version when the edited one was in use). */
export const ZRoleProfileResult = ZRoleProfileGrid.extend({ isNewVersion: z.boolean(), editedVersionId: ZId });
export type TRoleProfileResult = z.infer<typeof ZRoleProfileResult>;

export const ZRoleProfileImportQuery = z.object({ fileName: z.string().max(255).default('role-profiles.xlsx') });
/** Details of a refused role-profile import: nothing was written. */
export const ZRoleProfileImportErrors = z.object({ errors: z.array(ZImportRowError) });

const ZMultiplier = z.number().gt(0).max(10).multipleOf(0.01);
export const ZPriorityInput = z
  .object({
    name: text(200),
    description: optionalText(2000),
    multiplier: ZMultiplier,
    validFrom: ZDate,
    validTo: ZDate.nullish().transform((v) => v ?? null),
    competencyCodes: z.array(ZCompetencyCode).max(200).default([]),
  })
  .refine((p) => !p.validTo || p.validTo >= p.validFrom, { message: 'must not be before validFrom', path: ['validTo'] });
export type TPriorityInput = z.infer<typeof ZPriorityInput>;
/** No defaults here: a field left out of a PATCH stays as it is. */
export const ZPriorityUpdate = z.object({
  name: text(200).optional(),
  description: z.string().trim().max(2000).nullable().optional(),
  multiplier: ZMultiplier.optional(),
  validFrom: ZDate.optional(),
  validTo: ZDate.nullable().optional(),
  competencyCodes: z.array(ZCompetencyCode).max(200).optional(),
});
export type TPriorityUpdate = z.infer<typeof ZPriorityUpdate>;

export const ZPriority = z.object({
  id: ZId,
  name: z.string(),
  description: z.string().nullable(),
  multiplier: z.number(),
  validFrom: ZDate,
  validTo: ZDate.nullable(),
  competencyCodes: z.array(z.string()),
});
export type TPriority = z.infer<typeof ZPriority>;
