// axe-core on the main pages: no critical or serious violations, on a desktop and on a phone.
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openJourney, see, shot, signIn, staffTotal, STRINGS, WAIT, type Journey } from './support/browser.js';
import { startServer, type TestServer } from './support/server.js';

const { en } = STRINGS;

interface Finding {
  id: string;
  impact: string | null | undefined;
  help: string;
  targets: string[];
  why: string | undefined;
}

/**
 * Known app defects, reported and waiting for a theme fix (not a label): each is matched by rule and element, so
 * anything else — including the same rule elsewhere — still fails. Add an entry only with a reason; delete it once the
 * fix lands.
 */
const KNOWN: { id: string; html: RegExp; why: string }[] = [];

/** Runs axe and returns the critical and serious findings, printing them so they can be fixed. */
async function blockingFindings(page: Page, name: string): Promise<Finding[]> {
  const result = await new AxeBuilder({ page }).analyze();
  const blocking: Finding[] = [];
  for (const v of result.violations) {
    if (v.impact !== 'critical' && v.impact !== 'serious') continue;
    const known = KNOWN.filter((k) => k.id === v.id);
    const nodes = v.nodes.filter((n) => !known.some((k) => k.html.test(n.html)));
    const seen = known.filter((k) => v.nodes.some((n) => k.html.test(n.html)));
    if (seen.length > 0) console.log(`axe on ${name}: known issue still present: ${seen.map((k) => k.why).join('; ')}`);
    if (nodes.length === 0) continue;
    blocking.push({ id: v.id, impact: v.impact, help: v.help, targets: nodes.slice(0, 5).map((n) => n.target.join(' ')), why: nodes[0]?.failureSummary });
  }
  if (blocking.length > 0) console.log(`axe on ${name}:\n${JSON.stringify(blocking, null, 2)}`);
  await shot(page, `a11y-${name}`);
  return blocking;
}

describe('accessibility (axe)', () => {
  let server: TestServer;
  let browser: Browser;
  const journeys: Journey[] = [];

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
  });

  afterAll(async () => {
    for (const j of journeys) expect(j.pageErrors).toEqual([]);
    await browser?.close();
    await server?.close();
  });

  it('has no serious violations on sign-in, staff, officer, organisation and import pages', async () => {
    const journey = await openJourney(browser, server.baseUrl);
    journeys.push(journey);
    const { page } = journey;

    await page.goto('/sign-in');
    await see(page.getByRole('heading', { name: en.auth.signInTitle }));
    expect(await blockingFindings(page, 'sign-in')).toEqual([]);

    // A failed sign-in shows an alert; it must be as readable as the form.
    await page.getByRole('textbox', { name: en.auth.email }).fill('manager@timor-leste.demo');
    await page.getByRole('textbox', { name: en.auth.password }).fill('not the password');
    await page.getByRole('button', { name: en.auth.signIn, exact: true }).click();
    await see(page.getByRole('alert').filter({ hasText: en.auth.invalidCredentials }));
    expect(await blockingFindings(page, 'sign-in-failed')).toEqual([]);

    await signIn(page, 'manager@timor-leste.demo');
    await page.goto('/staff');
    await see(page.getByRole('heading', { name: en.staff.title, level: 1 }));
    await expect.poll(() => staffTotal(page), { timeout: WAIT }).toBe(350);
    expect(await blockingFindings(page, 'staff')).toEqual([]);

    await page.getByRole('table').getByRole('link').first().click();
    await see(page.getByRole('heading', { name: en.officer.history }));
    expect(await blockingFindings(page, 'officer')).toEqual([]);

    await page.goto('/organisation');
    await see(page.getByRole('heading', { name: en.org.title, level: 1 }));
    await see(page.getByRole('button', { name: /^Actions for / }).first());
    expect(await blockingFindings(page, 'organisation')).toEqual([]);

    await page.goto('/import');
    await see(page.getByRole('heading', { name: en.import.title, level: 1 }));
    expect(await blockingFindings(page, 'import')).toEqual([]);

    // The review step with a rejected row: the mapping selects, figures and the error table.
    const csv = 'Employee number,Given names,Family name,Sex,Org unit\nA11Y-1,Ana,Nahak,F,OPS-BTG\nA11Y-2,Rui,Berek,?,OPS-BTG\n';
    await page.getByLabel(en.import.file).setInputFiles({ name: 'a11y.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await page.getByRole('button', { name: en.import.upload, exact: true }).click();
    await see(page.getByRole('table', { name: en.import.rejectedTitle }));
    expect(await blockingFindings(page, 'import-review')).toEqual([]);
  });

  it('has no serious violations on a phone', async () => {
    const journey = await openJourney(browser, server.baseUrl, { viewport: { width: 375, height: 740 }, isMobile: true });
    journeys.push(journey);
    const { page } = journey;
    await signIn(page, 'supervisor@timor-leste.demo');
    await see(page.getByRole('heading', { name: en.org.title, level: 1 }));
    await page.getByRole('button', { name: en.shell.openMenu }).click();
    await see(page.getByRole('button', { name: en.shell.closeMenu }));
    expect(await blockingFindings(page, 'phone-menu')).toEqual([]);
    await page.getByRole('navigation', { name: en.shell.mainNavigation }).getByRole('link', { name: en.nav.staff, exact: true }).click();
    await expect.poll(() => staffTotal(page), { timeout: WAIT }).toBeGreaterThan(0);
    expect(await blockingFindings(page, 'phone-staff')).toEqual([]);
  });
});
