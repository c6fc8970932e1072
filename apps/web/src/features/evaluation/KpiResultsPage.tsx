import { type TKpiImportResult, type TKpiResultsObjective, type TTrainingQuarter, ZKpiImportErrors } from '@formasaun/shared';
import { Alert, Badge, Button, Card, FileButton, Group, Select, SimpleGrid, Skeleton, Stack, Text, Title } from '@mantine/core';
import { lazy, Suspense, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatNumber } from '../../components/format';
import { ImportRowErrors, importRowErrorsOf } from '../../components/ImportRowErrors';
import { PageLoader } from '../../components/PageLoader';
import { areaLabel } from '../areas/labels';
import { useCan } from '../auth/session';
import { kpiValuesExportUrl, useKpiResults, useKpiValuesImport, useStrategyChoices } from './api';
import type { ChartLabels } from './kpi-chart';
import { KpiValuesEditor } from './KpiValuesEditor';

const KpiChart = lazy(() => import('./KpiChart'));

type Kpi = TKpiResultsObjective['kpis'][number];

/** Download for readers; upload back (all or nothing, every bad row listed) for those who may write. */
function ValuesExchange({ strategyId, canWrite }: { strategyId: string | null; canWrite: boolean }) {
  const { t } = useTranslation();
  const upload = useKpiValuesImport();
  const [result, setResult] = useState<TKpiImportResult | null>(null);
  const rowErrors = importRowErrorsOf(upload.error, ZKpiImportErrors);
  const onFile = (file: File | null) => {
    if (!file) return;
    setResult(null);
    upload.mutate(file, { onSuccess: setResult });
  };
  return (
    <Stack gap="xs">
      <Group gap="xs">
        <Button component="a" href={kpiValuesExportUrl(strategyId)} variant="default" size="sm" download>
          {t('evaluation.export')}
        </Button>
        {canWrite && (
          <FileButton onChange={onFile} accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet">
            {(props) => (
              <Button {...props} variant="default" size="sm" loading={upload.isPending}>
                {t('evaluation.import')}
              </Button>
            )}
          </FileButton>
        )}
      </Group>
      {result && (
        <Alert color="teal" role="status" withCloseButton onClose={() => setResult(null)}>
          {t('evaluation.importer.imported', result)}
        </Alert>
      )}
      {rowErrors ? <ImportRowErrors errors={rowErrors} keys="evaluation.importer" headerRow={1} minWidth={300} /> : upload.error ? <ErrorAlert error={upload.error} /> : null}
    </Stack>
  );
}

function KpiCard({ kpi, objective, years, canWrite }: { kpi: Kpi; objective: TKpiResultsObjective; years: { fromYear: number; toYear: number }; canWrite: boolean }) {
  const { t } = useTranslation();
  const labels: ChartLabels = useMemo(
    () => ({
      values: t('evaluation.chart.values'),
      baseline: kpi.baselineYear === null ? t('evaluation.chart.baselineNone') : t('evaluation.chart.baseline', { year: kpi.baselineYear }),
      target: t('evaluation.chart.target'),
      training: t('evaluation.chart.training'),
      trainingAxis: t('evaluation.chart.trainingAxis'),
      trainingTip: (q: TTrainingQuarter) => t('evaluation.chart.trainingTip', { quarter: q.quarter, participants: q.participants, sessions: q.sessions, count: q.sessions }),
      description: t('evaluation.chart.description', { name: kpi.name, unit: kpi.unit }),
    }),
    [t, kpi],
  );
  const targets = Object.entries(kpi.targets);
  return (
    <Card withBorder padding="sm">
      <Stack gap="xs">
        <div>
          <Text fw={600}>{kpi.name}</Text>
          <Text size="sm" c="dimmed">
            {t(`evaluation.direction.${kpi.direction}`)} · {t('evaluation.unitIs', { unit: kpi.unit })}
            {kpi.baselineValue !== null && ` · ${t('evaluation.baselineIs', { value: formatNumber(kpi.baselineValue), year: kpi.baselineYear })}`}
            {targets.length > 0 && ` · ${t('evaluation.targetsAre', { targets: targets.map(([y, v]) => `${y}: ${formatNumber(v)}`).join(', ') })}`}
          </Text>
        </div>
        <Suspense fallback={<Skeleton h={300} />}>
          <KpiChart kpi={kpi} training={objective.training} years={years} labels={labels} />
        </Suspense>
        <KpiValuesEditor kpi={kpi} canWrite={canWrite} />
      </Stack>
    </Card>
  );
}

/** Level 4 of evaluation: the strategy's KPIs against baseline and targets, with the training of the same areas alongside. */
export default function KpiResultsPage() {
  const { t } = useTranslation();
  const canWrite = useCan()('EvaluationWrite');
  const [params, setParams] = useSearchParams();
  const choices = useStrategyChoices();
  const chosen = params.get('strategy');
  const results = useKpiResults(chosen);

  if (results.isPending) return <PageLoader />;
  if (results.error) return <ErrorAlert error={results.error} />;
  const { strategy, objectives } = results.data;

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end" wrap="wrap">
        <div>
          <Title order={2}>{t('evaluation.title')}</Title>
          <Text size="sm" c="dimmed" maw={720}>
            {t('evaluation.intro')}
          </Text>
        </div>
        {choices.data && choices.data.length > 1 && (
          <Select
            label={t('evaluation.strategy')}
            w={{ base: '100%', sm: 320 }}
            data={choices.data.map((s) => ({ value: s.id, label: `${s.title} (${s.fromYear}–${s.toYear})` }))}
            value={strategy?.id ?? null}
            onChange={(id) => id && setParams({ strategy: id })}
            allowDeselect={false}
          />
        )}
      </Group>
      {!strategy ? (
        <Alert color="gray">{t('evaluation.noStrategy')}</Alert>
      ) : (
        <>
          <ValuesExchange strategyId={strategy.id} canWrite={canWrite} />
          {objectives.length === 0 && <Text c="dimmed">{t('evaluation.noKpis')}</Text>}
          {objectives.map((o) => (
            <Stack key={o.id} gap="xs">
              <div>
                <Text size="xs" c="dimmed" tt="uppercase">
                  {o.goalTitle}
                </Text>
                <Title order={3} size="h4">
                  {o.title}
                </Title>
                <Group gap={4} mt={4}>
                  {o.functionalAreas.length === 0 ? (
                    <Badge variant="light" color="gray">
                      {t('evaluation.crossCutting')}
                    </Badge>
                  ) : (
                    o.functionalAreas.map((a) => (
                      <Badge key={a} variant="light">
                        {areaLabel(t, a)}
                      </Badge>
                    ))
                  )}
                </Group>
              </div>
              <SimpleGrid cols={{ base: 1, lg: 2 }}>
                {o.kpis.map((k) => (
                  <KpiCard key={k.id} kpi={k} objective={o} years={strategy} canWrite={canWrite} />
                ))}
              </SimpleGrid>
              <Text size="xs" c="dimmed">
                {t('evaluation.caption')}
              </Text>
            </Stack>
          ))}
        </>
      )}
    </Stack>
  );
}
