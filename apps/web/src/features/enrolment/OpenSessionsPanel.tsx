import type { TEnrolmentSessionSummary } from '@formasaun/shared';
import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDate } from '../../components/format';
import { PageLoader } from '../../components/PageLoader';
import { courseTitle, useMyEnrolments, useRequestSeat, useWithdraw } from './api';
import { EnrolmentCard, ReasonModal, StatusBadge, useOutcomeNotice } from './EnrolmentParts';

const LIVE = ['requested', 'nominated', 'enrolled', 'waitlisted'];

/**
 * For "My learning": the officer's live enrolments (seat, waitlist position, pending) and the sessions open for
 * requests, with request and withdraw. The officer is always the signed-in user (the prop is kept for the page).
 */
export function OpenSessionsPanel(_props: { officerId?: string }) {
  const { t } = useTranslation();
  const mine = useMyEnrolments();
  const request = useRequestSeat();
  const withdraw = useWithdraw();
  const notice = useOutcomeNotice();
  const [asking, setAsking] = useState<TEnrolmentSessionSummary | null>(null);
  const [leaving, setLeaving] = useState<string | null>(null);

  if (mine.isPending) return <PageLoader />;
  if (mine.error) return <ErrorAlert error={mine.error} />;
  const live = mine.data.items.filter((e) => LIVE.includes(e.status) && e.sessionStatus !== 'completed' && e.sessionStatus !== 'cancelled');
  const bySession = new Map(mine.data.items.map((e) => [e.sessionId, e]));

  return (
    <Stack>
      <Title order={3}>{t('enrolment.myEnrolments')}</Title>
      {live.length === 0 && <Text size="sm" c="dimmed">{t('enrolment.noLiveEnrolments')}</Text>}
      {live.map((e) => (
        <EnrolmentCard
          key={e.id}
          e={e}
          show="session"
          actions={
            <Button size="xs" variant="subtle" color="red" onClick={() => setLeaving(e.id)}>
              {t('enrolment.withdraw')}
            </Button>
          }
        />
      ))}
      <Title order={3}>{t('enrolment.openSessions')}</Title>
      {mine.data.openSessions.length === 0 && <Text size="sm" c="dimmed">{t('enrolment.noOpenSessions')}</Text>}
      {mine.data.openSessions.map((s) => {
        const own = bySession.get(s.id);
        const active = own && LIVE.includes(own.status);
        return (
          <Paper key={s.id} withBorder p="sm">
            <Group justify="space-between" wrap="wrap" gap="xs">
              <Stack gap={2} style={{ flex: '1 1 14rem', minWidth: 0 }}>
                <Text fw={600} size="sm">
                  {s.courseCode} — {courseTitle(s)}
                </Text>
                <Text size="xs" c="dimmed">
                  {s.code} · {formatDate(s.startDay)} – {formatDate(s.endDay)} · {t('enrolment.seatsLeft', { count: Math.max(0, s.capacity - s.enrolledCount) })}
                </Text>
              </Stack>
              {active ? (
                <StatusBadge status={own.status} position={own.waitlistPosition} />
              ) : (
                <Button size="xs" onClick={() => setAsking(s)}>
                  {t('enrolment.requestSeat')}
                </Button>
              )}
            </Group>
          </Paper>
        );
      })}
      <ReasonModal
        opened={asking !== null}
        title={t('enrolment.requestTitle', { course: asking ? courseTitle(asking) : '' })}
        confirm={t('enrolment.requestSeat')}
        color="blue"
        required={false}
        busy={request.isPending}
        error={request.error}
        onClose={() => {
          request.reset();
          setAsking(null);
        }}
        onConfirm={(note) => request.mutate({ sessionId: asking!.id, ...(note ? { note } : {}) }, { onSuccess: () => (setAsking(null), notice.done('requested')) })}
      />
      <ReasonModal
        opened={leaving !== null}
        title={t('enrolment.withdrawSelf')}
        confirm={t('enrolment.withdraw')}
        required={false}
        busy={withdraw.isPending}
        error={withdraw.error}
        onClose={() => {
          withdraw.reset();
          setLeaving(null);
        }}
        onConfirm={(reason) => withdraw.mutate({ id: leaving!, ...(reason ? { reason } : {}) }, { onSuccess: () => (setLeaving(null), notice.done('withdrawn')) })}
      />
    </Stack>
  );
}
