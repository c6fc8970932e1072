import { Alert } from '@mantine/core';
import type { TPermission } from '@formasaun/shared';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router';
import { ErrorAlert } from '../components/ErrorAlert';
import { PageLoader } from '../components/PageLoader';
import { useSessionQuery } from '../features/auth/session';
import { visibleNavItems } from './navigation';

function NoPages() {
  const { t } = useTranslation();
  return (
    <Alert color="gray" variant="light" title={t('shell.noPagesTitle')}>
      {t('shell.noPages')}
    </Alert>
  );
}

export function RequireSession({ children }: { children: ReactNode }) {
  const session = useSessionQuery();
  const location = useLocation();
  if (session.isPending) return <PageLoader />;
  if (session.error) return <ErrorAlert error={session.error} />;
  if (!session.data) {
    const next = `${location.pathname}${location.search}`;
    return <Navigate to={`/sign-in?next=${encodeURIComponent(next)}`} replace />;
  }
  return <>{children}</>;
}

/** Sends a user without the permission to their first page instead of an empty one. */
export function RequirePermission({ permission, children }: { permission: TPermission; children: ReactNode }) {
  const session = useSessionQuery();
  if (!session.data) return null;
  if (!session.data.permissions.includes(permission)) return <Navigate to="/" replace />;
  return <>{children}</>;
}

export function HomeRedirect() {
  const session = useSessionQuery();
  const first = visibleNavItems(session.data?.permissions ?? [])[0];
  if (!first) return <NoPages />;
  return <Navigate to={first.path} replace />;
}
