import { Stack, Tabs, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useCan } from '../auth/session';
import { NotificationList } from './NotificationList';
import { OutboxList } from './OutboxList';

/** My notifications; for the training manager also the outbox with every e-mail's status. */
export default function NotificationsPage() {
  const { t } = useTranslation();
  const canSeeOutbox = useCan()('CentreWrite');
  return (
    <Stack gap="md" maw={820}>
      <Title order={2}>{t('notifications.title')}</Title>
      {canSeeOutbox ? (
        <Tabs defaultValue="mine" keepMounted={false}>
          <Tabs.List>
            <Tabs.Tab value="mine">{t('notifications.mine')}</Tabs.Tab>
            <Tabs.Tab value="outbox">{t('notifications.outbox')}</Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="mine" pt="md">
            <NotificationList />
          </Tabs.Panel>
          <Tabs.Panel value="outbox" pt="md">
            <OutboxList />
          </Tabs.Panel>
        </Tabs>
      ) : (
        <NotificationList />
      )}
    </Stack>
  );
}
