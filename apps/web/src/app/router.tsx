import { lazy, Suspense, type ReactNode } from 'react';
import { createBrowserRouter } from 'react-router';
import type { TPermission } from '@formasaun/shared';
import { PageLoader } from '../components/PageLoader';
import { AppLayout } from './AppLayout';
import { NotFoundPage } from './NotFoundPage';
import { HomeRedirect, RequirePermission, RequireSession } from './RequireSession';

const SignInPage = lazy(() => import('../features/auth/SignInPage'));
const OrgTreePage = lazy(() => import('../features/organisation/OrgTreePage'));
const StaffPage = lazy(() => import('../features/staff/StaffPage'));
const OfficerPage = lazy(() => import('../features/staff/OfficerPage'));
const ImportPage = lazy(() => import('../features/import/ImportPage'));
const UsersPage = lazy(() => import('../features/users/UsersPage'));
const SummaryPage = lazy(() => import('../features/summary/SummaryPage'));
const FrameworkPage = lazy(() => import('../features/competency/FrameworkPage'));
const PrioritiesPage = lazy(() => import('../features/competency/PrioritiesPage'));
const CataloguePage = lazy(() => import('../features/catalogue/CataloguePage'));
const CampaignsPage = lazy(() => import('../features/needs/CampaignsPage'));
const CampaignCreatePage = lazy(() => import('../features/needs/CampaignCreatePage'));
const CampaignPage = lazy(() => import('../features/needs/CampaignPage'));
const TeamAssessmentPage = lazy(() => import('../features/needs/TeamAssessmentPage'));
const ResultsPage = lazy(() => import('../features/needs/ResultsPage'));
const ProfilePage = lazy(() => import('../features/needs/ProfilePage'));
const MyAssessmentsPage = lazy(() => import('../features/needs/MyAssessmentsPage'));
const AssessmentFormPage = lazy(() => import('../features/needs/AssessmentFormPage'));
const StrategyPage = lazy(() => import('../features/strategy/StrategyPage'));
const FundingPage = lazy(() => import('../features/funding/FundingPage'));
const CapacityPage = lazy(() => import('../features/funding/CapacityPage'));
const PlansPage = lazy(() => import('../features/planning/PlansPage'));
const PlanComparePage = lazy(() => import('../features/planning/ComparePage'));
const PlanPage = lazy(() => import('../features/planning/PlanPage'));
const VenuesPage = lazy(() => import('../features/venues/VenuesPage'));
const TrainersPage = lazy(() => import('../features/trainers/TrainersPage'));
const TrainerPage = lazy(() => import('../features/trainers/TrainerPage'));
const CalendarPage = lazy(() => import('../features/sessions/CalendarPage'));
const SessionsPage = lazy(() => import('../features/sessions/SessionsPage'));
const SessionPage = lazy(() => import('../features/sessions/SessionPage'));
const SchedulePage = lazy(() => import('../features/sessions/SchedulePage'));
const PlanActualPage = lazy(() => import('../features/sessions/PlanActualPage'));
const ApprovalsPage = lazy(() => import('../features/enrolment/ApprovalsPage'));
const TeamPage = lazy(() => import('../features/enrolment/TeamPage'));
const MyLearningPage = lazy(() => import('../features/attendance/MyLearningPage'));
const MySessionsPage = lazy(() => import('../features/attendance/MySessionsPage'));
const AttendancePage = lazy(() => import('../features/attendance/AttendancePage'));
const VerifyPage = lazy(() => import('../features/attendance/VerifyPage'));
const NotificationsPage = lazy(() => import('../features/notifications/NotificationsPage'));
const KpiResultsPage = lazy(() => import('../features/evaluation/KpiResultsPage'));

function guarded(permission: TPermission, page: ReactNode) {
  return <RequirePermission permission={permission}>{page}</RequirePermission>;
}

export const router = createBrowserRouter([
  {
    path: '/sign-in',
    element: (
      <Suspense fallback={<PageLoader />}>
        <SignInPage />
      </Suspense>
    ),
  },
  {
    // Public: anyone holding a certificate's code may check it, signed in or not.
    path: '/verify/:code',
    element: (
      <Suspense fallback={<PageLoader />}>
        <VerifyPage />
      </Suspense>
    ),
  },
  {
    path: '/',
    element: (
      <RequireSession>
        <AppLayout />
      </RequireSession>
    ),
    children: [
      { index: true, element: <HomeRedirect /> },
      { path: 'organisation', element: guarded('OrgUnitRead', <OrgTreePage />) },
      { path: 'staff', element: guarded('OfficerRead', <StaffPage />) },
      { path: 'staff/:id', element: guarded('OfficerRead', <OfficerPage />) },
      { path: 'import', element: guarded('OfficerImport', <ImportPage />) },
      { path: 'competencies', element: guarded('FrameworkRead', <FrameworkPage />) },
      { path: 'priorities', element: guarded('FrameworkRead', <PrioritiesPage />) },
      { path: 'catalogue', element: guarded('CatalogueRead', <CataloguePage />) },
      { path: 'campaigns', element: guarded('CampaignRead', <CampaignsPage />) },
      { path: 'campaigns/new', element: guarded('CampaignManage', <CampaignCreatePage />) },
      { path: 'campaigns/:id', element: guarded('CampaignRead', <CampaignPage />) },
      { path: 'campaigns/:id/team', element: guarded('AssessmentSupervise', <TeamAssessmentPage />) },
      // Programme viewers read aggregates without CampaignRead; officers read only their own profile.
      { path: 'campaigns/:id/results', element: guarded('AggregateRead', <ResultsPage />) },
      { path: 'campaigns/:id/profile', element: guarded('NeedsRead', <ProfilePage />) },
      { path: 'assessments', element: guarded('AssessmentSelf', <MyAssessmentsPage />) },
      { path: 'assessments/:id', element: guarded('AssessmentSelf', <AssessmentFormPage />) },
      { path: 'strategy', element: guarded('StrategyRead', <StrategyPage />) },
      { path: 'budgets', element: guarded('FundingRead', <FundingPage />) },
      { path: 'capacity', element: guarded('FundingRead', <CapacityPage />) },
      { path: 'plans', element: guarded('PlanRead', <PlansPage />) },
      { path: 'plans/compare', element: guarded('PlanRead', <PlanComparePage />) },
      { path: 'plans/:id', element: guarded('PlanRead', <PlanPage />) },
      { path: 'calendar', element: guarded('CentreRead', <CalendarPage />) },
      { path: 'sessions', element: guarded('CentreRead', <SessionsPage />) },
      { path: 'sessions/:id', element: guarded('CentreRead', <SessionPage />) },
      { path: 'sessions/:id/attendance', element: guarded('AttendanceRecord', <AttendancePage />) },
      { path: 'schedule', element: guarded('CentreWrite', <SchedulePage />) },
      { path: 'venues', element: guarded('CentreRead', <VenuesPage />) },
      { path: 'trainers', element: guarded('CentreRead', <TrainersPage />) },
      { path: 'trainers/:id', element: guarded('CentreRead', <TrainerPage />) },
      { path: 'nominations', element: guarded('EnrolmentDecide', <ApprovalsPage />) },
      { path: 'team', element: guarded('EnrolmentNominate', <TeamPage />) },
      { path: 'learning', element: guarded('LearningSelf', <MyLearningPage />) },
      { path: 'my-sessions', element: guarded('AttendanceRecord', <MySessionsPage />) },
      { path: 'operations', element: guarded('CentreReport', <PlanActualPage />) },
      { path: 'notifications', element: guarded('CentreRead', <NotificationsPage />) },
      { path: 'results', element: guarded('EvaluationRead', <KpiResultsPage />) },
      { path: 'users', element: guarded('UserRead', <UsersPage />) },
      { path: 'summary', element: guarded('AggregateRead', <SummaryPage />) },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
