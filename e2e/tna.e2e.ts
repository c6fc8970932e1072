// The TNA journey: the manager opens a campaign for one unit, the officer self-assesses on a phone (autosave survives a
// reload and a dropped connection), the supervisor rates the team, the manager closes the campaign and reads the results.
import type { TForm, TFramework, TOfficerDetail, TOfficerPage, TRoleProfileGrid, TSessionInfo, TTeamGrid } from '@formasaun/shared';
import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, launchBrowser, openJourney, see, shot, signIn, textOf, WAIT, type Journey } from './support/browser.js';
import { readPdf } from '../apps/api/src/modules/needs/report.test-pdf.js';
import { REPO_ROOT, startServer, type TestServer } from './support/server.js';

const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true };

/** A signed-in API client (cookie + CSRF token) for setup and for reading the ids the browser then uses. */
async function apiClient(baseUrl: string, email: string) {
  const res = await fetch(`${baseUrl}/api/v1/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: DEMO_PASSWORD }),
  });
  if (!res.ok) throw new Error(`sign-in as ${email} failed: ${res.status}`);
  const session = (await res.json()) as TSessionInfo;
  const cookie = res.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  async function call<T>(method: string, url: string, body?: unknown): Promise<T> {
    const r = await fetch(`${baseUrl}/api/v1${url}`, {
      method,
      headers: { cookie, 'x-csrf-token': session.csrfToken, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!r.ok) throw new Error(`${method} ${url}: ${r.status} ${await r.text()}`);
    return (await r.json()) as T;
  }
  return { session, get: <T>(url: string) => call<T>('GET', url), send: <T>(method: 'POST' | 'PUT', url: string, body: unknown) => call<T>(method, url, body) };
}

/** The framework version the demo installed (or one made from the default), with a role profile for every position in the unit. */
async function prepareFramework(manager: Awaited<ReturnType<typeof apiClient>>, positionIds: string[]) {
  let { items } = await manager.get<{ items: TFramework[] }>('/frameworks');
  if (items.length === 0) {
    await manager.send('POST', '/frameworks', { name: 'Customs competency framework', from: 'default' });
    ({ items } = await manager.get<{ items: TFramework[] }>('/frameworks'));
  }
  const framework = items[0]!;
  let version = framework.versions.reduce((a, b) => (b.version > a.version ? b : a));
  const grid = await manager.get<TRoleProfileGrid>(`/framework-versions/${version.id}/role-profiles`);
  const missing = positionIds.filter((p) => !grid.cells.some((c) => c.positionId === p && c.requiredLevel !== null));
  if (missing.length > 0) {
    const picked = grid.competencies.slice(0, 4);
    const cells = missing.flatMap((positionId) => picked.map((c, i) => ({ positionId, competencyId: c.id, requiredLevel: 3 + (i % 2), criticality: 3 })));
    const saved = await manager.send<{ versionId: string }>('PUT', `/framework-versions/${version.id}/role-profiles`, { cells });
    ({ items } = await manager.get<{ items: TFramework[] }>('/frameworks'));
    version = items.flatMap((f) => f.versions).find((v) => v.id === saved.versionId)!;
  }
  return { label: `${items.find((f) => f.versions.some((v) => v.id === version.id))!.name} · v${version.version}` };
}

/** What a phone shows without scrolling (a full-page shot of a long form is unreadable when scaled down). */
async function viewShot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `${REPO_ROOT}/.artifacts/e2e/${name}.png` });
}

async function pickOption(page: Page, label: string, typed: string, option: RegExp) {
  await page.getByRole('combobox', { name: label }).fill(typed);
  await page.getByRole('option', { name: option }).first().click();
}

describe('training needs assessment journey', () => {
  let server: TestServer;
  let browser: Browser;
  const journeys: Journey[] = [];
  let unit: { id: string; name: string };
  let officer: TOfficerDetail;
  let versionLabel: string;
  let campaignId: string;
  const campaignName = `TNA e2e ${Date.now().toString(36)}`;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    const manager = await apiClient(server.baseUrl, 'manager@timor-leste.demo');
    const { session } = await apiClient(server.baseUrl, 'officer@timor-leste.demo');
    officer = await manager.get<TOfficerDetail>(`/officers/${session.user.officerId}`);
    unit = { id: officer.orgUnitId, name: officer.orgUnitName };
    const staff = await manager.get<TOfficerPage>(`/officers?orgUnitId=${unit.id}&status=active&pageSize=200`);
    const positions = [...new Set(staff.items.flatMap((o) => (o.positionId ? [o.positionId] : [])))];
    versionLabel = (await prepareFramework(manager, positions)).label;
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

  it('the manager creates a campaign for one unit and opens it', async () => {
    const page = await open('manager@timor-leste.demo');
    await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: /Needs assessment/ }).click();
    await see(page.getByRole('heading', { name: 'Needs assessment', level: 1 }));
    await shot(page, 'tna-01-campaigns');

    await page.getByRole('link', { name: 'New campaign' }).click();
    await see(page.getByRole('heading', { name: 'New assessment campaign', level: 1 }));
    await page.getByRole('textbox', { name: 'Name' }).fill(campaignName);
    await page.getByRole('combobox', { name: 'Framework version' }).click();
    await page.getByRole('option', { name: versionLabel, exact: true }).click();
    await page.getByRole('combobox', { name: 'Who assesses' }).selectOption('both');
    await pickOption(page, 'Org unit 1', unit.name, new RegExp(`${unit.name}$`));
    await shot(page, 'tna-02-new-campaign');
    await page.getByRole('button', { name: 'Create campaign' }).click();

    await see(page.getByRole('heading', { name: campaignName, level: 1 }));
    campaignId = /\/campaigns\/([^/]+)$/.exec(page.url())![1]!;
    await page.getByRole('button', { name: 'Open campaign' }).click();
    const progress = page.getByRole('table', { name: 'Progress by unit' });
    await see(progress);
    await textOf(progress.getByRole('row', { name: new RegExp(unit.name) })).toMatch(/^\S/);
    await see(page.getByRole('button', { name: 'Send reminders' }));
    await shot(page, 'tna-03-campaign-open');
  });

  it('the officer self-assesses on a phone: autosave survives a reload and a dropped connection, then submits', async () => {
    const page = await open('officer@timor-leste.demo', PHONE);
    const officerApi = await apiClient(server.baseUrl, 'officer@timor-leste.demo');
    const mine = await officerApi.get<{ items: { id: string; campaignId: string; kind: string }[] }>('/my/assessment-forms');
    const formId = mine.items.find((f) => f.campaignId === campaignId && f.kind === 'self')!.id;
    const form = await officerApi.get<TForm>(`/assessment-forms/${formId}`);
    const competencies = form.competencies.map((c, i) => ({ name: c.name.en, level: 1 + (i % 3) }));
    expect(competencies.length).toBeGreaterThan(1);

    await page.goto('/assessments');
    await see(page.getByRole('heading', { name: 'My assessments', level: 1 }));
    await shot(page, 'tna-04-my-assessments-phone');
    await page.getByRole('link', { name: `Fill in: ${campaignName}` }).click();
    await see(page.getByRole('heading', { name: 'Self-assessment', level: 1 }));
    const status = page.getByRole('main').getByRole('status').filter({ hasText: /Sav|Offline/ });
    const rate = (c: { name: string; level: number }) => page.getByRole('radiogroup', { name: c.name }).getByRole('radio', { name: new RegExp(`^${c.level} · `) }).check();
    const half = Math.ceil(competencies.length / 2);
    for (const c of competencies.slice(0, half)) await rate(c);
    await textOf(status).toBe('Saved');
    await viewShot(page, 'tna-05-self-assessment-half');

    await page.reload();
    await see(page.getByRole('heading', { name: 'Self-assessment', level: 1 }));
    for (const c of competencies.slice(0, half)) {
      expect(await page.getByRole('radiogroup', { name: c.name }).getByRole('radio', { name: new RegExp(`^${c.level} · `) }).isChecked()).toBe(true);
    }
    await see(page.getByText(`${half} of ${competencies.length} rated`));

    // A dropped connection: the rating waits in localStorage and goes out once the connection is back.
    await page.context().setOffline(true);
    await rate(competencies[half]!);
    await textOf(status).toBe('Offline — will retry');
    await viewShot(page, 'tna-06-self-assessment-offline');
    await page.context().setOffline(false);
    await textOf(status).toBe('Saved');

    const submit = page.getByRole('button', { name: 'Submit assessment' });
    if (half + 1 < competencies.length) expect(await submit.isDisabled()).toBe(true);
    for (const c of competencies.slice(half + 1)) await rate(c);
    await textOf(status).toBe('Saved');
    await submit.click();
    await see(page.getByText('This form is submitted and can no longer be changed.'));
    const saved = await officerApi.get<TForm>(`/assessment-forms/${formId}`);
    expect(saved.status).toBe('submitted');
    expect(saved.competencies.map((c) => c.level)).toEqual(competencies.map((c) => c.level));
    await viewShot(page, 'tna-07-self-assessment-submitted');
    await shot(page, 'tna-07b-self-assessment-submitted-full');
  });

  it('the supervisor rates the team in the grid and submits each officer', async () => {
    const page = await open('supervisor@timor-leste.demo');
    const supervisorApi = await apiClient(server.baseUrl, 'supervisor@timor-leste.demo');
    const team = await supervisorApi.get<TTeamGrid>(`/campaigns/${campaignId}/team`);
    expect(team.rows.map((r) => r.officer.id)).toContain(officer.id);
    const names = new Map(team.competencies.map((c) => [c.competencyId, c.name.en]));

    await page.goto('/assessments');
    await page.getByRole('link', { name: `Rate the team: ${campaignName}` }).click();
    await see(page.getByRole('heading', { name: 'Team assessment', level: 1 }));
    await shot(page, 'tna-08-team-empty');
    // The demo unit is large: the supervisor rates our officer and two colleagues here; the rest stay unsubmitted.
    const rated = [team.rows.find((r) => r.officer.id === officer.id)!, ...team.rows.filter((r) => r.officer.id !== officer.id).slice(0, 2)];
    for (const row of rated) {
      for (const [competencyId, required] of Object.entries(row.required)) {
        const level = Math.max(0, required - 1 - (row.officer.employeeNumber.charCodeAt(row.officer.employeeNumber.length - 1) % 2));
        await page.getByRole('combobox', { name: `Level for ${row.officer.name} in ${names.get(competencyId)}` }).selectOption(String(level));
      }
    }
    await textOf(page.getByRole('main').getByRole('status').filter({ hasText: /Sav|Offline/ })).toBe('Saved');
    await shot(page, 'tna-09-team-rated');

    await page.setViewportSize({ width: 390, height: 844 });
    await see(page.getByRole('button', { name: 'Next officer' }));
    await viewShot(page, 'tna-10-team-phone-stepper');
    await page.setViewportSize({ width: 1366, height: 900 });

    for (const row of rated) {
      await page.getByRole('button', { name: `Submit ratings for ${row.officer.name}` }).click();
      await see(page.getByRole('row', { name: new RegExp(row.officer.name) }).getByText('Submitted', { exact: true }));
    }
    await shot(page, 'tna-11-team-submitted');
  });

  it('the manager closes the campaign and reads the heatmap, the ranked needs and a profile', async () => {
    const page = await open('manager@timor-leste.demo');
    await page.goto(`/campaigns/${campaignId}`);
    await see(page.getByRole('heading', { name: campaignName, level: 1 }));

    // Paper fallback: choosing a unit offers its printable forms and the template to type results into.
    await page.getByRole('combobox', { name: 'Org unit for paper forms' }).selectOption({ label: unit.name });
    const [template] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Template to type results (xlsx)' }).click()]);
    const xlsx = await readFile(await template.path());
    expect(xlsx.subarray(0, 2).toString('latin1')).toBe('PK');
    await see(page.getByRole('link', { name: 'Printable forms (PDF)' }));
    // The template uploaded untouched: no level typed, so nothing is submitted and the rows are reported as left out.
    await page.locator('input[type=file]').setInputFiles({ name: 'paper-results.xlsx', mimeType: 'application/octet-stream', buffer: xlsx });
    await textOf(page.getByRole('status').filter({ hasText: 'Paper results imported' })).toMatch(/^Paper results imported\s*0 forms submitted, 0 ratings stored/);

    // The forms list, filtered to submitted self-assessments: the officer's form is there, with its reopen action.
    const forms = page.getByRole('table', { name: 'Forms' });
    await see(forms);
    await page.getByRole('combobox', { name: 'Status' }).selectOption('submitted');
    await page.getByRole('combobox', { name: 'Form', exact: true }).selectOption('self');
    const officerName = `${officer.givenNames} ${officer.familyName}`;
    await see(forms.getByRole('button', { name: `Reopen the Self-assessment of ${officerName}` }));
    await shot(page, 'tna-11b-campaign-paper-and-forms');

    await page.getByRole('button', { name: 'Close campaign' }).click();
    const dialog = page.getByRole('dialog', { name: 'Close the campaign?' });
    await dialog.getByRole('button', { name: 'Close and freeze results' }).click();
    await dialog.waitFor({ state: 'detached', timeout: WAIT });
    await page.getByRole('link', { name: 'View results' }).click();

    await see(page.getByRole('heading', { name: 'Assessment results', level: 1 }));
    await see(page.locator('canvas').first());
    const needs = page.getByRole('table', { name: 'Ranked needs' });
    await see(needs);
    expect(await needs.getByRole('rowgroup').nth(1).getByRole('row').count()).toBeGreaterThan(0);
    await see(page.getByRole('link', { name: 'Export xlsx' }));
    await shot(page, 'tna-12-results');

    // The TNA report: a real download of the PDF, read back for its pages and the campaign's name.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download report (PDF)' }).click()]);
    const pdf = await readFile(await download.path());
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const report = readPdf(pdf);
    expect(report.pages).toBeGreaterThanOrEqual(2);
    expect(report.text.replace(/\s+/g, ' ')).toContain(campaignName);

    const drill = page.getByRole('combobox', { name: 'Open a unit' });
    if ((await drill.count()) > 0) {
      const first = (await drill.locator('option').nth(1).textContent()) ?? '';
      await drill.selectOption({ index: 1 });
      await see(page.getByRole('navigation', { name: 'Org unit levels' }).getByRole('button', { name: first }));
      await see(page.locator('canvas').first());
      await shot(page, 'tna-13-results-drilldown');
    }

    await page.getByText('Areas', { exact: true }).click();
    expect(await page.getByRole('radio', { name: 'Areas' }).isChecked()).toBe(true);
    await see(page.locator('canvas').first());
    await page.goto(`/campaigns/${campaignId}/profile?officer=${officer.id}`);
    await see(page.getByRole('heading', { name: `${officer.givenNames} ${officer.familyName}`, level: 1 }));
    await see(page.getByRole('table', { name: 'Required and assessed levels' }));
    await see(page.locator('canvas').first());
    await shot(page, 'tna-14-officer-profile');
  });
});
