import type { Tx } from '../../platform/db.js';
import { poolTrainerDays, quarterBounds } from './trainer-days.js';
import { makeTrainerRepository } from './trainer.repository.js';

const repo = makeTrainerRepository();

/**
 * Trainer-days per quarter computed from the trainer pool (see trainer-days.ts), for the periods asked; null when
 * the pool has no active trainer, so that the caller keeps the manual figure.
 */
export async function centreTrainerDays(tx: Tx, administrationId: string, periods: string[]): Promise<Map<string, number> | null> {
  if (periods.length === 0) return null;
  const sorted = [...periods].sort();
  const { trainers, leave, holidays } = await repo.pool(tx, administrationId, quarterBounds(sorted[0]!).from, quarterBounds(sorted.at(-1)!).to);
  if (trainers.length === 0) return null;
  const pool = trainers.map((t) => ({ id: t.id, daysPerQuarter: Number(t.daysPerQuarter), leave: leave.filter((l) => l.trainerId === t.id) }));
  return poolTrainerDays(pool, periods, new Set(holidays));
}
