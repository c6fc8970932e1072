// The journey the staff-import issue names: browse staff, import a faulty file, fix it, commit, find and export.
import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import type { Browser, Download, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openJourney, see, shot, signIn, staffTotal, textOf, WAIT, type Journey } from './support/browser.js';
import { startServer, type TestServer } from './support/server.js';

const DEMO_OFFICERS = 350;
/** A family name the demo generator draws for Timor-Leste (names.ts); the seed is fixed. */
const DEMO_FAMILY = 'Tilman';
const HEADERS = ['Employee number', 'Given names', 'Family name', 'Sex', 'Org unit', 'Position', 'Grade'];
/** Units and positions by code or by name, as places.ts defines them; Nahak and Berek are not demo family names. */
const FAULTY: (string | number)[][] = [
  ['E2E-001', 'Aurora', 'Nahak', 'F', 'OPS-BTG', 'Customs Officer', 4],
  ['E2E-002', 'Jacinto', 'Nahak', 'X', 'REV-VAL', 'customs_officer', 3], // row 3: bad sex
  ['E2E-003', 'Rosa', 'Berek', 'female', 'NO-SUCH-UNIT', 'auditor', 5], // row 4: unknown unit
  ['E2E-001', 'Mateus', 'Berek', 'M', 'ENF-IRM', 'Intelligence Analyst', 5], // row 5: duplicate of row 2
  ['E2E-005', 'Tomás', 'Berek', 'male', 'Finance Unit', 'Administrative Officer', 3],
];
const FIXED = FAULTY.map((row) => [...row]);
FIXED[1]![3] = 'M';
FIXED[2]![4] = 'PCA-FLD';
FIXED[3]![0] = 'E2E-004';
const NEW_NUMBERS = FIXED.map((row) => String(row[0]));

async function workbook(rows: (string | number)[][]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Staff');
  sheet.addRow(HEADERS);
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await book.xlsx.writeBuffer());
}

/** A report figure: the label's box holds the label and the number. */
async function figure(scope: Locator, label: string): Promise<number> {
  const box = scope.getByText(label, { exact: true }).locator('xpath=..');
  await see(box);
  return Number(((await box.textContent()) ?? '').replace(label, '').replace(/\D/g, ''));
}

async function upload(page: Page, name: string, rows: (string | number)[][]): Promise<void> {
  await page.getByLabel('Spreadsheet file').setInputFiles({
    name,
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: await workbook(rows),
  });
  await page.getByRole('button', { name: 'Upload', exact: true }).click();
  await see(page.getByText(`File: ${name}`));
}

async function notSeeDialog(page: Page): Promise<void> {
  await page.getByRole('dialog').waitFor({ state: 'detached', timeout: WAIT });
}

async function search(page: Page, text: string): Promise<void> {
  await page.getByRole('searchbox', { name: 'Search' }).fill(text);
  await page.waitForURL((url) => (url.searchParams.get('q') ?? '') === text);
}

/** Names in the staff table (family, given), once the list has settled. */
async function listedNames(page: Page): Promise<string[]> {
  await see(page.getByRole('main').locator('[aria-busy="false"]'));
  return page.getByRole('table').getByRole('rowgroup').nth(1).getByRole('row').getByRole('link').allTextContents();
}

async function exportFile(page: Page, button: string): Promise<{ download: Download; bytes: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: WAIT }), page.getByRole('link', { name: button }).click()]);
  const file = await download.path();
  return { download, bytes: await readFile(file) };
}

describe('staff import journey (training manager)', () => {
  let server: TestServer;
  let browser: Browser;
  let journey: Journey;
  let page: Page;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    journey = await openJourney(browser, server.baseUrl);
    page = journey.page;
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('browses the staff list, searches a family name and opens an officer with history', async () => {
    await page.goto('/sign-in');
    await see(page.getByRole('heading', { name: 'Sign in' }));
    await shot(page, 'staff-import-01-sign-in');
    await signIn(page, 'manager@timor-leste.demo');

    await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Staff', exact: true }).click();
    await see(page.getByRole('heading', { name: 'Staff', level: 1 }));
    await expect.poll(() => staffTotal(page), { timeout: WAIT }).toBe(DEMO_OFFICERS);
    expect(await listedNames(page)).toHaveLength(50);
    await shot(page, 'staff-import-02-staff-list');

    await search(page, DEMO_FAMILY);
    await expect.poll(() => staffTotal(page), { timeout: WAIT }).toBeLessThan(DEMO_OFFICERS);
    const total = await staffTotal(page);
    const names = await listedNames(page);
    expect(total).toBeGreaterThan(0);
    expect(names).toHaveLength(total);
    for (const name of names) expect(name).toContain(DEMO_FAMILY);
    await shot(page, 'staff-import-03-search');

    await page.getByRole('link', { name: names[0], exact: true }).click();
    const [family, given] = names[0]!.split(', ');
    await see(page.getByRole('heading', { name: `${given} ${family}`, level: 1 }));
    await see(page.getByRole('heading', { name: 'Assignment history' }));
    const history = page.getByRole('table');
    await see(history.getByRole('columnheader', { name: 'From' }));
    expect(await history.getByRole('row').count()).toBeGreaterThan(1);
    await see(history.getByRole('cell', { name: 'Current', exact: true }));
    await shot(page, 'staff-import-04-officer');
  });

  it('lists the rejected rows of a faulty file and keeps commit disabled', async () => {
    await page.getByRole('link', { name: 'Import staff' }).click();
    await see(page.getByRole('heading', { name: 'Import staff', level: 1 }));
    await shot(page, 'staff-import-05-import-page');

    await upload(page, 'staff-with-errors.xlsx', FAULTY);
    const rejected = page.getByRole('table', { name: 'Rejected rows' });
    await see(rejected);
    const main = page.getByRole('main');
    expect(await figure(main, 'Rows')).toBe(5);
    expect(await figure(main, 'Valid')).toBe(2);
    expect(await figure(main, 'Rejected')).toBe(3);
    const body = rejected.getByRole('rowgroup').nth(1).getByRole('row');
    await expect.poll(() => body.count(), { timeout: WAIT }).toBe(3);
    const rows = (await body.allTextContents()).join('\n');
    // Field labels and reasons come from the translations (importField.*, importError.<code>).
    expect(rows).toMatch(/^3Sex"X" is not one of female, male/m);
    expect(rows).toMatch(/^4Org unitNo org unit has the code or name "NO-SUCH-UNIT"/m);
    expect(rows).toMatch(/^5Employee number"E2E-001" is also on row 2/m);
    await see(page.getByText('3 problems remain'));
    expect(await page.getByRole('button', { name: 'Commit import' }).isDisabled()).toBe(true);
    await shot(page, 'staff-import-06-rejected-rows');
  });

  it('uploads the corrected file, commits it and shows the result counts', async () => {
    await page.getByRole('button', { name: 'Upload another file' }).click();
    await upload(page, 'staff-fixed.xlsx', FIXED);
    const main = page.getByRole('main');
    expect(await figure(main, 'Valid')).toBe(5);
    expect(await figure(main, 'To create')).toBe(5);
    expect(await figure(main, 'Rejected')).toBe(0);
    expect(await page.getByRole('table', { name: 'Rejected rows' }).count()).toBe(0);
    const commit = page.getByRole('button', { name: 'Commit import' });
    expect(await commit.isEnabled()).toBe(true);
    await shot(page, 'staff-import-07-ready-to-commit');

    await commit.click();
    await see(page.getByText('Import complete'));
    expect(await figure(main, 'Officers created')).toBe(5);
    expect(await figure(main, 'Officers updated')).toBe(0);
    expect(await figure(main, 'Org units created')).toBe(0);
    await shot(page, 'staff-import-08-committed');
  });

  it('finds the new officers in the staff list and exports them as csv and xlsx', async () => {
    await page.getByRole('link', { name: 'Go to the staff list' }).click();
    await see(page.getByRole('heading', { name: 'Staff', level: 1 }));
    await expect.poll(() => staffTotal(page), { timeout: WAIT }).toBe(DEMO_OFFICERS + 5);

    await search(page, 'Berek');
    await expect.poll(() => staffTotal(page), { timeout: WAIT }).toBe(3);
    expect((await listedNames(page)).sort()).toEqual(['Berek, Mateus', 'Berek, Rosa', 'Berek, Tomás']);
    await search(page, 'Nahak');
    await expect.poll(() => staffTotal(page), { timeout: WAIT }).toBe(2);
    expect((await listedNames(page)).sort()).toEqual(['Nahak, Aurora', 'Nahak, Jacinto']);
    await textOf(page.getByRole('row', { name: /Nahak, Jacinto/ })).toContain('Valuation Unit');
    await shot(page, 'staff-import-09-new-officers');

    await search(page, '');
    await expect.poll(() => staffTotal(page), { timeout: WAIT }).toBe(DEMO_OFFICERS + 5);
    const csv = await exportFile(page, 'Export csv');
    expect(csv.download.suggestedFilename()).toMatch(/^staff-\d{4}-\d{2}-\d{2}\.csv$/);
    const lines = csv.bytes.toString('utf8').replace(/^\uFEFF/, '').trimEnd().split('\r\n');
    expect(lines[0]).toBe(
      'Employee number,Family name,Given names,Sex,Date of birth,Grade,Position,Org unit,Location,Hire date,Languages,Email,Phone,Status',
    );
    expect(lines).toHaveLength(DEMO_OFFICERS + 5 + 1);
    for (const number of NEW_NUMBERS) expect(lines.some((line) => line.startsWith(`${number},`))).toBe(true);
    expect(lines.find((line) => line.startsWith('E2E-005,'))).toContain('Berek,Tomás,male');

    const xlsx = await exportFile(page, 'Export xlsx');
    expect(xlsx.download.suggestedFilename()).toMatch(/^staff-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.bytes as unknown as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(header.slice(0, 4)).toEqual(['Employee number', 'Family name', 'Given names', 'Sex']);
    expect(sheet.actualRowCount).toBe(DEMO_OFFICERS + 5 + 1);
    const numbers = new Set<string>();
    sheet.eachRow((row, n) => n > 1 && numbers.add(row.getCell(1).text));
    for (const number of NEW_NUMBERS) expect(numbers.has(number)).toBe(true);
    await shot(page, 'staff-import-10-exported');
    expect(journey.pageErrors).toEqual([]);
  });

  it('adds a unit under a directorate, renames it and closes it', async () => {
    await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Organisation' }).click();
    await see(page.getByRole('heading', { name: 'Organisation', level: 1 }));
    const subtitle = page.getByText(/^\d+ units · \d+ officers$/);
    await see(subtitle);
    const unitsBefore = Number(/^(\d+)/.exec((await subtitle.textContent()) ?? '')![1]);

    await page.getByRole('button', { name: 'Actions for Revenue Directorate' }).click();
    await page.getByRole('menuitem', { name: 'Add sub-unit' }).click();
    const add = page.getByRole('dialog', { name: 'Add unit' });
    await see(add.getByText('The new unit will sit under Revenue Directorate.'));
    await add.getByRole('textbox', { name: 'Name' }).fill('Excise Unit');
    await add.getByRole('textbox', { name: 'Code' }).fill('REV-EXC');
    await shot(page, 'org-01-add-unit');
    await add.getByRole('button', { name: 'Save' }).click();
    await notSeeDialog(page);
    await textOf(subtitle).toMatch(new RegExp(`^${unitsBefore + 1} units`));

    // The filter keeps the match with its ancestors, so the new unit shows where it sits.
    await page.getByRole('textbox', { name: 'Find a unit' }).fill('REV-EXC');
    await see(page.getByText('Excise Unit', { exact: true }));
    await see(page.getByText('Revenue Directorate', { exact: true }));
    expect(await page.getByText('Valuation Unit', { exact: true }).count()).toBe(0);
    await shot(page, 'org-02-unit-added');

    await page.getByRole('button', { name: 'Actions for Excise Unit' }).click();
    await page.getByRole('menuitem', { name: 'Rename or edit' }).click();
    const rename = page.getByRole('dialog', { name: 'Rename Excise Unit' });
    await rename.getByRole('textbox', { name: 'Name' }).fill('Excise and Tobacco Unit');
    await rename.getByRole('button', { name: 'Save' }).click();
    await notSeeDialog(page);
    await see(page.getByText('Excise and Tobacco Unit', { exact: true }));
    expect(await page.getByText('Excise Unit', { exact: true }).count()).toBe(0);
    await shot(page, 'org-03-unit-renamed');

    await page.getByRole('button', { name: 'Actions for Excise and Tobacco Unit' }).click();
    await page.getByRole('menuitem', { name: 'Close unit' }).click();
    const close = page.getByRole('dialog', { name: 'Close Excise and Tobacco Unit' });
    await see(close.getByText(/must have no officers/));
    expect(await close.getByLabel('Closing date').inputValue()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    await shot(page, 'org-04-close-dialog');
    await close.getByRole('button', { name: 'Close unit' }).click();
    await notSeeDialog(page);
    // Closed units leave the tree unless asked for, and keep their history with a closing badge.
    await see(page.getByText('Nothing found'));
    await textOf(subtitle).toMatch(new RegExp(`^${unitsBefore} units`));
    await page.getByRole('switch', { name: 'Show closed units' }).check({ force: true });
    await see(page.getByText('Excise and Tobacco Unit', { exact: true }));
    await see(page.getByText(/^Closed /));
    expect(await page.getByRole('button', { name: 'Actions for Excise and Tobacco Unit' }).count()).toBe(0);
    await shot(page, 'org-05-unit-closed');
    expect(journey.pageErrors).toEqual([]);
  });
});
