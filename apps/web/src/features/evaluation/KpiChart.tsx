import type { TKpiResultsObjective, TTrainingQuarter } from '@formasaun/shared';
import { Box } from '@mantine/core';
import { useMemo } from 'react';
import { formatNumber } from '../../components/format';
import { echarts, ReactEChartsCore } from './echarts';
import { type ChartLabels, kpiChartSeries } from './kpi-chart';

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
const compact = (v: number) => new Intl.NumberFormat(undefined, { notation: 'compact', maximumFractionDigits: 1 }).format(v);

export interface KpiChartProps {
  kpi: TKpiResultsObjective['kpis'][number];
  training: TTrainingQuarter[];
  years: { fromYear: number; toYear: number };
  labels: ChartLabels;
}

type Point = [number, number, string, number?];
interface TipParams {
  seriesName: string;
  seriesIndex: number;
  marker: string;
  value: Point;
}

/** One KPI over the strategy's years against its baseline and targets, with the training of the same areas as bars. */
export default function KpiChart({ kpi, training, years, labels }: KpiChartProps) {
  const option = useMemo(() => {
    const data = kpiChartSeries(kpi, training, years);
    const tooltip = (p: TipParams) => {
      if (p.seriesIndex === 3) {
        const q = training.find((x) => x.quarter === p.value[2]);
        return q ? `${p.marker}${escapeHtml(labels.trainingTip(q))}` : '';
      }
      return `${p.marker}${escapeHtml(p.seriesName)} · ${escapeHtml(p.value[2])}: <b>${escapeHtml(formatNumber(p.value[1]))}</b> ${escapeHtml(kpi.unit)}`;
    };
    return {
      animation: false,
      aria: { enabled: true, label: { description: labels.description } },
      legend: { type: 'scroll', top: 0, textStyle: { color: '#212529', fontSize: 11 } },
      tooltip: { trigger: 'item', confine: true, formatter: tooltip },
      grid: { left: 8, right: 8, top: 40, bottom: 8, containLabel: true },
      xAxis: { type: 'time', min: data.min, max: data.max, axisLabel: { color: '#495057', fontSize: 11, hideOverlap: true } },
      yAxis: [
        { type: 'value', scale: true, name: kpi.unit, nameTextStyle: { color: '#495057', align: 'left' }, axisLabel: { color: '#495057', fontSize: 11, formatter: compact } },
        {
          type: 'value',
          name: labels.trainingAxis,
          nameTextStyle: { color: '#0c8599', align: 'right' },
          minInterval: 1,
          splitLine: { show: false },
          axisLabel: { color: '#0c8599', fontSize: 11, formatter: compact },
        },
      ],
      series: [
        { type: 'line', name: labels.values, data: data.values, symbolSize: 7, itemStyle: { color: '#1c7ed6' }, lineStyle: { width: 2.5 }, z: 4 },
        { type: 'line', name: labels.baseline, data: data.baseline, symbol: 'none', lineStyle: { type: 'dashed', color: '#868e96' }, itemStyle: { color: '#868e96' }, z: 3 },
        { type: 'scatter', name: labels.target, data: data.targets, symbol: 'diamond', symbolSize: 13, itemStyle: { color: '#e8590c' }, z: 5 },
        { type: 'bar', name: labels.training, yAxisIndex: 1, data: data.training, barMaxWidth: 12, itemStyle: { color: 'rgba(21, 170, 191, 0.35)' }, z: 1 },
      ],
    };
  }, [kpi, training, years, labels]);

  return (
    <Box tabIndex={0} role="img" aria-label={labels.description}>
      <ReactEChartsCore echarts={echarts} option={option} notMerge style={{ height: 300 }} opts={{ renderer: 'canvas' }} />
    </Box>
  );
}
