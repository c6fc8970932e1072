import type { TCostCategory, TFunctionalArea } from '@formasaun/shared';
import type { Tx } from '../../platform/db.js';
import type { CatalogueLookups } from '../catalogue/catalogue.lookups.js';
import type { NeedsForPlanning } from '../needs/needs.lookups.js';

/**
 * What the planning context asks of the others (implemented there, passed in by app.ts): it never reads their tables.
 */
export type { CatalogueLookups, PlanningCourse } from '../catalogue/catalogue.lookups.js';

export interface PlanningEnvelope {
  id: string;
  sourceId: string;
  sourceName: string;
  sourceKind: string;
  year: number;
  amount: number;
  status: 'pledged' | 'secured' | 'disbursed';
  /** Earmarks; empty = any. */
  functionalAreas: TFunctionalArea[];
  costCategories: TCostCategory[];
}

export interface ReleaseShares {
  defaultShare: number;
  daysPerQuarter: number;
  byOrgUnit: Record<string, number>;
}

export interface FundingLookups {
  envelopes(tx: Tx, administrationId: string, years: number[]): Promise<PlanningEnvelope[]>;
  /** Trainer-days entered per period; periods without an entry are absent. */
  trainerDays(tx: Tx, administrationId: string, periods: string[]): Promise<Record<string, number>>;
  releaseShares(tx: Tx, administrationId: string): Promise<ReleaseShares>;
  currency(tx: Tx, administrationId: string): Promise<string>;
}

export interface PlanningStrategy {
  id: string;
  title: string;
  fromYear: number;
  toYear: number;
  vision: string | null;
  mission: string | null;
  goals: {
    title: string;
    objectives: {
      title: string;
      kpis: { name: string; unit: string; baselineValue: number | null; baselineYear: number | null; targets: Record<string, number> }[];
    }[];
  }[];
}

export interface StrategyLookups {
  /** Undefined when the strategy is not the administration's. */
  strategy(tx: Tx, administrationId: string, id: string): Promise<PlanningStrategy | undefined>;
}

export interface NeedsLookupsPort {
  /** Undefined when the campaign is not the administration's or not closed. */
  forPlanning(tx: Tx, administrationId: string, campaignId: string): Promise<NeedsForPlanning | undefined>;
}

export type { NeedsForPlanning };

export interface PlanningPorts {
  needs: NeedsLookupsPort;
  catalogue: CatalogueLookups;
  funding: FundingLookups;
  strategy: StrategyLookups;
}
