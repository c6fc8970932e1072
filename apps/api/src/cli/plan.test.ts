import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');
const BIN = path.join(ROOT, 'apps/api/bin/formasaun.js');
const EXAMPLE = path.join(ROOT, 'packages/planner/fixtures/example.json');
const dir = mkdtempSync(path.join(tmpdir(), 'formasaun-plan-'));

async function formasaun(...args: string[]) {
  try {
    const { stdout, stderr } = await promisify(execFile)('node', [BIN, 'plan', ...args], { cwd: ROOT });
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('formasaun plan (the example of PLANNING.md)', () => {
  const planFile = path.join(dir, 'plan.json');

  it('solves the example to a proven optimum and checks it', async () => {
    // One spawn per case: each loads the CLI through tsx, which costs seconds.
    const solved = await formasaun('solve', EXAMPLE, '--time-limit', '20');
    expect(solved.stderr).toMatch(/optimal: objective 207, bound 207/);
    expect(solved.code).toBe(0);
    const plan = JSON.parse(solved.stdout);
    expect(plan).toMatchObject({ status: 'optimal', objective: 207, bound: 207 });
    writeFileSync(planFile, solved.stdout);
    const checked = await formasaun('check', EXAMPLE, planFile);
    expect(checked).toMatchObject({ code: 0, stdout: 'feasible: objective 207\n' });
  }, 30_000);

  it('exits 1 on an infeasible plan and lists the violations in words', async () => {
    const bad = {
      runs: [{ course: 'val-basic', period: '2017Q1', count: 1, participants: { 'dili-port/examiner': 25 } }],
      objective: 75,
      status: 'feasible',
    };
    const file = path.join(dir, 'bad-plan.json');
    writeFileSync(file, JSON.stringify(bad));
    const checked = await formasaun('check', EXAMPLE, file);
    expect(checked.code).toBe(1);
    expect(checked.stdout).toContain('[period] val-basic does not run in 2017Q1; its periods are 2017Q2, 2018Q2.');
    expect(checked.stdout).toContain('[capacity] val-basic in 2017Q1: 25 participants exceed 1 runs × capacity 20 = 20.');
    expect(checked.stdout).toContain('[prerequisite] dili-port/examiner: 25 officers take val-basic by 2017Q1');
  }, 30_000);

  it('refuses bad input with a message naming the field, not a stack trace', async () => {
    const instance = JSON.parse(readFileSync(EXAMPLE, 'utf8'));
    instance.courses[1].prerequisites = ['intro-customs', 'ghost'];
    const file = path.join(dir, 'bad-instance.json');
    writeFileSync(file, JSON.stringify(instance));
    const solved = await formasaun('solve', file);
    expect(solved.code).toBe(1);
    expect(solved.stderr).toContain('courses[1].prerequisites[1]: course "val-basic" requires unknown course "ghost"');
    const notJson = path.join(dir, 'not.json');
    writeFileSync(notJson, '{ periods: ');
    const broken = await formasaun('check', notJson, planFile);
    expect(broken.code).toBe(1);
    expect(broken.stderr).toMatch(/not\.json is not valid JSON/);
    const missing = await formasaun('solve', path.join(dir, 'missing.json'));
    expect(missing).toMatchObject({ code: 1 });
    expect(missing.stderr).toContain('cannot read');
    for (const out of [solved.stderr, broken.stderr, missing.stderr]) expect(out).not.toMatch(/\n\s+at /);
  }, 30_000);
});
