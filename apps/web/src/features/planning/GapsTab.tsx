import type { TPlanDetail } from '@formasaun/shared';
import { Paper, SegmentedControl, Stack, Table, Text, Title } from '@mantine/core';
import { lazy, Suspense, useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageLoader } from '../../components/PageLoader';
import { areaName, formatFigure, formatPercent } from './labels';
import { ScrollTable } from './ScrollTable';

const BarsChart = lazy(() => import('./BarsChart'));
const axisFmt = (v: number) => formatFigure(v, 0);
const GapHeatmap = lazy(() => import('./GapHeatmap'));

type When = 'before' | 'after';

/** Gap closed per functional area, and the weighted gap per org unit × area before and after the plan. */
export function GapsTab({ plan }: { plan: TPlanDetail }) {
  const { t } = useTranslation();
  const [when, setWhen] = useState<When>('after');
  const fmt = useCallback((v: number) => formatFigure(v, 1), []);
  const areas = useMemo(() => plan.areas.filter((a) => a.gapBefore > 0 || a.gapClosed > 0).sort((a, b) => b.gapBefore - a.gapBefore), [plan.areas]);
  const bars = useMemo(
    () => ({
      categories: areas.map((a) => areaName(t, a.functionalArea)),
      series: [
        { name: t('planning.gaps.before'), values: areas.map((a) => a.gapBefore), color: '#adb5bd' },
        { name: t('planning.gaps.closed'), values: areas.map((a) => a.gapClosed), color: '#0b5d76' },
      ],
    }),
    [areas, t],
  );

  const heat = useMemo(() => {
    const rowIds: string[] = [];
    const rowNames: string[] = [];
    const cols = [...new Set(plan.units.map((u) => u.functionalArea))];
    const rowIndex = new Map<string, number>();
    for (const u of plan.units) {
      const key = u.orgUnitId ?? u.orgUnitName;
      if (!rowIndex.has(key)) {
        rowIndex.set(key, rowIds.length);
        rowIds.push(key);
        rowNames.push(u.orgUnitName);
      }
    }
    const cells = (pick: (u: TPlanDetail['units'][number]) => number) =>
      plan.units.map((u) => [cols.indexOf(u.functionalArea), rowIndex.get(u.orgUnitId ?? u.orgUnitName)!, pick(u)] as [number, number, number]);
    return {
      rows: rowNames,
      columns: cols.map((c) => areaName(t, c)),
      before: cells((u) => u.gapBefore),
      after: cells((u) => u.gapAfter),
      max: Math.max(0, ...plan.units.map((u) => u.gapBefore)),
    };
  }, [plan.units, t]);

  return (
    <Stack gap="lg">
      <Stack gap="xs" component="section" aria-labelledby="gaps-areas-title">
        <Title order={2} size="h4" id="gaps-areas-title">
          {t('planning.gaps.byArea')}
        </Title>
        {areas.length === 0 ? (
          <Text>{t('planning.gaps.none')}</Text>
        ) : (
          <>
            <Paper withBorder p="xs">
              <Suspense fallback={<PageLoader />}>
                <BarsChart categories={bars.categories} series={bars.series} horizontal format={fmt} axisFormat={axisFmt} description={t('planning.gaps.chartDescription')} />
              </Suspense>
            </Paper>
            <Paper withBorder>
              <ScrollTable label={t('planning.gaps.byArea')} minWidth={520}>
                <Table striped aria-label={t('planning.gaps.byArea')}>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('planning.gaps.area')}</Table.Th>
                      <Table.Th ta="right">{t('planning.gaps.before')}</Table.Th>
                      <Table.Th ta="right">{t('planning.gaps.closed')}</Table.Th>
                      <Table.Th ta="right">{t('planning.gaps.closedShare')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {areas.map((a) => (
                      <Table.Tr key={a.functionalArea}>
                        <Table.Td>{areaName(t, a.functionalArea)}</Table.Td>
                        <Table.Td ta="right">{fmt(a.gapBefore)}</Table.Td>
                        <Table.Td ta="right">{fmt(a.gapClosed)}</Table.Td>
                        <Table.Td ta="right">{formatPercent(a.gapBefore > 0 ? (a.gapClosed / a.gapBefore) * 100 : null, 0)}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </ScrollTable>
            </Paper>
          </>
        )}
      </Stack>

      <Stack gap="xs" component="section" aria-labelledby="gaps-units-title">
        <Title order={2} size="h4" id="gaps-units-title">
          {t('planning.gaps.byUnit')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('planning.gaps.byUnitHint')}
        </Text>
        <SegmentedControl
          aria-label={t('planning.gaps.show')}
          value={when}
          onChange={(v) => setWhen(v === 'before' ? 'before' : 'after')}
          data={[
            { value: 'before', label: t('planning.gaps.heatBefore') },
            { value: 'after', label: t('planning.gaps.heatAfter') },
          ]}
          maw={360}
        />
        {heat.rows.length === 0 ? (
          <Text>{t('planning.gaps.none')}</Text>
        ) : (
          <Paper withBorder p="xs">
            <Suspense fallback={<PageLoader />}>
              <GapHeatmap
                rows={heat.rows}
                columns={heat.columns}
                cells={when === 'before' ? heat.before : heat.after}
                max={heat.max}
                format={fmt}
                valueLabel={when === 'before' ? t('planning.gaps.heatBefore') : t('planning.gaps.heatAfter')}
                legend={[t('planning.gaps.legendHigh'), t('planning.gaps.legendLow')]}
                keys={{ blank: t('planning.gaps.legendBlank'), zero: t('planning.gaps.legendZero', { zero: fmt(0) }) }}
                description={when === 'before' ? t('planning.gaps.heatDescriptionBefore') : t('planning.gaps.heatDescriptionAfter')}
              />
            </Suspense>
          </Paper>
        )}
      </Stack>
    </Stack>
  );
}
