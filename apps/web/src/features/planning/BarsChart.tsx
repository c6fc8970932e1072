import { Box } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useMemo } from 'react';
import { escapeHtml, echarts, ReactEChartsCore } from './echarts';

export interface BarSeries {
  name: string;
  values: number[];
  color: string;
}

export interface BarsChartProps {
  categories: string[];
  series: BarSeries[];
  /** Bars along the y axis: long category names (functional areas) stay readable on a phone. */
  horizontal?: boolean;
  format: (value: number) => string;
  /** Labels of the value axis, when they need fewer digits than the tooltip. */
  axisFormat?: (value: number) => string;
  /** What the chart shows, read by screen readers (ECharts' aria description). */
  description: string;
}

/** Grouped bars: budget vs cost per year, gap before vs closed per area, plan A vs plan B. */
export default function BarsChart({ categories, series, horizontal = false, format, axisFormat = format, description }: BarsChartProps) {
  const isPhone = useMediaQuery('(max-width: 48em)', false, { getInitialValueInEffect: false });
  const { option, height } = useMemo(() => {
    const categoryAxis = {
      type: 'category' as const,
      data: categories,
      inverse: horizontal,
      axisLabel: { color: '#212529', fontSize: 11, interval: 0, width: horizontal ? (isPhone ? 110 : 200) : 90, overflow: 'truncate' as const },
    };
    const valueAxis = { type: 'value' as const, axisLabel: { color: '#495057', fontSize: 11, formatter: (v: number) => axisFormat(v) } };
    const tooltip = (params: { seriesName: string; name: string; value: number; marker: string }[]) =>
      [`<b>${escapeHtml(params[0]?.name ?? '')}</b>`, ...params.map((p) => `${p.marker}${escapeHtml(p.seriesName)}: ${escapeHtml(format(p.value))}`)].join('<br/>');
    return {
      height: horizontal ? Math.max(220, categories.length * (series.length * 12 + 16) + 90) : 320,
      option: {
        animation: false,
        aria: { enabled: true, label: { description } },
        // One scrolling line: a wrapped legend would sit on the first bars.
        legend: { type: 'scroll', top: 0, textStyle: { color: '#212529' } },
        tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, confine: true, formatter: tooltip },
        grid: { left: 8, right: 24, top: 36, bottom: 8, containLabel: true },
        xAxis: horizontal ? valueAxis : categoryAxis,
        yAxis: horizontal ? categoryAxis : valueAxis,
        series: series.map((s) => ({ type: 'bar', name: s.name, data: s.values, itemStyle: { color: s.color }, barMaxWidth: 28 })),
      },
    };
  }, [categories, series, horizontal, format, axisFormat, description, isPhone]);

  return (
    <Box style={{ overflowX: 'auto' }} tabIndex={0} role="region" aria-label={description}>
      <Box miw={horizontal ? 320 : Math.max(300, categories.length * series.length * 26 + 80)}>
        <ReactEChartsCore echarts={echarts} option={option} notMerge style={{ height }} opts={{ renderer: 'canvas' }} />
      </Box>
    </Box>
  );
}
