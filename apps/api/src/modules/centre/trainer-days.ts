/**
 * Trainer-days per quarter computed from the trainer pool: pure, no database. A quarter's figure is the sum over
 * active trainers of their days per quarter minus the working days (Monday to Friday, not a public holiday) of
 * their leave falling in that quarter, never below 0 for a trainer.
 */

export interface PoolTrainer {
  id: string;
  daysPerQuarter: number;
  leave: { fromDay: string; toDay: string }[];
}

const DAY_MS = 86_400_000;
const toUtc = (day: string) => Date.parse(`${day}T00:00:00Z`);
const fromUtc = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** First and last day of a quarter such as 2017Q3. */
export function quarterBounds(period: string): { from: string; to: string } {
  const year = Number(period.slice(0, 4));
  const q = Number(period.slice(5));
  const from = Date.UTC(year, (q - 1) * 3, 1);
  const to = Date.UTC(year, q * 3, 1) - DAY_MS;
  return { from: fromUtc(from), to: fromUtc(to) };
}

/** The quarter (2017Q3) a day falls in. */
export const quarterOf = (day: string) => `${day.slice(0, 4)}Q${Math.floor((Number(day.slice(5, 7)) - 1) / 3) + 1}`;

/** Working days of a trainer's leave inside [from, to]: overlapping periods count each day once. */
export function leaveWorkingDays(leave: { fromDay: string; toDay: string }[], from: string, to: string, holidays: ReadonlySet<string>): number {
  const days = new Set<string>();
  for (const l of leave) {
    const start = Math.max(toUtc(l.fromDay), toUtc(from));
    const end = Math.min(toUtc(l.toDay), toUtc(to));
    for (let ms = start; ms <= end; ms += DAY_MS) {
      const weekday = new Date(ms).getUTCDay();
      const day = fromUtc(ms);
      if (weekday !== 0 && weekday !== 6 && !holidays.has(day)) days.add(day);
    }
  }
  return days.size;
}

/** The pool's trainer-days for each period; the caller passes active trainers only. */
export function poolTrainerDays(trainers: PoolTrainer[], periods: string[], holidays: ReadonlySet<string>): Map<string, number> {
  const out = new Map<string, number>();
  for (const period of periods) {
    const { from, to } = quarterBounds(period);
    let total = 0;
    for (const t of trainers) total += Math.max(0, t.daysPerQuarter - leaveWorkingDays(t.leave, from, to, holidays));
    out.set(period, Math.round(total * 10) / 10);
  }
  return out;
}
