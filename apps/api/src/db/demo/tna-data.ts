// The demo's training needs assessment as data: role profiles, strategic priorities and the pattern of gaps.
import type { LocationKind, PositionCode } from './places.js';

/** [competency code, required level 0–4, criticality 1–5]. */
export type Requirement = readonly [code: string, level: number, criticality: number];

const r = (code: string, level: number, criticality: number): Requirement => [code, level, criticality];

/** Values and basics every position shares: integrity is required of everyone, and weighs most. */
const CORE: Requirement[] = [
  r('integrity', 3, 5),
  r('service-orientation', 2, 3),
  r('teamwork', 2, 3),
  r('customs-role', 2, 3),
  r('digital-literacy', 2, 2),
];

/** Frontline clearance and control: the officers at the border posts, ports and airport. */
const FRONTLINE: Requirement[] = [
  r('customs-legislation', 2, 3),
  r('hs-classification', 3, 5),
  r('tariff-application', 3, 4),
  r('customs-valuation', 3, 5),
  r('valuation-control', 2, 3),
  r('rules-of-origin', 2, 3),
  r('declaration-processing', 3, 5),
  r('physical-examination', 3, 4),
  r('cargo-control', 2, 3),
  r('prohibitions-restrictions', 2, 4),
  r('revenue-collection', 2, 3),
  r('risk-management', 2, 4),
  r('targeting-selectivity', 2, 3),
  r('intelligence-analysis', 1, 2),
  r('anti-smuggling', 2, 3),
  r('land-border-operations', 2, 3),
  r('asycuda-world', 3, 5),
  r('wto-tfa', 1, 2),
];

/** Later entries override earlier ones with the same code, so a position can raise or lower a shared requirement. */
function profile(...parts: Requirement[][]): Requirement[] {
  const byCode = new Map<string, Requirement>();
  for (const part of parts) for (const req of part) byCode.set(req[0], req);
  return [...byCode.values()];
}

const MANAGEMENT: Requirement[] = [
  r('leadership', 3, 5),
  r('people-management', 3, 4),
  r('coaching-mentoring', 2, 3),
  r('strategic-planning', 2, 3),
  r('project-management', 2, 3),
  r('stakeholder-engagement', 2, 3),
  r('customs-legislation', 3, 4),
  r('risk-management', 2, 3),
  r('asycuda-world', 2, 3),
  r('wto-tfa', 2, 3),
];

/** Required level and criticality per competency for every demo position (table-driven, the same for both administrations). */
export const ROLE_PROFILES: Record<PositionCode, Requirement[]> = {
  director: profile(CORE, MANAGEMENT, [
    r('leadership', 4, 5),
    r('strategic-planning', 4, 5),
    r('stakeholder-engagement', 4, 4),
    r('financial-management', 3, 4),
    r('project-management', 3, 3),
    r('wto-tfa', 3, 4),
    r('coordinated-border-management', 3, 3),
    r('aeo', 2, 2),
    r('single-window', 2, 3),
  ]),
  head_of_department: profile(CORE, MANAGEMENT, [
    r('strategic-planning', 3, 4),
    r('stakeholder-engagement', 3, 3),
    r('financial-management', 2, 3),
    r('coordinated-border-management', 2, 3),
    r('appeals-disputes', 2, 3),
    r('aeo', 2, 2),
  ]),
  head_of_unit: profile(CORE, MANAGEMENT, [
    r('financial-management', 1, 2),
    r('hs-classification', 2, 3),
    r('customs-valuation', 2, 3),
    r('declaration-processing', 2, 3),
  ]),
  senior_customs_officer: profile(CORE, FRONTLINE, [
    r('valuation-control', 3, 4),
    r('risk-management', 3, 4),
    r('special-procedures', 2, 3),
    r('advance-rulings', 2, 3),
    r('coaching-mentoring', 2, 3),
  ]),
  customs_officer: profile(CORE, FRONTLINE),
  customs_assistant: profile(CORE, [
    r('hs-classification', 2, 4),
    r('customs-valuation', 1, 3),
    r('declaration-processing', 2, 4),
    r('physical-examination', 2, 3),
    r('cargo-control', 2, 3),
    r('prohibitions-restrictions', 1, 3),
    r('revenue-collection', 1, 2),
    r('land-border-operations', 1, 2),
    r('passenger-control', 1, 2),
    r('asycuda-world', 2, 4),
  ]),
  auditor: profile(CORE, [
    r('customs-legislation', 3, 4),
    r('appeals-disputes', 2, 3),
    r('post-clearance-audit', 4, 5),
    r('compliance-management', 3, 4),
    r('customs-valuation', 3, 5),
    r('valuation-control', 3, 4),
    r('hs-classification', 3, 4),
    r('rules-of-origin', 2, 3),
    r('origin-verification', 2, 3),
    r('special-procedures', 2, 3),
    r('revenue-accounting', 2, 3),
    r('excise-vat-import', 2, 3),
    r('data-analysis', 3, 4),
    r('risk-management', 2, 3),
    r('aeo', 2, 3),
    r('asycuda-world', 2, 3),
  ]),
  intelligence_analyst: profile(CORE, [
    r('customs-legislation', 2, 3),
    r('intelligence-analysis', 4, 5),
    r('risk-management', 3, 5),
    r('targeting-selectivity', 3, 5),
    r('data-analysis', 3, 4),
    r('investigation', 2, 3),
    r('anti-smuggling', 2, 3),
    r('drug-enforcement', 2, 3),
    r('weapons-strategic-goods', 2, 3),
    r('hs-classification', 2, 3),
    r('customs-valuation', 2, 3),
    r('working-languages', 2, 3),
    r('coordinated-border-management', 2, 2),
    r('asycuda-world', 3, 4),
  ]),
  it_officer: profile(CORE, [
    r('digital-literacy', 4, 4),
    r('asycuda-world', 3, 5),
    r('asycuda-configuration', 4, 5),
    r('single-window', 3, 4),
    r('data-analysis', 3, 4),
    r('project-management', 2, 3),
    r('declaration-processing', 1, 2),
    r('working-languages', 2, 2),
    r('stakeholder-engagement', 1, 2),
  ]),
  trainer: profile(CORE, [
    r('train-the-trainer', 4, 5),
    r('learning-design', 3, 5),
    r('coaching-mentoring', 3, 4),
    r('working-languages', 3, 4),
    r('customs-legislation', 3, 4),
    r('hs-classification', 2, 3),
    r('customs-valuation', 2, 3),
    r('declaration-processing', 2, 3),
    r('risk-management', 2, 3),
    r('asycuda-world', 2, 3),
    r('wto-tfa', 2, 3),
    r('project-management', 2, 2),
  ]),
  administrative_officer: profile(CORE, [
    r('digital-literacy', 3, 4),
    r('customs-legislation', 1, 2),
    r('financial-management', 2, 4),
    r('revenue-accounting', 2, 3),
    r('people-management', 1, 2),
    r('working-languages', 2, 3),
    r('data-analysis', 1, 2),
    r('project-management', 1, 2),
    r('asycuda-world', 1, 2),
    r('stakeholder-engagement', 1, 2),
  ]),
};

export interface PrioritySpec {
  name: string;
  description: string;
  multiplier: number;
  /** Years relative to the demo's year (today's): the first and last calendar year of validity; null = open-ended. */
  fromYear: number;
  toYear: number | null;
  codes: string[];
}

const ASYCUDA = ['asycuda-world', 'asycuda-configuration', 'declaration-processing', 'single-window'];
const TFA_RULINGS = ['hs-classification', 'tariff-application', 'customs-valuation', 'valuation-control', 'rules-of-origin', 'origin-verification', 'advance-rulings', 'wto-tfa'];

export const PRIORITIES: Record<'timor-leste' | 'mozambique', PrioritySpec[]> = {
  'timor-leste': [
    { name: 'ASYCUDA World roll-out', description: 'Every customs office on ASYCUDA World, paper declarations phased out.', multiplier: 1.5, fromYear: -2, toYear: 2, codes: ASYCUDA },
    { name: 'WTO TFA: advance rulings', description: 'Binding advance rulings on classification, valuation and origin (TFA article 3).', multiplier: 1.3, fromYear: -3, toYear: null, codes: TFA_RULINGS },
    { name: 'New Customs Code', description: 'Implementing the new Customs Code and its regulations.', multiplier: 1.2, fromYear: -2, toYear: 2, codes: ['customs-legislation', 'appeals-disputes', 'customs-role', 'special-procedures'] },
  ],
  mozambique: [
    { name: 'Janela Única Electrónica', description: 'Alargamento da Janela Única Electrónica a todas as estâncias.', multiplier: 1.4, fromYear: -2, toYear: 2, codes: ['single-window', 'declaration-processing', 'asycuda-world', 'digital-literacy'] },
    { name: 'Acordo de Facilitação do Comércio da OMC', description: 'Operador Económico Autorizado, informação prévia vinculativa e gestão coordenada de fronteiras.', multiplier: 1.3, fromYear: -3, toYear: null, codes: ['wto-tfa', 'aeo', 'advance-rulings', 'coordinated-border-management'] },
  ],
};

/** Where an officer works, as the pattern sees it: the location's kind, with audit and headquarters told apart. */
export type Cohort = LocationKind | 'audit';

/** Unit codes whose subtree is post-clearance audit. */
export const AUDIT_UNITS: Record<'timor-leste' | 'mozambique', string> = { 'timor-leste': 'PCA', mozambique: 'DAPD' };

/** Mean shortfall (required − true level, in levels) where nothing below says otherwise. */
export const DEFAULT_SHORTFALL = 0.55;

/**
 * The believable pattern: where each cohort falls short of its role profile. Land border posts lack valuation and
 * classification, headquarters lacks intelligence and risk analysis, the port is middling on valuation and ASYCUDA,
 * audit lacks audit skills; everyone is moderate on integrity.
 */
export const SHORTFALLS: Record<Cohort | 'all', Record<string, number>> = {
  all: { integrity: 0.85, leadership: 0.9, 'people-management': 0.8, 'train-the-trainer': 1.1, 'learning-design': 1.2 },
  land_border_post: {
    'hs-classification': 2.0, 'tariff-application': 1.6, 'customs-valuation': 2.05, 'valuation-control': 1.8, 'rules-of-origin': 1.3,
    'asycuda-world': 1.1, 'declaration-processing': 0.9, 'intelligence-analysis': 0.25, 'risk-management': 0.6,
    'land-border-operations': 0.2, 'physical-examination': 0.35, 'anti-smuggling': 0.45,
  },
  seaport: {
    'customs-valuation': 1.25, 'valuation-control': 1.15, 'asycuda-world': 1.2, 'hs-classification': 0.9, 'cargo-control': 0.35,
    'intelligence-analysis': 0.4, 'risk-management': 0.7,
  },
  airport: { 'customs-valuation': 0.9, 'hs-classification': 0.8, 'drug-enforcement': 1.0, 'intelligence-analysis': 0.4, 'asycuda-world': 0.7 },
  inland_office: { 'customs-valuation': 1.35, 'hs-classification': 1.2, 'asycuda-world': 1.0, 'intelligence-analysis': 0.3 },
  headquarters: {
    'intelligence-analysis': 1.9, 'risk-management': 1.6, 'targeting-selectivity': 1.5, 'data-analysis': 1.2,
    'customs-valuation': 0.35, 'hs-classification': 0.35, 'valuation-control': 0.45, 'asycuda-configuration': 1.1,
  },
  audit: {
    'post-clearance-audit': 1.9, 'compliance-management': 1.45, 'data-analysis': 1.1, 'customs-valuation': 0.8, 'intelligence-analysis': 1.0,
  },
};

/** Shortfall rows for SQL: one per cohort and competency code with a value of its own or from `all`. */
export function shortfallRows(): { cohort: Cohort; code: string; shortfall: number }[] {
  const cohorts: Cohort[] = ['headquarters', 'seaport', 'airport', 'land_border_post', 'inland_office', 'audit'];
  return cohorts.flatMap((cohort) =>
    Object.entries({ ...SHORTFALLS.all, ...SHORTFALLS[cohort] }).map(([code, shortfall]) => ({ cohort, code, shortfall })),
  );
}
