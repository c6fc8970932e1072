import { Alert, Button, CopyButton, Group, List, Modal, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { notifications as toast } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../api/errors';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDateTime } from '../../components/format';
import { type TFeedScope, useCalendarFeeds, useCreateFeed, useRevokeFeed } from './api';

interface CalendarFeedButtonProps {
  scope: TFeedScope;
  /** The room of a room feed. */
  subjectId?: string;
}

/** A button that opens the calendar subscription: create a secret address, copy it, see and revoke one's addresses. */
export function CalendarFeedButton({ scope, subjectId }: CalendarFeedButtonProps) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  const [url, setUrl] = useState<string | null>(null);
  // On a phone the dialog takes the whole screen, so the long address and the steps stay readable.
  const isPhone = useMediaQuery('(max-width: 36em)');
  const feeds = useCalendarFeeds(scope, opened);
  const create = useCreateFeed();
  const revoke = useRevokeFeed();
  const fail = (error: unknown) => toast.show({ color: 'red', message: errorMessage(t, error) });
  const mine = (feeds.data ?? []).filter((f) => scope !== 'room' || f.subjectId === subjectId);
  const close = () => {
    setOpened(false);
    setUrl(null);
    create.reset();
  };

  return (
    <>
      <Button variant="default" size="xs" onClick={() => setOpened(true)}>
        {t('notifications.feed.button')}
      </Button>
      <Modal opened={opened} onClose={close} title={t('notifications.feed.title')} size="lg" fullScreen={isPhone}>
        <Stack gap="sm">
          <Text fw={600}>{t(`notifications.feed.scope.${scope}`)}</Text>
          <Text size="sm">{t('notifications.feed.intro')}</Text>
          {url ? (
            <Alert color="teal" variant="light">
              <Stack gap="xs">
                <Text size="sm">{t('notifications.feed.created')}</Text>
                <TextInput value={url} readOnly aria-label={t('notifications.feed.title')} onFocus={(e) => e.currentTarget.select()} />
                <CopyButton value={url}>
                  {({ copied, copy }) => (
                    <Button size="xs" color={copied ? 'teal' : 'blue'} onClick={copy}>
                      {copied ? t('notifications.feed.copied') : t('notifications.feed.copy')}
                    </Button>
                  )}
                </CopyButton>
              </Stack>
            </Alert>
          ) : (
            <Group>
              <Button
                onClick={() => create.mutate({ scope, subjectId }, { onSuccess: (feed) => setUrl(feed.url) })}
                loading={create.isPending}
              >
                {t('notifications.feed.create')}
              </Button>
            </Group>
          )}
          <ErrorAlert error={create.error} />
          <Title order={5}>{t('notifications.feed.howTitle')}</Title>
          <List size="sm" spacing={4}>
            <List.Item>{t('notifications.feed.howOutlook')}</List.Item>
            <List.Item>{t('notifications.feed.howGoogle')}</List.Item>
            <List.Item>{t('notifications.feed.howPhone')}</List.Item>
          </List>
          <Title order={5}>{t('notifications.feed.yours')}</Title>
          {feeds.isError && <ErrorAlert error={feeds.error} />}
          {feeds.isSuccess && mine.length === 0 && (
            <Text size="sm" c="dimmed">
              {t('notifications.feed.noneYet')}
            </Text>
          )}
          {mine.map((f) => (
            <Paper key={f.id} withBorder p="xs" radius="sm" opacity={f.revokedAt ? 0.6 : 1}>
              <Group justify="space-between" gap="xs">
                <Stack gap={0}>
                  {f.subjectName && <Text size="sm">{f.subjectName}</Text>}
                  <Text size="xs" c="dimmed">
                    {t('notifications.feed.createdOn', { date: formatDateTime(f.createdAt) })}
                    {f.revokedAt ? ` · ${t('notifications.feed.revoked')}` : ''}
                  </Text>
                </Stack>
                {!f.revokedAt && (
                  <Button
                    size="compact-sm"
                    color="red"
                    variant="light"
                    loading={revoke.isPending && revoke.variables === f.id}
                    onClick={() =>
                      revoke.mutate(f.id, { onSuccess: () => toast.show({ color: 'teal', message: t('notifications.feed.revokedDone') }), onError: fail })
                    }
                  >
                    {t('notifications.feed.revoke')}
                  </Button>
                )}
              </Group>
            </Paper>
          ))}
        </Stack>
      </Modal>
    </>
  );
}
