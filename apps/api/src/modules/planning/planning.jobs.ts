import type { TPlanProgress } from '@formasaun/shared';

interface Job {
  controller: AbortController;
  started: number;
  progress: TPlanProgress;
  /** Why it was stopped, when it was: the state the stored result gets. */
  stopped: 'cancelled' | 'shutdown' | null;
  done: Promise<void>;
}

export type JobOutcome = 'done' | 'cancelled' | 'shutdown';
export type JobReport = (p: Omit<TPlanProgress, 'state' | 'error'>) => void;

/**
 * Background optimisations of this process, by plan id: live progress in memory, the outcome stored by `run`.
 * Plan ids are unique across administrations; callers check the plan belongs to the actor before asking.
 */
export function makeJobRegistry() {
  const jobs = new Map<string, Job>();

  return {
    isRunning: (planId: string) => jobs.has(planId),

    /**
     * Starts `run` in the background with a signal and a progress callback; `run` stores the outcome it is told and
     * never throws (it stores failures itself). The job leaves the registry once that is done.
     */
    start(
      planId: string,
      run: (ctx: { signal: AbortSignal; report: JobReport; outcome: () => JobOutcome }) => Promise<void>,
    ): TPlanProgress {
      const controller = new AbortController();
      const job: Job = {
        controller,
        started: performance.now(),
        progress: { state: 'running', elapsedSeconds: 0, objective: null, bound: null, phase: 'starting', error: null },
        stopped: null,
        done: Promise.resolve(),
      };
      jobs.set(planId, job);
      job.done = run({
        signal: controller.signal,
        report: (p) => {
          job.progress = { ...job.progress, ...p, state: 'running' };
        },
        outcome: () => (job.stopped === null ? 'done' : job.stopped),
      }).finally(() => jobs.delete(planId));
      return { ...job.progress };
    },

    progress(planId: string): TPlanProgress | undefined {
      const job = jobs.get(planId);
      if (!job) return undefined;
      // Between two reports of the solver the clock still moves.
      const elapsed = Math.max(job.progress.elapsedSeconds, (performance.now() - job.started) / 1000);
      return { ...job.progress, elapsedSeconds: Math.round(elapsed * 10) / 10 };
    },

    /** Asks the solver to stop; resolves once the best plan so far is stored (or after `waitMs`). */
    async cancel(planId: string, waitMs = 15_000): Promise<boolean> {
      const job = jobs.get(planId);
      if (!job) return false;
      job.stopped = 'cancelled';
      job.controller.abort();
      await Promise.race([job.done, new Promise((resolve) => setTimeout(resolve, waitMs).unref())]);
      return true;
    },

    settled: (planId: string): Promise<void> => jobs.get(planId)?.done ?? Promise.resolve(),

    /** Stops every job and waits for their outcome to be stored: called when the server closes. */
    async shutdown(): Promise<void> {
      const running = [...jobs.values()];
      for (const job of running) {
        job.stopped = 'shutdown';
        job.controller.abort();
      }
      await Promise.all(running.map((j) => j.done));
    },
  };
}
export type JobRegistry = ReturnType<typeof makeJobRegistry>;
