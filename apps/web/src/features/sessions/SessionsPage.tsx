import { FUNCTIONAL_AREAS, SESSION_STATUSES, type TSessionQuery } from '@formasaun/shared';
import { Button, Group, Modal, Select, SimpleGrid, Stack, TextInput, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageLoader } from '../../components/PageLoader';
import { quarterOptions, useApprovedPlans, useCreateSession, useFromPlan, useRoomOptions, useSessions, useTrainerOptions } from './api';
import { SessionForm } from './SessionForm';
import { SessionList } from './SessionList';

function FromPlanDialog({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const plans = useApprovedPlans();
  const fromPlan = useFromPlan();
  const [planId, setPlanId] = useState<string | null>(null);
  const [period, setPeriod] = useState<string | null>(null);
  const plan = plans.data?.find((p) => p.id === planId);
  return (
    <Stack>
      <Select label={t('sessions.plan')} data={(plans.data ?? []).map((p) => ({ value: p.id, label: p.name }))} value={planId} onChange={setPlanId} />
      <Select label={t('sessions.quarter')} disabled={!plan} data={plan ? quarterOptions(plan.fromYear, plan.toYear) : []} value={period} onChange={setPeriod} />
      <ErrorAlert error={fromPlan.error ?? plans.error} />
      <Group justify="flex-end">
        <Button
          loading={fromPlan.isPending}
          disabled={!planId || !period}
          onClick={() =>
            fromPlan.mutate(
              { planId: planId!, period: period! },
              {
                onSuccess: (r) => {
                  notifications.show({ color: 'teal', message: t('sessions.fromPlanDone', { created: r.created, skipped: r.skipped }) });
                  onDone();
                },
              },
            )
          }
        >
          {t('sessions.create')}
        </Button>
      </Group>
    </Stack>
  );
}

/** The training manager's list of sessions: filters, bulk creation from the approved plan, ad hoc sessions. */
export default function SessionsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [query, setQuery] = useState<TSessionQuery>({});
  const phone = useMediaQuery('(max-width: 48em)');
  const [filtersOpen, setFiltersOpen] = useState(false);
  const sessions = useSessions(query);
  const rooms = useRoomOptions();
  const trainers = useTrainerOptions();
  const create = useCreateSession();
  const [dialog, setDialog] = useState<'new' | 'plan' | null>(null);
  const set = (patch: Partial<TSessionQuery>) => setQuery((q) => Object.fromEntries(Object.entries({ ...q, ...patch }).filter(([, v]) => v)));
  const close = () => {
    create.reset();
    setDialog(null);
  };

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1}>{t('sessions.title')}</Title>
        <Group gap="xs">
          <Button variant="default" onClick={() => setDialog('plan')}>
            {t('sessions.fromPlan')}
          </Button>
          <Button onClick={() => setDialog('new')}>{t('sessions.newSession')}</Button>
        </Group>
      </Group>
      {/* On a phone the seven filters would fill the first screen: they open on demand. */}
      {phone && (
        <Button variant="default" onClick={() => setFiltersOpen((o) => !o)} aria-expanded={filtersOpen}>
          {t('sessions.filters', { count: Object.values(query).filter((v) => v !== undefined).length })}
        </Button>
      )}
      {(!phone || filtersOpen) && (
      <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }}>
        <TextInput type="date" label={t('sessions.from')} value={query.from ?? ''} onChange={(e) => set({ from: e.currentTarget.value || undefined })} />
        <TextInput type="date" label={t('sessions.to')} value={query.to ?? ''} onChange={(e) => set({ to: e.currentTarget.value || undefined })} />
        <Select label={t('sessions.status')} clearable placeholder={t('sessions.any')} data={SESSION_STATUSES.map((s) => ({ value: s, label: t(`sessions.statusName.${s}`) }))} value={query.status ?? null} onChange={(v) => set({ status: (v as TSessionQuery['status']) ?? undefined })} />
        <Select label={t('sessions.functionalArea')} clearable searchable placeholder={t('sessions.any')} data={FUNCTIONAL_AREAS.map((a) => ({ value: a, label: t(`functionalArea.${a}`, { defaultValue: a }) }))} value={query.functionalArea ?? null} onChange={(v) => set({ functionalArea: (v as TSessionQuery['functionalArea']) ?? undefined })} />
        <Select label={t('sessions.room')} clearable searchable placeholder={t('sessions.any')} data={(rooms.data ?? []).map((r) => ({ value: r.id, label: r.label }))} value={query.roomId ?? null} onChange={(v) => set({ roomId: v ?? undefined })} />
        <Select label={t('sessions.trainer')} clearable searchable placeholder={t('sessions.any')} data={(trainers.data ?? []).map((x) => ({ value: x.id, label: x.name }))} value={query.trainerId ?? null} onChange={(v) => set({ trainerId: v ?? undefined })} />
        <TextInput label={t('sessions.quarter')} placeholder="2018Q1" value={query.period ?? ''} onChange={(e) => set({ period: /^\d{4}Q[1-4]$/.test(e.currentTarget.value) ? e.currentTarget.value : undefined })} />
      </SimpleGrid>
      )}
      {sessions.error ? <ErrorAlert error={sessions.error} /> : sessions.data ? <SessionList sessions={sessions.data} /> : <PageLoader />}
      <Modal opened={dialog === 'new'} onClose={close} title={t('sessions.newSession')} size="lg" fullScreen={false}>
        <SessionForm session={null} pending={create.isPending} error={create.error} onSubmit={(input) => create.mutate(input, { onSuccess: (s) => void navigate(`/sessions/${s.id}`) })} />
      </Modal>
      <Modal opened={dialog === 'plan'} onClose={close} title={t('sessions.fromPlan')}>
        <FromPlanDialog onDone={close} />
      </Modal>
    </Stack>
  );
}
