import { Button, Checkbox, Group, Modal, NumberInput, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { fieldErrors } from '../../api/errors';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useCan } from '../auth/session';
import { useCampaigns } from '../needs/api';
import { startOptimise, useCreatePlan, useStrategyOptions } from './api';

const FIELDS = ['name', 'campaignId', 'strategyId', 'fromYear', 'toYear', 'settings'] as const;

interface Fields {
  name: string;
  campaignId: string | null;
  strategyId: string | null;
  fromYear: number;
  toYear: number;
  includePledged: boolean;
  timeLimitSeconds: number;
  optimiseNow: boolean;
}

const toInt = (v: string | number, fallback: number) => (typeof v === 'number' ? v : Number.parseInt(v, 10) || fallback);

/** A new plan: a closed TNA campaign, optionally a strategy, and the years it covers. */
export function PlanCreateDialog({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const campaigns = useCampaigns(opened);
  const can = useCan();
  const strategies = useStrategyOptions(opened && can('StrategyRead'));
  const create = useCreatePlan();
  const [starting, setStarting] = useState(false);
  const year = new Date().getFullYear();
  const [fields, setFields] = useState<Fields>({
    name: '', campaignId: null, strategyId: null, fromYear: year, toYear: year + 2, includePledged: true, timeLimitSeconds: 20, optimiseNow: true,
  });
  const set = <K extends keyof Fields>(key: K, value: Fields[K]) => setFields((f) => ({ ...f, [key]: value }));

  const closed = (campaigns.data ?? []).filter((c) => c.status === 'closed');
  const errors = fieldErrors(create.error);
  const canSave = fields.name.trim() !== '' && fields.campaignId !== null && fields.toYear >= fields.fromYear;

  const chooseStrategy = (id: string | null) => {
    const strategy = strategies.data?.find((s) => s.id === id);
    setFields((f) => ({ ...f, strategyId: id, ...(strategy ? { fromYear: strategy.fromYear, toYear: strategy.toYear } : {}) }));
  };

  const close = () => {
    create.reset();
    onClose();
  };

  const openPlan = async (id: string) => {
    if (fields.optimiseNow) {
      setStarting(true);
      // The plan exists either way: a refused start shows on its page, where Optimise can be tried again.
      await startOptimise(queryClient, id).catch(() => undefined);
      setStarting(false);
    }
    onClose();
    await navigate(`/plans/${id}`);
  };

  const save = () => {
    if (!fields.campaignId) return;
    const { name, campaignId, strategyId, fromYear, toYear, includePledged, timeLimitSeconds } = fields;
    create.mutate(
      { name, campaignId, strategyId, fromYear, toYear, settings: { includePledged, timeLimitSeconds } },
      {
        onSuccess: (plan) => void openPlan(plan.id),
      },
    );
  };

  return (
    <Modal opened={opened} onClose={close} title={t('planning.create.title')} size="lg" closeButtonProps={{ 'aria-label': t('planning.close') }}>
      <Stack>
        <TextInput label={t('planning.create.name')} required value={fields.name} onChange={(e) => set('name', e.currentTarget.value)} error={errors.name} data-autofocus />
        <Select
          label={t('planning.create.campaign')}
          description={t('planning.create.campaignHint')}
          required
          data={closed.map((c) => ({ value: c.id, label: c.name }))}
          value={fields.campaignId}
          onChange={(v) => set('campaignId', v)}
          disabled={campaigns.isPending}
          error={errors.campaignId ?? (campaigns.data && closed.length === 0 ? t('planning.create.noCampaign') : undefined)}
          allowDeselect={false}
        />
        {campaigns.error && <ErrorAlert error={campaigns.error} />}
        {/* Strategies come from their own context; where it cannot be read the plan is built without one. */}
        {strategies.data && (
          <Select
            label={t('planning.create.strategy')}
            description={t('planning.create.strategyHint')}
            data={strategies.data.map((s) => ({ value: s.id, label: `${s.title} (${s.fromYear}–${s.toYear})` }))}
            value={fields.strategyId}
            onChange={chooseStrategy}
            clearable
            error={errors.strategyId}
          />
        )}
        <SimpleGrid cols={{ base: 1, xs: 2 }}>
          <NumberInput label={t('planning.create.fromYear')} required min={2000} max={2100} value={fields.fromYear} onChange={(v) => set('fromYear', toInt(v, year))} error={errors.fromYear} />
          <NumberInput
            label={t('planning.create.toYear')}
            required
            min={fields.fromYear}
            max={fields.fromYear + 9}
            value={fields.toYear}
            onChange={(v) => set('toYear', toInt(v, year))}
            error={errors.toYear ?? (fields.toYear < fields.fromYear ? t('planning.create.yearsOrder') : undefined)}
          />
        </SimpleGrid>
        <Checkbox label={t('planning.settings.includePledged')} description={t('planning.settings.includePledgedHint')} checked={fields.includePledged} onChange={(e) => set('includePledged', e.currentTarget.checked)} />
        <NumberInput
          label={t('planning.settings.timeLimit')}
          description={t('planning.settings.timeLimitHint')}
          min={1}
          max={600}
          suffix=" s"
          value={fields.timeLimitSeconds}
          onChange={(v) => set('timeLimitSeconds', Math.min(600, Math.max(1, toInt(v, 20))))}
          error={errors.settings}
          maw={240}
        />
        <Checkbox label={t('planning.create.optimiseNow')} checked={fields.optimiseNow} onChange={(e) => set('optimiseNow', e.currentTarget.checked)} />
        {create.error && <ErrorAlert error={create.error} fields={FIELDS} />}
        <Text size="xs" c="dimmed">
          {t('planning.create.hint')}
        </Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
            {t('common.cancel')}
          </Button>
          <Button onClick={save} disabled={!canSave} loading={create.isPending || starting}>
            {t('planning.create.save')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
