import type { TTrainingSession } from '@formasaun/shared';
import { Alert, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDate, formatNumber } from '../../components/format';
import { PageLoader } from '../../components/PageLoader';
import { type Tone, ToneBadge } from '../../components/ToneBadge';
import { OpenSessionsPanel } from '../enrolment/OpenSessionsPanel';
import { CalendarFeedButton } from '../notifications/CalendarFeedButton';
import { useMyLearning } from './api';
import { CertificateLine, titleIn } from './AttendanceParts';
import { TrainingEvidenceList } from './TrainingEvidenceList';

const dates = (s: TTrainingSession) => (s.startDay ? (s.startDay === s.endDay ? formatDate(s.startDay) : `${formatDate(s.startDay)} – ${formatDate(s.endDay)}`) : '');

function outcomeOf(s: TTrainingSession): { key: string; tone: Tone } {
  if (s.completed === true) return { key: 'completed', tone: 'positive' };
  if (s.completed === false) return { key: 'notCompleted', tone: 'warning' };
  if (s.sessionStatus === 'cancelled') return { key: 'cancelled', tone: 'neutral' };
  return { key: s.enrolmentStatus, tone: 'neutral' };
}

function SessionLine({ s, upcoming }: { s: TTrainingSession; upcoming: boolean }) {
  const { t } = useTranslation();
  const outcome = outcomeOf(s);
  return (
    <Paper withBorder p="sm">
      <Group justify="space-between" wrap="wrap" gap="xs">
        <Stack gap={0} style={{ minWidth: 0 }}>
          <Text fw={500}>{titleIn(s.courseTitle)}</Text>
          <Text size="sm" c="dimmed">
            {[s.sessionCode, dates(s), s.roomName].filter(Boolean).join(' · ')}
          </Text>
        </Stack>
        <Group gap="xs">
          {upcoming ? (
            <ToneBadge tone={s.enrolmentStatus === 'enrolled' ? 'positive' : 'neutral'}>
              {s.waitlistPosition !== null ? t('attendance.learning.waitlistAt', { position: s.waitlistPosition }) : t(`attendance.learning.enrolment.${s.enrolmentStatus}`)}
            </ToneBadge>
          ) : (
            <ToneBadge tone={outcome.tone}>{t(`attendance.learning.outcome.${outcome.key}`)}</ToneBadge>
          )}
          {!upcoming && s.score !== null && (
            <Text size="sm" c="dimmed">
              {t('attendance.learning.score', { score: formatNumber(s.score) })}
            </Text>
          )}
        </Group>
      </Group>
    </Paper>
  );
}

/** The officer's own learning: what is coming, open courses to ask for, what was done, certificates and evidence. */
export default function MyLearningPage() {
  const { t } = useTranslation();
  const learning = useMyLearning();
  if (learning.isPending) return <PageLoader />;
  if (learning.error) return <ErrorAlert error={learning.error} />;
  const l = learning.data;
  return (
    <Stack gap="lg" maw={960}>
      <Group justify="space-between" wrap="wrap">
        <Title order={2}>{t('attendance.learningNav')}</Title>
        <CalendarFeedButton scope="officer" />
      </Group>
      {!l.officerId && <Alert color="gray">{t('attendance.learning.noOfficer')}</Alert>}
      <Stack gap="xs">
        <Title order={3}>{t('attendance.learning.upcoming')}</Title>
        {l.upcoming.length === 0 ? (
          <Text c="dimmed" size="sm">
            {t('attendance.learning.noUpcoming')}
          </Text>
        ) : (
          l.upcoming.map((s) => <SessionLine key={s.sessionId} s={s} upcoming />)
        )}
      </Stack>
      <OpenSessionsPanel officerId={l.officerId ?? undefined} />
      <Stack gap="xs">
        <Title order={3}>{t('attendance.learning.history')}</Title>
        {l.history.length === 0 ? (
          <Text c="dimmed" size="sm">
            {t('attendance.learning.noHistory')}
          </Text>
        ) : (
          l.history.map((s) => <SessionLine key={s.sessionId} s={s} upcoming={false} />)
        )}
      </Stack>
      <Stack gap="xs">
        <Title order={3}>{t('attendance.certificates.mine')}</Title>
        {l.certificates.length === 0 ? (
          <Text c="dimmed" size="sm">
            {t('attendance.certificates.none')}
          </Text>
        ) : (
          l.certificates.map((c) => (
            <Paper key={c.id} withBorder p="sm">
              <CertificateLine certificate={c} />
            </Paper>
          ))
        )}
      </Stack>
      {l.officerId && (
        <Stack gap="xs">
          <Title order={3}>{t('attendance.evidence.title')}</Title>
          <TrainingEvidenceList officerId={l.officerId} />
        </Stack>
      )}
    </Stack>
  );
}
