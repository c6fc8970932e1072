// The manager adapts the framework: an edit to the version last year's campaign used lands in a new version, and the
// strategic priorities are listed.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openJourney, see, shot, signIn, STRINGS, WAIT } from './support/browser.js';
import { startServer, type TestServer } from './support/server.js';

const en = STRINGS.en;
let server: TestServer;
let browser: Browser;

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('competency framework', () => {
  it('keeps the version in use unchanged: the edit becomes a new version', async () => {
    const { page, pageErrors } = await openJourney(browser, server.baseUrl);
    await signIn(page, 'manager@timor-leste.demo');
    await page.goto('/competencies');
    await see(page.getByRole('heading', { name: en.competency.title, level: 1 }));
    // The demo's closed campaign uses version 1: it is the one marked in use.
    await expect.poll(() => page.getByLabel(en.competency.version, { exact: true }).first().inputValue(), { timeout: WAIT }).toContain(en.competency.inUse);
    await page.getByRole('button', { name: /Customs valuation/ }).click();
    await page.getByRole('button', { name: 'Edit' }).first().click();
    const dialog = page.getByRole('dialog');
    const name = dialog.getByRole('textbox', { name: 'Name (English)' });
    await see(name);
    await expect.poll(() => name.inputValue(), { timeout: WAIT }).toBe('Customs valuation');
    await name.fill('Customs valuation (WTO Agreement)');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await see(page.getByText(/Saved as version 2/));
    // The framework reloads after the save (the new name may sit in a closed area): wait as long as any web-first wait.
    await expect.poll(() => page.getByText('Customs valuation (WTO Agreement)').count(), { timeout: WAIT }).toBeGreaterThan(0);
    await shot(page, 'framework-01-new-version');

    await page.goto('/priorities');
    await see(page.getByRole('heading', { name: 'Strategic priorities', level: 1 }));
    await see(page.getByRole('cell', { name: /ASYCUDA World roll-out/ }));
    await shot(page, 'framework-02-priorities');
    expect(pageErrors).toEqual([]);
  });
});
