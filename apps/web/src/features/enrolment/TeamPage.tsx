import type { TEnrolment, TTeam } from '@formasaun/shared';
import { Accordion, Badge, Button, Group, Modal, MultiSelect, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDate } from '../../components/format';
import { PageLoader } from '../../components/PageLoader';
import { courseTitle, useDecide, useEnrolmentQueue, useNominate, useTeam } from './api';
import { EnrolmentCard, StatusBadge, useOutcomeNotice, DeclineModal } from './EnrolmentParts';

type TeamSession = TTeam['sessions'][number];

function NominateModal({ session, team, onClose }: { session: TeamSession | null; team: TTeam; onClose: () => void }) {
  const { t } = useTranslation();
  const nominate = useNominate();
  const [chosen, setChosen] = useState<string[] | null>(null);
  const [note, setNote] = useState('');
  const busy = new Set(team.officers.filter((o) => o.enrolments.some((e) => e.sessionId === session?.id)).map((o) => o.id));
  const value = chosen ?? (session?.targetOfficerIds ?? []).filter((id) => !busy.has(id));
  const close = () => {
    nominate.reset();
    setChosen(null);
    setNote('');
    onClose();
  };
  const targeted = new Set(session?.targetOfficerIds ?? []);
  return (
    <Modal opened={session !== null} onClose={close} title={session ? t('enrolment.nominateTo', { course: courseTitle(session) }) : ''}>
      <Stack>
        <Text size="sm" c="dimmed">
          {t('enrolment.nominateHint')}
        </Text>
        <MultiSelect
          label={t('enrolment.officers')}
          searchable
          data={team.officers.map((o) => ({
            value: o.id,
            label: `${o.name} (${o.employeeNumber})${targeted.has(o.id) ? ` ★` : ''}`,
            disabled: busy.has(o.id),
          }))}
          value={value}
          onChange={setChosen}
        />
        <TextInput label={t('enrolment.noteOptional')} value={note} maxLength={500} onChange={(e) => setNote(e.currentTarget.value)} />
        <ErrorAlert error={nominate.error} fields={[]} />
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
            {t('common.cancel')}
          </Button>
          <Button
            disabled={value.length === 0}
            loading={nominate.isPending}
            onClick={() =>
              nominate.mutate(
                { sessionId: session!.id, input: { officerIds: value, ...(note.trim() ? { note: note.trim() } : {}) } },
                {
                  onSuccess: (r) => {
                    notifications.show({ color: 'teal', message: t('enrolment.nominated', { count: r.items.length }) });
                    close();
                  },
                },
              )
            }
          >
            {t('enrolment.nominateCount', { count: value.length })}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

/**
 * The supervisor's team: requests to decide, each officer's upcoming and completed training, and the upcoming
 * sessions to nominate to, those planned for the officers' groups first and marked.
 */
export default function TeamPage() {
  const { t } = useTranslation();
  const team = useTeam();
  const requests = useEnrolmentQueue('requested');
  const decide = useDecide();
  const notice = useOutcomeNotice();
  const [declining, setDeclining] = useState<TEnrolment | null>(null);
  const [nominating, setNominating] = useState<TeamSession | null>(null);

  if (team.isPending) return <PageLoader />;
  if (team.error) return <ErrorAlert error={team.error} />;
  const data = team.data;
  const sessions = [...data.sessions].sort((a, b) => Number(b.targetOfficerIds.length > 0) - Number(a.targetOfficerIds.length > 0));

  return (
    <Stack>
      <Title order={2}>{t('enrolment.teamTitle')}</Title>

      <Title order={3}>{t('enrolment.requestsToDecide')}</Title>
      {requests.error && <ErrorAlert error={requests.error} />}
      {requests.data?.length === 0 && <Text size="sm" c="dimmed">{t('enrolment.noRequests')}</Text>}
      {requests.data?.map((e) => (
        <EnrolmentCard
          key={e.id}
          e={e}
          show="both"
          actions={
            <>
              <Button
                size="xs"
                loading={decide.isPending && decide.variables.id === e.id}
                onClick={() => decide.mutate({ id: e.id, input: { decision: 'approve' } }, { onSuccess: (r) => notice.done(r.status, r.waitlistPosition), onError: notice.failed })}
              >
                {t('enrolment.approve')}
              </Button>
              <Button size="xs" variant="default" onClick={() => setDeclining(e)}>
                {t('enrolment.decline')}
              </Button>
            </>
          }
        />
      ))}

      <Title order={3}>{t('enrolment.upcomingSessions')}</Title>
      {sessions.length === 0 && <Text size="sm" c="dimmed">{t('enrolment.noUpcoming')}</Text>}
      {sessions.map((s) => (
        <Paper key={s.id} withBorder p="sm" style={s.targetOfficerIds.length ? { borderColor: 'var(--mantine-color-teal-6)', borderWidth: 2 } : undefined}>
          <Group justify="space-between" wrap="wrap" gap="xs">
            <Stack gap={2} style={{ flex: '1 1 14rem', minWidth: 0 }}>
              <Text fw={600} size="sm">
                {s.courseCode} — {courseTitle(s)}
              </Text>
              <Text size="xs" c="dimmed">
                {s.code} · {formatDate(s.startDay)} – {formatDate(s.endDay)} · {t('enrolment.seats', { enrolled: s.enrolledCount, capacity: s.capacity })}
              </Text>
              {s.targetOfficerIds.length > 0 && (
                <Text size="xs" c="teal.9" fw={600}>
                  {t('enrolment.plannedFor', { count: s.targetOfficerIds.length })}
                </Text>
              )}
            </Stack>
            <Button size="xs" variant={s.targetOfficerIds.length ? 'filled' : 'default'} onClick={() => setNominating(s)}>
              {t('enrolment.nominate')}
            </Button>
          </Group>
        </Paper>
      ))}

      <Title order={3}>{t('enrolment.officers')}</Title>
      {data.officers.length === 0 && <Text size="sm" c="dimmed">{t('enrolment.noOfficers')}</Text>}
      <Accordion variant="separated">
        {data.officers.map((o) => (
          <Accordion.Item key={o.id} value={o.id}>
            <Accordion.Control>
              <Group justify="space-between" wrap="wrap" gap={4}>
                <Stack gap={0}>
                  <Text fw={600} size="sm">
                    {o.name}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {[o.employeeNumber, o.orgUnitName, o.positionTitle].filter(Boolean).join(' · ')}
                  </Text>
                </Stack>
                <Group gap={4}>
                  <Badge variant="light" color="gray">{t('enrolment.upcomingCount', { count: o.enrolments.length })}</Badge>
                  <Badge variant="light" color="gray">{t('enrolment.completedCount', { count: o.completed.length })}</Badge>
                </Group>
              </Group>
            </Accordion.Control>
            <Accordion.Panel>
              <Stack gap="xs">
                {o.enrolments.length === 0 && <Text size="sm" c="dimmed">{t('enrolment.noLiveEnrolments')}</Text>}
                {o.enrolments.map((e) => (
                  <Group key={e.id} justify="space-between" wrap="wrap" gap={4}>
                    <Text size="sm">
                      {e.courseCode} — {courseTitle(e)} · {formatDate(e.startDay)}
                    </Text>
                    <StatusBadge status={e.status} position={e.waitlistPosition} />
                  </Group>
                ))}
                {o.completed.length > 0 && <Text size="sm" fw={600}>{t('enrolment.completed')}</Text>}
                {o.completed.map((c) => (
                  <Text key={c.sessionId} size="sm">
                    {c.courseCode} — {courseTitle(c)} · {formatDate(c.endDay)}
                  </Text>
                ))}
              </Stack>
            </Accordion.Panel>
          </Accordion.Item>
        ))}
      </Accordion>

      <NominateModal key={nominating?.id ?? 'none'} session={nominating} team={data} onClose={() => setNominating(null)} />
      <DeclineModal enrolment={declining} onClose={() => setDeclining(null)} />
    </Stack>
  );
}
