// Who sees what (supervisor subtree, officer self, programme viewer summary, tenant walls) and the PT/EN switch.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, notSee, openJourney, see, shot, signIn, signOut, STRINGS, staffTotal, textOf, WAIT, type Journey, type Lang } from './support/browser.js';
import { apiAs, startServer, type TestServer } from './support/server.js';

const { en, pt } = STRINGS;
const TL_OFFICERS = 350;
const MZ_OFFICERS = 200;
let tlInPost = 0;
let mzInPost = 0;

interface Officer {
  id: string;
  employeeNumber: string;
  givenNames: string;
  familyName: string;
}

/** The officer page for an id the signed-in user may not see: "officer not found", never the officer. */
async function expectNotFound(page: Page, officer: Officer, lang: Lang): Promise<void> {
  const t = STRINGS[lang].officer;
  await page.goto(`/staff/${officer.id}`);
  await see(page.getByRole('heading', { level: 1, name: t.notFoundTitle }));
  await see(page.getByRole('alert').filter({ hasText: t.notFoundBody }));
  await see(page.getByRole('link', { name: t.backToStaff }));
  expect(await page.getByText(officer.familyName).count()).toBe(0);
}

async function openStaff(page: Page, lang: 'en' | 'pt' = 'en'): Promise<void> {
  const nav = page.getByRole('navigation', { name: STRINGS[lang].shell.mainNavigation });
  await nav.getByRole('link', { name: STRINGS[lang].nav.staff, exact: true }).click();
  await see(page.getByRole('heading', { name: STRINGS[lang].staff.title, level: 1 }));
}

describe('roles and language', () => {
  let server: TestServer;
  let browser: Browser;
  const journeys: Journey[] = [];
  /** A Valuation Unit officer: in Timor-Leste, outside the operations supervisor's subtree. */
  let revenueOfficer: Officer;

  async function journey(): Promise<Page> {
    const j = await openJourney(browser, server.baseUrl);
    journeys.push(j);
    return j.page;
  }

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    const manager = await apiAs(server.baseUrl, 'manager@timor-leste.demo');
    const units = await manager.get<{ items: { id: string; code: string }[] }>('/org-units');
    const valuation = units.body.items.find((u) => u.code === 'REV-VAL');
    if (!valuation) throw new Error('the demo has no REV-VAL unit');
    const found = await manager.get<{ items: Officer[] }>(`/officers?orgUnitId=${valuation.id}&pageSize=1`);
    revenueOfficer = found.body.items[0]!;
    expect(revenueOfficer).toBeDefined();
    expect((await manager.get(`/officers/${revenueOfficer.id}`)).status).toBe(200);
    // The summary counts staff in post (active and on leave), not those who left.
    const inPost = async (api: typeof manager) => {
      let n = 0;
      for (const status of ['active', 'on_leave']) n += (await api.get<{ total: number }>(`/officers?status=${status}&pageSize=1`)).body.total;
      return n;
    };
    tlInPost = await inPost(manager);
    mzInPost = await inPost(await apiAs(server.baseUrl, 'manager@mozambique.demo'));
    expect(tlInPost).toBeLessThan(TL_OFFICERS);
  });

  afterAll(async () => {
    for (const j of journeys) expect(j.pageErrors).toEqual([]);
    await browser?.close();
    await server?.close();
  });

  it('shows a supervisor only the officers of their subtree', async () => {
    const page = await journey();
    await signIn(page, 'supervisor@timor-leste.demo');
    await openStaff(page);
    await expect.poll(() => staffTotal(page), { timeout: WAIT }).toBeGreaterThan(0);
    const total = await staffTotal(page);
    expect(total).toBeLessThan(TL_OFFICERS);
    await shot(page, 'roles-01-supervisor-staff');

    await expectNotFound(page, revenueOfficer, 'en');
    await shot(page, 'roles-02-supervisor-outside-subtree');
  });

  it('shows an officer only their own record', async () => {
    const page = await journey();
    await signIn(page, 'officer@timor-leste.demo');
    await openStaff(page);
    await expect.poll(() => staffTotal(page), { timeout: WAIT }).toBe(1);
    const own = page.getByRole('table').getByRole('link');
    await see(own);
    const [family, given] = ((await own.textContent()) ?? '').split(', ');
    // The record listed is the account's own: the user menu names the same person.
    await page.getByRole('button', { name: en.shell.userMenu }).click();
    await see(page.getByRole('menu').getByText(`${given} ${family}`, { exact: true }));
    await page.keyboard.press('Escape');
    expect(await page.getByRole('link', { name: en.nav.import }).count()).toBe(0);
    await shot(page, 'roles-03-officer-self');

    await own.click();
    await see(page.getByRole('heading', { name: `${given} ${family}`, level: 1 }));
    expect(await page.getByRole('button', { name: en.officer.edit }).count()).toBe(0);
    await expectNotFound(page, revenueOfficer, 'en');
  });

  it('shows the programme viewer the summary and no staff pages', async () => {
    const page = await journey();
    await signIn(page, 'programme@wco.demo');
    await see(page.getByRole('heading', { name: en.summary.title, level: 1 }));
    expect(new URL(page.url()).pathname).toBe('/summary');
    const nav = page.getByRole('navigation', { name: en.shell.mainNavigation });
    await see(nav.getByRole('link', { name: en.nav.summary }));
    expect(await nav.getByRole('link').allTextContents()).toEqual([en.nav.summary]);
    // Aggregates only, for each administration of the programme: Mozambique first, then Timor-Leste.
    const total = page.getByRole('main').getByText(en.summary.total, { exact: true }).first().locator('xpath=..');
    await see(page.getByRole('main').getByText(/Moçambique/));
    await textOf(total).toBe(`${en.summary.total}${mzInPost}`);
    await page.getByRole('button', { name: en.shell.switchAdministration }).click();
    await page.getByRole('menuitem', { name: /Timor-Leste/ }).click();
    await see(page.getByRole('main').getByText(/Timor-Leste Customs/));
    await textOf(total).toBe(`${en.summary.total}${tlInPost}`);
    await see(page.getByRole('heading', { name: en.summary.byOrgUnit }));
    expect(await page.getByRole('table').getByRole('row').count()).toBeGreaterThan(1);
    await shot(page, 'roles-04-programme-summary');

    // The staff page is not there for them: the address leads back to the summary.
    await page.goto('/staff');
    await page.waitForURL('**/summary');
    await see(page.getByRole('heading', { name: en.summary.title, level: 1 }));
  });

  it('switches to Portuguese and keeps it after reload and a new sign-in', async () => {
    const page = await journey();
    await signIn(page, 'manager@timor-leste.demo');
    await openStaff(page);
    await page.getByRole('banner').getByRole('radiogroup', { name: en.shell.language }).getByText('PT', { exact: true }).click();
    await see(page.getByRole('heading', { name: pt.staff.title, level: 1 }));
    await see(page.getByRole('searchbox', { name: pt.staff.search }));
    await textOf(page.getByRole('main').getByRole('status')).toMatch(/^A mostrar 1–50 de 350 funcionários$/);
    expect(await page.locator('html').getAttribute('lang')).toBe('pt');
    await shot(page, 'language-01-pt-staff');

    await page.reload();
    await see(page.getByRole('heading', { name: pt.staff.title, level: 1 }));
    await see(page.getByRole('navigation', { name: pt.shell.mainNavigation }).getByRole('link', { name: pt.nav.import }));

    await signOut(page, 'pt');
    await see(page.getByRole('heading', { name: pt.auth.signInTitle }));
    await shot(page, 'language-02-pt-sign-in');
    await signIn(page, 'manager@timor-leste.demo', 'pt');
    await see(page.getByRole('navigation', { name: pt.shell.mainNavigation }));

    // A fresh browser profile starts in English, then takes the language saved on the account.
    const fresh = await journey();
    await fresh.goto('/sign-in');
    await see(fresh.getByRole('heading', { name: en.auth.signInTitle }));
    await signIn(fresh, 'manager@timor-leste.demo');
    await openStaff(fresh, 'pt');
    await shot(fresh, 'language-03-pt-after-new-sign-in');

    await fresh.getByRole('banner').getByRole('radiogroup', { name: pt.shell.language }).getByText('EN', { exact: true }).click();
    await see(fresh.getByRole('heading', { name: en.staff.title, level: 1 }));
  });

  it('keeps the Mozambique manager inside Mozambique', async () => {
    const page = await journey();
    await signIn(page, 'manager@mozambique.demo');
    // Mozambique accounts are Portuguese-speaking.
    await openStaff(page, 'pt');
    await expect.poll(() => staffTotal(page), { timeout: WAIT }).toBe(MZ_OFFICERS);
    await see(page.getByRole('banner').getByText(/Moçambique/));
    await page.getByRole('searchbox', { name: pt.staff.search }).fill(revenueOfficer.employeeNumber);
    await textOf(page.getByRole('main').getByRole('status')).toBe(pt.staff.noResults);
    await notSee(page.getByRole('table'));
    await shot(page, 'roles-05-mozambique-no-timor');

    await page.getByRole('searchbox', { name: pt.staff.search }).fill('TL-');
    await textOf(page.getByRole('main').getByRole('status')).toBe(pt.staff.noResults);
    await expectNotFound(page, revenueOfficer, 'pt');
    await shot(page, 'roles-06-mozambique-timor-officer-url');
  });
});
