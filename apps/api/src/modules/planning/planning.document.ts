import { COST_CATEGORIES, type TPlanDetail } from '@formasaun/shared';
import type { Content } from 'pdfmake/interfaces';
import { type PdfLang, pdfTable as table, td, th } from '../../platform/pdf.js';
import { areaName, categoryName, PLAN_LABELS, planFormatters, statusName } from './planning.labels.js';
import type { PlanningStrategy } from './planning.ports.js';

/** What the plan document shows: the plan's detail, its strategy, and who it is for. */
export interface PlanDocumentData {
  lang: PdfLang;
  administrationName: string;
  generatedAt: string;
  plan: TPlanDetail;
  strategy: PlanningStrategy | undefined;
}

const TOP_GROUPS = 15;

/** The plan as a ministry or donor reads it: strategy, needs, runs by quarter, budget by source and category, results. */
export function buildPlanContent(d: PlanDocumentData): Content[] {
  const l = PLAN_LABELS[d.lang];
  const f = planFormatters(d.lang, d.plan.currency);
  const p = d.plan;
  const title = (code: string, en: string, pt: string) => `${code} — ${d.lang === 'pt' ? pt : en}`;

  const titlePage: Content[] = [
    { text: d.administrationName, fontSize: 13, color: '#555555', margin: [0, 130, 0, 8] },
    { text: l.documentTitle, fontSize: 26, bold: true, color: '#1b3a5c', margin: [0, 0, 0, 6] },
    { text: p.name, fontSize: 17, margin: [0, 0, 0, 28] },
    {
      table: {
        widths: [150, '*'],
        body: [
          [{ text: l.years, style: 'muted' }, `${p.fromYear}–${p.toYear}`],
          [{ text: l.status, style: 'muted' }, statusName(d.lang, p.status)],
          ...(p.approvedAt ? [[{ text: l.approvedOn, style: 'muted' }, f.date(p.approvedAt)]] : []),
          [{ text: l.campaign, style: 'muted' }, p.campaignName],
          [{ text: l.currency, style: 'muted' }, p.currency],
          [{ text: l.generatedOn, style: 'muted' }, f.date(d.generatedAt)],
        ],
      },
      layout: 'noBorders',
      fontSize: 10,
    },
    ...(p.inputsChanged.length > 0 ? [{ text: l.inputsChanged(p.inputsChanged.join(', ')), color: '#8a4b00', margin: [0, 16, 0, 0] } as Content] : []),
    ...(p.violations.length > 0 ? [{ text: l.violations, color: '#a00000', margin: [0, 16, 0, 2] } as Content, { ul: p.violations.map((v) => v.message), color: '#a00000' } as Content] : []),
    { text: l.contents, style: 'h3', margin: [0, 40, 0, 4] },
    { ol: [...l.sections], fontSize: 10, color: '#333333' },
  ];

  const s = d.strategy;
  const strategy: Content[] = [
    { text: l.strategy, style: 'h1', pageBreak: 'before' },
    ...(s
      ? [
          { text: `${s.title} (${s.fromYear}–${s.toYear})`, style: 'h2', margin: [0, 0, 0, 6] } as Content,
          ...(s.vision ? [{ text: l.vision, style: 'h3' } as Content, { text: s.vision } as Content] : []),
          ...(s.mission ? [{ text: l.mission, style: 'h3' } as Content, { text: s.mission } as Content] : []),
          ...s.goals.flatMap((g, gi): Content[] => [
            { text: `${l.goal} ${gi + 1}. ${g.title}`, style: 'h2' },
            ...g.objectives.flatMap((o, oi): Content[] => {
              const years = [...new Set(o.kpis.flatMap((k) => Object.keys(k.targets)))].sort();
              return [
                { text: `${l.objective} ${gi + 1}.${oi + 1}. ${o.title}`, style: 'h3' },
                ...(o.kpis.length === 0
                  ? []
                  : [
                      table(
                        ['*', 50, 60, ...years.map(() => 45)],
                        [th(l.kpi), th(l.unit), th(l.baseline, 'right'), ...years.map((y) => th(y, 'right'))],
                        o.kpis.map((k) => [
                          td(k.name),
                          td(k.unit),
                          td(k.baselineValue === null ? '–' : `${f.one(k.baselineValue)} (${k.baselineYear})`, 'right'),
                          ...years.map((y) => td(k.targets[y] === undefined ? '–' : f.one(k.targets[y]), 'right')),
                        ]),
                      ),
                    ]),
              ];
            }),
          ]),
        ]
      : [{ text: l.noStrategy, style: 'muted' } as Content]),
  ];

  const officers = p.groups.reduce((n, g) => n + g.size, 0);
  const areaRows = (cols: 'closed' | 'needs') =>
    [...p.areas]
      .sort((a, b) => b.gapBefore - a.gapBefore)
      .map((a) => [
        td(areaName(d.lang, a.functionalArea)),
        td(f.one(a.gapBefore), 'right'),
        ...(cols === 'closed'
          ? [td(f.one(a.gapClosed), 'right'), td(f.one(a.gapBefore - a.gapClosed), 'right'), td(a.gapBefore > 0 ? f.percent(a.gapClosed / a.gapBefore) : '–', 'right')]
          : []),
      ]);
  const needs: Content[] = [
    { text: l.needs, style: 'h1', pageBreak: 'before' },
    { text: l.needsNote(p.groups.length, officers), style: 'muted', margin: [0, 0, 0, 4] },
    table(['*', 90], [th(l.area), th(l.gapBefore, 'right')], areaRows('needs')),
    { text: l.group, style: 'h2' },
    table(
      ['*', '*', 50, 70],
      [th(l.orgUnit), th(l.position), th(l.size, 'right'), th(l.gapBefore, 'right')],
      [...p.groups]
        .sort((a, b) => b.gapBefore - a.gapBefore)
        .slice(0, TOP_GROUPS)
        .map((g) => [td(g.orgUnitName), td(g.positionName), td(f.whole(g.size), 'right'), td(f.one(g.gapBefore), 'right')]),
    ),
  ];

  const byYear = p.years.flatMap((y): Content[] => {
    const runs = p.runs.filter((r) => r.period.startsWith(y.year));
    return [
      { text: y.year, style: 'h2' },
      runs.length === 0
        ? { text: l.noRuns, style: 'muted' }
        : table(
            [45, '*', 35, 60, 70],
            [th(l.quarter), th(l.course), th(l.runs, 'right'), th(l.participants, 'right'), th(l.cost, 'right')],
            [
              ...runs.map((r) => [td(r.period.slice(4)), td(title(r.courseCode, r.titleEn, r.titlePt)), td(f.whole(r.count), 'right'), td(f.whole(r.totalParticipants), 'right'), td(f.money(r.cost), 'right')]),
              [td(l.total, 'left', { bold: true }), td(''), td(f.whole(y.runs), 'right', { bold: true }), td(f.whole(y.participants), 'right', { bold: true }), td(f.money(y.cost), 'right', { bold: true })],
            ],
          ),
    ];
  });
  const plan: Content[] = [{ text: l.plan, style: 'h1', pageBreak: 'before' }, ...byYear];

  const budget: Content[] = [
    { text: l.budget, style: 'h1', pageBreak: 'before' },
    ...p.years.flatMap((y): Content[] => [
      { text: y.year, style: 'h2' },
      table(
        ['*', 90, 90],
        [th(l.source), th(l.available, 'right'), th(l.allocated, 'right')],
        [
          ...p.sources
            .filter((src) => src.byYear[y.year])
            .map((src) => [td(src.sourceName), td(f.money(src.byYear[y.year]!.available), 'right'), td(f.money(src.byYear[y.year]!.allocated), 'right')]),
          [td(l.unfunded), td(''), td(f.money(y.unfunded), 'right', { color: y.unfunded > 0 ? '#a00000' : undefined })],
          [td(l.budgetTotal, 'left', { bold: true }), td(f.money(y.budget), 'right', { bold: true }), td(f.money(y.cost), 'right', { bold: true })],
        ],
      ),
      table(['*', 90], [th(l.category), th(l.cost, 'right')], COST_CATEGORIES.map((c) => [td(categoryName(d.lang, c)), td(f.money(y.byCategory[c] ?? 0), 'right')])),
    ]),
    { text: l.unfundedNote, style: 'muted' },
  ];

  const results: Content[] = [
    { text: l.results, style: 'h1', pageBreak: 'before' },
    { text: l.resultsNote, style: 'muted', margin: [0, 0, 0, 4] },
    table(['*', 70, 70, 60, 55], [th(l.area), th(l.gapBefore, 'right'), th(l.gapClosed, 'right'), th(l.gapAfter, 'right'), th(l.share, 'right')], areaRows('closed')),
  ];

  return [...titlePage, ...strategy, ...needs, ...plan, ...budget, ...results];
}
