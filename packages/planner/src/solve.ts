// solvePlan: the optimiser in a worker thread (HiGHS blocks its thread), with progress and cancellation.
import { Worker } from 'node:worker_threads';
import type { TPlan, TPlanningInstance, TProgress, TSolveOptions } from './contracts.js';
import { parseInstance } from './parse.js';
import { solveCore } from './solve-core.js';

/** The same algorithm on the calling thread (tests, benchmarks); `signal` is honoured between solver checkpoints only. */
export function solvePlanInProcess(instance: TPlanningInstance, opts: TSolveOptions): Promise<TPlan> {
  return solveCore(instance, {
    timeLimitSeconds: opts.timeLimitSeconds,
    ...(opts.mipRelGap !== undefined ? { mipRelGap: opts.mipRelGap } : {}),
    ...(opts.start ? { start: opts.start } : {}),
    ...(opts.onProgress ? { onProgress: opts.onProgress } : {}),
    shouldStop: () => opts.signal?.aborted ?? false,
  });
}

type WorkerMessage = { type: 'progress'; progress: TProgress } | { type: 'done'; plan: TPlan } | { type: 'failed'; message: string };

export function solvePlan(instance: TPlanningInstance, opts: TSolveOptions): Promise<TPlan> {
  const parsed = parseInstance(instance);
  if (!parsed.ok) return Promise.resolve({ runs: [], objective: 0, status: 'infeasible-input', errors: parsed.errors });
  // The worker polls this flag inside HiGHS callbacks: a message could not reach a thread blocked in solve().
  const stopFlag = new Int32Array(new SharedArrayBuffer(4));
  return new Promise<TPlan>((resolve, reject) => {
    const worker = new Worker(new URL('./solve.worker.mjs', import.meta.url), {
      workerData: { instance: parsed.instance, timeLimitSeconds: opts.timeLimitSeconds, mipRelGap: opts.mipRelGap, start: opts.start, stopFlag, startedAt: Date.now() },
    });
    let settled = false;
    const stop = () => Atomics.store(stopFlag, 0, 1);
    // HiGHS presolve can block the worker's callbacks for a while: repeat the last figures so progress never pauses > 1 s.
    let last: { progress: TProgress; at: number } | null = null;
    const emit = (progress: TProgress) => {
      last = { progress, at: performance.now() };
      opts.onProgress?.(progress);
    };
    const heartbeat = setInterval(() => {
      if (!last || performance.now() - last.at < 800) return;
      const quiet = (performance.now() - last.at) / 1000;
      emit({ ...last.progress, elapsedSeconds: last.progress.elapsedSeconds + quiet });
    }, 200);
    const finish = (fn: () => void) => {
      if (settled) return;
      settled = true;
      clearInterval(heartbeat);
      opts.signal?.removeEventListener('abort', stop);
      fn();
      void worker.terminate();
    };
    if (opts.signal?.aborted) stop();
    opts.signal?.addEventListener('abort', stop, { once: true });
    worker.on('message', (m: WorkerMessage) => {
      if (m.type === 'progress') emit(m.progress);
      else if (m.type === 'done') finish(() => resolve(m.plan));
      else finish(() => reject(new Error(`plan optimiser failed: ${m.message}`)));
    });
    worker.on('error', (err) => finish(() => reject(err)));
    worker.on('exit', (code) => finish(() => reject(new Error(`plan optimiser worker exited with code ${code}`))));
  });
}
