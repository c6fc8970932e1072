// The demo's three-year training strategy, after the WCO mission to Timor-Leste Customs (Dili, January 2017; seed/).
// Written through the strategy service (same rules as production), joined to the generator's transaction.
import type { TFunctionalArea, TGoalInput } from '@formasaun/shared';
import { sql } from 'drizzle-orm';
import { makeStrategyModule } from '../../modules/strategy/index.js';
import { type Actor, makeActor } from '../../platform/actor.js';
import { fixedClock } from '../../platform/clock.js';
import { type Database, rows, type Tx } from '../../platform/db.js';
import { joinedDatabase } from './joined.js';

export interface DemoStrategyInput {
  /** The database the generator's transaction belongs to. */
  database: Database;
  administrationId: string;
  /** First year of the strategy (and of the plan). */
  fromYear: number;
  log: (line: string) => void;
}

/** The services check permissions only: a training manager of the administration, with no account behind it. */
export const demoManager = (administrationId: string): Actor =>
  makeActor({ userId: '00000000-0000-4000-8000-000000000000', administrationId, roles: ['training_manager'], officerId: null, supervisedOrgUnitIds: [] });

export interface DemoPlace {
  country: string;
  port: string;
  currency: string;
  /** Local currency units per US dollar, so that money figures stay believable (rounded). */
  perUsd: number;
}

const PLACES: Record<string, Omit<DemoPlace, 'currency'>> = {
  TL: { country: 'Timor-Leste', port: 'Dili port', perUsd: 1 },
  MZ: { country: 'Mozambique', port: 'Maputo port', perUsd: 64 },
};

export async function demoPlace(tx: Tx, administrationId: string): Promise<DemoPlace> {
  const [adm] = await rows<{ name: string; country: string; currency: string }>(
    tx,
    sql`select name, country_code as country, currency from administrations where id = ${administrationId}`,
  );
  if (!adm) throw new Error(`no administration ${administrationId} for the demo strategy`);
  const known = PLACES[adm.country];
  return { country: known?.country ?? adm.name, port: known?.port ?? 'the main port', currency: adm.currency, perUsd: known?.perUsd ?? 1 };
}

type KpiSpec = [name: string, unit: string, direction: 'increase' | 'decrease', baseline: number, targets: [number, number, number], source: string];
type ObjectiveSpec = [title: string, areas: TFunctionalArea[], kpis: KpiSpec[]];
type GoalSpec = [title: string, description: string, objectives: ObjectiveSpec[]];

function goals(place: DemoPlace): GoalSpec[] {
  const money = (usd: number) => Math.round((usd * place.perUsd) / 1000) * 1000;
  const m3 = (a: number, b: number, c: number): [number, number, number] => [money(a), money(b), money(c)];
  return [
    ['Faster, more predictable clearance', 'Examiners, risk officers and IT staff trained to clear legitimate goods quickly and consistently.', [
      ['Examiners classify goods and determine customs value correctly', ['tariff-classification', 'valuation'], [
        [`Average clearance time at ${place.port}`, 'hours', 'decrease', 52, [44, 36, 28], 'ASYCUDA World time-release reports'],
      ]],
      ['Risk-based selectivity replaces blanket physical examination', ['risk-management', 'customs-it'], [
        ['Declarations routed to the red channel', '%', 'decrease', 62, [50, 40, 30], 'ASYCUDA World selectivity module'],
      ]],
      ['Every border post clears declarations on ASYCUDA World', ['customs-it', 'procedures-clearance'], [
        ['Customs offices clearing on ASYCUDA World', 'count', 'increase', 3, [5, 7, 9], 'IT Unit roll-out log'],
      ]],
    ]],
    ['Fair and efficient revenue collection', 'Valuation, origin and audit skills that protect revenue without slowing trade.', [
      ['Valuation and origin controls protect revenue at clearance', ['valuation', 'origin', 'revenue-accounting'], [
        ['Revenue collected', place.currency, 'increase', money(38_000_000), m3(40_000_000, 42_500_000, 45_000_000), 'Revenue Accounting Unit monthly reports'],
      ]],
      ['Post-clearance audit recovers duties missed at the border', ['post-clearance-audit'], [
        ['Additional revenue assessed by post-clearance audit (PCA yield)', place.currency, 'increase', money(150_000), m3(250_000, 400_000, 600_000), 'PCA Directorate case register'],
        ['Post-clearance audits completed', 'count', 'increase', 12, [20, 30, 40], 'PCA Directorate case register'],
      ]],
    ]],
    ['Effective enforcement', 'Intelligence-led control of smuggling, drugs and prohibited goods at ports, airport and land borders.', [
      ['Intelligence and risk analysis direct enforcement', ['intelligence-investigation', 'risk-management'], [
        ['Seizures', 'count', 'increase', 85, [100, 120, 140], 'Enforcement seizure database (WCO CEN)'],
      ]],
      ['Border and passenger officers detect prohibited and restricted goods', ['enforcement', 'passenger-border'], [
        ['Seizures at land border posts', 'count', 'increase', 30, [36, 44, 52], 'Enforcement seizure database (WCO CEN)'],
      ]],
    ]],
    ['Integrity and a trusted administration', 'The principles of the revised Arusha Declaration known and applied by every officer and manager.', [
      ['Every officer is trained in integrity and the code of conduct', ['integrity'], [
        ['Officers trained in integrity and ethics', '%', 'increase', 20, [50, 80, 100], 'Formasaun training records'],
      ]],
      ['Managers lead by example and handle complaints transparently', ['leadership-management', 'integrity'], [
        ['Integrity complaints received from traders', 'count', 'decrease', 14, [12, 9, 6], 'Internal affairs register'],
      ]],
    ]],
    ['A sustainable, self-sufficient training centre', 'An internal training centre that assesses needs, trains its own trainers and evaluates its results.', [
      ['Internal trainers deliver most of the training', ['instructional-skills'], [
        ['Share of training delivered by internal trainers', '%', 'increase', 25, [40, 55, 70], 'Formasaun session records'],
        ['Certified lead trainers', 'count', 'increase', 4, [8, 12, 16], 'Training centre trainer register'],
      ]],
      ['Training needs are assessed across all departments every year', [], [
        ['Officers with a completed needs assessment', '%', 'increase', 35, [80, 90, 95], 'Formasaun TNA campaigns'],
      ]],
      ['Training is evaluated and improved each year', [], [
        ['Average participant satisfaction (Kirkpatrick level 1)', 'score 1–5', 'increase', 3.6, [3.9, 4.1, 4.3], 'Formasaun evaluation surveys'],
      ]],
    ]],
  ];
}

export function demoStrategyInput(place: DemoPlace, fromYear: number) {
  const years = [fromYear, fromYear + 1, fromYear + 2];
  const goalInputs: TGoalInput[] = goals(place).map(([title, description, objectives]) => ({
    title,
    description,
    objectives: objectives.map(([objectiveTitle, functionalAreas, kpis]) => ({
      title: objectiveTitle,
      functionalAreas,
      kpis: kpis.map(([name, unit, direction, baseline, targets, source]) => ({
        name, unit, direction, source, baselineValue: baseline, baselineYear: fromYear - 1,
        targets: Object.fromEntries(years.map((y, i) => [String(y), targets[i]!])),
      })),
    })),
  }));
  return {
    title: `Customs training strategy ${fromYear}–${fromYear + 2}`,
    fromYear,
    toYear: fromYear + 2,
    vision: `A modern, professional and trusted customs service that protects the society of ${place.country}, collects revenue fairly and facilitates legitimate trade.`,
    mission:
      'To raise the professional competencies of every customs officer across all functional areas through a sustainable, self-sufficient ' +
      'training centre: training based on assessed needs, delivered by our own trainers with diverse methods (lectures, case studies, ' +
      'simulations, e-learning), evaluated for results, and supported by secured funding.',
    goals: goalInputs,
  };
}

/** Writes the demo strategy; returns its id. */
export async function generateDemoStrategy(tx: Tx, input: DemoStrategyInput): Promise<{ strategyId: string }> {
  const { administrationId, fromYear, log } = input;
  const place = await demoPlace(tx, administrationId);
  // Written in the week of the strategy workshop (the WCO mission sat in Dili on 23–27 January 2017).
  const clock = fixedClock(`${fromYear}-01-27T09:00:00Z`);
  const strategy = makeStrategyModule({ database: joinedDatabase(input.database, tx), clock });
  const created = await strategy.strategies.createStrategy(demoManager(administrationId), demoStrategyInput(place, fromYear));
  const kpis = created.goals.flatMap((g) => g.objectives.flatMap((o) => o.kpis)).length;
  log(`strategy "${created.title}": ${created.goals.length} goals, ${kpis} KPIs`);
  return { strategyId: created.id };
}
