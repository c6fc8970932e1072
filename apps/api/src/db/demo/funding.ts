// The demo's funding and capacity inputs: the state budget and two donors of the WCO-Norad programme (seed/),
// trainer-days growing as internal trainers qualify, and busy border posts that can release fewer officers.
import type { TCostCategory, TEnvelopeStatus, TFunctionalArea } from '@formasaun/shared';
import { sql } from 'drizzle-orm';
import { makeFundingModule } from '../../modules/funding/index.js';
import { fixedClock } from '../../platform/clock.js';
import { type Database, rows, type Tx } from '../../platform/db.js';
import { joinedDatabase } from './joined.js';
import { demoManager, demoPlace } from './strategy.js';

export interface DemoFundingInput {
  /** The database the generator's transaction belongs to. */
  database: Database;
  administrationId: string;
  fromYear: number;
  log: (line: string) => void;
}

type EnvelopeSpec = [amountUsd: number, status: TEnvelopeStatus];
interface SourceSpec {
  name: string;
  kind: 'government' | 'donor' | 'other';
  notes: string;
  functionalAreas: TFunctionalArea[];
  costCategories: TCostCategory[];
  /** One envelope per year of the strategy: the first year's money is in hand, later years less certain. */
  years: [EnvelopeSpec, EnvelopeSpec, EnvelopeSpec];
}

const sources = (country: string): SourceSpec[] => [
  {
    name: `State budget of ${country}`,
    kind: 'government',
    notes: 'Training line of the customs budget in the annual state budget law.',
    functionalAreas: [],
    costCategories: [],
    years: [[45_000, 'disbursed'], [50_000, 'secured'], [55_000, 'pledged']],
  },
  {
    name: 'Norad',
    kind: 'donor',
    notes: 'WCO-Norad Customs Capacity Building Programme.',
    functionalAreas: ['integrity', 'risk-management', 'post-clearance-audit', 'intelligence-investigation', 'enforcement', 'valuation', 'tariff-classification', 'origin'],
    costCategories: [],
    years: [[30_000, 'secured'], [25_000, 'secured'], [20_000, 'pledged']],
  },
  {
    name: 'WCO',
    kind: 'donor',
    notes: 'WCO Capacity Building Directorate: expert missions (fees, travel and per diem of the experts).',
    functionalAreas: [],
    costCategories: ['trainer-fees', 'travel-per-diem'],
    years: [[12_000, 'disbursed'], [10_000, 'secured'], [8_000, 'pledged']],
  },
];

/** Trainer-days per quarter by year of the strategy: Q4 is short (holidays), and each year more internal trainers qualify. */
const TRAINER_DAYS: [number, number, number, number][] = [
  [40, 48, 52, 44],
  [48, 56, 60, 50],
  [55, 64, 70, 58],
];
const BUSY_BORDER_SHARE = 0.05;

export async function generateDemoFunding(tx: Tx, input: DemoFundingInput): Promise<{ sources: number; envelopes: number }> {
  const { administrationId, fromYear, log } = input;
  const place = await demoPlace(tx, administrationId);
  const actor = demoManager(administrationId);
  const { funding, capacity } = makeFundingModule({ database: joinedDatabase(input.database, tx), clock: fixedClock(`${fromYear}-01-27T09:00:00Z`) });
  const money = (usd: number) => Math.round((usd * place.perUsd) / 1000) * 1000;

  let envelopes = 0;
  const specs = sources(place.country);
  for (const spec of specs) {
    const source = await funding.createSource(actor, { name: spec.name, kind: spec.kind, notes: spec.notes });
    for (const [i, [usd, status]] of spec.years.entries()) {
      await funding.createEnvelope(actor, {
        sourceId: source.id,
        year: fromYear + i,
        amount: money(usd),
        status,
        functionalAreas: spec.functionalAreas,
        costCategories: spec.costCategories,
      });
      envelopes += 1;
    }
  }

  const days = Object.fromEntries(TRAINER_DAYS.flatMap((quarters, y) => quarters.map((d, q) => [`${fromYear + y}Q${q + 1}`, d])));
  await capacity.putTrainerDays(actor, { days });

  // The two busiest land border posts cannot spare one officer in ten at once.
  const busy = await rows<{ id: string; name: string }>(
    tx,
    sql`select u.id, u.name from org_units u
        join locations l on l.administration_id = u.administration_id and l.id = u.location_id
        left join officers o on o.administration_id = u.administration_id and o.org_unit_id = u.id
        where u.administration_id = ${administrationId} and l.kind = 'land_border_post' and u.closed_on is null
        group by u.id, u.name, u.code order by count(o.id) desc, u.code limit 2`,
  );
  await capacity.putReleaseShares(actor, { shares: busy.map((u) => ({ orgUnitId: u.id, share: BUSY_BORDER_SHARE })) });
  log(
    `funding: ${specs.length} sources, ${envelopes} envelopes (${place.currency}), ${Object.keys(days).length} quarters of trainer-days, ` +
      `release share 5 % at ${busy.map((u) => u.name).join(', ') || 'no border post'}`,
  );
  return { sources: specs.length, envelopes };
}
