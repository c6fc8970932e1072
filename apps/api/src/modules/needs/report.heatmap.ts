import type { Column, Content, TableCell } from 'pdfmake/interfaces';
import type { Formatters } from './report.labels.js';

export interface HeatCell {
  headcount: number;
  meanGap: number | null;
}

/** Mean-gap classes of the heatmaps (ColorBrewer YlOrRd, readable when printed in grey); the last has no upper bound. */
export const GAP_CLASSES = [
  { from: 0, to: 0.1, fill: '#ffffcc', ink: '#000000' },
  { from: 0.1, to: 0.5, fill: '#fed976', ink: '#000000' },
  { from: 0.5, to: 1, fill: '#feb24c', ink: '#000000' },
  { from: 1, to: 1.5, fill: '#fc4e2a', ink: '#000000' },
  { from: 1.5, to: 2, fill: '#bd0026', ink: '#ffffff' },
  { from: 2, to: Infinity, fill: '#67000d', ink: '#ffffff' },
] as const;
const NOT_ASSESSED = { fill: '#e0e0e0', ink: '#555555' };

export const classOf = (gap: number | null): { fill: string; ink: string } =>
  gap === null ? NOT_ASSESSED : (GAP_CLASSES.find((c) => gap < c.to) ?? GAP_CLASSES[GAP_CLASSES.length - 1]!);

/** Splits columns into parts of at most `max`, as even as possible, so that no table overflows the page. */
export function chunk<T>(list: T[], max: number): T[][] {
  if (list.length === 0) return [];
  const parts = Math.ceil(list.length / max);
  const size = Math.ceil(list.length / parts);
  return Array.from({ length: parts }, (_, i) => list.slice(i * size, (i + 1) * size));
}

const thin = {
  hLineWidth: () => 0.5,
  vLineWidth: () => 0.5,
  hLineColor: () => '#ffffff',
  vLineColor: () => '#ffffff',
  paddingLeft: () => 2,
  paddingRight: () => 2,
  paddingTop: () => 3,
  paddingBottom: () => 3,
};

/** A coloured table: one row per department, one column per key, the mean gap written in each cell. */
export function heatmapTable(
  rows: { name: string; cells: Record<string, HeatCell> }[],
  columns: { key: string; label: string }[],
  f: Formatters,
  labels: { department: string },
): Content {
  const header: TableCell[] = [
    { text: labels.department, style: 'th', fontSize: 7.5 },
    ...columns.map((c): TableCell => ({ text: c.label, style: 'th', fontSize: 6.5, alignment: 'center' })),
  ];
  const body: TableCell[][] = rows.map((r) => [
    { text: r.name, fontSize: 7.5, fillColor: '#f4f6f8' },
    ...columns.map((c): TableCell => {
      const cell = r.cells[c.key];
      const gap = cell && cell.headcount > 0 ? cell.meanGap : null;
      const colour = classOf(gap);
      return { text: f.one(gap), fillColor: colour.fill, color: colour.ink, fontSize: 7.5, alignment: 'center' };
    }),
  ]);
  return {
    table: { headerRows: 1, dontBreakRows: true, widths: [130, ...columns.map(() => '*' as const)], body: [header, ...body] },
    layout: thin,
    margin: [0, 4, 0, 6],
  };
}

/** The colour scale as a row of swatches with their ranges. */
export function legend(f: Formatters, labels: { legend: string; notAssessed: string }): Content {
  const swatch = (fill: string, text: string): Column[] => [
    { canvas: [{ type: 'rect', x: 0, y: 1, w: 14, h: 9, color: fill, lineColor: '#999999', lineWidth: 0.3 }], width: 16 },
    { text, fontSize: 7.5, width: 'auto', margin: [2, 0, 12, 0] },
  ];
  const range = (c: (typeof GAP_CLASSES)[number]) => (c.to === Infinity ? `≥ ${f.one(c.from)}` : `${f.one(c.from)} – < ${f.one(c.to)}`);
  return {
    columns: [
      { text: `${labels.legend}:`, fontSize: 7.5, bold: true, width: 'auto', margin: [0, 0, 8, 0] },
      ...GAP_CLASSES.flatMap((c) => swatch(c.fill, range(c))),
      ...swatch(NOT_ASSESSED.fill, labels.notAssessed),
    ],
    margin: [0, 2, 0, 6],
  };
}

/** Codes used as column headers, spelled out in up to three columns of small text. */
export function keyTable(items: { code: string; name: string }[], title: string): Content {
  const parts = chunk(items, Math.max(1, Math.ceil(items.length / 3)));
  return {
    stack: [
      { text: title, fontSize: 7.5, bold: true, margin: [0, 2, 0, 2] },
      {
        columns: parts.map((part) => ({
          width: '*',
          stack: part.map((i) => ({ text: [{ text: `${i.code}  `, bold: true }, i.name], fontSize: 6.5, margin: [0, 0, 6, 1] })),
        })),
      },
    ],
    unbreakable: items.length <= 45,
  };
}

/** A horizontal bar proportional to value / max, for ranked tables. */
export function bar(value: number, max: number, width = 90): Content {
  const w = max > 0 ? Math.max(0.5, (value / max) * width) : 0;
  return { canvas: [{ type: 'rect', x: 0, y: 2, w, h: 7, color: '#3b6ea5' }] };
}
