import { NOTIFICATION_EMAIL_STATUSES, NOTIFICATION_KINDS, type TNotificationEmailStatus, type TNotificationKind, type TOutboxItem } from '@formasaun/shared';
import { Badge, Center, Group, Pagination, Paper, Select, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDateTime } from '../../components/format';
import { PageLoader } from '../../components/PageLoader';
import { useOutbox } from './api';

const STATUS_COLOR: Record<TNotificationEmailStatus, string> = { pending: 'gray', sent: 'teal', failed: 'red', not_configured: 'blue', no_address: 'orange' };

function OutboxItem({ item }: { item: TOutboxItem }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="sm" radius="sm">
      <Stack gap={4}>
        <Group justify="space-between" gap="xs" wrap="nowrap" align="flex-start">
          <Text fw={600} size="sm" style={{ overflowWrap: 'anywhere' }}>
            {item.recipientName}
          </Text>
          <Badge color={STATUS_COLOR[item.emailStatus]} variant="light" size="sm" style={{ flexShrink: 0 }}>
            {t(`notifications.status.${item.emailStatus}`)}
          </Badge>
        </Group>
        <Text size="sm">
          {t(`notifications.kind.${item.kind}`)}
          {item.sessionCode ? ` · ${t('notifications.session', { code: item.sessionCode })}` : ''}
        </Text>
        {item.emailTo && (
          <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
            {t('notifications.to')}: {item.emailTo}
          </Text>
        )}
        {item.emailError && (
          <Text size="xs" c="red" style={{ overflowWrap: 'anywhere' }}>
            {item.emailError}
          </Text>
        )}
        <Text size="xs" c="dimmed">
          {formatDateTime(item.sentAt ?? item.createdAt)}
          {item.attempts > 0 ? ` · ${t('notifications.attempts', { count: item.attempts })}` : ''}
        </Text>
      </Stack>
    </Paper>
  );
}

/** Everyone's notifications with what their e-mail did, for the training manager. */
export function OutboxList() {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const [status, setStatus] = useState<TNotificationEmailStatus | null>(null);
  const [kind, setKind] = useState<TNotificationKind | null>(null);
  const outbox = useOutbox(page, { status, kind });

  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        {t('notifications.outboxHint')}
      </Text>
      <Group gap="xs" grow>
        <Select
          label={t('notifications.filterStatus')}
          placeholder={t('notifications.all')}
          clearable
          value={status}
          onChange={(v) => {
            setStatus(v);
            setPage(1);
          }}
          data={NOTIFICATION_EMAIL_STATUSES.map((s) => ({ value: s, label: t(`notifications.status.${s}`) }))}
        />
        <Select
          label={t('notifications.filterKind')}
          placeholder={t('notifications.all')}
          clearable
          value={kind}
          onChange={(v) => {
            setKind(v);
            setPage(1);
          }}
          data={NOTIFICATION_KINDS.map((k) => ({ value: k, label: t(`notifications.kind.${k}`) }))}
        />
      </Group>
      {outbox.isPending && <PageLoader />}
      {outbox.isError && <ErrorAlert error={outbox.error} />}
      {outbox.data?.items.length === 0 && (
        <Text c="dimmed" size="sm">
          {t('notifications.none')}
        </Text>
      )}
      {outbox.data?.items.map((item) => <OutboxItem key={item.id} item={item} />)}
      {outbox.data && outbox.data.total > outbox.data.pageSize && (
        <Center>
          <Pagination total={Math.ceil(outbox.data.total / outbox.data.pageSize)} value={page} onChange={setPage} size="sm" />
        </Center>
      )}
    </Stack>
  );
}
