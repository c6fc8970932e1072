// The planning journey (step 4): the training manager builds a plan from the demo's closed TNA and watches the
// optimiser, compares a "budget −20 %" scenario, pins a run and re-optimises around it, sees a hand edit that breaks a
// rule listed in words and undoes it, approves the plan and downloads its PDF; the supervisor then reads it, on a phone too.
import type { TPlanDetail, TPlanSummary } from '@formasaun/shared';
import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readPdf } from '../apps/api/src/modules/needs/report.test-pdf.js';
import { launchBrowser, notSee, openJourney, see, shot, signIn, textOf, type Journey } from './support/browser.js';
import { cell, moneyOf, runs, settled, viewShot, watchOptimisation } from './support/plans.js';
import { apiAs, startServer, type TestServer } from './support/server.js';

const MANAGER = 'manager@timor-leste.demo';
const SUPERVISOR = 'supervisor@timor-leste.demo';
const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true };
const TIME_LIMIT = 5;

type Api = Awaited<ReturnType<typeof apiAs>>;
type Run = TPlanDetail['runs'][number];

describe('planning journey', () => {
  let server: TestServer;
  let browser: Browser;
  let api: Api;
  const journeys: Journey[] = [];
  const stamp = Date.now().toString(36);
  const planName = `Plan e2e ${stamp}`;
  const scenarioName = `${planName} — Budget −20 %`;
  let campaignName: string;
  let strategy: { label: string; fromYear: number; toYear: number };
  let demoPlan: TPlanSummary;
  let planId: string;
  let pinned: { code: string; period: string; count: number };
  let page: Page;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    api = await apiAs(server.baseUrl, MANAGER);
    const campaigns = await api.get<{ items: { name: string; status: string }[] }>('/campaigns');
    campaignName = campaigns.body.items.find((c) => c.status === 'closed')!.name;
    const strategies = await api.get<{ items: { title: string; fromYear: number; toYear: number }[] }>('/strategies');
    const s = strategies.body.items[0]!;
    strategy = { label: `${s.title} (${s.fromYear}–${s.toYear})`, fromYear: s.fromYear, toYear: s.toYear };
    const plans = await api.get<{ items: TPlanSummary[] }>('/plans');
    demoPlan = plans.body.items.find((p) => p.status === 'approved')!;
    expect(demoPlan).toBeDefined();
  });

  afterAll(async () => {
    for (const j of journeys) expect(j.pageErrors).toEqual([]);
    await browser?.close();
    await server?.close();
  });

  async function open(email: string, opts = {}): Promise<Page> {
    const journey = await openJourney(browser, server.baseUrl, opts);
    journeys.push(journey);
    await signIn(journey.page, email);
    return journey.page;
  }

  const plan = async (id: string) => (await api.get<TPlanDetail>(`/plans/${id}`)).body;
  const planRows = (p: Page) => p.getByRole('table', { name: 'Training plans' }).getByRole('row');
  const planRow = (p: Page, name: string) => planRows(p).filter({ has: p.getByRole('link', { name, exact: true }) });

  it('the manager sees the approved demo plan, then builds a plan from the closed TNA and watches the optimiser', async () => {
    page = await open(MANAGER);
    await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Plans' }).click();
    await see(page.getByRole('heading', { name: 'Training plans', level: 1 }));
    await see(planRow(page, demoPlan.name).getByText('Approved', { exact: true }));
    await shot(page, 'planning-01-plans');

    await page.getByRole('button', { name: 'New plan' }).click();
    const dialog = page.getByRole('dialog', { name: 'New plan' });
    await dialog.getByRole('textbox', { name: 'Name' }).fill(planName);
    await dialog.getByRole('combobox', { name: 'Needs assessment' }).click();
    await page.getByRole('option', { name: campaignName, exact: true }).click();
    await dialog.getByRole('combobox', { name: 'Strategy' }).click();
    await page.getByRole('option', { name: strategy.label, exact: true }).click();
    // Choosing the strategy sets the plan's years to its own.
    await expect.poll(() => dialog.getByRole('textbox', { name: 'From year' }).inputValue()).toBe(String(strategy.fromYear));
    await expect.poll(() => dialog.getByRole('textbox', { name: 'To year' }).inputValue()).toBe(String(strategy.toYear));
    await dialog.getByRole('textbox', { name: 'Time limit' }).fill(String(TIME_LIMIT));
    expect(await dialog.getByRole('checkbox', { name: 'Optimise as soon as it is created' }).isChecked()).toBe(true);
    await settled(page);
    await viewShot(page, 'planning-02-new-plan');
    await dialog.getByRole('button', { name: 'Create plan' }).click();

    const valueText = await watchOptimisation(page, TIME_LIMIT, 'planning-03-optimising');
    expect(valueText).toMatch(new RegExp(`^\\d+ of ${TIME_LIMIT} seconds$`));
    await see(page.getByRole('heading', { name: planName, level: 1 }));
    planId = /\/plans\/([^/?]+)/.exec(page.url())![1]!;
    await see(page.getByText(/^Computed · /));
    // The result: runs in the timeline, as many as the plan holds.
    const computed = await plan(planId);
    expect(computed.job.state).toBe('done');
    expect(computed.totalRuns).toBeGreaterThan(0);
    const first = computed.runs[0]!;
    await see(cell(page, 'button', first.courseCode, first.period, `${runs(first.count)}, `));
    await expect.poll(() => page.getByRole('button', { name: /^\S+ Q[1-4] \d{4}, [1-9]\d* runs?, / }).count()).toBe(computed.runs.filter((r) => r.count > 0).length);
    await shot(page, 'planning-04-plan-computed');

    // The other views of the result: participants per target group, cost per year and source, gap closed.
    const views = [
      ['Target groups', 'Target groups', null],
      ['Budget', 'Funding by source', 'Bar chart of the budget, the planned cost and the unfunded cost per year.'],
      ['Gaps', 'Gap closed per functional area', 'Bar chart of the weighted gap before the plan and the part it closes, per functional area.'],
    ] as const;
    for (const [tab, table, chart] of views) {
      await page.getByRole('tab', { name: tab, exact: true }).click();
      await see(page.getByRole('table', { name: table, exact: true }));
      expect(await page.getByRole('table', { name: table, exact: true }).getByRole('row').count()).toBeGreaterThan(2);
      if (chart) await see(page.getByRole('region', { name: chart }).locator('canvas'));
      await shot(page, `planning-04-plan-${tab.toLowerCase().replace(' ', '-')}`);
    }
    await page.getByRole('tab', { name: 'Timeline', exact: true }).click();
  });

  it('a "budget −20 %" scenario is optimised and compared side by side: it costs less', async () => {
    await page.getByRole('button', { name: 'Create scenario' }).click();
    const dialog = page.getByRole('dialog', { name: 'Create scenario' });
    expect(await dialog.getByRole('radio', { name: /^budget −20 %/ }).isChecked()).toBe(true);
    await expect.poll(() => dialog.getByRole('textbox', { name: 'Budget' }).inputValue()).toBe('80 %');
    await dialog.getByRole('textbox', { name: 'Name' }).fill(scenarioName);
    await settled(page);
    await viewShot(page, 'planning-05-scenario-dialog');
    await dialog.getByRole('button', { name: 'Save scenario' }).click();

    await see(page.getByRole('heading', { name: scenarioName, level: 1 }));
    await see(page.getByRole('link', { name: planName, exact: true }));
    await page.getByRole('button', { name: 'Optimise', exact: true }).click();
    await watchOptimisation(page, TIME_LIMIT);
    await see(page.getByText(/^Computed · /));
    await shot(page, 'planning-06-scenario-computed');

    await page.getByRole('link', { name: '← Plans' }).click();
    await page.getByRole('checkbox', { name: `Select ${planName} for comparison` }).check();
    await page.getByRole('checkbox', { name: `Select ${scenarioName} for comparison` }).check();
    await page.getByRole('button', { name: 'Compare' }).click();
    await see(page.getByRole('heading', { name: 'Compare plans', level: 1 }));
    const table = page.getByRole('table', { name: 'Compare plans' });
    await see(table.getByRole('columnheader', { name: planName, exact: true }));
    await see(table.getByRole('columnheader', { name: scenarioName, exact: true }));
    const budget = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Budget', exact: true }) }).getByRole('cell');
    await textOf(budget.nth(0)).toBe('100 %');
    await textOf(budget.nth(1)).toBe('80 %');
    const cost = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Total cost', exact: true }) }).getByRole('cell');
    await see(cost.nth(2));
    const [costPlan, costScenario] = [moneyOf(await cost.nth(0).textContent()), moneyOf(await cost.nth(1).textContent())];
    expect(costScenario).toBeLessThan(costPlan);
    await textOf(cost.nth(2)).toMatch(/^−/);
    await see(page.getByRole('region', { name: 'Grouped bar chart of the weighted gap each plan closes, per functional area.' }).locator('canvas'));
    await shot(page, 'planning-07-compare');
  });

  it('a pinned run survives re-optimisation; a hand edit that breaks a rule is listed in words, then undone', async () => {
    await page.goto(`/plans/${planId}`);
    await see(page.getByRole('heading', { name: planName, level: 1 }));
    const before = await plan(planId);
    // The plan's first cell with several runs (earliest quarter, then course code).
    const target = [...before.runs].sort((a, b) => a.period.localeCompare(b.period) || a.courseCode.localeCompare(b.courseCode)).find((r) => r.count >= 2)!;
    pinned = { code: target.courseCode, period: target.period, count: target.count };

    await cell(page, 'button', pinned.code, pinned.period, `${runs(pinned.count)}, `).click();
    const dialog = page.getByRole('dialog', { name: 'Runs of a course in a quarter' });
    await see(dialog.getByText(`The plan has ${runs(pinned.count)} here`, { exact: false }));
    await settled(page);
    await viewShot(page, 'planning-08-run-dialog');
    await dialog.getByRole('button', { name: `Pin ${runs(pinned.count)}` }).click();
    await dialog.waitFor({ state: 'hidden' });
    await see(cell(page, 'button', pinned.code, pinned.period, `${runs(pinned.count)}, .*pinned to ${runs(pinned.count)}$`));

    await page.getByRole('button', { name: 'Re-optimise' }).click();
    await watchOptimisation(page, TIME_LIMIT);
    // The new result keeps the pinned cell, with its count, and says it is pinned.
    await see(cell(page, 'button', pinned.code, pinned.period, `${runs(pinned.count)}, .*pinned to ${runs(pinned.count)}$`));
    const after = await plan(planId);
    expect(after.computedAt).not.toBe(before.computedAt);
    expect(after.pins).toContainEqual(expect.objectContaining({ period: pinned.period, count: pinned.count }));
    expect(after.runs.find((r) => r.courseCode === pinned.code && r.period === pinned.period)?.count).toBe(pinned.count);
    // Every optimised plan must be approvable as it comes: no rule broken, its cost fundable under the earmarks.
    expect(after.violations.map((v) => v.message), 'the re-optimised plan breaks no rule').toEqual([]);
    await shot(page, 'planning-09-reoptimised-pinned');

    // A hand edit: one run where the optimiser needed several breaks the course's capacity.
    const courses = await api.get<{ items: { id: string; capacity: number }[] }>('/courses');
    const capacity = new Map(courses.body.items.map((c) => [c.id, c.capacity]));
    const crowded = after.runs.find((r: Run) => r.totalParticipants > capacity.get(r.courseId)! && !(r.courseCode === pinned.code && r.period === pinned.period));
    expect(crowded, 'a run of the plan whose participants fill more than one session').toBeDefined();
    const edit = crowded!;
    await cell(page, 'button', edit.courseCode, edit.period, `${runs(edit.count)}, `).click();
    await dialog.getByRole('textbox', { name: 'Runs', exact: true }).fill('1');
    await dialog.getByRole('button', { name: 'Change count' }).click();
    await dialog.waitFor({ state: 'hidden' });
    const violations = page.getByRole('alert').filter({ hasText: /^This plan breaks \d+ rules?/ });
    await see(violations);
    const cap = capacity.get(edit.courseId)!;
    await textOf(violations).toContain(`Capacity: ${edit.courseCode} in ${edit.period}: ${edit.totalParticipants.toLocaleString('en-US')} participants exceed 1 runs × capacity ${cap} = ${cap}.`);
    await see(cell(page, 'button', edit.courseCode, edit.period, `1 run, .*breaks a rule$`));
    await see(page.getByText('Edited by hand', { exact: true }));
    await shot(page, 'planning-10-violation');

    // Undone by hand: the original count passes the check again and the list of broken rules goes.
    await cell(page, 'button', edit.courseCode, edit.period, '1 run, ').click();
    await dialog.getByRole('textbox', { name: 'Runs', exact: true }).fill(String(edit.count));
    await dialog.getByRole('button', { name: 'Change count' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await notSee(violations);
    await see(cell(page, 'button', edit.courseCode, edit.period, `${runs(edit.count)}, \\d+ participants?$`));
    expect((await plan(planId)).violations).toEqual([]);
  });

  it('the manager approves the plan: no edit controls remain, the PDF names it, the demo plan is superseded', async () => {
    await page.getByRole('button', { name: 'Approve' }).click();
    const dialog = page.getByRole('dialog', { name: `Approve ${planName}?` });
    await see(dialog.getByText('An approved plan can no longer be edited', { exact: false }));
    await settled(page);
    await viewShot(page, 'planning-11-approve-dialog');
    await dialog.getByRole('button', { name: 'Confirm approval' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await see(page.getByRole('main').getByText('Approved', { exact: true }));
    for (const name of ['Re-optimise', 'Approve']) expect(await page.getByRole('button', { name, exact: true }).count()).toBe(0);
    // The timeline is read-only now: its cells are pictures, not buttons.
    await see(cell(page, 'img', pinned.code, pinned.period, runs(pinned.count)));
    expect(await page.getByRole('button', { name: /^\S+ Q[1-4] \d{4}, / }).count()).toBe(0);
    expect((await plan(planId)).status).toBe('approved');
    await shot(page, 'planning-12-approved');

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download PDF' }).click()]);
    const pdf = await readFile(await download.path());
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(readPdf(pdf).text.replace(/\s+/g, ' ')).toContain(planName);

    await page.getByRole('link', { name: '← Plans' }).click();
    await see(planRow(page, planName).getByText('Approved', { exact: true }));
    await see(planRow(page, demoPlan.name).getByText('Superseded', { exact: true }));
    await shot(page, 'planning-13-plans-after-approval');
  });

  it('the supervisor reads the approved plan without edit controls, on a desktop and on a phone', async () => {
    const desk = await open(SUPERVISOR);
    await desk.goto('/plans');
    await see(desk.getByRole('heading', { name: 'Training plans', level: 1 }));
    expect(await desk.getByRole('button', { name: 'New plan' }).count()).toBe(0);
    await planRow(desk, planName).getByRole('link', { name: planName, exact: true }).click();
    await see(desk.getByRole('heading', { name: planName, level: 1 }));
    await see(desk.getByRole('button', { name: 'Download PDF' }));
    await see(cell(desk, 'img', pinned.code, pinned.period, runs(pinned.count)));
    for (const name of ['Optimise', 'Re-optimise', 'Create scenario', 'Approve']) expect(await desk.getByRole('button', { name, exact: true }).count()).toBe(0);
    await shot(desk, 'planning-14-supervisor-plan');

    // The scenario is a draft, and still read-only for the supervisor.
    await desk.goto('/plans');
    await planRow(desk, scenarioName).getByRole('link', { name: scenarioName, exact: true }).click();
    await see(desk.getByRole('heading', { name: scenarioName, level: 1 }));
    await see(desk.getByRole('main').getByText('Draft', { exact: true }));
    for (const name of ['Optimise', 'Re-optimise', 'Approve']) expect(await desk.getByRole('button', { name, exact: true }).count()).toBe(0);
    expect(await desk.getByRole('button', { name: /^\S+ Q[1-4] \d{4}, / }).count()).toBe(0);

    const phone = await open(SUPERVISOR, PHONE);
    await phone.goto('/plans');
    await see(phone.getByRole('heading', { name: 'Training plans', level: 1 }));
    await viewShot(phone, 'planning-15-plans-phone');
    await phone.goto(`/plans/${planId}`);
    await see(phone.getByRole('heading', { name: planName, level: 1 }));
    await see(cell(phone, 'img', pinned.code, pinned.period, runs(pinned.count)));
    await viewShot(phone, 'planning-16-plan-phone');
    await shot(phone, 'planning-16b-plan-phone-full');
  });
});
