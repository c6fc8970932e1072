import { NumberInput, SimpleGrid, Card, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatNumber } from '../../components/format';
import { PageLoader } from '../../components/PageLoader';
import { formatMoney } from '../funding/api';
import { usePlans } from '../planning/api';
import BarsChart from '../planning/BarsChart';
import { ScrollTable } from '../planning/ScrollTable';
import { usePlanVsActual, useSustainability } from './api';

/**
 * This year when an approved plan covers it; else the first year of the latest approved plan (a replayed cycle, or a
 * plan not started yet), so the page opens on figures rather than on an empty year.
 */
function defaultYear(plans: readonly { status: string; fromYear: number; toYear: number }[]): number {
  const now = new Date().getFullYear();
  const approved = plans.filter((p) => p.status === 'approved');
  if (approved.length === 0 || approved.some((p) => p.fromYear <= now && now <= p.toYear)) return now;
  const latest = approved.reduce((a, b) => (b.fromYear > a.fromYear ? b : a));
  return latest.fromYear <= now ? latest.fromYear : now;
}

const percent = (n: number | null) => (n === null ? '—' : `${Math.round(n * 100)} %`);

/** Plan vs actual per quarter (runs, participants, cost) and the sustainability figures of the centre. */
export default function PlanActualPage() {
  const { t } = useTranslation();
  const [chosen, setYear] = useState<number | null>(null);
  const plans = usePlans();
  const year = chosen ?? defaultYear(plans.data ?? []);
  const pva = usePlanVsActual(year);
  const sus = useSustainability(year);
  const failed = pva.error ?? sus.error;

  return (
    <Stack>
      <Title order={1}>{t('sessions.report.title')}</Title>
      <NumberInput label={t('sessions.report.year')} w={140} min={2000} max={2100} value={year} onChange={(v) => typeof v === 'number' && v >= 2000 && v <= 2100 && setYear(v)} />
      {failed ? (
        <ErrorAlert error={failed} />
      ) : !pva.data || !sus.data ? (
        <PageLoader />
      ) : (
        <>
          <BarsChart
            categories={pva.data.quarters.map((q) => q.period)}
            series={[
              { name: t('sessions.report.runsPlanned'), values: pva.data.quarters.map((q) => q.runsPlanned), color: '#94a3b8' },
              { name: t('sessions.report.scheduled'), values: pva.data.quarters.map((q) => q.sessionsScheduled), color: '#3b82f6' },
              { name: t('sessions.report.delivered'), values: pva.data.quarters.map((q) => q.sessionsDelivered), color: '#14b8a6' },
            ]}
            format={(v) => formatNumber(v)}
            description={t('sessions.report.chart')}
          />
          <ScrollTable label={t('sessions.report.title')} minWidth={760}>
            <Table striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('sessions.quarter')}</Table.Th>
                  <Table.Th ta="right">{t('sessions.report.runsPlanned')}</Table.Th>
                  <Table.Th ta="right">{t('sessions.report.scheduled')}</Table.Th>
                  <Table.Th ta="right">{t('sessions.report.delivered')}</Table.Th>
                  <Table.Th ta="right">{t('sessions.report.participantsPlanned')}</Table.Th>
                  <Table.Th ta="right">{t('sessions.report.enrolled')}</Table.Th>
                  <Table.Th ta="right">{t('sessions.report.completed')}</Table.Th>
                  <Table.Th ta="right">{t('sessions.report.costPlanned')}</Table.Th>
                  <Table.Th ta="right">{t('sessions.report.costActual')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {[...pva.data.quarters, { ...pva.data.total, period: t('sessions.report.total') }].map((q) => (
                  <Table.Tr key={q.period}>
                    <Table.Td>{q.period}</Table.Td>
                    <Table.Td ta="right">{q.runsPlanned}</Table.Td>
                    <Table.Td ta="right">{q.sessionsScheduled}</Table.Td>
                    <Table.Td ta="right">{q.sessionsDelivered}</Table.Td>
                    <Table.Td ta="right">{q.participantsPlanned}</Table.Td>
                    <Table.Td ta="right">{q.participantsEnrolled}</Table.Td>
                    <Table.Td ta="right">{q.participantsCompleted}</Table.Td>
                    <Table.Td ta="right">{formatMoney(q.costPlanned, pva.data.currency)}</Table.Td>
                    <Table.Td ta="right">{formatMoney(q.costActual, pva.data.currency)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollTable>
          <Title order={2}>{t('sessions.report.bySource')}</Title>
          {pva.data.total.actualBySource.map((s) => (
            <Text key={s.sourceId ?? 'none'}>
              {s.sourceName ?? t('sessions.report.noSource')}: {formatMoney(s.amount, pva.data.currency)}
            </Text>
          ))}
          <Title order={2}>{t('sessions.report.sustainability')}</Title>
          <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }}>
            {sus.data.quarters.map((q) => (
              <Card key={q.period} withBorder>
                <Text fw={600}>{q.period}</Text>
                <Text size="sm">
                  {t('sessions.report.internalShare')}: <b>{percent(q.internalShare)}</b>
                </Text>
                <Text size="sm">
                  {t('sessions.report.trainerDays')}: {formatNumber(q.trainerDaysInternal)} / {formatNumber(q.trainerDaysExternal)}
                </Text>
                <Text size="sm">
                  {t('sessions.report.advanced')}: {q.trainersAdvanced}
                </Text>
                <Text size="sm">
                  {t('sessions.report.participantHours')}: {formatNumber(q.participantHours)}
                </Text>
                <Text size="sm">
                  {t('sessions.report.costPerHour')}: {q.costPerParticipantHour === null ? '—' : formatMoney(q.costPerParticipantHour, sus.data.currency)}
                </Text>
              </Card>
            ))}
          </SimpleGrid>
        </>
      )}
    </Stack>
  );
}
