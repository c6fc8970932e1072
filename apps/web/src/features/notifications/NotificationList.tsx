import type { TNotification } from '@formasaun/shared';
import { Badge, Button, Center, Checkbox, Group, Pagination, Paper, Stack, Text } from '@mantine/core';
import { notifications as toast } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { errorMessage } from '../../api/errors';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDateTime } from '../../components/format';
import { PageLoader } from '../../components/PageLoader';
import { useMarkRead, useMyNotifications, useReadAll } from './api';

function NotificationItem({ n, onRead, busy }: { n: TNotification; onRead: () => void; busy: boolean }) {
  const { t } = useTranslation();
  const unread = n.readAt === null;
  return (
    <Paper withBorder p="sm" radius="sm" bg={unread ? 'blue.0' : undefined} style={unread ? { borderLeft: '4px solid var(--mantine-color-blue-6)' } : undefined}>
      <Stack gap={4}>
        <Group justify="space-between" gap="xs" wrap="nowrap" align="flex-start">
          <Text fw={unread ? 700 : 500} size="sm" style={{ overflowWrap: 'anywhere' }}>
            {n.title}
          </Text>
          <Badge variant="light" size="sm" style={{ flexShrink: 0 }}>
            {t(`notifications.kind.${n.kind}`)}
          </Badge>
        </Group>
        <Text size="sm" style={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}>
          {n.body}
        </Text>
        <Group justify="space-between" gap="xs">
          <Text size="xs" c="dimmed">
            {formatDateTime(n.createdAt)}
            {unread ? ` · ${t('notifications.unread')}` : ''}
          </Text>
          <Group gap="xs">
            {unread && (
              <Button size="compact-sm" variant="subtle" onClick={onRead} loading={busy}>
                {t('notifications.markRead')}
              </Button>
            )}
            {n.link && (
              <Button size="compact-sm" variant="light" component={Link} to={n.link} onClick={unread ? onRead : undefined}>
                {t('notifications.open')}
              </Button>
            )}
          </Group>
        </Group>
      </Stack>
    </Paper>
  );
}

/** The signed-in person's notifications, newest first, unread ones highlighted. */
export function NotificationList() {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const [unreadOnly, setUnreadOnly] = useState(false);
  const list = useMyNotifications(page, unreadOnly);
  const markRead = useMarkRead();
  const readAll = useReadAll();
  const fail = (error: unknown) => toast.show({ color: 'red', message: errorMessage(t, error) });

  if (list.isPending) return <PageLoader />;
  if (list.isError) return <ErrorAlert error={list.error} />;
  const { items, total, pageSize } = list.data;
  return (
    <Stack gap="sm">
      <Group justify="space-between" gap="xs">
        <Checkbox
          label={t('notifications.unreadOnly')}
          checked={unreadOnly}
          onChange={(e) => {
            setUnreadOnly(e.currentTarget.checked);
            setPage(1);
          }}
        />
        <Button size="xs" variant="default" onClick={() => readAll.mutate(undefined, { onError: fail })} loading={readAll.isPending}>
          {t('notifications.readAll')}
        </Button>
      </Group>
      {items.length === 0 && (
        <Text c="dimmed" size="sm">
          {t('notifications.none')}
        </Text>
      )}
      {items.map((n) => (
        <NotificationItem key={n.id} n={n} busy={markRead.isPending && markRead.variables === n.id} onRead={() => markRead.mutate(n.id, { onError: fail })} />
      ))}
      {total > pageSize && (
        <Center>
          <Pagination total={Math.ceil(total / pageSize)} value={page} onChange={setPage} size="sm" />
        </Center>
      )}
    </Stack>
  );
}
