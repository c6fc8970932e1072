// Inside the worker: run the optimiser, post progress and improved plans, stop when the shared flag is raised.
import { parentPort, workerData } from 'node:worker_threads';
import type { TPlanningInstance, TRun } from './contracts.js';
import { solveCore } from './solve-core.js';

interface WorkerInput {
  instance: TPlanningInstance;
  timeLimitSeconds: number;
  mipRelGap?: number;
  start?: { runs: TRun[] };
  stopFlag: Int32Array;
  /** Date.now() when solvePlan was called: starting the worker and tsx counts against the time limit. */
  startedAt: number;
}

const input = workerData as WorkerInput;
const port = parentPort!;
try {
  const plan = await solveCore(input.instance, {
    timeLimitSeconds: Math.max(0.5, input.timeLimitSeconds - (Date.now() - input.startedAt) / 1000 - 0.3),
    ...(input.mipRelGap !== undefined ? { mipRelGap: input.mipRelGap } : {}),
    ...(input.start ? { start: input.start } : {}),
    shouldStop: () => Atomics.load(input.stopFlag, 0) === 1,
    onProgress: (progress) => port.postMessage({ type: 'progress', progress }),
  });
  port.postMessage({ type: 'done', plan });
} catch (err) {
  port.postMessage({ type: 'failed', message: err instanceof Error ? (err.stack ?? err.message) : String(err) });
}
