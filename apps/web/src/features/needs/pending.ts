/** Ratings typed but not yet acknowledged by the server, keyed by competency (or form:competency), kept across reloads. */
export type Pending = Readonly<Record<string, number>>;

const PREFIX = 'formasaun.tna.';

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null; // storage disabled by the browser: autosave still works, only without resume
  }
}

/** Reads what a previous page load left unsent; anything malformed is ignored. */
export function parsePending(raw: string | null): Pending {
  if (!raw) return {};
  try {
    const value: unknown = JSON.parse(raw);
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return {};
    return Object.fromEntries(
      Object.entries(value).filter((e): e is [string, number] => Number.isInteger(e[1]) && (e[1] as number) >= 0 && (e[1] as number) <= 4),
    );
  } catch {
    return {};
  }
}

export function loadPending(key: string): Pending {
  return parsePending(storage()?.getItem(PREFIX + key) ?? null);
}

export function storePending(key: string, pending: Pending): void {
  const s = storage();
  if (!s) return;
  try {
    if (Object.keys(pending).length === 0) s.removeItem(PREFIX + key);
    else s.setItem(PREFIX + key, JSON.stringify(pending));
  } catch {
    // quota exceeded: the change stays in memory and is still sent
  }
}

/** What remains after the server acknowledged `sent`: entries changed again meanwhile stay pending. */
export function settle(pending: Pending, sent: Pending): Pending {
  return Object.fromEntries(Object.entries(pending).filter(([k, v]) => sent[k] !== v));
}

/** Milliseconds before the next retry while offline: 2 s doubling up to a minute. */
export function retryDelay(attempt: number): number {
  return Math.min(60_000, 2_000 * 2 ** Math.max(0, attempt));
}
