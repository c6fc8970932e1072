// Real Chromium through playwright-core: launch, one context per journey, sign-in and screenshot helpers.
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { expect } from 'vitest';
import en from '../../apps/web/src/i18n/en.json';
import pt from '../../apps/web/src/i18n/pt.json';
import { REPO_ROOT } from './server.js';

const CHROMIUM = '/usr/bin/chromium';
const SHOTS = path.join(REPO_ROOT, '.artifacts/e2e');
export const DEMO_PASSWORD = 'formasaun-demo';
/** How long a web-first wait may take; generous for a 2-core machine, never a fixed sleep. */
export const WAIT = 15_000;
export const STRINGS = { en, pt } as const;
export type Lang = keyof typeof STRINGS;

export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium is missing at ${CHROMIUM}: apt-get install chromium`);
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export interface Journey {
  context: BrowserContext;
  page: Page;
  /** Uncaught exceptions in the page; a journey ends by asserting there were none. */
  pageErrors: string[];
}

export async function openJourney(
  browser: Browser,
  baseUrl: string,
  opts: { viewport?: { width: number; height: number }; isMobile?: boolean } = {},
): Promise<Journey> {
  const context = await browser.newContext({
    baseURL: baseUrl,
    locale: 'en-GB',
    acceptDownloads: true,
    viewport: opts.viewport ?? { width: 1366, height: 900 },
    ...(opts.isMobile ? { isMobile: true, hasTouch: true, deviceScaleFactor: 2 } : {}),
  });
  context.setDefaultTimeout(WAIT);
  const page = await context.newPage();
  const pageErrors: string[] = [];
  page.on('pageerror', (err) => pageErrors.push(err.message));
  return { context, page, pageErrors };
}

export async function shot(page: Page, name: string): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true });
}

/** Waits for a locator to be visible: the web-first way to assert something is on screen. */
export async function see(locator: Locator): Promise<void> {
  await locator.waitFor({ state: 'visible', timeout: WAIT });
}

/** Waits for a locator to match nothing visible. */
export async function notSee(locator: Locator): Promise<void> {
  await locator.waitFor({ state: 'hidden', timeout: WAIT });
}

/** Polls a locator's text until the matcher passes (or WAIT runs out). */
export function textOf(locator: Locator) {
  return expect.poll(async () => ((await locator.textContent()) ?? '').replace(/\s+/g, ' ').trim(), { timeout: WAIT });
}

/** Signs in through the form, in whichever language the sign-in page is showing. */
export async function signIn(page: Page, email: string, lang: Lang = 'en'): Promise<void> {
  const t = STRINGS[lang].auth;
  if (!page.url().includes('/sign-in')) await page.goto('/sign-in');
  await page.getByRole('textbox', { name: t.email }).fill(email);
  await page.getByRole('textbox', { name: t.password }).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: t.signIn, exact: true }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'), { timeout: WAIT });
}

export async function signOut(page: Page, lang: Lang = 'en'): Promise<void> {
  const t = STRINGS[lang].shell;
  await page.getByRole('button', { name: t.userMenu }).click();
  await page.getByRole('menuitem', { name: t.signOut }).click();
  await page.waitForURL((url) => url.pathname.startsWith('/sign-in'), { timeout: WAIT });
}

/** The staff list's "Showing a–b of N officers" line, read as N (0 when nothing matches); poll it after a change. */
export async function staffTotal(page: Page): Promise<number> {
  const status = page.getByRole('main').getByRole('status');
  await see(status);
  const text = (await status.textContent()) ?? '';
  const numbers = text.match(/\d[\d,.\u00a0\u202f]*/g);
  return numbers ? Number(numbers.at(-1)!.replace(/\D/g, '')) : 0;
}
