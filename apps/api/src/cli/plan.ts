// `formasaun plan solve|check`: the optimiser without a server or a database (shared/PLANNING.md).
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { type TPlan, checkPlan, parseInstance, solvePlan, ZPlan } from '@formasaun/planner';

export const PLAN_USAGE = `  formasaun plan solve INSTANCE.json [--time-limit SECONDS] [--out PLAN.json]
  formasaun plan check INSTANCE.json PLAN.json     feasibility and objective; exit 1 if infeasible`;

type Print = (line: string) => void;

function readJson(file: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new Error(`cannot read ${file}: ${(err as NodeJS.ErrnoException).code ?? String(err)}`, { cause: err });
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (err) {
    throw new Error(`${file} is not valid JSON: ${err instanceof Error ? err.message : String(err)}`, { cause: err });
  }
}

function readInstance(file: string, err: Print) {
  const parsed = parseInstance(readJson(file));
  if (parsed.ok) return parsed.instance;
  err(`${file} is not a valid planning instance:`);
  for (const e of parsed.errors) err(`  ${e.path}: ${e.message}`);
  return null;
}

const fmt = (n: number) => n.toLocaleString('en-US', { maximumFractionDigits: 2 });

/** Runs the subcommand; returns the exit code. Errors are printed as sentences, never as stack traces. */
export async function runPlanCommand(args: string[], out: Print = console.log, err: Print = console.error): Promise<number> {
  try {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: { 'time-limit': { type: 'string' }, out: { type: 'string' } },
    });
    const [sub, instanceFile, planFile] = positionals;
    if (sub === 'solve' && instanceFile) return await solve(instanceFile, values, out, err);
    if (sub === 'check' && instanceFile && planFile) return check(instanceFile, planFile, out, err);
    err(`usage:\n${PLAN_USAGE}`);
    return 2;
  } catch (e) {
    err(`formasaun plan: ${e instanceof Error ? e.message : String(e)}`);
    return 1;
  }
}

async function solve(file: string, values: { 'time-limit'?: string; out?: string }, out: Print, err: Print): Promise<number> {
  const timeLimit = Number(values['time-limit'] ?? 60);
  if (!Number.isFinite(timeLimit) || timeLimit <= 0) throw new Error(`--time-limit must be a positive number of seconds, not "${values['time-limit']}"`);
  const instance = readInstance(file, err);
  if (!instance) return 1;
  const controller = new AbortController();
  // Ctrl-C stops the search and still writes the best plan found so far.
  const onSigint = () => controller.abort();
  process.once('SIGINT', onSigint);
  let last = 0;
  try {
    const plan = await solvePlan(instance, {
      timeLimitSeconds: timeLimit,
      signal: controller.signal,
      onProgress: (p) => {
        if (p.elapsedSeconds - last < 1) return;
        last = p.elapsedSeconds;
        err(`  ${p.elapsedSeconds.toFixed(1)} s  ${p.phase}: objective ${p.objective === null ? '—' : fmt(p.objective)}, bound ${p.bound === null ? '—' : fmt(p.bound)}`);
      },
    });
    if (plan.status === 'infeasible-input') {
      err(`${file} cannot be planned:`);
      for (const e of plan.errors ?? []) err(`  ${e.path}: ${e.message}`);
      return 1;
    }
    const json = JSON.stringify(plan, null, 2);
    if (values.out) writeFileSync(values.out, `${json}\n`);
    else out(json);
    err(summary(plan) + (values.out ? `; written to ${values.out}` : ''));
    return 0;
  } finally {
    process.off('SIGINT', onSigint);
  }
}

function summary(plan: TPlan): string {
  const runs = plan.runs.reduce((n, r) => n + r.count, 0);
  const gap = plan.bound !== undefined && plan.bound > 0 ? ` (${(((plan.bound - plan.objective) / plan.bound) * 100).toFixed(2)} % below the bound)` : '';
  return `${plan.status}: objective ${fmt(plan.objective)}${plan.bound !== undefined ? `, bound ${fmt(plan.bound)}${gap}` : ''}, ${runs} runs`;
}

function check(instanceFile: string, planFile: string, out: Print, err: Print): number {
  const instance = readInstance(instanceFile, err);
  if (!instance) return 1;
  const parsed = ZPlan.safeParse(readJson(planFile));
  if (!parsed.success) {
    err(`${planFile} is not a plan:`);
    for (const i of parsed.error.issues) err(`  ${i.path.join('.') || '(plan)'}: ${i.message}`);
    return 1;
  }
  const result = checkPlan(instance, parsed.data);
  if (!result.feasible) {
    out(`infeasible: ${result.violations.length} violation${result.violations.length === 1 ? '' : 's'}`);
    for (const v of result.violations) out(`  [${v.code}] ${v.message}`);
    out(`objective (recomputed): ${fmt(result.objective)}`);
    return 1;
  }
  const stated = parsed.data.objective;
  const note = Math.abs(stated - result.objective) > 1e-6 * Math.max(1, Math.abs(result.objective)) ? ` (the plan states ${fmt(stated)})` : '';
  out(`feasible: objective ${fmt(result.objective)}${note}`);
  return 0;
}
