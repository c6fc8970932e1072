import { Button, Group, NumberInput, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrors } from '../../api/errors';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageLoader } from '../../components/PageLoader';
import { useCan } from '../auth/session';
import { useOrgUnits } from '../organisation/api';
import { useStrategies } from '../strategy/api';
import { useFundingSettings, useReleaseShares, useTrainerDays, useUpdateFundingSettings } from './api';
import { ReleaseSharesTable } from './ReleaseSharesTable';
import { TrainerDaysGrid } from './TrainerDaysGrid';

function SettingsForm({ daysPerQuarter, defaultShare, canWrite }: { daysPerQuarter: number; defaultShare: number; canWrite: boolean }) {
  const { t } = useTranslation();
  const save = useUpdateFundingSettings();
  const [days, setDays] = useState<number | string>(daysPerQuarter);
  const [percent, setPercent] = useState<number | string>(Math.round(defaultShare * 1000) / 10);
  const errors = fieldErrors(save.error);
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate(
          { daysPerQuarter: Number(days), defaultReleaseShare: Math.round(Number(percent) * 10) / 1000 },
          { onSuccess: () => notifications.show({ color: 'teal', message: t('capacity.saved') }) },
        );
      }}
    >
      <Stack gap="xs">
        <SimpleGrid cols={{ base: 1, xs: 2 }}>
          <NumberInput
            label={t('capacity.daysPerQuarter')}
            description={t('capacity.daysPerQuarterHint')}
            value={days}
            onChange={setDays}
            min={1}
            max={92}
            allowDecimal={false}
            disabled={!canWrite}
            error={errors.daysPerQuarter}
          />
          <NumberInput
            label={t('capacity.defaultShare')}
            description={t('capacity.defaultShareHint')}
            value={percent}
            onChange={setPercent}
            min={0.1}
            max={100}
            decimalScale={1}
            suffix=" %"
            disabled={!canWrite}
            error={errors.defaultReleaseShare}
          />
        </SimpleGrid>
        {save.error ? <ErrorAlert error={save.error} fields={['daysPerQuarter', 'defaultReleaseShare']} /> : null}
        {canWrite && (
          <Group justify="flex-end">
            <Button type="submit" loading={save.isPending}>
              {t('common.save')}
            </Button>
          </Group>
        )}
      </Stack>
    </form>
  );
}

/** Capacity inputs of the plan: trainer-days per quarter and how many officers each unit can release at once. */
export default function CapacityPage() {
  const { t } = useTranslation();
  const can = useCan();
  const canWrite = can('FundingWrite');
  const strategies = useStrategies();
  // The grid opens on the latest strategy's years: the years the plan is built for.
  const latest = can('StrategyRead') ? strategies.data?.[0] : undefined;
  const [fromYear, setFromYear] = useState<number | null>(null);
  const from = fromYear ?? latest?.fromYear ?? new Date().getFullYear();
  const span = latest ? latest.toYear - latest.fromYear : 2;
  const days = useTrainerDays(from, from + span);
  const shares = useReleaseShares();
  const settings = useFundingSettings();
  const units = useOrgUnits();

  const failed = days.error ?? shares.error ?? settings.error ?? units.error;
  if (failed) return <ErrorAlert error={failed} />;
  return (
    <Stack>
      <Title order={1}>{t('capacity.title')}</Title>
      <Text c="dimmed" size="sm">
        {t('capacity.hint')}
      </Text>

      <Paper withBorder p={{ base: 'sm', sm: 'md' }}>
        <Title order={2} size="h3" mb="xs">
          {t('capacity.settings')}
        </Title>
        {settings.data ? (
          <SettingsForm
            key={`${settings.data.daysPerQuarter}-${settings.data.defaultReleaseShare}`}
            daysPerQuarter={settings.data.daysPerQuarter}
            defaultShare={settings.data.defaultReleaseShare}
            canWrite={canWrite}
          />
        ) : (
          <PageLoader />
        )}
      </Paper>

      <Stack gap="xs">
        <Title order={2} size="h3">
          {t('capacity.trainerDays')}
        </Title>
        {/* The hint and the year the grid starts at share one line: the control belongs to the grid, not to the heading. */}
        <Group justify="space-between" align="center" gap="sm" wrap="wrap">
          <Text size="sm" c="dimmed" style={{ flex: '1 1 320px' }}>
            {t('capacity.trainerDaysHint')}
          </Text>
          <Group gap="xs" wrap="nowrap">
            <Text component="label" htmlFor="capacity-from-year" size="sm" fw={500}>
              {t('capacity.fromYear')}
            </Text>
            <NumberInput
              id="capacity-from-year"
              value={from}
              onChange={(v) => {
                if (typeof v === 'number' && v >= 2000 && v <= 2100) setFromYear(v);
              }}
              min={2000}
              max={2100}
              allowDecimal={false}
              w={100}
              size="xs"
            />
          </Group>
        </Group>
        {days.data ? <TrainerDaysGrid key={`${days.data.fromYear}-${days.data.toYear}-${JSON.stringify(days.data.periods)}`} data={days.data} canWrite={canWrite} /> : <PageLoader />}
      </Stack>

      <Stack gap="xs">
        <Title order={2} size="h3">
          {t('capacity.releaseShares')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('capacity.releaseHint')}
        </Text>
        {shares.data && units.data ? (
          <ReleaseSharesTable key={JSON.stringify(shares.data)} units={units.data} data={shares.data} canWrite={canWrite} />
        ) : (
          <PageLoader />
        )}
      </Stack>
    </Stack>
  );
}
