// The demo's course catalogue: the default customs catalogue, with ids drawn from the demo's seeded stream.
import { installDefaultCatalogue } from '../../modules/catalogue/index.js';
import type { Tx } from '../../platform/db.js';
import { createRng, hashSeed } from './prng.js';
import { demoPlace } from './strategy.js';

export interface DemoCatalogueInput {
  administrationId: string;
  log: (line: string) => void;
  /** created_at / updated_at of the courses, so the demo comes out identical run after run (default: now). */
  stamp?: string;
}

/** Writes the default catalogue into the demo administration; runs after its competency framework exists. */
export async function generateDemoCatalogue(tx: Tx, input: DemoCatalogueInput): Promise<{ courses: number }> {
  const started = performance.now();
  // Seeded by the administration id (itself seeded), so course ids repeat with the demo seed.
  const rng = createRng(hashSeed(0, `${input.administrationId}:catalogue`));
  // Costs in the administration's own currency, like its budgets.
  const { perUsd } = await demoPlace(tx, input.administrationId);
  const { created } = await installDefaultCatalogue(tx, input.administrationId, { newId: () => rng.uuid(), stamp: input.stamp, costFactor: perUsd });
  input.log(`catalogue: ${created} courses (${((performance.now() - started) / 1000).toFixed(2)} s)`);
  return { courses: created };
}
