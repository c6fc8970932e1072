import { z } from 'zod';

export const ROLES = [
  'platform_operator',
  'training_manager',
  'supervisor',
  'trainer',
  'officer',
  'programme_viewer',
] as const;
export const ZRole = z.enum(ROLES);
export type TRole = z.infer<typeof ZRole>;

/** One enum of permissions, ResourceAction; policies check these, never the UI alone. */
export const PERMISSIONS = [
  'AdministrationList',
  'AdministrationManage',
  'OrgUnitRead',
  'OrgUnitWrite',
  'LocationRead',
  'LocationWrite',
  'PositionRead',
  'PositionWrite',
  'OfficerRead',
  'OfficerWrite',
  'OfficerImport',
  'OfficerExport',
  'UserRead',
  'UserWrite',
  'AggregateRead',
  'FrameworkRead',
  'FrameworkWrite',
  'CampaignRead',
  'CampaignManage',
  'AssessmentSelf',
  'AssessmentSupervise',
  'NeedsRead',
  'CatalogueRead',
  'CatalogueWrite',
  'StrategyRead',
  'StrategyWrite',
  'FundingRead',
  'FundingWrite',
  'PlanRead',
  'PlanWrite',
  'PlanApprove',
  // The training centre: venues, trainers, sessions and scheduling (read: the centre calendar).
  'CentreRead',
  'CentreWrite',
  // Nominating officers of one's subtree; deciding nominations (the training manager).
  'EnrolmentNominate',
  'EnrolmentDecide',
  // One's own learning: upcoming sessions, requests for open courses, history, certificates, calendar.
  'LearningSelf',
  // Attendance and results: trainers for the sessions they train, the manager for all.
  'AttendanceRecord',
  // Plan vs actual, costs, sustainability figures.
  'CentreReport',
  // Evaluation (Kirkpatrick levels 1–4): results and dashboards; instruments, KPI values.
  'EvaluationRead',
  'EvaluationWrite',
] as const;
export const ZPermission = z.enum(PERMISSIONS);
export type TPermission = z.infer<typeof ZPermission>;

const MANAGER: TPermission[] = PERMISSIONS.filter(
  (p) => p !== 'AdministrationList' && p !== 'AdministrationManage',
);

export const ROLE_PERMISSIONS: Record<TRole, readonly TPermission[]> = {
  platform_operator: PERMISSIONS,
  training_manager: MANAGER,
  supervisor: [
    'OrgUnitRead',
    'LocationRead',
    'PositionRead',
    'OfficerRead',
    'OfficerExport',
    'AggregateRead',
    'FrameworkRead',
    'CampaignRead',
    'AssessmentSelf',
    'AssessmentSupervise',
    'NeedsRead',
    'CatalogueRead',
    'StrategyRead',
    'PlanRead',
    'CentreRead',
    'EnrolmentNominate',
    'LearningSelf',
    'EvaluationRead',
  ],
  trainer: [
    'OrgUnitRead',
    'LocationRead',
    'PositionRead',
    'OfficerRead',
    'FrameworkRead',
    'AssessmentSelf',
    'NeedsRead',
    'CatalogueRead',
    'CentreRead',
    'LearningSelf',
    'AttendanceRecord',
  ],
  officer: ['OrgUnitRead', 'LocationRead', 'PositionRead', 'OfficerRead', 'FrameworkRead', 'AssessmentSelf', 'NeedsRead', 'CatalogueRead', 'CentreRead', 'LearningSelf'],
  programme_viewer: ['AggregateRead'],
};

export function permissionsOf(roles: readonly TRole[]): Set<TPermission> {
  const out = new Set<TPermission>();
  for (const role of roles) for (const p of ROLE_PERMISSIONS[role]) out.add(p);
  return out;
}

/**
 * How far an actor's officer visibility reaches: the whole administration, the
 * supervised org-unit subtrees, or only the actor's own officer record.
 */
export type TOfficerScope = 'administration' | 'subtree' | 'self' | 'none';

export function officerScopeOf(roles: readonly TRole[]): TOfficerScope {
  if (roles.includes('platform_operator') || roles.includes('training_manager')) return 'administration';
  if (roles.includes('supervisor')) return 'subtree';
  if (roles.includes('officer') || roles.includes('trainer')) return 'self';
  return 'none';
}
