// A supervisor on a phone (375×740): burger menu, compact staff list, officer page, no sideways scrolling.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, notSee, openJourney, see, shot, signIn, staffTotal, STRINGS, WAIT, type Journey } from './support/browser.js';
import { startServer, type TestServer } from './support/server.js';

const { en } = STRINGS;
const PHONE = { width: 375, height: 740 };

/** Mantine slides the folded navbar off the left edge (the app also hides it), so ask where it is. */
async function navOnScreen(page: Page): Promise<boolean> {
  const box = await page.getByRole('navigation', { name: en.shell.mainNavigation, includeHidden: true }).boundingBox();
  return box !== null && box.x + box.width > 0 && box.x < PHONE.width;
}

/** Tabs from the top of the page and tells whether focus lands in the main navigation within `presses` steps. */
async function tabReachesNav(page: Page, presses = 15): Promise<boolean> {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  for (let i = 0; i < presses; i++) {
    await page.keyboard.press('Tab');
    const inNav = await page.evaluate((name) => document.activeElement?.closest(`nav[aria-label="${name}"]`) != null, en.shell.mainNavigation);
    if (inNav) return true;
  }
  return false;
}

async function expectNoSidewaysScroll(page: Page): Promise<void> {
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(PHONE.width);
}

describe('phone journey (supervisor)', () => {
  let server: TestServer;
  let browser: Browser;
  let journey: Journey;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    journey = await openJourney(browser, server.baseUrl, { viewport: PHONE, isMobile: true });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('navigates with the burger menu, reads the compact staff list and opens an officer', async () => {
    const { page } = journey;
    await page.goto('/sign-in');
    await see(page.getByRole('heading', { name: en.auth.signInTitle }));
    await expectNoSidewaysScroll(page);
    await shot(page, 'phone-01-sign-in');
    await signIn(page, 'supervisor@timor-leste.demo');

    // The navigation is folded away until the burger opens it.
    const nav = page.getByRole('navigation', { name: en.shell.mainNavigation });
    const staffLink = nav.getByRole('link', { name: en.nav.staff, exact: true });
    await see(page.getByRole('heading', { level: 1 }));
    expect(await navOnScreen(page)).toBe(false);
    await shot(page, 'phone-02-signed-in');
    // Off screen is not enough: a folded navigation is out of the accessibility tree and the tab order too.
    expect(await nav.count()).toBe(0);
    expect(await tabReachesNav(page)).toBe(false);
    await page.getByRole('button', { name: en.shell.openMenu }).click();
    await see(page.getByRole('button', { name: en.shell.closeMenu }));
    await expect.poll(() => navOnScreen(page), { timeout: WAIT }).toBe(true);
    await see(nav);
    expect(await tabReachesNav(page)).toBe(true);
    await shot(page, 'phone-03-menu-open');

    await staffLink.click();
    await see(page.getByRole('heading', { name: en.staff.title, level: 1 }));
    await see(page.getByRole('button', { name: en.shell.openMenu }));
    await expect.poll(() => navOnScreen(page), { timeout: WAIT }).toBe(false);
    await expect.poll(() => staffTotal(page), { timeout: WAIT }).toBeGreaterThan(0);
    // Cards, not the wide table.
    const cards = page.getByRole('main').getByRole('list').getByRole('listitem');
    await see(cards.first());
    expect(await cards.count()).toBe(Math.min(50, await staffTotal(page)));
    expect(await page.getByRole('table').count()).toBe(0);
    await expectNoSidewaysScroll(page);
    await shot(page, 'phone-04-staff-list');

    // Filters fold behind one button on a phone.
    const filters = page.getByRole('button', { name: en.staff.filters });
    expect(await filters.getAttribute('aria-expanded')).toBe('false');
    await filters.click();
    await see(page.getByRole('combobox', { name: en.staff.sex }));
    await shot(page, 'phone-05-filters-open');
    await filters.click();
    await notSee(page.getByRole('combobox', { name: en.staff.sex }));

    const first = cards.first().getByRole('link');
    const [family, given] = ((await first.textContent()) ?? '').split(', ');
    await first.click();
    await see(page.getByRole('heading', { name: `${given} ${family}`, level: 1 }));
    await see(page.getByRole('heading', { name: en.officer.history }));
    // The history is one card per assignment on a phone: every column readable, nothing cut off.
    const history = page.getByRole('main').getByRole('list').getByRole('listitem');
    await see(history.filter({ hasText: en.officer.current }).first());
    for (const label of [en.staff.position, en.staff.grade, en.officer.from, en.officer.to]) {
      await see(history.first().getByRole('term').filter({ hasText: new RegExp(`^${label}$`, 'i') }));
    }
    await expectNoSidewaysScroll(page);
    await shot(page, 'phone-06-officer');
    expect(journey.pageErrors).toEqual([]);
  });
});
