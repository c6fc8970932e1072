// Helpers for the training-centre journeys: the features' English strings, cards found by what they show, working
// days for a session, and the session form's fields.
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import attendanceEn from '../../apps/web/src/features/attendance/locales/en.json';
import enrolmentEn from '../../apps/web/src/features/enrolment/locales/en.json';
import sessionsEn from '../../apps/web/src/features/sessions/locales/en.json';
import { see, STRINGS, WAIT } from './browser.js';

export const T = { ...STRINGS.en, ...sessionsEn, ...enrolmentEn, ...attendanceEn };

/** A translation with its {{placeholders}} filled, as i18next would. */
export function tr(template: string, values: Record<string, string | number> = {}): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_, key: string) => {
    if (!(key in values)) throw new Error(`no value for {{${key}}} in "${template}"`);
    return String(values[key]);
  });
}

/** The English plural of a `key_one` / `key_other` pair. */
export const plural = (forms: { one: string; other: string }, count: number) => tr(count === 1 ? forms.one : forms.other, { count });

/** A regular expression that matches `text` literally. */
export const literal = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The innermost block that shows all of `parts` (text or locators): a card, a row, a group of a list. */
export function cardWith(page: Page, ...parts: (string | Locator)[]): Locator {
  let card = page.locator('div');
  for (const part of parts) card = card.filter({ has: typeof part === 'string' ? page.getByText(part, { exact: false }) : part });
  return card.last();
}

/** A Mantine notification (or any alert) with this text. */
export const notice = (page: Page, text: string) => page.getByRole('alert').filter({ hasText: text }).first();

/** Chooses an option of a Mantine Select: opens it, types into it when searchable, clicks the option. */
export async function choose(page: Page, select: Locator, option: string, search = false): Promise<void> {
  await select.click();
  if (search) await select.fill(option);
  await page.getByRole('option', { name: option, exact: true }).click();
  await expect.poll(() => select.inputValue(), { timeout: WAIT }).toBe(option);
}

const DAY_MS = 86_400_000;
const iso = (d: Date) => d.toISOString().slice(0, 10);
const isWeekday = (day: string) => ![0, 6].includes(new Date(`${day}T00:00:00Z`).getUTCDay());

/** Working days (Monday to Friday, not a public holiday) from `from` to `to`, in order. */
export function workingDays(from: string, to: string, holidays: ReadonlySet<string>): string[] {
  const out: string[] = [];
  for (let t = Date.parse(`${from}T00:00:00Z`); t <= Date.parse(`${to}T00:00:00Z`); t += DAY_MS) {
    const day = iso(new Date(t));
    if (isWeekday(day) && !holidays.has(day)) out.push(day);
  }
  return out;
}

/** The first `n` consecutive working days of `days` that none of the `busy` date ranges touches. */
export function freeRun(days: string[], n: number, busy: { startDay: string | null; endDay: string | null }[]): string[] {
  const taken = (day: string) => busy.some((b) => b.startDay !== null && b.endDay !== null && b.startDay <= day && day <= b.endDay);
  for (let i = 0; i + n <= days.length; i++) {
    const run = days.slice(i, i + n);
    if (!run.some(taken)) return run;
  }
  throw new Error(`no ${n} free working days in ${days[0]} – ${days.at(-1)}`);
}

/** A Monday `weeksAhead` weeks or more from today (real clock) and the working days after it. */
export function upcomingDays(n: number, weeksAhead: number, holidays: ReadonlySet<string>): string[] {
  const start = new Date(Date.now() + weeksAhead * 7 * DAY_MS);
  start.setUTCDate(start.getUTCDate() + ((8 - start.getUTCDay()) % 7));
  return workingDays(iso(start), iso(new Date(start.getTime() + 90 * DAY_MS)), holidays).slice(0, n);
}

/** A day as the web app writes it in English ("12 Mar 2019"). */
export const formatDay = (day: string) => new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`));

export interface SessionEdit {
  days: string[];
  room?: string;
  capacity?: number;
  lead?: string;
}

/** Fills the session form of the open Edit dialog: the days (one field per day), then room, capacity and lead trainer. */
export async function fillSessionForm(page: Page, dialog: Locator, edit: SessionEdit): Promise<void> {
  const s = T.sessions;
  const dayFields = dialog.getByLabel(s.day, { exact: true });
  while ((await dayFields.count()) < edit.days.length) await dialog.getByRole('button', { name: s.addDay }).click();
  await expect.poll(() => dayFields.count(), { timeout: WAIT }).toBe(edit.days.length);
  for (const [i, day] of edit.days.entries()) await dayFields.nth(i).fill(day);
  if (edit.room) await choose(page, dialog.getByRole('combobox', { name: s.room, exact: true }), edit.room, true);
  if (edit.capacity) await dialog.getByRole('textbox', { name: s.capacity }).fill(String(edit.capacity));
  if (edit.lead) await choose(page, dialog.getByRole('combobox', { name: s.lead, exact: true }), edit.lead, true);
}

/** Opens the session page's Edit dialog, fills it and saves; waits for the dialog to close. */
export async function editSession(page: Page, edit: SessionEdit): Promise<void> {
  await page.getByRole('button', { name: T.sessions.edit, exact: true }).click();
  const dialog = page.getByRole('dialog', { name: T.sessions.edit });
  await see(dialog);
  await fillSessionForm(page, dialog, edit);
  await dialog.getByRole('button', { name: T.sessions.save, exact: true }).click();
  await dialog.waitFor({ state: 'hidden', timeout: WAIT });
}
