import type { TSessionStatusChange } from '@formasaun/shared';
import { Badge, Button, Card, Group, Modal, Stack, Tabs, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDate } from '../../components/format';
import { PageLoader } from '../../components/PageLoader';
import { AttendancePanel } from '../attendance/AttendancePanel';
import { DocumentsPanel } from '../attendance/DocumentsPanel';
import { ResultsPanel } from '../attendance/ResultsPanel';
import { useCan } from '../auth/session';
import { ParticipantsPanel } from '../enrolment/ParticipantsPanel';
import { STATUS_COLOR, titleOf, useSession, useSessionStatus, useUpdateSession } from './api';
import { CostsPanel } from './CostsPanel';
import { ConflictList, SessionForm } from './SessionForm';

const NEXT: Record<string, TSessionStatusChange['status'][]> = {
  draft: ['scheduled', 'cancelled'],
  scheduled: ['in_progress', 'completed', 'cancelled'],
  in_progress: ['completed', 'cancelled'],
  completed: [],
  cancelled: [],
};

/** One session: what, when, where and who; its status actions; participants, attendance, results, documents and costs. */
export default function SessionPage() {
  const { t } = useTranslation();
  const id = useParams().id!;
  const canWrite = useCan()('CentreWrite');
  const session = useSession(id);
  const update = useUpdateSession(id);
  const status = useSessionStatus(id);
  const [editing, setEditing] = useState(false);
  const [cancelling, setCancelling] = useState(false);
  const [reason, setReason] = useState('');

  if (session.error) return <ErrorAlert error={session.error} />;
  if (!session.data) return <PageLoader />;
  const s = session.data;
  const change = (to: TSessionStatusChange['status'], why?: string) =>
    status.mutate(
      { status: to, reason: why },
      {
        onSuccess: () => {
          notifications.show({ color: 'teal', message: t('sessions.saved') });
          setCancelling(false);
        },
      },
    );

  return (
    <Stack>
      <Group justify="space-between" align="start">
        <div>
          <Title order={1}>{titleOf(s)}</Title>
          <Text c="dimmed">
            {s.code} · {s.courseCode}
          </Text>
        </div>
        <Badge size="lg" color={STATUS_COLOR[s.status]} variant="light">
          {t(`sessions.statusName.${s.status}`)}
        </Badge>
      </Group>
      <Card withBorder>
        <Stack gap={4}>
          <Text>
            <b>{t('sessions.dates')}:</b> {s.startDay ? `${formatDate(s.startDay)} – ${formatDate(s.endDay)}` : (s.period ?? '—')}
          </Text>
          {s.days.length > 0 && (
            <Text size="sm" c="dimmed">
              {s.days.map((d) => `${formatDate(d.day)} ${d.startsAt}–${d.endsAt}`).join(' · ')}
            </Text>
          )}
          <Text>
            <b>{t('sessions.room')}:</b> {s.roomName ? `${s.venueName} · ${s.roomName}` : '—'}
          </Text>
          <Text>
            <b>{t('sessions.trainers')}:</b> {s.trainers.map((x) => `${x.name} (${x.role === 'lead' ? t('sessions.lead') : t('sessions.coTrainers')})`).join(', ') || '—'}
          </Text>
          <Text>
            <b>{t('sessions.seats')}:</b> {t('sessions.enrolled', { enrolled: s.enrolledCount, capacity: s.capacity })} · {t('sessions.waitlist')}: {s.waitlistCount} · {t('sessions.language')}: {s.language}
          </Text>
          {s.cancelReason && (
            <Text c="red">
              <b>{t('sessions.cancelReason')}:</b> {s.cancelReason}
            </Text>
          )}
          {s.notes && <Text style={{ whiteSpace: 'pre-wrap' }}>{s.notes}</Text>}
        </Stack>
      </Card>
      <ConflictList conflicts={s.conflicts} title={t('sessions.warnings')} color="yellow" />
      {canWrite && (
        <Group gap="xs">
          {(s.status === 'draft' || s.status === 'scheduled' || s.status === 'in_progress') && (
            <Button variant="default" onClick={() => setEditing(true)}>
              {t('sessions.edit')}
            </Button>
          )}
          {NEXT[s.status]!.map((to) => (
            <Button key={to} color={to === 'cancelled' ? 'red' : undefined} variant={to === 'cancelled' ? 'light' : 'filled'} loading={status.isPending} onClick={() => (to === 'cancelled' ? setCancelling(true) : change(to))}>
              {t(`sessions.action.${to}`)}
            </Button>
          ))}
        </Group>
      )}
      {!cancelling && !editing && <StatusError error={status.error} />}
      <Tabs defaultValue="participants" keepMounted={false}>
        <Tabs.List style={{ overflowX: 'auto', flexWrap: 'nowrap' }}>
          <Tabs.Tab value="participants">{t('sessions.tabs.participants')}</Tabs.Tab>
          <Tabs.Tab value="attendance">{t('sessions.tabs.attendance')}</Tabs.Tab>
          <Tabs.Tab value="results">{t('sessions.tabs.results')}</Tabs.Tab>
          <Tabs.Tab value="documents">{t('sessions.tabs.documents')}</Tabs.Tab>
          {canWrite && <Tabs.Tab value="costs">{t('sessions.tabs.costs')}</Tabs.Tab>}
        </Tabs.List>
        <Tabs.Panel value="participants" pt="md">
          <ParticipantsPanel sessionId={id} />
        </Tabs.Panel>
        <Tabs.Panel value="attendance" pt="md">
          <AttendancePanel sessionId={id} />
        </Tabs.Panel>
        <Tabs.Panel value="results" pt="md">
          <ResultsPanel sessionId={id} />
        </Tabs.Panel>
        <Tabs.Panel value="documents" pt="md">
          <DocumentsPanel sessionId={id} />
        </Tabs.Panel>
        {canWrite && (
          <Tabs.Panel value="costs" pt="md">
            <CostsPanel sessionId={id} />
          </Tabs.Panel>
        )}
      </Tabs>
      <Modal opened={editing} onClose={() => (update.reset(), setEditing(false))} title={t('sessions.edit')} size="lg">
        <SessionForm
          session={s}
          pending={update.isPending}
          error={update.error}
          onSubmit={({ courseId: _courseId, ...input }) => update.mutate(input, { onSuccess: () => (notifications.show({ color: 'teal', message: t('sessions.saved') }), setEditing(false)) })}
        />
      </Modal>
      <Modal opened={cancelling} onClose={() => (status.reset(), setCancelling(false))} title={t('sessions.action.cancelled')}>
        <Stack>
          <TextInput label={t('sessions.cancelReason')} required value={reason} onChange={(e) => setReason(e.currentTarget.value)} />
          <StatusError error={status.error} />
          <Button color="red" disabled={!reason.trim()} loading={status.isPending} onClick={() => change('cancelled', reason.trim())}>
            {t('sessions.action.cancelled')}
          </Button>
        </Stack>
      </Modal>
    </Stack>
  );
}

function StatusError({ error }: { error: unknown }) {
  return <ErrorAlert error={error} />;
}
