import { COST_CATEGORIES, type TPlanDetail } from '@formasaun/shared';
import { Alert, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { lazy, Suspense, useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { PageLoader } from '../../components/PageLoader';
import { formatCount, formatMoney } from './labels';
import classes from './timeline.module.css';
import { ScrollTable } from './ScrollTable';

const BarsChart = lazy(() => import('./BarsChart'));

/** Budget against cost per year (by cost category), and what each funding source pays against what it offers. */
export function BudgetTab({ plan }: { plan: TPlanDetail }) {
  const { t } = useTranslation();
  const money = useCallback((v: number) => formatMoney(v, plan.currency), [plan.currency]);
  const years = plan.years;
  const unfunded = years.filter((y) => y.unfunded > 0);
  const sourceYears = useMemo(() => [...new Set(plan.sources.flatMap((s) => Object.keys(s.byYear)))].sort(), [plan.sources]);
  const series = useMemo(
    () => [
      { name: t('planning.budget.budget'), values: years.map((y) => y.budget), color: '#9cc7d3' },
      { name: t('planning.budget.cost'), values: years.map((y) => y.cost), color: '#0b5d76' },
      { name: t('planning.budget.unfunded'), values: years.map((y) => y.unfunded), color: '#c92a2a' },
    ],
    [years, t],
  );

  if (years.length === 0) return <Text>{t('planning.budget.none')}</Text>;
  return (
    <Stack gap="lg">
      {unfunded.length > 0 && (
        <Alert color="red" variant="light" title={t('planning.budget.unfundedTitle')} role="status">
          {unfunded.map((y) => t('planning.budget.unfundedYear', { year: y.year, amount: money(y.unfunded) })).join(' ')}
        </Alert>
      )}
      <Stack gap="xs" component="section" aria-labelledby="budget-years-title">
        <Title order={2} size="h4" id="budget-years-title">
          {t('planning.budget.byYear')}
        </Title>
        <Paper withBorder p="xs">
          <Suspense fallback={<PageLoader />}>
            <BarsChart categories={years.map((y) => y.year)} series={series} format={money} description={t('planning.budget.chartDescription')} />
          </Suspense>
        </Paper>
        <Paper withBorder>
          <ScrollTable label={t('planning.budget.byYear')} minWidth={860}>
            <Table striped aria-label={t('planning.budget.byYear')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('planning.budget.year')}</Table.Th>
                  <Table.Th ta="right">{t('planning.budget.budget')}</Table.Th>
                  {COST_CATEGORIES.map((c) => (
                    <Table.Th key={c} ta="right">
                      {t(`planning.costCategory.${c}`)}
                    </Table.Th>
                  ))}
                  <Table.Th ta="right">{t('planning.budget.cost')}</Table.Th>
                  <Table.Th ta="right">{t('planning.budget.unfunded')}</Table.Th>
                  <Table.Th ta="right">{t('planning.budget.runs')}</Table.Th>
                  <Table.Th ta="right">{t('planning.budget.participants')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {years.map((y) => (
                  <Table.Tr key={y.year}>
                    <Table.Th scope="row">{y.year}</Table.Th>
                    <Table.Td ta="right">{money(y.budget)}</Table.Td>
                    {COST_CATEGORIES.map((c) => (
                      <Table.Td key={c} ta="right">
                        {money(y.byCategory[c] ?? 0)}
                      </Table.Td>
                    ))}
                    <Table.Td ta="right" fw={600} className={y.cost > y.budget ? classes.over : undefined}>
                      {money(y.cost)}
                    </Table.Td>
                    <Table.Td ta="right" className={y.unfunded > 0 ? `${classes.violation} ${classes.over}` : undefined}>
                      {y.unfunded > 0 ? money(y.unfunded) : '—'}
                    </Table.Td>
                    <Table.Td ta="right">{formatCount(y.runs)}</Table.Td>
                    <Table.Td ta="right">{formatCount(y.participants)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
              <Table.Tfoot>
                <Table.Tr>
                  <Table.Th>{t('planning.total')}</Table.Th>
                  <Table.Th ta="right">{money(years.reduce((s, y) => s + y.budget, 0))}</Table.Th>
                  {COST_CATEGORIES.map((c) => (
                    <Table.Th key={c} ta="right">
                      {money(years.reduce((s, y) => s + (y.byCategory[c] ?? 0), 0))}
                    </Table.Th>
                  ))}
                  <Table.Th ta="right">{money(years.reduce((s, y) => s + y.cost, 0))}</Table.Th>
                  <Table.Th ta="right">{money(years.reduce((s, y) => s + y.unfunded, 0))}</Table.Th>
                  <Table.Th ta="right">{formatCount(years.reduce((s, y) => s + y.runs, 0))}</Table.Th>
                  <Table.Th ta="right">{formatCount(years.reduce((s, y) => s + y.participants, 0))}</Table.Th>
                </Table.Tr>
              </Table.Tfoot>
            </Table>
          </ScrollTable>
        </Paper>
      </Stack>

      <Stack gap="xs" component="section" aria-labelledby="budget-sources-title">
        <Title order={2} size="h4" id="budget-sources-title">
          {t('planning.budget.bySource')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('planning.budget.bySourceHint')}
        </Text>
        {plan.sources.length === 0 ? (
          <Text>{t('planning.budget.noSources')}</Text>
        ) : (
          <Paper withBorder>
            <ScrollTable label={t('planning.budget.bySource')} minWidth={240 + sourceYears.length * 170}>
              <Table striped withColumnBorders aria-label={t('planning.budget.bySource')}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('planning.budget.source')}</Table.Th>
                    {sourceYears.map((y) => (
                      <Table.Th key={y} ta="right">
                        {y}
                      </Table.Th>
                    ))}
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {plan.sources.map((s) => {
                    const excluded = plan.settings.excludedSourceIds.includes(s.sourceId);
                    return (
                      <Table.Tr key={s.sourceId}>
                        <Table.Th scope="row">
                          {s.sourceName}
                          {excluded && (
                            <Text size="xs" c="red.9">
                              {t('planning.budget.excluded')}
                            </Text>
                          )}
                        </Table.Th>
                        {sourceYears.map((y) => {
                          const cell = s.byYear[y];
                          const over = !!cell && cell.allocated > cell.available + 0.005;
                          return (
                            <Table.Td key={y} ta="right" className={over ? classes.over : undefined} style={{ whiteSpace: 'nowrap' }}>
                              {cell ? t('planning.budget.allocatedOf', { allocated: money(cell.allocated), available: money(cell.available) }) : '—'}
                            </Table.Td>
                          );
                        })}
                      </Table.Tr>
                    );
                  })}
                </Table.Tbody>
              </Table>
            </ScrollTable>
          </Paper>
        )}
      </Stack>
    </Stack>
  );
}
