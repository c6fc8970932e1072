// Helpers for the planning journeys: the optimiser's progress bar, timeline cells by course and quarter, money read back.
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { see, shot, WAIT } from './browser.js';
import { REPO_ROOT } from './server.js';

/** A regular expression that matches `text` literally. */
export const literal = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** "2026Q2" as the timeline names it: "Q2 2026". */
export function quarterName(period: string): string {
  const [year, quarter] = period.split('Q');
  return `Q${quarter} ${year}`;
}

/** "2 runs" / "1 run", as the timeline's labels count. */
export const runs = (n: number) => `${n} ${n === 1 ? 'run' : 'runs'}`;

/** The timeline cell of a course in a quarter: a button on an editable draft, an image when read-only. */
export function cell(scope: Page | Locator, role: 'button' | 'img', code: string, period: string, rest = ''): Locator {
  return scope.getByRole(role, { name: new RegExp(`^${literal(code)} ${literal(quarterName(period))}, ${rest}`) });
}

/**
 * The optimisation a click just started: its progress bar shows (a shot is taken while it runs), then goes once the
 * job ends, within the plan's time limit and the web-first wait on top. Returns the bar's value text seen while it ran.
 */
export async function watchOptimisation(page: Page, timeLimitSeconds: number, shotName?: string): Promise<string> {
  const bar = page.getByRole('progressbar', { name: 'Optimisation progress' });
  await see(bar);
  const valueText = (await bar.getAttribute('aria-valuetext')) ?? '';
  if (shotName) await shot(page, shotName);
  await bar.waitFor({ state: 'hidden', timeout: timeLimitSeconds * 1000 + WAIT });
  return valueText;
}

/** Whole units of money from a formatted amount ("US$12,345" → 12345). */
export function moneyOf(text: string | null): number {
  const digits = (text ?? '').replace(/\D/g, '');
  expect(digits).not.toBe('');
  return Number(digits);
}

/** What a phone shows without scrolling (a full-page shot of a long page is unreadable scaled down). */
export async function viewShot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `${REPO_ROOT}/.artifacts/e2e/${name}.png` });
}

/** Waits until the page's finite animations (a drawer sliding in, a modal fading) have ended: shots show the end state. */
export async function settled(page: Page): Promise<void> {
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((a) => Number.isFinite(Number(a.effect?.getComputedTiming().endTime)))
        .map((a) => a.finished.catch(() => undefined)),
    ),
  );
}
