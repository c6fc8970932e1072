import { type TPlanSettings, ZPlanSettings } from '@formasaun/shared';
import { parseInstance } from '@formasaun/planner';
import type { Tx } from '../../platform/db.js';
import { type BuiltInstance, buildInstance } from './planning.instance.js';
import type { NeedsForPlanning, PlanningPorts } from './planning.ports.js';
import type { PinRow } from './planning.repository.js';

export interface PlanInputsOf {
  campaignId: string;
  fromYear: number;
  toYear: number;
  settings: unknown;
}

export type ReadInputs = (tx: Tx, administrationId: string, plan: PlanInputsOf, pins: PinRow[]) => Promise<BuiltInstance>;

export const settingsOf = (stored: unknown): TPlanSettings => ZPlanSettings.parse(stored ?? {});

const NO_NEEDS: NeedsForPlanning = { campaign: { id: '', name: '', closedAt: null }, groups: [], areaOf: {} };

/**
 * Reads today's inputs through the ports and builds the instance; the optimiser's own validation (parseInstance)
 * adds what the builder does not check (capacity below minimum fill, cyclic prerequisites), each error once per field.
 */
export function makeInputsReader(ports: PlanningPorts): ReadInputs {
  return async (tx, administrationId, plan, pins) => {
    const needs = await ports.needs.forPlanning(tx, administrationId, plan.campaignId);
    const years: number[] = [];
    for (let y = plan.fromYear; y <= plan.toYear; y++) years.push(y);
    const periods = years.flatMap((y) => [1, 2, 3, 4].map((q) => `${y}Q${q}`));
    // One connection per transaction: the reads go one after another.
    const courses = await ports.catalogue.activeCourses(tx, administrationId);
    const envelopes = await ports.funding.envelopes(tx, administrationId, years);
    const trainerDays = await ports.funding.trainerDays(tx, administrationId, periods);
    const release = await ports.funding.releaseShares(tx, administrationId);
    const built = buildInstance({
      fromYear: plan.fromYear,
      toYear: plan.toYear,
      settings: settingsOf(plan.settings),
      needs: needs ?? NO_NEEDS,
      courses,
      envelopes,
      trainerDays,
      release,
      pins,
    });
    if (!needs) built.inputErrors.unshift({ path: 'campaignId', message: 'the needs assessment campaign is not closed' });
    const parsed = parseInstance(built.instance);
    if (!parsed.ok) {
      const known = new Set(built.inputErrors.map((e) => e.path));
      built.inputErrors.push(...parsed.errors.filter((e) => !known.has(e.path)));
    }
    return built;
  };
}
