import { ActionIcon, Indicator } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCan } from '../auth/session';
import { useUnreadCount } from './api';

/** The header's bell: the unread count, linking to the notifications page. */
export function NotificationBell() {
  const { t } = useTranslation();
  const allowed = useCan()('CentreRead');
  const unread = useUnreadCount(allowed);
  if (!allowed) return null;
  const count = unread.data ?? 0;
  return (
    <Indicator label={count > 99 ? '99+' : count} size={16} color="red" disabled={count === 0} offset={4}>
      <ActionIcon component={Link} to="/notifications" variant="subtle" color="white" size={34} aria-label={t('notifications.bell', { count })}>
        <svg width="20" height="20" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" aria-hidden="true">
          <path d="M6 8a6 6 0 0 1 12 0c0 7 3 9 3 9H3s3-2 3-9" />
          <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" />
        </svg>
      </ActionIcon>
    </Indicator>
  );
}
