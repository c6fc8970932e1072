import type { TCampaign } from '@formasaun/shared';
import type { Content, TableCell } from 'pdfmake/interfaces';
import { type PdfLang, pdfTable as table, td, th } from '../../platform/pdf.js';
import { bar, chunk, type HeatCell, heatmapTable, keyTable, legend } from './report.heatmap.js';
import { formatters, REPORT_LABELS } from './report.labels.js';

export interface Rates {
  self: { submitted: number; sent: number };
  supervisor: { submitted: number; sent: number; noAssessor: number };
}
interface Need {
  headcount: number;
  meanGap: number | null;
  shareBelow: number | null;
  weightedNeed: number;
}
type Cells = Record<string, HeatCell & Need>;

/** What the TNA report shows, already in the reader's language; aggregates only, no officer. */
export interface ReportData {
  lang: PdfLang;
  administrationName: string;
  campaign: TCampaign;
  generatedAt: string;
  frameworkVersion: number | null;
  scale: { level: number; name: string }[];
  scopes: { unit: string | null; position: string | null }[];
  priorities: { name: string; multiplier: number; codes: string[] }[];
  response: { total: Rates; rows: { name: string; rates: Rates }[] };
  competencies: { code: string; name: string; areaCode: string }[];
  areas: { code: string; name: string }[];
  areaRanking: (Need & { code: string; name: string })[];
  departments: { name: string; areaCells: Cells; competencyCells: Cells }[];
  targetGroups: (Need & { unit: string; position: string | null; code: string; name: string })[];
}

const TOP_PER_DEPARTMENT = 5;
const HEATMAP_COLUMNS = 16;

export function buildReportContent(d: ReportData): Content[] {
  const l = REPORT_LABELS[d.lang];
  const f = formatters(d.lang);
  const c = d.campaign;
  const codeName = (code: string, name: string) => ({ text: [{ text: `${code}  `, bold: true }, name], style: 'td' });

  const titlePage: Content[] = [
    { text: d.administrationName, fontSize: 13, color: '#555555', margin: [0, 130, 0, 8] },
    { text: l.title, fontSize: 26, bold: true, color: '#1b3a5c', margin: [0, 0, 0, 6] },
    { text: c.name, fontSize: 17, margin: [0, 0, 0, 28] },
    {
      table: {
        widths: [150, '*'],
        body: [
          [{ text: l.period, style: 'muted' }, `${f.date(c.opensOn)} – ${f.date(c.closesOn)}`],
          [{ text: l.closedOn, style: 'muted' }, f.date(c.closedAt)],
          [{ text: l.framework, style: 'muted' }, d.frameworkVersion === null ? '–' : l.frameworkVersion(d.frameworkVersion)],
          [{ text: l.generatedOn, style: 'muted' }, f.date(d.generatedAt)],
        ],
      },
      layout: 'noBorders',
      fontSize: 10,
    },
    { text: l.contents, style: 'h3', margin: [0, 40, 0, 4] },
    { ol: l.sections, fontSize: 10, color: '#333333' },
  ];

  const weightPct = (w: number) => f.percent(w);
  const ruleText = c.consolidation === 'weighted' ? l.rule.weighted(weightPct(c.supervisorWeight), weightPct(1 - c.supervisorWeight)) : l.rule[c.consolidation];
  const method: Content[] = [
    { text: l.method, style: 'h1', pageBreak: 'before' },
    { text: l.mode[c.mode] },
    ...(c.mode === 'both' ? [{ text: l.consolidation, style: 'h3' }, { ul: [ruleText, l.singleSource[c.singleSource]] }] : []),
    { text: l.formula, margin: [0, 6, 0, 0] },
    { text: l.scale, style: 'h3' },
    { stack: [table([40, '*'], [th(l.level, 'center'), th(l.levelName)], d.scale.map((s) => [td(String(s.level), 'center'), td(s.name)]))], unbreakable: true },
    { text: l.scope, style: 'h3' },
    {
      ul:
        d.scopes.length === 0
          ? [l.scopeAll]
          : d.scopes.map((s) => [s.unit ? l.scopeUnit(s.unit) : l.scopeAll, s.position ? ` ${l.scopePosition(s.position)}` : ''].join('')),
    },
    { text: l.priorities, style: 'h3' },
    d.priorities.length === 0
      ? { text: l.noPriorities }
      : table(
          ['*', 60, '*'],
          [th(l.priority), th(l.multiplier, 'right'), th(l.competencies)],
          d.priorities.map((p) => [td(p.name), td(`× ${f.one(p.multiplier)}`, 'right'), td(p.codes.join(', '))]),
        ),
  ];

  const showSelf = c.mode !== 'supervisor';
  const showSup = c.mode !== 'self';
  const rateCells = (r: Rates, bold = false): TableCell[] => [
    ...(showSelf ? [td(f.rate(r.self.submitted, r.self.sent), 'right', { bold })] : []),
    ...(showSup ? [td(f.rate(r.supervisor.submitted, r.supervisor.sent), 'right', { bold }), td(f.whole(r.supervisor.noAssessor), 'right', { bold })] : []),
  ];
  const responses: Content[] = [
    { text: l.responses, style: 'h1', pageBreak: 'before' },
    { text: l.responsesNote, style: 'muted', margin: [0, 0, 0, 4] },
    table(
      ['*', ...(showSelf ? [110] : []), ...(showSup ? [110, 60] : [])],
      [th(l.department), ...(showSelf ? [th(l.self, 'right')] : []), ...(showSup ? [th(l.supervisorForms, 'right'), th(l.noAssessor, 'right')] : [])],
      [...d.response.rows.map((r) => [td(r.name), ...rateCells(r.rates)]), [td(l.total, 'left', { bold: true }), ...rateCells(d.response.total, true)]],
    ),
  ];

  const names = new Map(d.competencies.map((x) => [x.code, x.name]));
  // pdfmake writes layout state into cell objects: every table gets header cells of its own.
  const needHeader = () => [th(l.competency), th(l.officers, 'right'), th(l.meanGap, 'right'), th(l.shareBelow, 'right'), th(l.weightedNeed, 'right')];
  const needCells = (n: Need): TableCell[] => [td(f.whole(n.headcount), 'right'), td(f.one(n.meanGap), 'right'), td(f.percent(n.shareBelow), 'right'), td(f.one(n.weightedNeed), 'right')];
  const topNeeds: Content[] = [
    { text: l.topNeeds, style: 'h1', pageBreak: 'before' },
    { text: l.topNeedsNote, style: 'muted', margin: [0, 0, 0, 4] },
    ...d.departments.map((dep): Content => {
      const top = Object.entries(dep.competencyCells)
        .filter(([, n]) => n.weightedNeed > 0)
        .sort(([a, x], [b, y]) => y.weightedNeed - x.weightedNeed || a.localeCompare(b))
        .slice(0, TOP_PER_DEPARTMENT);
      return {
        stack: [
          { text: dep.name, style: 'h3' },
          top.length === 0
            ? { text: l.noNeeds, style: 'muted' }
            : table(['*', 55, 50, 65, 70], needHeader(), top.map(([code, n]) => [codeName(code, names.get(code) ?? ''), ...needCells(n)])),
        ],
        unbreakable: true,
      };
    }),
  ];

  const maxArea = Math.max(0, ...d.areaRanking.map((a) => a.weightedNeed));
  const areas: Content[] = [
    { text: l.areas, style: 'h1', pageBreak: 'before' },
    { text: l.areasNote, style: 'muted', margin: [0, 0, 0, 4] },
    table(
      [18, '*', 55, 50, 60, 55, 90],
      [th(l.rank, 'right'), th(l.area), th(l.officers, 'right'), th(l.meanGap, 'right'), th(l.shareBelow, 'right'), th(l.weightedNeed, 'right'), th('')],
      d.areaRanking.map((a, i) => [td(String(i + 1), 'right'), codeName(a.code, a.name), ...needCells(a), bar(a.weightedNeed, maxArea) as TableCell]),
    ),
    { text: l.targetGroups, style: 'h2' },
    { text: l.targetGroupsNote, style: 'muted', margin: [0, 0, 0, 4] },
    table(
      ['*', 90, '*', 55, 45, 55],
      [th(l.unit), th(l.position), th(l.competency), th(l.officers, 'right'), th(l.meanGap, 'right'), th(l.weightedNeed, 'right')],
      d.targetGroups.map((t) => [
        td(t.unit),
        td(t.position ?? l.noPosition),
        codeName(t.code, t.name),
        td(f.whole(t.headcount), 'right'),
        td(f.one(t.meanGap), 'right'),
        td(f.one(t.weightedNeed), 'right'),
      ]),
    ),
  ];

  const heatLabels = { department: l.department };
  const competencyParts = chunk(d.competencies, HEATMAP_COLUMNS);
  const heatmaps: Content = {
    section: [
      { text: l.heatmaps, style: 'h1' },
      { text: l.heatmapAreas, style: 'h2', margin: [0, 0, 0, 2] },
      legend(f, l),
      ...chunk(d.areas, HEATMAP_COLUMNS).map((part) =>
        heatmapTable(d.departments.map((dep) => ({ name: dep.name, cells: dep.areaCells })), part.map((a) => ({ key: a.code, label: a.code })), f, heatLabels),
      ),
      keyTable(d.areas, l.key),
      ...competencyParts.map((part, i): Content => ({
        stack: [
          { text: l.heatmapCompetencies(i + 1, competencyParts.length), style: 'h2', margin: [0, 0, 0, 2] },
          legend(f, l),
          heatmapTable(d.departments.map((dep) => ({ name: dep.name, cells: dep.competencyCells })), part.map((x) => ({ key: x.code, label: x.code })), f, heatLabels),
          keyTable(part, l.key),
        ],
        unbreakable: true,
        margin: [0, 10, 0, 0],
      })),
    ],
    pageOrientation: 'landscape',
  };

  const howTo: Content = {
    section: [{ text: l.howTo, style: 'h1' }, { ul: l.howToItems, margin: [0, 0, 0, 0], lineHeight: 1.3 }],
    pageOrientation: 'portrait',
  };

  return [...titlePage, ...method, ...responses, ...topNeeds, ...areas, heatmaps, howTo];
}
