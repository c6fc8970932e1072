/** Calendar arithmetic on YYYY-MM-DD strings (UTC, no time zone: a training day is a date, not an instant). */

const MS_PER_DAY = 86_400_000;
const toMs = (day: string) => Date.parse(`${day}T00:00:00Z`);
const fromMs = (ms: number) => new Date(ms).toISOString().slice(0, 10);

export const addDays = (day: string, n: number) => fromMs(toMs(day) + n * MS_PER_DAY);
export const daysBetween = (from: string, to: string) => Math.round((toMs(to) - toMs(from)) / MS_PER_DAY);

/** Saturday or Sunday. */
export const isWeekend = (day: string) => {
  const wd = new Date(toMs(day)).getUTCDay();
  return wd === 0 || wd === 6;
};

/** The quarter a day falls in, as "2017Q3". */
export const periodOf = (day: string) => `${day.slice(0, 4)}Q${Math.floor((Number(day.slice(5, 7)) - 1) / 3) + 1}`;

/** First and last day of a quarter such as "2017Q3". */
export function quarterBounds(period: string): { from: string; to: string } {
  const year = Number(period.slice(0, 4));
  const q = Number(period.slice(5));
  const from = `${year}-${String((q - 1) * 3 + 1).padStart(2, '0')}-01`;
  const next = q === 4 ? `${year + 1}-01-01` : `${year}-${String(q * 3 + 1).padStart(2, '0')}-01`;
  return { from, to: addDays(next, -1) };
}

/** Every day from `from` to `to`, both included. */
export function eachDay(from: string, to: string): string[] {
  const out: string[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) out.push(d);
  return out;
}

/** The working days of a range: neither weekend nor public holiday. */
export const workingDays = (from: string, to: string, holidays: ReadonlySet<string> | ReadonlyMap<string, string>) =>
  eachDay(from, to).filter((d) => !isWeekend(d) && !holidays.has(d));

/** Minutes since midnight of an HH:MM time. */
export const minutesOf = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));

/** Both ranges include a day: inclusive bounds. */
export const rangesMeet = (a: { from: string; to: string }, b: { from: string; to: string }) => a.from <= b.to && b.from <= a.to;
