import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError } from '../../api/client';
import { loadPending, retryDelay, settle, storePending, type Pending } from './pending';

export type SaveState = 'idle' | 'saving' | 'saved' | 'offline' | 'error';

const DEBOUNCE_MS = 700;

/** A network failure or a server fault is worth retrying; a refusal (conflict, validation) is not. */
const isRetryable = (err: unknown) => err instanceof ApiError && (err.status === 0 || err.status >= 500);

/**
 * Debounced autosave of ratings: every change is written to localStorage first, then sent; on a dropped connection the
 * changes stay stored and are re-sent (with back-off, on reconnect, and after a reload).
 */
export function useAutosave(storageKey: string, send: (pending: Pending) => Promise<void>, enabled: boolean) {
  const [pending, setPendingState] = useState<Pending>(() => loadPending(storageKey));
  const [state, setState] = useState<SaveState>('idle');
  const [error, setError] = useState<unknown>(null);
  const ref = useRef(pending);
  const sendRef = useRef(send);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const running = useRef<Promise<boolean> | null>(null);
  const attempts = useRef(0);
  sendRef.current = send;

  const setPending = useCallback(
    (next: Pending) => {
      ref.current = next;
      storePending(storageKey, next);
      setPendingState(next);
    },
    [storageKey],
  );

  const flush = useCallback(async (): Promise<boolean> => {
    clearTimeout(timer.current);
    while (running.current) await running.current;
    const snapshot = ref.current;
    if (Object.keys(snapshot).length === 0) return true;
    const run = (async () => {
      setState('saving');
      try {
        await sendRef.current(snapshot);
        attempts.current = 0;
        setError(null);
        setPending(settle(ref.current, snapshot));
        setState('saved');
        return true;
      } catch (err) {
        if (isRetryable(err)) {
          setState('offline');
          timer.current = setTimeout(() => void flush(), retryDelay(attempts.current++));
        } else {
          // The server refused these ratings (form submitted, campaign closed...): resending would fail forever.
          setError(err);
          setPending({});
          setState('error');
        }
        return false;
      }
    })();
    running.current = run;
    const ok = await run;
    running.current = null;
    if (ok && Object.keys(ref.current).length > 0) return flush();
    return ok;
  }, [setPending]);

  const change = useCallback(
    (key: string, level: number) => {
      setPending({ ...ref.current, [key]: level });
      setState((s) => (s === 'offline' ? s : 'saving'));
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), DEBOUNCE_MS);
    },
    [flush, setPending],
  );

  // Resume: what a previous load left unsent goes out as soon as the form can take it; reconnecting retries at once.
  useEffect(() => {
    if (!enabled) return;
    if (Object.keys(ref.current).length > 0) void flush();
    const online = () => void flush();
    window.addEventListener('online', online);
    return () => window.removeEventListener('online', online);
  }, [enabled, flush]);

  useEffect(() => () => clearTimeout(timer.current), []);

  const discard = useCallback(() => setPending({}), [setPending]);
  return { pending, state, error, change, flush, discard };
}
