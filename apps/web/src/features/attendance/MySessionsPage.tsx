import type { TMySession } from '@formasaun/shared';
import { Anchor, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDate, today } from '../../components/format';
import { PageLoader } from '../../components/PageLoader';
import { ToneBadge } from '../../components/ToneBadge';
import { CalendarFeedButton } from '../notifications/CalendarFeedButton';
import { useMySessions } from './api';
import { titleIn } from './AttendanceParts';

function SessionCard({ s }: { s: TMySession }) {
  const { t } = useTranslation();
  const now = today();
  const running = s.sessionStatus !== 'draft' && s.sessionStatus !== 'cancelled' && s.sessionStatus !== 'completed' && s.startDay !== null && s.startDay <= now;
  return (
    <Paper withBorder p="sm">
      <Stack gap={6}>
        <Group justify="space-between" wrap="wrap" gap="xs">
          <Stack gap={0} style={{ minWidth: 0 }}>
            <Anchor component={Link} to={`/sessions/${s.sessionId}`} fw={500}>
              {titleIn(s.courseTitle)}
            </Anchor>
            <Text size="sm" c="dimmed">
              {[s.sessionCode, s.startDay ? `${formatDate(s.startDay)} – ${formatDate(s.endDay)}` : null, s.roomName].filter(Boolean).join(' · ')}
            </Text>
          </Stack>
          <Group gap="xs">
            <ToneBadge tone="neutral">{t(`attendance.mySessions.role.${s.role}`)}</ToneBadge>
            <ToneBadge tone={s.sessionStatus === 'completed' ? 'positive' : s.sessionStatus === 'cancelled' ? 'warning' : 'neutral'}>{t(`attendance.sessionStatus.${s.sessionStatus}`)}</ToneBadge>
          </Group>
        </Group>
        <Group justify="space-between" wrap="wrap" gap="xs">
          <Text size="sm">{t('attendance.mySessions.seats', { enrolled: s.enrolledCount, capacity: s.capacity })}</Text>
          {running && (
            <Button component={Link} to={`/sessions/${s.sessionId}/attendance`} size="sm">
              {t('attendance.mySessions.take')}
            </Button>
          )}
        </Group>
      </Stack>
    </Paper>
  );
}

/** The trainer's sessions, coming and past, with the way to take attendance. */
export default function MySessionsPage() {
  const { t } = useTranslation();
  const sessions = useMySessions();
  if (sessions.isPending) return <PageLoader />;
  if (sessions.error) return <ErrorAlert error={sessions.error} />;
  const { upcoming, past } = sessions.data;
  return (
    <Stack gap="lg" maw={900}>
      <Group justify="space-between" wrap="wrap">
        <Title order={2}>{t('attendance.mySessionsNav')}</Title>
        <CalendarFeedButton scope="trainer" />
      </Group>
      <Stack gap="xs">
        <Title order={3}>{t('attendance.mySessions.upcoming')}</Title>
        {upcoming.length === 0 ? <Text c="dimmed">{t('attendance.mySessions.none')}</Text> : upcoming.map((s) => <SessionCard key={s.sessionId} s={s} />)}
      </Stack>
      <Stack gap="xs">
        <Title order={3}>{t('attendance.mySessions.past')}</Title>
        {past.length === 0 ? <Text c="dimmed">{t('attendance.mySessions.nonePast')}</Text> : past.map((s) => <SessionCard key={s.sessionId} s={s} />)}
      </Stack>
    </Stack>
  );
}
