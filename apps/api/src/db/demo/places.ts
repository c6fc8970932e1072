// The two demo administrations: where they work, how they are organised, who they employ.
import { MOZAMBIQUE_NAMES, type NamePool, TIMOR_LESTE_NAMES } from './names.js';
import type { Rng } from './prng.js';

export type LocationKind = 'headquarters' | 'seaport' | 'airport' | 'land_border_post' | 'inland_office';
export type UnitKind = 'directorate' | 'department' | 'unit' | 'office';
export type PositionCode =
  | 'director'
  | 'head_of_department'
  | 'head_of_unit'
  | 'senior_customs_officer'
  | 'customs_officer'
  | 'customs_assistant'
  | 'auditor'
  | 'intelligence_analyst'
  | 'it_officer'
  | 'trainer'
  | 'administrative_officer';
/** Which mix of positions a unit's ordinary staff is drawn from. */
export type StaffProfile = 'operations' | 'revenue' | 'intelligence' | 'enforcement' | 'audit' | 'support' | 'it' | 'training';

export interface LocationSpec {
  code: string;
  name: string;
  kind: LocationKind;
  lat: number;
  lon: number;
}

export interface UnitSpec {
  code: string;
  name: string;
  kind: UnitKind;
  location?: string;
  /** Leaves only: the staff mix and relative size. */
  profile?: StaffProfile;
  weight?: number;
  /** Share of women in this unit (and below, unless overridden). */
  women?: number;
  /** Frontline units keep growing with the head-count; back-office units grow more slowly. */
  frontline?: boolean;
  head?: PositionCode;
  children?: UnitSpec[];
}

export interface PositionSpec {
  code: PositionCode;
  title: string;
  min: number;
  max: number;
  description: string;
}

export type AccountKey = 'manager' | 'supervisor' | 'trainer' | 'officer';

export interface AdministrationProfile {
  slug: 'timor-leste' | 'mozambique';
  name: string;
  countryCode: string;
  currency: string;
  timezone: string;
  defaultLocale: 'en' | 'pt';
  /** Locale of the demo accounts (users.locale). */
  accountLocale: 'en' | 'pt';
  emailDomain: string;
  employeePrefix: string;
  names: NamePool;
  locations: LocationSpec[];
  tree: UnitSpec;
  positions: PositionSpec[];
  /** Codes of the units the demo accounts are attached to. */
  opsDirectorate: string;
  trainingCentre: string;
  accounts: AccountKey[];
  /** How split units are named: frontline teams, back-office sections. */
  teamWords: [string, string];
  phone(rng: Rng): string;
  languages(rng: Rng, birthYear: number, location: string): string[];
}

export const POSITION_MIX: Record<StaffProfile, readonly (readonly [PositionCode, number])[]> = {
  operations: [['senior_customs_officer', 18], ['customs_officer', 50], ['customs_assistant', 27], ['administrative_officer', 5]],
  revenue: [['senior_customs_officer', 25], ['customs_officer', 50], ['customs_assistant', 15], ['administrative_officer', 10]],
  intelligence: [['intelligence_analyst', 60], ['senior_customs_officer', 20], ['customs_officer', 20]],
  enforcement: [['senior_customs_officer', 20], ['customs_officer', 55], ['customs_assistant', 25]],
  audit: [['auditor', 75], ['senior_customs_officer', 15], ['administrative_officer', 10]],
  support: [['administrative_officer', 80], ['customs_assistant', 20]],
  it: [['it_officer', 85], ['administrative_officer', 15]],
  training: [['trainer', 70], ['administrative_officer', 30]],
};

const GRADES: Record<PositionCode, [number, number]> = {
  director: [8, 10],
  head_of_department: [7, 9],
  head_of_unit: [6, 8],
  senior_customs_officer: [5, 7],
  customs_officer: [3, 5],
  customs_assistant: [1, 3],
  auditor: [4, 7],
  intelligence_analyst: [4, 7],
  it_officer: [3, 7],
  trainer: [4, 7],
  administrative_officer: [2, 5],
};

function positions(titles: Record<PositionCode, [string, string]>): PositionSpec[] {
  return (Object.keys(titles) as PositionCode[]).map((code) => {
    const [title, description] = titles[code];
    const [min, max] = GRADES[code];
    return { code, title, description, min, max };
  });
}

const TL_POSITIONS = positions({
  director: ['Director', 'Leads a directorate or the directorate general.'],
  head_of_department: ['Head of Department', 'Leads a department, the training centre or a major customs office.'],
  head_of_unit: ['Head of Unit', 'Leads a unit, a border post or a team.'],
  senior_customs_officer: ['Senior Customs Officer', 'Experienced officer; supervises examinations and complex declarations.'],
  customs_officer: ['Customs Officer', 'Processes declarations, examines goods and travellers, collects revenue.'],
  customs_assistant: ['Customs Assistant', 'Supports clearance, document checks and cargo handling.'],
  auditor: ['Post-Clearance Auditor', 'Audits traders after release of goods.'],
  intelligence_analyst: ['Intelligence Analyst', 'Builds risk profiles and targets consignments.'],
  it_officer: ['IT Officer', 'Runs ASYCUDA World and the office systems.'],
  trainer: ['Training Officer', 'Designs and delivers training; coordinates external trainers.'],
  administrative_officer: ['Administrative Officer', 'Human resources, finance and office administration.'],
});

const MZ_POSITIONS = positions({
  director: ['Director de Serviços', 'Dirige uma direcção de serviços ou a direcção geral.'],
  head_of_department: ['Chefe de Departamento', 'Dirige um departamento, o centro de formação ou uma estância aduaneira principal.'],
  head_of_unit: ['Chefe de Repartição', 'Dirige uma repartição, um posto fronteiriço ou uma equipa.'],
  senior_customs_officer: ['Técnico Aduaneiro Superior', 'Técnico experiente; supervisiona verificações e declarações complexas.'],
  customs_officer: ['Técnico Aduaneiro', 'Processa declarações, verifica mercadorias e viajantes, cobra receita.'],
  customs_assistant: ['Assistente Aduaneiro', 'Apoia o desembaraço, a conferência documental e a movimentação de carga.'],
  auditor: ['Auditor Aduaneiro', 'Audita operadores após o desembaraço das mercadorias.'],
  intelligence_analyst: ['Analista de Informações', 'Elabora perfis de risco e selecciona remessas.'],
  it_officer: ['Técnico de Informática', 'Gere a Janela Única Electrónica e os sistemas internos.'],
  trainer: ['Formador', 'Concebe e ministra formação; coordena formadores externos.'],
  administrative_officer: ['Técnico Administrativo', 'Recursos humanos, finanças e administração.'],
});

const office = (code: string, name: string, location: string, weight: number, head?: PositionCode): UnitSpec => ({
  code, name, kind: 'office', location, profile: 'operations', weight, frontline: true, ...(head ? { head } : {}),
});
const unit = (code: string, name: string, profile: StaffProfile, weight: number, women?: number): UnitSpec => ({
  code, name, kind: 'unit', profile, weight, ...(women === undefined ? {} : { women }),
});

const TIMOR_LESTE: AdministrationProfile = {
  slug: 'timor-leste',
  name: 'Timor-Leste Customs (Alfândega de Timor-Leste)',
  countryCode: 'TL',
  currency: 'USD',
  timezone: 'Asia/Dili',
  defaultLocale: 'pt',
  accountLocale: 'en',
  emailDomain: 'alfandega.gov.tl',
  employeePrefix: 'TL',
  names: TIMOR_LESTE_NAMES,
  locations: [
    { code: 'DIL-HQ', name: 'Dili Headquarters', kind: 'headquarters', lat: -8.5569, lon: 125.5789 },
    { code: 'DIL-PORT', name: 'Dili Seaport (Porto de Díli / Tibar Bay Port)', kind: 'seaport', lat: -8.5768, lon: 125.4625 },
    { code: 'DIL-APT', name: 'Presidente Nicolau Lobato International Airport', kind: 'airport', lat: -8.5466, lon: 125.5247 },
    { code: 'BTG', name: 'Batugade Border Post', kind: 'land_border_post', lat: -8.9461, lon: 124.9717 },
    { code: 'SLL', name: 'Salele Border Post', kind: 'land_border_post', lat: -9.377, lon: 125.063 },
    { code: 'SKT', name: 'Sakato Border Post (Oecusse)', kind: 'land_border_post', lat: -9.2075, lon: 124.148 },
    { code: 'MLN', name: 'Maliana Border Post', kind: 'land_border_post', lat: -8.9917, lon: 125.2197 },
    { code: 'OSL', name: 'Oesilo Border Post (Oecusse)', kind: 'land_border_post', lat: -9.305, lon: 124.338 },
    { code: 'SUA', name: 'Suai Customs Office (Covalima)', kind: 'land_border_post', lat: -9.3129, lon: 125.2565 },
    { code: 'BAU', name: 'Baucau Customs Office', kind: 'inland_office', lat: -8.4667, lon: 126.45 },
  ],
  tree: {
    code: 'DG', name: 'Directorate General of Customs', kind: 'directorate', location: 'DIL-HQ', women: 0.32,
    children: [
      { code: 'REV', name: 'Revenue Directorate', kind: 'directorate', women: 0.4, children: [
        unit('REV-VAL', 'Valuation Unit', 'revenue', 1.2),
        unit('REV-TAR', 'Tariff Classification Unit', 'revenue', 1),
        unit('REV-ORI', 'Rules of Origin Unit', 'revenue', 0.6),
        unit('REV-ACC', 'Revenue Accounting Unit', 'revenue', 1, 0.5),
      ] },
      { code: 'ENF', name: 'Enforcement and Intelligence Directorate', kind: 'directorate', women: 0.24, children: [
        unit('ENF-IRM', 'Intelligence and Risk Management Unit', 'intelligence', 1.2, 0.35),
        unit('ENF-INV', 'Investigation Unit', 'enforcement', 1),
        { ...unit('ENF-ASM', 'Anti-Smuggling Unit', 'enforcement', 1.8, 0.15), frontline: true },
      ] },
      { code: 'OPS', name: 'Border and Port Operations Directorate', kind: 'directorate', women: 0.28, children: [
        office('OPS-PORT', 'Dili Port Clearance Office', 'DIL-PORT', 5, 'head_of_department'),
        office('OPS-APT', 'Airport Customs Office', 'DIL-APT', 2.5, 'head_of_department'),
        office('OPS-BTG', 'Batugade Border Post', 'BTG', 3),
        office('OPS-SLL', 'Salele Border Post', 'SLL', 1.2),
        office('OPS-SKT', 'Sakato Border Post', 'SKT', 1.2),
        office('OPS-MLN', 'Maliana Border Post', 'MLN', 1.2),
        office('OPS-OSL', 'Oesilo Border Post', 'OSL', 1),
        office('OPS-SUA', 'Suai Customs Office', 'SUA', 1.5),
        office('OPS-BAU', 'Baucau Customs Office', 'BAU', 1),
      ] },
      { code: 'PCA', name: 'Post-Clearance Audit Directorate', kind: 'directorate', women: 0.38, children: [
        unit('PCA-PLN', 'Audit Planning and Selection Unit', 'audit', 0.8),
        unit('PCA-FLD', 'Field Audit Unit', 'audit', 1.2),
      ] },
      { code: 'ADM', name: 'Administration and Finance Directorate', kind: 'directorate', women: 0.5, children: [
        unit('ADM-HR', 'Human Resources Unit', 'support', 1, 0.58),
        unit('ADM-FIN', 'Finance Unit', 'support', 1),
        unit('ADM-IT', 'IT Unit (ASYCUDA World)', 'it', 1, 0.25),
      ] },
      { code: 'TC', name: 'Customs Training Centre', kind: 'department', profile: 'training', weight: 1.5, women: 0.45 },
    ],
  },
  positions: TL_POSITIONS,
  opsDirectorate: 'OPS',
  trainingCentre: 'TC',
  accounts: ['manager', 'supervisor', 'trainer', 'officer'],
  teamWords: ['Team', 'Section'],
  phone: (rng) => `+670 7${rng.int(3, 8)}${rng.int(0, 9)}${rng.int(0, 9)} ${String(rng.int(0, 9999)).padStart(4, '0')}`,
  languages(rng, birthYear) {
    // Schooled before 1999 in Indonesian; Portuguese became official in 2002.
    const older = birthYear < 1985;
    const langs = ['tet'];
    if (rng.chance(older ? 0.6 : 0.9)) langs.push('pt');
    if (rng.chance(0.3)) langs.push('en');
    if (rng.chance(older ? 0.85 : 0.35)) langs.push('id');
    return langs;
  },
};

const MOZAMBIQUE: AdministrationProfile = {
  slug: 'mozambique',
  name: 'Autoridade Tributária de Moçambique — Direcção Geral das Alfândegas',
  countryCode: 'MZ',
  currency: 'MZN',
  timezone: 'Africa/Maputo',
  defaultLocale: 'pt',
  accountLocale: 'pt',
  emailDomain: 'at.gov.mz',
  employeePrefix: 'MZ',
  names: MOZAMBIQUE_NAMES,
  locations: [
    { code: 'MPM-HQ', name: 'Sede, Maputo', kind: 'headquarters', lat: -25.9692, lon: 32.5732 },
    { code: 'MPM-PORT', name: 'Porto de Maputo', kind: 'seaport', lat: -25.974, lon: 32.554 },
    { code: 'BEW-PORT', name: 'Porto da Beira', kind: 'seaport', lat: -19.827, lon: 34.839 },
    { code: 'MNC-PORT', name: 'Porto de Nacala', kind: 'seaport', lat: -14.543, lon: 40.672 },
    { code: 'MPM-APT', name: 'Aeroporto Internacional de Maputo', kind: 'airport', lat: -25.9208, lon: 32.5726 },
    { code: 'RGA', name: 'Fronteira de Ressano Garcia', kind: 'land_border_post', lat: -25.44, lon: 31.987 },
    { code: 'MCP', name: 'Fronteira de Machipanda', kind: 'land_border_post', lat: -18.99, lon: 32.73 },
  ],
  tree: {
    code: 'DGA', name: 'Direcção Geral das Alfândegas', kind: 'directorate', location: 'MPM-HQ', women: 0.33,
    children: [
      { code: 'DSRA', name: 'Direcção de Serviços de Regimes e Receita Aduaneira', kind: 'directorate', women: 0.42, children: [
        unit('DSRA-VAL', 'Repartição de Valor Aduaneiro', 'revenue', 1),
        unit('DSRA-PAU', 'Repartição de Pauta e Origem', 'revenue', 1),
        unit('DSRA-CON', 'Repartição de Contabilidade da Receita', 'revenue', 0.8, 0.5),
      ] },
      { code: 'DSFI', name: 'Direcção de Serviços de Fiscalização e Informações', kind: 'directorate', women: 0.22, children: [
        unit('DSFI-GRI', 'Repartição de Gestão de Risco e Informações', 'intelligence', 1),
        { ...unit('DSFI-CCO', 'Repartição de Investigação e Combate ao Contrabando', 'enforcement', 1.5, 0.15), frontline: true },
      ] },
      { code: 'DSOF', name: 'Direcção de Serviços de Operações Fronteiriças e Portuárias', kind: 'directorate', women: 0.3, children: [
        office('DSOF-MPT', 'Estância Aduaneira do Porto de Maputo', 'MPM-PORT', 5, 'head_of_department'),
        office('DSOF-BEW', 'Estância Aduaneira do Porto da Beira', 'BEW-PORT', 3.5, 'head_of_department'),
        office('DSOF-MNC', 'Estância Aduaneira do Porto de Nacala', 'MNC-PORT', 2.5),
        office('DSOF-APT', 'Estância Aduaneira do Aeroporto de Maputo', 'MPM-APT', 2),
        office('DSOF-RGA', 'Estância Aduaneira de Ressano Garcia', 'RGA', 4, 'head_of_department'),
        office('DSOF-MCP', 'Estância Aduaneira de Machipanda', 'MCP', 2),
      ] },
      { code: 'DAPD', name: 'Departamento de Auditoria Pós-Desembaraço', kind: 'department', profile: 'audit', weight: 1.5, women: 0.4 },
      { code: 'DAF', name: 'Direcção de Administração e Finanças', kind: 'directorate', women: 0.52, children: [
        unit('DAF-RH', 'Repartição de Recursos Humanos', 'support', 1, 0.6),
        unit('DAF-FIN', 'Repartição de Finanças', 'support', 0.8),
        unit('DAF-TI', 'Repartição de Tecnologias de Informação', 'it', 0.8, 0.28),
      ] },
      { code: 'CFA', name: 'Centro de Formação Aduaneira', kind: 'department', profile: 'training', weight: 1, women: 0.45 },
    ],
  },
  positions: MZ_POSITIONS,
  opsDirectorate: 'DSOF',
  trainingCentre: 'CFA',
  accounts: ['manager'],
  teamWords: ['Turno', 'Secção'],
  phone: (rng) => `+258 8${rng.int(2, 7)} ${rng.int(100, 999)} ${String(rng.int(0, 9999)).padStart(4, '0')}`,
  languages(rng, _birthYear, location) {
    const langs = ['pt'];
    if (rng.chance(0.35)) langs.push('en');
    // A local language by region: Changana in the south, Shona/Ndau in the centre, Makhuwa in the north.
    const local = location === 'MNC-PORT' ? 'vmw' : location === 'BEW-PORT' || location === 'MCP' ? 'sn' : 'ts';
    if (rng.chance(0.6)) langs.push(local);
    if (location === 'RGA' && rng.chance(0.3)) langs.push('zu');
    return langs;
  },
};

export const PROFILES = { 'timor-leste': TIMOR_LESTE, mozambique: MOZAMBIQUE } as const;
