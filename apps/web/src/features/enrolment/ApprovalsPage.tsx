import type { TEnrolment } from '@formasaun/shared';
import { Button, Checkbox, Group, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDate } from '../../components/format';
import { PageLoader } from '../../components/PageLoader';
import { bySession, courseTitle, useDecide, useDecideMany, useEnrolmentQueue } from './api';
import { EnrolmentCard, useOutcomeNotice, DeclineModal } from './EnrolmentParts';

/** The training manager's queue: supervisors' nominations across sessions, approved one by one or in bulk, declined with a reason. */
export default function ApprovalsPage() {
  const { t } = useTranslation();
  const queue = useEnrolmentQueue('nominated');
  const decide = useDecide();
  const decideMany = useDecideMany();
  const notice = useOutcomeNotice();
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [declining, setDeclining] = useState<TEnrolment | null>(null);

  if (queue.isPending) return <PageLoader />;
  if (queue.error) return <ErrorAlert error={queue.error} />;
  const items = queue.data;
  const toggle = (id: string, on: boolean) => {
    const next = new Set(selected);
    if (on) next.add(id);
    else next.delete(id);
    setSelected(next);
  };
  const bulkApprove = () =>
    decideMany.mutate(
      { ids: items.filter((e) => selected.has(e.id)).map((e) => e.id), decision: 'approve' },
      {
        onSuccess: (res) => {
          const failed = res.items.filter((i) => i.error);
          const seated = res.items.filter((i) => i.status === 'enrolled').length;
          notifications.show({
            color: failed.length ? 'yellow' : 'teal',
            message: t('enrolment.bulkDone', { seated, waitlisted: res.items.filter((i) => i.status === 'waitlisted').length, failed: failed.length }),
          });
          for (const f of failed) notifications.show({ color: 'red', message: f.error!.message, autoClose: false });
          setSelected(new Set());
        },
        onError: notice.failed,
      },
    );

  return (
    <Stack>
      <Group justify="space-between" wrap="wrap">
        <Title order={2}>{t('enrolment.approvalsTitle')}</Title>
        <Group gap="sm">
          <Checkbox
            label={t('enrolment.selectAll')}
            checked={items.length > 0 && selected.size === items.length}
            indeterminate={selected.size > 0 && selected.size < items.length}
            onChange={(e) => setSelected(e.currentTarget.checked ? new Set(items.map((i) => i.id)) : new Set())}
          />
          <Button onClick={bulkApprove} disabled={selected.size === 0} loading={decideMany.isPending}>
            {t('enrolment.approveSelected', { count: selected.size })}
          </Button>
        </Group>
      </Group>
      <Text c="dimmed" size="sm">
        {t('enrolment.approvalsIntro')}
      </Text>
      {items.length === 0 && <Text>{t('enrolment.noNominations')}</Text>}
      {bySession(items).map((g) => (
        <Stack key={g.sessionId} gap="xs">
          <Title order={4}>
            {g.first.courseCode} — {courseTitle(g.first)}
          </Title>
          <Text size="sm" c="dimmed">
            {g.first.sessionCode} · {formatDate(g.first.startDay)} – {formatDate(g.first.endDay)}
          </Text>
          {g.items.map((e) => (
            <Group key={e.id} wrap="nowrap" align="flex-start" gap="xs">
              <Checkbox mt="sm" aria-label={t('enrolment.select', { name: e.officerName })} checked={selected.has(e.id)} onChange={(ev) => toggle(e.id, ev.currentTarget.checked)} />
              <div style={{ flex: 1, minWidth: 0 }}>
                <EnrolmentCard
                  e={e}
                  show="officer"
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
                {e.nominatedBy && (
                  <Text size="xs" c="dimmed" mt={2}>
                    {t('enrolment.nominatedBy', { name: e.nominatedBy })}
                  </Text>
                )}
              </div>
            </Group>
          ))}
        </Stack>
      ))}
      <DeclineModal enrolment={declining} onClose={() => setDeclining(null)} />
    </Stack>
  );
}
