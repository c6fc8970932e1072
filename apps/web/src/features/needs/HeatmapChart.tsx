import type { THeatmap } from '@formasaun/shared';
import { Box } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { echarts, escapeHtml, ReactEChartsCore } from './echarts';
import { formatGap, formatShare, inLocale } from './labels';

export interface HeatmapChartProps {
  heatmap: THeatmap;
  /** Row label of each row (direct rows are marked), in the heatmap's order. */
  rowLabels: string[];
  onRowClick: (rowIndex: number) => void;
  onCellClick?: (rowIndex: number, columnKey: string) => void;
}

/** Org units × competencies (or areas), coloured by mean gap; a row label opens the level below, a cell its officers. */
export default function HeatmapChart({ heatmap, rowLabels, onRowClick, onCellClick }: HeatmapChartProps) {
  const { t, i18n } = useTranslation();
  const byArea = heatmap.by === 'area';
  const { option, height, minWidth } = useMemo(() => {
    const data: [number, number, number | null][] = [];
    let max = 1;
    heatmap.rows.forEach((row, y) =>
      heatmap.columns.forEach((col, x) => {
        const cell = row.cells[col.key];
        if (!cell || cell.headcount === 0) return;
        data.push([x, y, cell.meanGap]);
        max = Math.max(max, cell.meanGap ?? 0);
      }),
    );
    const xLabels = heatmap.columns.map((c) => (byArea ? inLocale(c.name) : c.key));
    const tooltip = (p: { data: [number, number, number | null] }) => {
      const [x, y] = p.data;
      const row = heatmap.rows[y]!;
      const col = heatmap.columns[x]!;
      const cell = row.cells[col.key]!;
      return [
        `<b>${escapeHtml(rowLabels[y] ?? row.orgUnitName)}</b>`,
        escapeHtml(`${col.key} · ${inLocale(col.name)}`),
        `${t('needs.results.headcount')}: ${cell.headcount}`,
        `${t('needs.results.meanGap')}: ${formatGap(cell.meanGap)}`,
        `${t('needs.results.shareBelow')}: ${formatShare(cell.shareBelow)}`,
        `${t('needs.results.weightedNeed')}: ${cell.weightedNeed.toFixed(1)}`,
      ].join('<br/>');
    };
    return {
      // Rows plus room for the rotated column labels and the legend below them.
      height: heatmap.rows.length * 36 + (byArea ? 240 : 230),
      minWidth: 200 + heatmap.columns.length * (byArea ? 56 : 26),
      option: {
        animation: false,
        aria: { enabled: true, label: { description: t('needs.results.heatmapDescription') } },
        tooltip: { position: 'top', formatter: tooltip, confine: true },
        grid: { left: 8, right: 16, top: 12, bottom: 64, containLabel: true },
        xAxis: {
          type: 'category',
          data: xLabels,
          splitArea: { show: true },
          axisLabel: { rotate: byArea ? 40 : 90, interval: 0, fontSize: 11, color: '#212529', width: 140, overflow: 'truncate' },
        },
        yAxis: {
          type: 'category',
          data: rowLabels,
          inverse: true,
          triggerEvent: true,
          axisLabel: { color: '#1c4e80', fontSize: 12, width: 230, overflow: 'truncate', textStyle: { textDecoration: 'underline' } },
        },
        visualMap: {
          min: 0,
          max: Math.ceil(max * 2) / 2,
          calculable: false,
          orient: 'horizontal',
          left: 'center',
          bottom: 0,
          itemHeight: 160,
          text: [t('needs.results.legendHigh'), t('needs.results.legendLow')],
          textStyle: { color: '#212529' },
          inRange: { color: ['#fff5e0', '#fdae61', '#e34a33', '#8c1d04'] },
        },
        series: [
          {
            type: 'heatmap',
            data,
            label: { show: byArea, formatter: (p: { data: [number, number, number | null] }) => formatGap(p.data[2]), fontSize: 11 },
            emphasis: { itemStyle: { borderColor: '#212529', borderWidth: 1 } },
          },
        ],
      },
    };
  }, [heatmap, rowLabels, byArea, t, i18n.language]);

  const onEvents = {
    click: (p: { componentType: string; value?: unknown; data?: [number, number, number | null] }) => {
      if (p.componentType === 'yAxis') {
        const index = rowLabels.indexOf(String(p.value));
        if (index >= 0) onRowClick(index);
      } else if (p.componentType === 'series' && p.data && onCellClick) {
        onCellClick(p.data[1], heatmap.columns[p.data[0]]!.key);
      }
    },
  };

  return (
    <Box style={{ overflowX: 'auto' }}>
      <Box miw={minWidth}>
        <ReactEChartsCore echarts={echarts} option={option} notMerge style={{ height }} onEvents={onEvents} opts={{ renderer: 'canvas' }} />
      </Box>
    </Box>
  );
}
