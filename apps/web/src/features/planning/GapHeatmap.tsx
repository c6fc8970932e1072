import { Box } from '@mantine/core';
import { useMemo } from 'react';
import { escapeHtml, echarts, ReactEChartsCore } from './echarts';

export interface GapHeatmapProps {
  rows: string[];
  columns: string[];
  /** [column, row, value]; cells without officers are left out. */
  cells: [number, number, number][];
  /** The same scale for "before" and "after", so the two read against each other. */
  max: number;
  format: (value: number) => string;
  valueLabel: string;
  legend: [high: string, low: string];
  description: string;
}

/** Org units × functional areas, coloured by weighted gap (before or after the plan). */
export default function GapHeatmap({ rows, columns, cells, max, format, valueLabel, legend, description }: GapHeatmapProps) {
  const option = useMemo(
    () => ({
      animation: false,
      aria: { enabled: true, label: { description } },
      tooltip: {
        position: 'top',
        confine: true,
        formatter: (p: { data: [number, number, number] }) =>
          [`<b>${escapeHtml(rows[p.data[1]] ?? '')}</b>`, escapeHtml(columns[p.data[0]] ?? ''), `${escapeHtml(valueLabel)}: ${escapeHtml(format(p.data[2]))}`].join('<br/>'),
      },
      grid: { left: 8, right: 16, top: 12, bottom: 64, containLabel: true },
      xAxis: {
        type: 'category',
        data: columns,
        splitArea: { show: true },
        axisLabel: { rotate: 40, interval: 0, fontSize: 11, color: '#212529', width: 140, overflow: 'truncate' },
      },
      yAxis: { type: 'category', data: rows, inverse: true, axisLabel: { color: '#212529', fontSize: 12, width: 180, overflow: 'truncate' } },
      visualMap: {
        min: 0,
        max: Math.max(1, max),
        calculable: false,
        orient: 'horizontal',
        left: 'center',
        bottom: 0,
        itemHeight: 160,
        text: legend,
        textStyle: { color: '#212529' },
        inRange: { color: ['#fff5e0', '#fdae61', '#e34a33', '#8c1d04'] },
      },
      series: [{ type: 'heatmap', data: cells, label: { show: true, fontSize: 10, formatter: (p: { data: [number, number, number] }) => format(p.data[2]) } }],
    }),
    [rows, columns, cells, max, format, valueLabel, legend, description],
  );
  return (
    <Box style={{ overflowX: 'auto' }} tabIndex={0} role="region" aria-label={description}>
      <Box miw={200 + columns.length * 50}>
        <ReactEChartsCore echarts={echarts} option={option} notMerge style={{ height: rows.length * 34 + 220 }} opts={{ renderer: 'canvas' }} />
      </Box>
    </Box>
  );
}
