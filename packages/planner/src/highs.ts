// Thin wrapper over the highs WASM solver: one model per call, always disposed, limits always set (STACK.md).
import loadHighs, { type Highs } from 'highs';
import type { Formulation } from './formulation.js';

let loaded: Promise<Highs> | null = null;
export const highsRuntime = () => (loaded ??= loadHighs());

export interface MipEvents {
  /** Called at solver checkpoints; return true to stop the solve. */
  shouldStop?: () => boolean;
  onLog?: (primal: number | null, dual: number | null) => void;
  onSolution?: (colValue: Float64Array, objective: number) => void;
}

export interface SolveResult {
  status: 'optimal' | 'feasible' | 'infeasible' | 'none';
  objective: number | null;
  /** A proven upper bound (LP optimum, or the MIP dual bound), or null. */
  bound: number | null;
  colValue: Float64Array | null;
}

function modelData(highs: Highs, f: Formulation, relax: boolean, upper?: Float64Array, lower?: Float64Array) {
  return {
    numCols: f.numCols,
    numRows: f.numRows,
    sense: highs.constants.objectiveSense.maximize,
    colCost: f.colCost,
    colLower: lower ?? f.colLower,
    colUpper: upper ?? f.colUpper,
    rowLower: f.rowLower,
    rowUpper: f.rowUpper,
    matrix: { format: 'csr' as const, numRows: f.numRows, numCols: f.numCols, starts: f.starts, indices: f.indices, values: f.values },
    ...(relax ? {} : { integrality: f.integrality }),
  };
}

/** The LP relaxation: its optimum is a proven bound on the MILP. */
export async function solveLp(f: Formulation, timeLimit: number, shouldStop?: () => boolean): Promise<SolveResult> {
  const highs = await highsRuntime();
  const model = highs.createModel(modelData(highs, f, true));
  try {
    // Primal simplex: several times faster than the default dual on these models (measured on the bench instances).
    model.options.set({ output_flag: false, time_limit: Math.max(0.1, timeLimit), solver: 'simplex', simplex_strategy: 4 });
    const stop = shouldStop ?? (() => false);
    const run = model.run({
      [highs.constants.callbackType.simplexInterrupt]: (e) => {
        if (stop()) e.interrupt();
        return undefined;
      },
    });
    if (run.modelStatus === highs.constants.modelStatus.infeasible) return { status: 'infeasible', objective: null, bound: null, colValue: null };
    if (run.modelStatus !== highs.constants.modelStatus.optimal) return { status: 'none', objective: null, bound: null, colValue: null };
    const objective = model.getObjectiveValue();
    return { status: 'optimal', objective, bound: objective, colValue: model.getSolution().colValue };
  } finally {
    model.dispose();
  }
}

export interface MipOptions {
  timeLimit: number;
  mipRelGap: number;
  start?: Float64Array;
  lower?: Float64Array;
  upper?: Float64Array;
  events?: MipEvents;
  extra?: Record<string, number | string | boolean>;
}

export async function solveMip(f: Formulation, opts: MipOptions): Promise<SolveResult> {
  const highs = await highsRuntime();
  const model = highs.createModel(modelData(highs, f, false, opts.upper, opts.lower));
  const t = highs.constants.callbackType;
  try {
    model.options.set({ output_flag: false, time_limit: Math.max(0.1, opts.timeLimit), mip_rel_gap: opts.mipRelGap, ...opts.extra });
    if (opts.start && f.numCols > 0) {
      try {
        model.setSolution({ colValue: opts.start });
      } catch {
        // A start HiGHS cannot use only costs time; the incumbent is kept outside the solver anyway.
      }
    }
    const ev = opts.events ?? {};
    const run = model.run({
      [t.mipInterrupt]: (e) => {
        if (ev.shouldStop?.()) e.interrupt();
        return undefined;
      },
      [t.simplexInterrupt]: (e) => {
        if (ev.shouldStop?.()) e.interrupt();
        return undefined;
      },
      [t.mipLogging]: (e) => {
        ev.onLog?.(e.data.mip_primal_bound ?? null, e.data.mip_dual_bound ?? null);
        return undefined;
      },
      [t.mipImprovingSolution]: (e) => {
        if (e.data.mip_solution && e.data.objective_function_value !== undefined) ev.onSolution?.(e.data.mip_solution, e.data.objective_function_value);
        return undefined;
      },
    });
    const status = run.modelStatus;
    if (status === highs.constants.modelStatus.infeasible) return { status: 'infeasible', objective: null, bound: null, colValue: null };
    const dual = Number(model.info.get('mip_dual_bound'));
    const hasPrimal = Number(model.info.get('primal_solution_status')) === 2;
    const bound = Number.isFinite(dual) ? dual : null;
    if (!hasPrimal) return { status: 'none', objective: null, bound, colValue: null };
    return {
      status: status === highs.constants.modelStatus.optimal ? 'optimal' : 'feasible',
      objective: model.getObjectiveValue(),
      bound,
      colValue: model.getSolution().colValue,
    };
  } finally {
    model.dispose();
  }
}
