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
      { path: 'users', element: guarded('UserRead', <UsersPage />) },
      { path: 'summary', element: guarded('AggregateRead', <SummaryPage />) },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
