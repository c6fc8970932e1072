import type { Content, TableCell } from 'pdfmake/interfaces';
import type { PdfLang } from '../../platform/pdf.js';

/** One printed form: an officer's self-assessment or the supervisor's rating of that officer. */
export interface PaperFormPage {
  code: string;
  kind: 'self' | 'supervisor';
  officerName: string;
  employeeNumber: string;
  orgUnitName: string;
  positionTitle: string | null;
  assessorName: string | null;
  competencies: { code: string; name: string; areaName: string; requiredLevel: number; indicators: Record<string, string> }[];
}

export interface PaperFormsData {
  lang: PdfLang;
  campaignName: string;
  closesOn: string;
  scale: { level: number; name: string }[];
  forms: PaperFormPage[];
}

const LABELS = {
  en: {
    self: 'Self-assessment form',
    supervisor: 'Supervisor assessment form',
    formCode: 'Form code',
    officer: 'Officer',
    employeeNumber: 'Employee number',
    unit: 'Unit',
    position: 'Position',
    assessor: 'Assessor',
    instructions: (closesOn: string) =>
      `Tick one box per competency: the level that best describes the officer’s usual practice at work. Return the form to the training unit by ${closesOn}; it is typed into Formasaun by its code.`,
    competency: 'Competency',
    required: 'Req.',
    signOfficer: 'Officer’s signature and date',
    signAssessor: 'Assessor’s signature and date',
    entered: 'Typed into Formasaun by / date',
  },
  pt: {
    self: 'Formulário de autoavaliação',
    supervisor: 'Formulário de avaliação pelo supervisor',
    formCode: 'Código do formulário',
    officer: 'Funcionário',
    employeeNumber: 'Número de funcionário',
    unit: 'Unidade',
    position: 'Cargo',
    assessor: 'Avaliador',
    instructions: (closesOn: string) =>
      `Assinale uma casa por competência: o nível que melhor descreve a prática habitual do funcionário no trabalho. Devolva o formulário à unidade de formação até ${closesOn}; é introduzido no Formasaun pelo seu código.`,
    competency: 'Competência',
    required: 'Exig.',
    signOfficer: 'Assinatura do funcionário e data',
    signAssessor: 'Assinatura do avaliador e data',
    entered: 'Introduzido no Formasaun por / data',
  },
} as const;

/** Shortens text at a word boundary; indicators are abbreviated so a whole form fits on one page. */
export function abbreviate(text: string, max: number): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (max <= 0) return '';
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–-]+$/, '')}…`;
}

/** How much room each row gets: fewer competencies leave room for indicators; up to ~40 still fit on one page. */
function density(n: number) {
  if (n <= 8) return { indicator: 70, nameSize: 8.5, indicatorSize: 6.5, padding: 3, levelWidth: 60, box: 9 };
  if (n <= 14) return { indicator: 30, nameSize: 8, indicatorSize: 6, padding: 2, levelWidth: 50, box: 9 };
  if (n <= 20) return { indicator: 0, nameSize: 7.5, indicatorSize: 6, padding: 2, levelWidth: 34, box: 9 };
  return { indicator: 0, nameSize: 6.5, indicatorSize: 6, padding: 1, levelWidth: 30, box: 7 };
}

// A fresh node per cell: pdfmake writes layout positions into the nodes it lays out.
const box = (size: number): Content => ({
  canvas: [{ type: 'rect', x: 0, y: 0, w: size, h: size, lineWidth: 0.8, lineColor: '#222222' }],
  alignment: 'center',
  margin: [0, 1, 0, 1],
});

function formPage(d: PaperFormsData, form: PaperFormPage, first: boolean): Content {
  const l = LABELS[d.lang];
  const dens = density(form.competencies.length);
  const showRequired = form.kind === 'supervisor';
  const facts: [string, string][] = [
    [l.officer, form.officerName],
    [l.employeeNumber, form.employeeNumber],
    [l.unit, form.orgUnitName],
    [l.position, form.positionTitle ?? '–'],
    ...(form.kind === 'supervisor' ? [[l.assessor, form.assessorName ?? '____________________________'] as [string, string]] : []),
  ];
  // Narrow level columns name the levels once, under the instructions, instead of in the header.
  const narrow = dens.levelWidth < 40;
  const levelHeader = d.scale.map((s): TableCell => ({ text: narrow ? String(s.level) : [{ text: `${s.level}\n`, bold: true, fontSize: 8 }, { text: s.name, fontSize: 6 }], style: 'th', alignment: 'center' }));
  const rows = form.competencies.map((c): TableCell[] => [
    { text: c.code, fontSize: dens.nameSize - 0.5, bold: true },
    {
      stack: [
        { text: c.name, fontSize: dens.nameSize },
        ...(dens.nameSize >= 7.5 ? [{ text: c.areaName, fontSize: dens.indicatorSize, color: '#666666' }] : []),
      ],
    },
    ...(showRequired ? [{ text: String(c.requiredLevel), alignment: 'center' as const, fontSize: dens.nameSize }] : []),
    ...d.scale.map((s): TableCell => ({
      stack: [box(dens.box), ...(dens.indicator > 0 && c.indicators[String(s.level)] ? [{ text: abbreviate(c.indicators[String(s.level)]!, dens.indicator), fontSize: dens.indicatorSize, color: '#333333', alignment: 'center' as const }] : [])],
    })),
  ]);
  const levelWidth = dens.levelWidth;
  return {
    stack: [
      {
        columns: [
          { stack: [{ text: l[form.kind], fontSize: 15, bold: true, color: '#1b3a5c' }, { text: d.campaignName, fontSize: 10, margin: [0, 2, 0, 0] }], width: '*' },
          { stack: [{ text: l.formCode, fontSize: 7, color: '#555555', alignment: 'right' }, { text: form.code, fontSize: 13, bold: true, alignment: 'right', characterSpacing: 0.5 }], width: 170 },
        ],
      },
      {
        table: { widths: [110, '*'], body: facts.map(([k, v]) => [{ text: k, color: '#555555' }, { text: v, bold: k === l.officer }]) },
        layout: 'noBorders',
        fontSize: 9,
        margin: [0, 8, 0, 4],
      },
      { text: l.instructions(d.closesOn), fontSize: 8, margin: [0, 0, 0, narrow ? 2 : 6] },
      ...(narrow ? [{ text: d.scale.map((s) => `${s.level} ${s.name}`).join('  ·  '), fontSize: 7.5, bold: true, margin: [0, 0, 0, 6] as [number, number, number, number] }] : []),
      {
        table: {
          headerRows: 1,
          dontBreakRows: true,
          widths: [40, '*', ...(showRequired ? [26] : []), ...d.scale.map(() => levelWidth)],
          body: [[{ text: '', style: 'th' }, { text: l.competency, style: 'th' }, ...(showRequired ? [{ text: l.required, style: 'th', alignment: 'center' as const }] : []), ...levelHeader], ...rows],
        },
        layout: {
          hLineWidth: () => 0.4,
          vLineWidth: () => 0.4,
          hLineColor: () => '#888888',
          vLineColor: () => '#888888',
          paddingTop: () => dens.padding,
          paddingBottom: () => dens.padding,
        },
      },
      {
        columns: [
          { stack: [{ text: ' ', margin: [0, 22, 0, 0] }, { canvas: [{ type: 'line', x1: 0, y1: 0, x2: 150, y2: 0, lineWidth: 0.5 }] }, { text: form.kind === 'self' ? l.signOfficer : l.signAssessor, fontSize: 7 }] },
          { stack: [{ text: ' ', margin: [0, 22, 0, 0] }, { canvas: [{ type: 'line', x1: 0, y1: 0, x2: 150, y2: 0, lineWidth: 0.5 }] }, { text: l.entered, fontSize: 7 }] },
        ],
        margin: [0, 4, 0, 0],
      },
    ],
    ...(first ? {} : { pageBreak: 'before' as const }),
  };
}

/** Printable forms: one page per officer and form kind, each with its code. */
export function buildPaperContent(d: PaperFormsData): Content[] {
  return d.forms.map((form, i) => formPage(d, form, i === 0));
}

export const paperTitle = (lang: PdfLang) => (lang === 'pt' ? 'Formulários em papel' : 'Paper forms');
