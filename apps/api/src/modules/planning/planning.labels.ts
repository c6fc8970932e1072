import type { TCostCategory, TFunctionalArea, TPlanStatus } from '@formasaun/shared';
import type { PdfLang } from '../../platform/pdf.js';

// The same names as the web app's functional-area labels.
const AREAS: Record<TFunctionalArea, [string, string]> = {
  'integrity': ['Integrity and ethics', 'Integridade e ética'],
  'legal-framework': ['Legal framework', 'Quadro jurídico'],
  'languages-it-literacy': ['Languages and IT literacy', 'Línguas e literacia informática'],
  'instructional-skills': ['Instructional skills', 'Competências pedagógicas'],
  'tariff-classification': ['Tariff classification', 'Classificação pautal'],
  'valuation': ['Customs valuation', 'Valor aduaneiro'],
  'origin': ['Rules of origin', 'Regras de origem'],
  'procedures-clearance': ['Procedures and clearance', 'Procedimentos e desalfandegamento'],
  'revenue-accounting': ['Revenue and accounting', 'Receita e contabilidade'],
  'risk-management': ['Risk management', 'Gestão de risco'],
  'intelligence-investigation': ['Intelligence and investigation', 'Informações e investigação'],
  'enforcement': ['Enforcement', 'Fiscalização'],
  'post-clearance-audit': ['Post-clearance audit', 'Auditoria a posteriori'],
  'passenger-border': ['Passenger and border control', 'Controlo de passageiros e fronteiras'],
  'trade-facilitation': ['Trade facilitation', 'Facilitação do comércio'],
  'customs-it': ['Customs IT systems', 'Sistemas informáticos aduaneiros'],
  'leadership-management': ['Leadership and management', 'Liderança e gestão'],
};

const CATEGORIES: Record<TCostCategory, [string, string]> = {
  'trainer-fees': ['Trainer fees', 'Honorários de formadores'],
  venue: ['Venue', 'Local'],
  'travel-per-diem': ['Travel and per diem', 'Viagens e ajudas de custo'],
  materials: ['Materials', 'Materiais'],
};

const STATUS: Record<TPlanStatus, [string, string]> = {
  draft: ['Draft', 'Rascunho'],
  approved: ['Approved', 'Aprovado'],
  superseded: ['Superseded', 'Substituído'],
};

const pick = (lang: PdfLang, pair: [string, string]) => (lang === 'pt' ? pair[1] : pair[0]);
export const areaName = (lang: PdfLang, area: TFunctionalArea) => pick(lang, AREAS[area]);
export const categoryName = (lang: PdfLang, category: TCostCategory) => pick(lang, CATEGORIES[category]);
export const statusName = (lang: PdfLang, status: TPlanStatus) => pick(lang, STATUS[status]);

/** The plan document's and workbook's words in English and Portuguese. */
const en = {
  documentTitle: 'Training plan',
  years: 'Years',
  status: 'Status',
  campaign: 'Needs assessment',
  generatedOn: 'Generated on',
  approvedOn: 'Approved on',
  currency: 'Currency',
  contents: 'Contents',
  sections: ['Strategy', 'Training needs', 'The plan by year and quarter', 'Budget and funding', 'Expected results'],
  strategy: 'Strategy',
  vision: 'Vision',
  mission: 'Mission',
  goal: 'Goal',
  objective: 'Objective',
  kpi: 'Indicator',
  unit: 'Unit',
  baseline: 'Baseline',
  noStrategy: 'No strategy is attached to this plan.',
  needs: 'Training needs',
  needsNote: (groups: number, officers: number) => `${groups} target groups, ${officers} officers. Weighted gap: officer-levels of gap weighted by criticality and strategic priority.`,
  area: 'Functional area',
  gapBefore: 'Weighted gap',
  gapClosed: 'Closed by the plan',
  gapAfter: 'Remaining',
  share: 'Share closed',
  plan: 'The plan by year and quarter',
  quarter: 'Quarter',
  course: 'Course',
  runs: 'Runs',
  participants: 'Participants',
  cost: 'Cost',
  total: 'Total',
  noRuns: 'No course runs in this year.',
  budget: 'Budget and funding',
  year: 'Year',
  source: 'Funding source',
  category: 'Cost category',
  available: 'Available',
  allocated: 'Allocated',
  unfunded: 'Unfunded',
  unfundedNote: 'Unfunded: cost that no envelope may pay under its earmarks.',
  budgetTotal: 'Budget',
  results: 'Expected results',
  resultsNote: 'Weighted gap before the plan and closed by it, per functional area.',
  byUnit: 'By org unit',
  orgUnit: 'Org unit',
  position: 'Position',
  group: 'Target group',
  size: 'Officers',
  releaseDays: 'Release days per quarter',
  period: 'Period',
  competencyGaps: 'Gaps',
  funding: 'Funding',
  code: 'Code',
  title: 'Title',
  pinned: 'Pinned',
  yes: 'yes',
  violations: 'This plan breaks rules of the plan check:',
  inputsChanged: (what: string) => `The inputs changed since the plan was computed: ${what}.`,
};
const pt: typeof en = {
  documentTitle: 'Plano de formação',
  years: 'Anos',
  status: 'Estado',
  campaign: 'Diagnóstico de necessidades',
  generatedOn: 'Gerado em',
  approvedOn: 'Aprovado em',
  currency: 'Moeda',
  contents: 'Índice',
  sections: ['Estratégia', 'Necessidades de formação', 'O plano por ano e trimestre', 'Orçamento e financiamento', 'Resultados esperados'],
  strategy: 'Estratégia',
  vision: 'Visão',
  mission: 'Missão',
  goal: 'Objetivo geral',
  objective: 'Objetivo específico',
  kpi: 'Indicador',
  unit: 'Unidade',
  baseline: 'Base',
  noStrategy: 'Este plano não tem estratégia associada.',
  needs: 'Necessidades de formação',
  needsNote: (groups: number, officers: number) => `${groups} grupos-alvo, ${officers} funcionários. Lacuna ponderada: níveis de lacuna por funcionário, ponderados pela criticidade e prioridade estratégica.`,
  area: 'Área funcional',
  gapBefore: 'Lacuna ponderada',
  gapClosed: 'Colmatada pelo plano',
  gapAfter: 'Restante',
  share: 'Parte colmatada',
  plan: 'O plano por ano e trimestre',
  quarter: 'Trimestre',
  course: 'Curso',
  runs: 'Edições',
  participants: 'Participantes',
  cost: 'Custo',
  total: 'Total',
  noRuns: 'Nenhuma edição de curso neste ano.',
  budget: 'Orçamento e financiamento',
  year: 'Ano',
  source: 'Fonte de financiamento',
  category: 'Categoria de custo',
  available: 'Disponível',
  allocated: 'Afetado',
  unfunded: 'Sem financiamento',
  unfundedNote: 'Sem financiamento: custo que nenhum envelope pode pagar segundo as suas consignações.',
  budgetTotal: 'Orçamento',
  results: 'Resultados esperados',
  resultsNote: 'Lacuna ponderada antes do plano e colmatada por ele, por área funcional.',
  byUnit: 'Por unidade orgânica',
  orgUnit: 'Unidade orgânica',
  position: 'Cargo',
  group: 'Grupo-alvo',
  size: 'Funcionários',
  releaseDays: 'Dias de dispensa por trimestre',
  period: 'Período',
  competencyGaps: 'Lacunas',
  funding: 'Financiamento',
  code: 'Código',
  title: 'Título',
  pinned: 'Fixado',
  yes: 'sim',
  violations: 'Este plano viola regras da verificação do plano:',
  inputsChanged: (what: string) => `Os dados mudaram desde que o plano foi calculado: ${what}.`,
};

export const PLAN_LABELS: Record<PdfLang, typeof en> = { en, pt };

export function planFormatters(lang: PdfLang, currency: string) {
  const locale = lang === 'pt' ? 'pt-PT' : 'en-GB';
  const plain = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  // A currency code Intl does not know must not break the document: the number and the code then.
  let money: { format(n: number): string } = { format: (n) => `${plain.format(n)} ${currency}` };
  try {
    money = new Intl.NumberFormat(locale, { style: 'currency', currency, maximumFractionDigits: 0 });
  } catch {
    // keep the plain form
  }
  const whole = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const one = new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  const date = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  return {
    money: (n: number) => money.format(n),
    whole: (n: number) => whole.format(n),
    one: (n: number) => one.format(n),
    percent: (n: number) => percent.format(n),
    date: (iso: string | null) => (iso ? date.format(new Date(iso)) : '–'),
  };
}
