/**
 * Splits a plan run's participants per target group across its sessions: each group as evenly as it goes, the
 * remainders dealt round-robin where the previous group's stopped, so the sessions' totals differ by one at most.
 */
export function splitGroups(participants: Record<string, number>, count: number): Record<string, number>[] {
  const out: Record<string, number>[] = Array.from({ length: Math.max(0, count) }, () => ({}));
  if (count <= 0) return out;
  let next = 0;
  for (const key of Object.keys(participants).sort()) {
    const n = Math.max(0, Math.floor(participants[key] ?? 0));
    const base = Math.floor(n / count);
    for (let i = 0; i < count; i++) if (base > 0) out[i]![key] = base;
    for (let r = 0; r < n % count; r++) {
      out[next]![key] = (out[next]![key] ?? 0) + 1;
      next = (next + 1) % count;
    }
  }
  return out;
}

/** The next session code of a course in a year: `<COURSE CODE>-<YYYY>-<NN>`, numbered after the highest taken. */
export function nextCode(courseCode: string, year: number, taken: Iterable<string>): string {
  const prefix = `${courseCode}-${year}-`;
  let max = 0;
  for (const code of taken) {
    if (!code.startsWith(prefix)) continue;
    const n = Number(code.slice(prefix.length));
    if (Number.isInteger(n) && n > max) max = n;
  }
  return `${prefix}${String(max + 1).padStart(2, '0')}`;
}
