// Used by `serve --demo`: a fresh installation starts with the demo, an existing one is left alone.
import type { Clock } from '../../platform/clock.js';
import type { Database } from '../../platform/db.js';
import { generateDefaultDemo } from './index.js';

/** `--start-year 2017` replays the seed's own cycle: the demo's today is mid-January of that year (the WCO mission sat in Dili then). */
export function demoStartDay(year: number): Date {
  if (!Number.isInteger(year) || year < 2000 || year > 2100) throw new Error('--start-year must be a year between 2000 and 2100');
  return new Date(Date.UTC(year, 0, 16));
}

/**
 * Seeds the default demo when the database holds no administration. The plans' optimisation is returned to run once
 * the server listens, so the first page does not wait for the solver (null when nothing was seeded).
 */
export async function seedDemoIfEmpty(
  database: Database,
  clock: Clock,
  log: (line: string) => void = () => {},
  opts: { startYear?: number } = {},
): Promise<{ computePlans: () => Promise<void> } | null> {
  const [row] = await database.raw.query<{ n: number }>('select count(*)::int as n from administrations');
  if ((row?.n ?? 0) > 0) return null;
  const today = opts.startYear ? demoStartDay(opts.startYear) : clock.now();
  // Five seconds per demo plan; any plan can be re-optimised longer from its page.
  const { administrations } = await generateDefaultDemo(database, { log, today, asOf: clock.now(), planSeconds: 5, deferPlan: true });
  return {
    async computePlans() {
      for (const result of Object.values(administrations)) if (result?.computePlan) await result.computePlan();
    },
  };
}
