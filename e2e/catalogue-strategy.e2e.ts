// The inputs of a plan (step 4), as the training manager reads and edits them: the course catalogue filtered by a
// functional area, a course opened, a new course refused for a minimum fill above its capacity and then saved; the
// strategy's vision and KPI table; the budgets' three sources and yearly totals; the trainer-days grid. Desktop and phone.
import type { TCourse, TFundingTotals, TStrategy, TTrainerDays } from '@formasaun/shared';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openJourney, see, shot, signIn, textOf, type Journey } from './support/browser.js';
import { settled, viewShot } from './support/plans.js';
import { apiAs, startServer, type TestServer } from './support/server.js';

const MANAGER = 'manager@timor-leste.demo';
const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true };
const AREA = { id: 'tariff-classification', label: 'Tariff classification' };

type Api = Awaited<ReturnType<typeof apiAs>>;

describe('catalogue, strategy, budgets and capacity', () => {
  let server: TestServer;
  let browser: Browser;
  let api: Api;
  const journeys: Journey[] = [];
  const code = `E2E-${Date.now().toString(36)}`.toUpperCase();
  let strategy: TStrategy;
  let totals: TFundingTotals;
  let days: TTrainerDays;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    api = await apiAs(server.baseUrl, MANAGER);
    const list = await api.get<{ items: { id: string }[] }>('/strategies');
    strategy = (await api.get<TStrategy>(`/strategies/${list.body.items[0]!.id}`)).body;
    totals = (await api.get<TFundingTotals>('/funding/totals')).body;
    days = (await api.get<TTrainerDays>(`/capacity/trainer-days?fromYear=${strategy.fromYear}&toYear=${strategy.toYear}`)).body;
  });

  afterAll(async () => {
    for (const j of journeys) expect(j.pageErrors).toEqual([]);
    await browser?.close();
    await server?.close();
  });

  async function open(opts = {}): Promise<Page> {
    const journey = await openJourney(browser, server.baseUrl, opts);
    journeys.push(journey);
    await signIn(journey.page, MANAGER);
    return journey.page;
  }
  const nav = (page: Page, name: string) => page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: new RegExp(`^(\\d )?${name}$`) }).click();
  const money = (v: number) => new Intl.NumberFormat('en-GB', { style: 'currency', currency: totals.currency, maximumFractionDigits: 0 }).format(v);

  it('the catalogue lists the default courses, filters them by functional area and opens one', async () => {
    const all = (await api.get<{ items: TCourse[] }>('/courses?status=active')).body.items;
    const inArea = all.filter((c) => c.functionalArea === AREA.id);
    expect(all.length).toBeGreaterThan(50);
    expect(inArea.length).toBeGreaterThan(1);

    const page = await open();
    await nav(page, 'Catalogue');
    await see(page.getByRole('heading', { name: 'Course catalogue', level: 1 }));
    const status = page.getByRole('main').getByRole('status').filter({ hasText: /courses?$/ });
    await textOf(status).toBe(`${all.length} courses`);
    await shot(page, 'catalogue-01-all');

    await page.getByRole('combobox', { name: 'Functional area' }).click();
    await page.getByRole('option', { name: AREA.label, exact: true }).click();
    await textOf(status).toBe(`${inArea.length} courses`);
    expect(new URL(page.url()).searchParams.get('area')).toBe(AREA.id);
    const table = page.getByRole('table', { name: 'Course catalogue' });
    // The area's group heading, and exactly its courses.
    await see(table.getByText(AREA.label, { exact: true }));
    await expect.poll(async () => (await table.getByRole('button').allTextContents()).sort()).toEqual(inArea.map((c) => c.code).sort());
    await shot(page, 'catalogue-02-filtered');

    const course = inArea[0]!;
    await table.getByRole('button', { name: course.code, exact: true }).click();
    const drawer = page.getByRole('dialog', { name: `${course.code} · ${course.titleEn}` });
    await see(drawer.getByRole('heading', { name: 'Learning outcomes' }));
    await see(drawer.getByText(course.learningOutcomes[0]!.en));
    await see(drawer.getByRole('heading', { name: 'Cost model' }));
    await settled(page);
    await shot(page, 'catalogue-03-course');
    await drawer.getByRole('button', { name: 'Close' }).click();
    await drawer.waitFor({ state: 'hidden' });
  });

  it('a new course with a minimum fill above its capacity is refused at the field, then saved once fixed', async () => {
    const page = journeys[0]!.page;
    await page.getByRole('button', { name: 'New course' }).click();
    const dialog = page.getByRole('dialog', { name: 'New course' });
    await dialog.getByRole('textbox', { name: 'Code', exact: true }).fill(code);
    await dialog.getByRole('combobox', { name: 'Functional area' }).click();
    await page.getByRole('option', { name: AREA.label, exact: true }).click();
    await dialog.getByRole('textbox', { name: 'Title (English)' }).fill('Tariff classification clinic');
    await dialog.getByRole('textbox', { name: 'Title (Portuguese)' }).fill('Clínica de classificação pautal');
    await dialog.getByRole('combobox', { name: 'Competency', exact: true }).click();
    await page.getByRole('option', { name: /^hs-classification · / }).click();
    await dialog.getByRole('textbox', { name: 'Capacity', exact: true }).fill('12');
    const minimum = dialog.getByRole('textbox', { name: 'Minimum participants' });
    await minimum.fill('15');
    await dialog.getByRole('button', { name: 'Save' }).click();

    await see(dialog.getByText('must not exceed the capacity (12)', { exact: true }));
    await expect.poll(() => minimum.getAttribute('aria-invalid')).toBe('true');
    expect((await api.get<{ items: TCourse[] }>(`/courses?search=${code}`)).body.items).toEqual([]);
    await minimum.scrollIntoViewIfNeeded();
    await settled(page);
    await viewShot(page, 'catalogue-04-min-fill-error');

    await minimum.fill('8');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await dialog.waitFor({ state: 'hidden' });
    // Saved, and opened: the drawer shows the course as stored.
    const drawer = page.getByRole('dialog', { name: `${code} · Tariff classification clinic` });
    await see(drawer.getByText('at least 8, at most 12', { exact: true }));
    const saved = (await api.get<{ items: TCourse[] }>(`/courses?search=${code}`)).body.items;
    expect(saved.map((c) => [c.code, c.capacity, c.minParticipants, c.functionalArea])).toEqual([[code, 12, 8, AREA.id]]);
    await settled(page);
    await shot(page, 'catalogue-05-saved');
    await drawer.getByRole('button', { name: 'Close' }).click();
    await drawer.waitFor({ state: 'hidden' });
  });

  it('the strategy shows its vision and a KPI table with a target per year', async () => {
    const page = journeys[0]!.page;
    await nav(page, 'Strategy');
    await see(page.getByRole('heading', { name: 'Training strategy', level: 1 }));
    await see(page.getByRole('heading', { name: strategy.title, level: 2 }));
    await see(page.getByRole('heading', { name: 'Vision' }));
    await see(page.getByText(strategy.vision!, { exact: true }));
    const kpi = strategy.goals[0]!.objectives[0]!.kpis[0]!;
    const table = page.getByRole('table').filter({ has: page.getByRole('cell', { name: kpi.name }) });
    const years = Array.from({ length: strategy.toYear - strategy.fromYear + 1 }, (_, i) => String(strategy.fromYear + i));
    await expect.poll(() => table.getByRole('columnheader').allTextContents()).toEqual(expect.arrayContaining(['KPI', 'Unit', 'Baseline', ...years, 'Source']));
    const row = table.getByRole('row').filter({ has: page.getByRole('cell', { name: kpi.name }) });
    const target = kpi.targets[years.at(-1)!];
    expect(target).toBeTypeOf('number');
    await textOf(row).toContain(kpi.unit);
    await textOf(row).toContain(new Intl.NumberFormat('en-GB').format(target!));
    await shot(page, 'strategy-01-document');
  });

  it('the budgets show the three funding sources and the totals per year', async () => {
    const page = journeys[0]!.page;
    await nav(page, 'Budgets');
    await see(page.getByRole('heading', { name: 'Budgets', level: 1 }));
    const sources = page.getByRole('table', { name: 'Funding sources' });
    await see(sources);
    expect(totals.sources.map((s) => s.name).sort()).toEqual(['Norad', 'State budget of Timor-Leste', 'WCO']);
    for (const s of totals.sources) {
      const row = sources.getByRole('row').filter({ has: page.getByText(s.name, { exact: true }) });
      await textOf(row).toContain(money(s.totals.total));
    }
    expect(totals.years.map((y) => y.year)).toEqual([strategy.fromYear, strategy.fromYear + 1, strategy.fromYear + 2]);
    for (const y of totals.years) {
      const card = page.getByRole('region', { name: `Totals of ${y.year}` });
      await textOf(card).toMatch(new RegExp(`^${y.year}\\s*${money(y.total).replace(/[$.]/g, '\\$&')}`));
    }
    await shot(page, 'budgets-01-sources-and-totals');
  });

  it('the capacity page shows the trainer-days per quarter, with the total of each year', async () => {
    const page = journeys[0]!.page;
    await nav(page, 'Capacity');
    await see(page.getByRole('heading', { name: 'Training capacity', level: 1 }));
    const grid = page.getByRole('table', { name: 'Trainer-days per quarter' });
    await see(grid);
    expect(days.periods.every((p) => p.days !== null)).toBe(true);
    for (const p of days.periods) {
      await expect.poll(() => grid.getByRole('textbox', { name: `Trainer-days in ${p.period}` }).inputValue()).toBe(String(p.days));
    }
    const first = String(strategy.fromYear);
    const sum = days.periods.filter((p) => p.period.startsWith(first)).reduce((s, p) => s + p.days!, 0);
    await textOf(grid.getByRole('row').filter({ has: page.getByRole('rowheader', { name: first }) }).getByRole('cell').last()).toBe(new Intl.NumberFormat('en-GB').format(sum));
    await shot(page, 'capacity-01-trainer-days');
  });

  it('on a phone: catalogue cards, the strategy, the budgets and the capacity grid', async () => {
    const page = await open(PHONE);
    await page.goto(`/catalogue?area=${AREA.id}`);
    await see(page.getByRole('heading', { name: 'Course catalogue', level: 1 }));
    await see(page.getByRole('button', { name: new RegExp(`^${code} · `) }));
    await viewShot(page, 'catalogue-06-phone');
    await page.goto('/strategy');
    await see(page.getByRole('heading', { name: strategy.title, level: 2 }));
    await see(page.getByText(strategy.goals[0]!.objectives[0]!.kpis[0]!.name).first());
    await viewShot(page, 'strategy-02-phone');
    await shot(page, 'strategy-02b-phone-full');
    await page.goto('/budgets');
    await see(page.getByRole('region', { name: `Totals of ${strategy.fromYear}` }));
    await viewShot(page, 'budgets-02-phone');
    await shot(page, 'budgets-02b-phone-full');
    await page.goto('/capacity');
    await see(page.getByRole('table', { name: 'Trainer-days per quarter' }));
    await viewShot(page, 'capacity-02-phone');
    await shot(page, 'capacity-02b-phone-full');
  });
});
