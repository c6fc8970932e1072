import { Box, Group, Text } from '@mantine/core';
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
  /** Says apart a blank cell (no officers) from a 0.0 cell (officers, no gap). */
  keys: { blank: string; zero: string };
  description: string;
}

/** Blank cells show the grid's grey; the lowest colour of the scale is a cream that reads as "0.0", not as "nothing". */
const BLANK = '#dee2e6';
const SCALE = ['#fff5e0', '#fdae61', '#e34a33', '#8c1d04'];

/** Org units × functional areas, coloured by weighted gap (before or after the plan). */
export default function GapHeatmap({ rows, columns, cells, max, format, valueLabel, legend, keys, description }: GapHeatmapProps) {
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
      // Room for whole unit names (wrapped on two lines) and whole rotated area names: nothing is cut off.
      grid: { left: 8, right: 16, top: 12, bottom: 56, containLabel: true, show: true, backgroundColor: BLANK, borderWidth: 0 },
      xAxis: {
        type: 'category',
        data: columns,
        axisLabel: { rotate: 40, interval: 0, fontSize: 11, color: '#212529', width: 220, overflow: 'truncate' },
      },
      yAxis: {
        type: 'category',
        data: rows,
        inverse: true,
        axisLabel: { color: '#212529', fontSize: 12, width: 210, overflow: 'break', lineHeight: 14 },
      },
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
        inRange: { color: SCALE },
      },
      series: [{ type: 'heatmap', data: cells, itemStyle: { borderColor: '#ffffff', borderWidth: 1 }, label: { show: true, fontSize: 10, formatter: (p: { data: [number, number, number] }) => format(p.data[2]) } }],
    }),
    [rows, columns, cells, max, format, valueLabel, legend, description],
  );
  return (
    <>
      <Box style={{ overflowX: 'auto' }} tabIndex={0} role="region" aria-label={description}>
        <Box miw={200 + columns.length * 48}>
          <ReactEChartsCore echarts={echarts} option={option} notMerge style={{ height: rows.length * 34 + 280 }} opts={{ renderer: 'canvas' }} />
        </Box>
      </Box>
      <Group gap="lg" justify="center" wrap="wrap" mt={4}>
        <Swatch color={BLANK} label={keys.blank} />
        <Swatch color={SCALE[0]!} label={keys.zero} />
      </Group>
    </>
  );
}

function Swatch({ color, label }: { color: string; label: string }) {
  return (
    <Group gap={6} wrap="nowrap">
      <span aria-hidden style={{ display: 'inline-block', width: 22, height: 14, background: color, border: '1px solid #adb5bd' }} />
      <Text size="xs">{label}</Text>
    </Group>
  );
}
