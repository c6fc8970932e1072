import type { TPermission } from '@formasaun/shared';

export interface NavItem {
  path: string;
  /** i18n key of the label. */
  label: string;
  permission: TPermission;
  /** Step of the training cycle the item opens, shown as a number. */
  step?: number;
  dividerAfter?: boolean;
}

/** Navbar items in the order of the training cycle; only steps that exist are listed. */
export const NAV_ITEMS: readonly NavItem[] = [
  { path: '/organisation', label: 'nav.organisation', permission: 'OrgUnitRead', step: 1 },
  { path: '/staff', label: 'nav.staff', permission: 'OfficerRead' },
  { path: '/import', label: 'nav.import', permission: 'OfficerImport' },
  { path: '/competencies', label: 'nav.competencies', permission: 'FrameworkRead', step: 2 },
  { path: '/priorities', label: 'nav.priorities', permission: 'FrameworkRead' },
  { path: '/campaigns', label: 'nav.campaigns', permission: 'CampaignRead', step: 3 },
  { path: '/assessments', label: 'nav.assessments', permission: 'AssessmentSelf' },
  { path: '/strategy', label: 'strategy.nav', permission: 'StrategyRead', step: 4 },
  { path: '/catalogue', label: 'catalogue.nav', permission: 'CatalogueRead' },
  { path: '/budgets', label: 'funding.nav', permission: 'FundingRead' },
  { path: '/capacity', label: 'capacity.nav', permission: 'FundingRead' },
  { path: '/plans', label: 'planning.nav', permission: 'PlanRead' },
  { path: '/calendar', label: 'sessions.calendarNav', permission: 'CentreRead', step: 5 },
  { path: '/sessions', label: 'sessions.nav', permission: 'CentreWrite' },
  { path: '/schedule', label: 'sessions.scheduleNav', permission: 'CentreWrite' },
  { path: '/nominations', label: 'enrolment.approvalsNav', permission: 'EnrolmentDecide' },
  { path: '/team', label: 'enrolment.teamNav', permission: 'EnrolmentNominate' },
  { path: '/my-sessions', label: 'attendance.mySessionsNav', permission: 'AttendanceRecord' },
  { path: '/learning', label: 'attendance.learningNav', permission: 'LearningSelf' },
  { path: '/trainers', label: 'trainers.nav', permission: 'CentreWrite' },
  { path: '/venues', label: 'venues.nav', permission: 'CentreWrite' },
  { path: '/operations', label: 'sessions.planActualNav', permission: 'CentreReport' },
  { path: '/notifications', label: 'notifications.nav', permission: 'CentreRead' },
  { path: '/results', label: 'evaluation.resultsNav', permission: 'EvaluationRead', step: 7, dividerAfter: true },
  { path: '/users', label: 'nav.users', permission: 'UserRead' },
  { path: '/summary', label: 'nav.summary', permission: 'AggregateRead' },
];

/** Programme viewers see the summary; people who can read staff already see it in full. */
export function visibleNavItems(permissions: readonly TPermission[]): NavItem[] {
  return NAV_ITEMS.filter((item) => {
    if (!permissions.includes(item.permission)) return false;
    if (item.path === '/summary') return !permissions.includes('OfficerRead');
    return true;
  });
}
