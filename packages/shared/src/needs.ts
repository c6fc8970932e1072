import { z } from 'zod';
import { pageOf, text, ZDate, ZId, ZLocale } from './common.js';
import { ZImportRowError } from './imports.js';

/** Contracts of the needs context: assessment campaigns, forms, results. */
export const CAMPAIGN_MODES = ['self', 'supervisor', 'both'] as const;
export const ZCampaignMode = z.enum(CAMPAIGN_MODES);
export const CONSOLIDATION_RULES = ['supervisor', 'mean', 'max', 'weighted'] as const;
export const ZConsolidationRule = z.enum(CONSOLIDATION_RULES);
export const SINGLE_SOURCE_RULES = ['use_available', 'exclude'] as const;
export const ZSingleSourceRule = z.enum(SINGLE_SOURCE_RULES);
export const CAMPAIGN_STATUSES = ['draft', 'open', 'closed'] as const;
export const ZCampaignStatus = z.enum(CAMPAIGN_STATUSES);
export const FORM_KINDS = ['self', 'supervisor'] as const;
export const ZFormKind = z.enum(FORM_KINDS);
export const FORM_STATUSES = ['sent', 'started', 'submitted'] as const;
export const ZFormStatus = z.enum(FORM_STATUSES);
export const ZRatingLevel = z.number().int().min(0).max(4);

export const ZCampaignScope = z
  .object({ orgUnitId: ZId.nullish().transform((v) => v ?? null), positionId: ZId.nullish().transform((v) => v ?? null) })
  .refine((s) => s.orgUnitId !== null || s.positionId !== null, { message: 'an org unit, a position or both' });
export type TCampaignScope = z.infer<typeof ZCampaignScope>;

const campaignFields = {
  name: text(200),
  frameworkVersionId: ZId,
  opensOn: ZDate,
  closesOn: ZDate,
  mode: ZCampaignMode,
  consolidation: ZConsolidationRule,
  supervisorWeight: z.number().min(0).max(1).multipleOf(0.01),
  singleSource: ZSingleSourceRule,
  scopes: z.array(ZCampaignScope).min(1).max(200),
};
const datesInOrder = (c: { opensOn?: string; closesOn?: string }) => !c.opensOn || !c.closesOn || c.closesOn >= c.opensOn;
const datesIssue = { message: 'closesOn must not be before opensOn', path: ['closesOn'] };

export const ZCampaignCreate = z
  .object({ ...campaignFields, supervisorWeight: campaignFields.supervisorWeight.default(0.5), singleSource: ZSingleSourceRule.default('use_available') })
  .refine(datesInOrder, datesIssue);
export type TCampaignCreate = z.infer<typeof ZCampaignCreate>;
export const ZCampaignUpdate = z.object(campaignFields).partial().refine(datesInOrder, datesIssue);
export type TCampaignUpdate = z.infer<typeof ZCampaignUpdate>;

export const ZFormCounts = z.object({ sent: z.number().int(), started: z.number().int(), submitted: z.number().int() });
export const ZCampaignProgressRow = z.object({
  orgUnitId: ZId,
  orgUnitName: z.string(),
  self: ZFormCounts,
  supervisor: ZFormCounts.extend({ noAssessor: z.number().int() }),
});
export type TCampaignProgressRow = z.infer<typeof ZCampaignProgressRow>;

export const ZCampaign = z.object({
  id: ZId,
  name: z.string(),
  frameworkVersionId: ZId,
  opensOn: ZDate,
  closesOn: ZDate,
  mode: ZCampaignMode,
  consolidation: ZConsolidationRule,
  supervisorWeight: z.number(),
  singleSource: ZSingleSourceRule,
  status: ZCampaignStatus,
  openedAt: z.string().nullable(),
  closedAt: z.string().nullable(),
  scopes: z.array(z.object({ orgUnitId: ZId.nullable(), positionId: ZId.nullable() })),
});
export type TCampaign = z.infer<typeof ZCampaign>;
/** Form counts of one campaign (or unit), self and supervisor forms apart: an officer has one of each. */
export const ZProgressByKind = z.object({ self: ZFormCounts, supervisor: ZFormCounts.extend({ noAssessor: z.number().int() }) });
export type TProgressByKind = z.infer<typeof ZProgressByKind>;
export const ZCampaignDetail = ZCampaign.extend({
  progress: z.object({
    total: ZProgressByKind,
    byOrgUnit: z.array(ZCampaignProgressRow),
  }),
});
export type TCampaignDetail = z.infer<typeof ZCampaignDetail>;
/** A list item: the campaign and its form counts (within the reader's subtree for a supervisor). */
export const ZCampaignListItem = ZCampaign.extend({ progress: ZProgressByKind });
export type TCampaignListItem = z.infer<typeof ZCampaignListItem>;
export const ZCampaignList = z.object({ items: z.array(ZCampaignListItem) });

/** The training manager's (or a supervisor's, over their subtree) list of a campaign's forms. */
export const ZCampaignFormsQuery = z.object({
  orgUnitId: ZId.optional(),
  status: ZFormStatus.optional(),
  kind: ZFormKind.optional(),
  page: z.coerce.number().int().min(1).max(100000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
export type TCampaignFormsQuery = z.infer<typeof ZCampaignFormsQuery>;
export const ZCampaignFormItem = z.object({
  id: ZId,
  kind: ZFormKind,
  status: ZFormStatus,
  officer: z.object({ id: ZId, employeeNumber: z.string(), name: z.string() }),
  orgUnitId: ZId,
  orgUnitName: z.string(),
  assessor: z.object({ id: ZId, name: z.string() }).nullable(),
  updatedAt: z.string(),
  submittedAt: z.string().nullable(),
});
export type TCampaignFormItem = z.infer<typeof ZCampaignFormItem>;
export const ZCampaignFormPage = pageOf(ZCampaignFormItem);
export type TCampaignFormPage = z.infer<typeof ZCampaignFormPage>;

export const ZCampaignClosed = z.object({
  campaign: ZCampaign,
  results: z.number().int(),
  /** Officers in scope skipped because they have no position or their position has no role profile. */
  skippedOfficers: z.number().int(),
});
export type TCampaignClosed = z.infer<typeof ZCampaignClosed>;
export const ZRemindersSent = z.object({ reminded: z.number().int() });

export const ZAssessorUpdate = z.object({ assessorOfficerId: ZId });

/** comment: left out keeps the stored comment, null or blank clears it. */
export const ZRating = z.object({
  competencyId: ZId,
  level: ZRatingLevel,
  comment: z
    .string()
    .trim()
    .max(2000)
    .nullish()
    .transform((v) => (v === undefined ? undefined : v || null)),
});
export type TRating = z.infer<typeof ZRating>;
export const ZRatingsUpdate = z.object({ ratings: z.array(ZRating).max(200) });
export type TRatingsUpdate = z.infer<typeof ZRatingsUpdate>;
export const ZReopen = z.object({ reason: text(1000) });
export const ZTeamRatingsUpdate = z.object({ ratings: z.array(ZRating.extend({ formId: ZId })).min(1).max(5000) });
export type TTeamRatingsUpdate = z.infer<typeof ZTeamRatingsUpdate>;

const ZOfficerRef = z.object({ id: ZId, employeeNumber: z.string(), name: z.string() });

export const ZFormSummary = z.object({
  id: ZId,
  campaignId: ZId,
  campaignName: z.string(),
  campaignStatus: ZCampaignStatus,
  closesOn: ZDate,
  kind: ZFormKind,
  status: ZFormStatus,
  officer: ZOfficerRef,
  assessorOfficerId: ZId.nullable(),
  /** Not submitted while the campaign is open. */
  isPending: z.boolean(),
  lastRemindedAt: z.string().nullable(),
});
export type TFormSummary = z.infer<typeof ZFormSummary>;
export const ZFormSummaryList = z.object({ items: z.array(ZFormSummary) });

export const ZFormCompetency = z.object({
  competencyId: ZId,
  code: z.string(),
  name: z.object({ en: z.string(), pt: z.string() }),
  areaCode: z.string(),
  areaName: z.object({ en: z.string(), pt: z.string() }),
  indicators: z.record(z.string(), z.object({ en: z.string(), pt: z.string() })),
  /** Shown to the assessor and the training manager, not on the officer's own self form. */
  requiredLevel: z.number().int().nullable(),
  level: z.number().int().nullable(),
  comment: z.string().nullable(),
});
export const ZForm = ZFormSummary.extend({
  scale: z.array(z.object({ level: z.number().int(), nameEn: z.string(), namePt: z.string() })),
  competencies: z.array(ZFormCompetency),
  events: z.array(z.object({ kind: z.string(), reason: z.string().nullable(), at: z.string() })),
});
export type TForm = z.infer<typeof ZForm>;

const ZIndicators = z.record(z.string(), z.object({ en: z.string(), pt: z.string() }));
export const ZTeamGrid = z.object({
  /** The framework's proficiency scale, with each level's name. */
  scale: z.array(z.object({ level: z.number().int(), name: z.object({ en: z.string(), pt: z.string() }) })),
  competencies: z.array(
    z.object({ competencyId: ZId, code: z.string(), name: z.object({ en: z.string(), pt: z.string() }), indicators: ZIndicators }),
  ),
  rows: z.array(
    z.object({
      formId: ZId,
      officer: ZOfficerRef,
      status: ZFormStatus,
      /** competencyId → required level, for the competencies of the officer's role profile. */
      required: z.record(z.string(), z.number().int()),
      levels: z.record(z.string(), z.number().int()),
    }),
  ),
});
export type TTeamGrid = z.infer<typeof ZTeamGrid>;

// Results
export const ZHeatmapQuery = z.object({ by: z.enum(['competency', 'area']).default('competency'), orgUnitId: ZId.optional() });
export type THeatmapQuery = z.infer<typeof ZHeatmapQuery>;
export const ZResultCell = z.object({
  headcount: z.number().int(),
  meanGap: z.number().nullable(),
  shareBelow: z.number().nullable(),
  weightedNeed: z.number(),
});
export const ZHeatmap = z.object({
  by: z.enum(['competency', 'area']),
  columns: z.array(z.object({ key: z.string(), name: z.object({ en: z.string(), pt: z.string() }) })),
  rows: z.array(
    z.object({
      orgUnitId: ZId,
      orgUnitName: z.string(),
      /** True for the row of officers placed directly in the requested unit (not in a sub-unit). */
      isDirect: z.boolean(),
      cells: z.record(z.string(), ZResultCell),
    }),
  ),
});
export type THeatmap = z.infer<typeof ZHeatmap>;

export const ZNeedsQuery = z.object({ limit: z.coerce.number().int().min(1).max(1000).default(50) });
export const ZNeedsList = z.object({
  items: z.array(
    z.object({
      orgUnitId: ZId,
      orgUnitName: z.string(),
      positionId: ZId.nullable(),
      positionTitle: z.string().nullable(),
      competencyId: ZId,
      competencyCode: z.string(),
      competencyName: z.object({ en: z.string(), pt: z.string() }),
      headcount: z.number().int(),
      meanGap: z.number().nullable(),
      shareBelow: z.number().nullable(),
      weightedNeed: z.number(),
    }),
  ),
});
export type TNeedsList = z.infer<typeof ZNeedsList>;

export const ZProfileQuery = z.object({ officerId: ZId.optional() });
export const ZOfficerProfile = z.object({
  campaignId: ZId,
  officer: ZOfficerRef,
  competencies: z.array(
    z.object({
      competencyId: ZId,
      code: z.string(),
      name: z.object({ en: z.string(), pt: z.string() }),
      areaCode: z.string(),
      selfLevel: z.number().int().nullable(),
      supervisorLevel: z.number().int().nullable(),
      assessedLevel: z.number().nullable(),
      requiredLevel: z.number().int(),
      gap: z.number(),
      weightedNeed: z.number(),
    }),
  ),
});
export type TOfficerProfile = z.infer<typeof ZOfficerProfile>;

export const ZCompareQuery = z.object({ with: ZId, by: z.enum(['competency', 'area']).default('competency') });
export const ZComparison = z.object({
  items: z.array(
    z.object({
      key: z.string(),
      /** The competency's (or area's) name in the later campaign's framework, else the earlier one's. */
      name: z.object({ en: z.string(), pt: z.string() }),
      before: z.object({ meanGap: z.number().nullable(), n: z.number().int() }),
      after: z.object({ meanGap: z.number().nullable(), n: z.number().int() }),
    }),
  ),
});
export type TComparison = z.infer<typeof ZComparison>;

export const ZDrilldownQuery = z.object({ orgUnitId: ZId, key: z.string().min(1).max(60), by: z.enum(['competency', 'area']).default('competency') });
export type TDrilldownQuery = z.infer<typeof ZDrilldownQuery>;
export const ZDrilldown = z.object({
  items: z.array(
    z.object({
      officer: ZOfficerRef,
      orgUnitName: z.string(),
      competencyCode: z.string(),
      assessedLevel: z.number().nullable(),
      requiredLevel: z.number().int(),
      gap: z.number(),
      weightedNeed: z.number(),
    }),
  ),
});

export const ZPlanningGroupsQuery = z.object({
  releaseShare: z.coerce.number().min(0).max(1).default(0.1),
  daysPerPeriod: z.coerce.number().int().min(1).max(366).default(60),
});
export const ZPlanningGroup = z.object({
  id: z.string(),
  size: z.number().int(),
  releaseDays: z.number().int(),
  gaps: z.record(z.string(), z.number()),
  weights: z.record(z.string(), z.number()),
});
export type TPlanningGroup = z.infer<typeof ZPlanningGroup>;
export const ZPlanningGroups = z.object({ groups: z.array(ZPlanningGroup) });

// Documents: the TNA report and the paper fallback
export const ZReportQuery = z.object({ lang: ZLocale.optional() });
/** The results export: headers and competency names in lang, else the reader's own locale. */
export const ZResultsExportQuery = z.object({ lang: ZLocale.optional() });
export type TResultsExportQuery = z.infer<typeof ZResultsExportQuery>;
export type TReportQuery = z.infer<typeof ZReportQuery>;
export const ZPaperQuery = z.object({ orgUnitId: ZId, lang: ZLocale.optional() });
export type TPaperQuery = z.infer<typeof ZPaperQuery>;
export const ZPaperImportQuery = z.object({ fileName: z.string().trim().min(1).max(255) });
/** Paper results written: forms submitted, ratings stored, rows left out because no level was typed. */
export const ZPaperImportResult = z.object({ formsSubmitted: z.number().int(), ratings: z.number().int(), skippedRows: z.number().int() });
export type TPaperImportResult = z.infer<typeof ZPaperImportResult>;
/** details of the VALIDATION error a rejected paper import answers with. */
export const ZPaperImportErrors = z.object({ errors: z.array(ZImportRowError) });
/** Kinds of problem a paper import reports (row 0 = a column problem); the UI translates them like staff import codes. */
export const PAPER_IMPORT_ERROR_CODES = [
  'missing_column',
  'unknown_competency',
  'required',
  'unknown_employee',
  'not_in_campaign',
  'invalid_form_kind',
  'invalid_level',
  'level_out_of_range',
  'not_in_profile',
  'missing_rating',
  'already_submitted',
  'duplicate_form',
] as const;
export type TPaperImportErrorCode = (typeof PAPER_IMPORT_ERROR_CODES)[number];
