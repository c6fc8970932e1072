import type { TEnrolment } from '@formasaun/shared';
import { Button, Checkbox, CloseButton, Group, Modal, Paper, Select, Stack, Text, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageLoader } from '../../components/PageLoader';
import { useCan } from '../auth/session';
import { useOfficerSearch } from '../users/api';
import { useDecide, useEnrolDirectly, useSessionEnrolments, useWithdraw } from './api';
import { EnrolmentCard, ReasonModal, useOutcomeNotice, DeclineModal } from './EnrolmentParts';

type Picked = { id: string; label: string };

function AddParticipantsModal({ sessionId, opened, onClose }: { sessionId: string; opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const enrol = useEnrolDirectly();
  const [picked, setPicked] = useState<Picked[]>([]);
  const [override, setOverride] = useState(false);
  const close = () => {
    enrol.reset();
    setPicked([]);
    setOverride(false);
    onClose();
  };
  const submit = () =>
    enrol.mutate(
      { sessionId, input: { officerIds: picked.map((p) => p.id), ...(override ? { override: true } : {}) } },
      {
        onSuccess: (res) => {
          const seated = res.items.filter((i) => i.status === 'enrolled').length;
          notifications.show({ color: 'teal', message: t('enrolment.added', { seated, waitlisted: res.items.length - seated }) });
          close();
        },
      },
    );
  return (
    <Modal opened={opened} onClose={close} title={t('enrolment.addParticipants')}>
      <Stack>
        <OfficerAdder picked={picked} onPick={(p) => setPicked([...picked, p])} />
        <PickedList picked={picked} setPicked={setPicked} />
        <Checkbox label={t('enrolment.override')} description={t('enrolment.overrideHint')} checked={override} onChange={(e) => setOverride(e.currentTarget.checked)} />
        <ErrorAlert error={enrol.error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
            {t('common.cancel')}
          </Button>
          <Button onClick={submit} disabled={picked.length === 0} loading={enrol.isPending}>
            {t('enrolment.enrolCount', { count: picked.length })}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

/** Searches officers by name or employee number; each choice is added to the list below and the field clears. */
function OfficerAdder({ picked, onPick }: { picked: Picked[]; onPick: (p: Picked) => void }) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 300);
  const results = useOfficerSearch(debounced);
  const data = (results.data?.items ?? []).map((o) => ({
    value: o.id,
    label: `${o.employeeNumber} — ${o.familyName}, ${o.givenNames}`,
    disabled: o.status === 'left' || picked.some((p) => p.id === o.id),
  }));
  return (
    <Select
      label={t('enrolment.findOfficer')}
      placeholder={t('enrolment.findOfficerPlaceholder')}
      searchable
      filter={({ options }) => options}
      searchValue={search}
      onSearchChange={setSearch}
      value={null}
      onChange={(id, option) => {
        if (id && option) onPick({ id, label: option.label });
        setSearch('');
      }}
      data={data}
      nothingFoundMessage={debounced.trim().length >= 2 ? t('common.nothingFound') : t('enrolment.typeToSearch')}
    />
  );
}

function PickedList({ picked, setPicked }: { picked: Picked[]; setPicked: (p: Picked[]) => void }) {
  const { t } = useTranslation();
  if (picked.length === 0) return <Text size="sm" c="dimmed">{t('enrolment.nonePicked')}</Text>;
  return (
    <Stack gap={4}>
      {picked.map((p) => (
        <Group key={p.id} justify="space-between" wrap="nowrap">
          <Text size="sm">{p.label}</Text>
          <CloseButton aria-label={t('enrolment.removePicked', { name: p.label })} onClick={() => setPicked(picked.filter((x) => x.id !== p.id))} />
        </Group>
      ))}
    </Stack>
  );
}

/**
 * A session's participants: enrolled (with unit and position), the waitlist in order, pending nominations and
 * requests with approve / decline for the manager, adding participants and withdrawals. Trainers see the enrolled list.
 */
export function ParticipantsPanel({ sessionId }: { sessionId: string }) {
  const { t } = useTranslation();
  const can = useCan();
  const canDecide = can('EnrolmentDecide');
  const canWithdraw = canDecide || can('EnrolmentNominate');
  const data = useSessionEnrolments(sessionId);
  const decide = useDecide();
  const withdraw = useWithdraw();
  const notice = useOutcomeNotice();
  const [adding, setAdding] = useState(false);
  const [declining, setDeclining] = useState<TEnrolment | null>(null);
  const [withdrawing, setWithdrawing] = useState<TEnrolment | null>(null);

  if (data.isPending) return <PageLoader />;
  if (data.error) return <ErrorAlert error={data.error} />;
  const items = data.data.items;
  const enrolled = items.filter((e) => e.status === 'enrolled');
  const waitlist = items.filter((e) => e.status === 'waitlisted').sort((a, b) => (a.waitlistPosition ?? 0) - (b.waitlistPosition ?? 0));
  const pending = items.filter((e) => e.status === 'nominated' || e.status === 'requested');
  const closed = items.filter((e) => ['declined', 'withdrawn', 'cancelled'].includes(e.status));

  const approve = (e: TEnrolment) =>
    decide.mutate({ id: e.id, input: { decision: 'approve' } }, { onSuccess: (r) => notice.done(r.status, r.waitlistPosition), onError: notice.failed });
  const actions = (e: TEnrolment) => (
    <>
      {canDecide && (e.status === 'nominated' || e.status === 'requested') && (
        <>
          <Button size="xs" onClick={() => approve(e)} loading={decide.isPending && decide.variables.id === e.id}>
            {t('enrolment.approve')}
          </Button>
          <Button size="xs" variant="default" onClick={() => setDeclining(e)}>
            {t('enrolment.decline')}
          </Button>
        </>
      )}
      {canWithdraw && (
        <Button size="xs" variant="subtle" color="red" onClick={() => setWithdrawing(e)}>
          {t('enrolment.withdraw')}
        </Button>
      )}
    </>
  );
  const section = (title: string, rows: TEnrolment[], empty: string, withActions = true) => (
    <Stack gap="xs">
      <Title order={4}>
        {title} <Text span c="dimmed" size="sm">({rows.length})</Text>
      </Title>
      {rows.length === 0 ? (
        <Text size="sm" c="dimmed">
          {empty}
        </Text>
      ) : (
        rows.map((e) => <EnrolmentCard key={e.id} e={e} show="officer" actions={withActions ? actions(e) : undefined} />)
      )}
    </Stack>
  );

  return (
    <Stack>
      <Group justify="space-between" wrap="wrap">
        <Title order={3}>{t('enrolment.participants')}</Title>
        <Group gap="sm">
          <Paper withBorder px="sm" py={4}>
            <Text size="sm" fw={600}>
              {t('enrolment.seats', { enrolled: data.data.enrolledCount, capacity: data.data.capacity })}
            </Text>
          </Paper>
          {canDecide && <Button onClick={() => setAdding(true)}>{t('enrolment.addParticipants')}</Button>}
        </Group>
      </Group>
      {section(t('enrolment.enrolled'), enrolled, t('enrolment.noneEnrolled'), canWithdraw)}
      {canWithdraw && section(t('enrolment.waitlist'), waitlist, t('enrolment.noneWaiting'))}
      {canWithdraw && section(t('enrolment.pending'), pending, t('enrolment.nonePending'))}
      {canWithdraw && closed.length > 0 && section(t('enrolment.closed'), closed, '', false)}

      <AddParticipantsModal sessionId={sessionId} opened={adding} onClose={() => setAdding(false)} />
      <DeclineModal enrolment={declining} onClose={() => setDeclining(null)} />
      <ReasonModal
        opened={withdrawing !== null}
        title={t('enrolment.withdrawTitle', { name: withdrawing?.officerName ?? '' })}
        confirm={t('enrolment.withdraw')}
        required={false}
        busy={withdraw.isPending}
        error={withdraw.error}
        onClose={() => {
          withdraw.reset();
          setWithdrawing(null);
        }}
        onConfirm={(reason) => withdraw.mutate({ id: withdrawing!.id, reason }, { onSuccess: () => (setWithdrawing(null), notice.done('withdrawn')) })}
      />
    </Stack>
  );
}
