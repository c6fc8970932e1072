// The training-centre journey: the manager makes the 2019Q1 sessions from the approved plan and schedules them with the
// assistant; a supervisor nominates the demo officer, the manager approves; the trainer takes attendance on a phone
// and enters the result; the manager completes the session; the officer downloads the certificate; anyone verifies it.
import type { TCourse, TMyLearning, TPlanDetail, TPlanSummary, TSessionDetail, TSessionSummary, TTeam, TTrainerDetail, TVenue } from '@formasaun/shared';
import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { equipmentFor, qualifiesAs } from '../apps/api/src/modules/centre/schedule.rules.js';
import { readPdf } from '../apps/api/src/modules/needs/report.test-pdf.js';
import { launchBrowser, notSee, openJourney, see, shot, signIn, textOf, WAIT, type Journey } from './support/browser.js';
import { cardWith, editSession, formatDay, freeRun, literal, notice, plural, T, tr, upcomingDays, workingDays, choose, type SessionEdit } from './support/centre.js';
import { settled, viewShot } from './support/plans.js';
import { apiAs, startServer, type TestServer } from './support/server.js';

const MANAGER = 'manager@timor-leste.demo';
const SUPERVISOR = 'supervisor@timor-leste.demo';
const TRAINER = 'trainer@timor-leste.demo';
const OFFICER = 'officer@timor-leste.demo';
const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true };
const PERIOD = '2019Q1';
const SCORE = 85;
const UNKNOWN_CODE = 'AAAA-BBBB-CCCC-DDDD';

type Api = Awaited<ReturnType<typeof apiAs>>;
type Officer = TTeam['officers'][number];
const { sessions: s, enrolment: e, attendance: a } = T;

describe('training-centre journey', () => {
  let server: TestServer;
  let browser: Browser;
  const api = {} as Record<'manager' | 'supervisor' | 'trainer' | 'officer', Api>;
  const journeys: Journey[] = [];
  let plan: TPlanSummary;
  let planned: number;
  let trainer: TTrainerDetail;
  let officer: Officer;
  let session: TSessionDetail;
  let pastDays: string[];
  let code: string;
  let issuedOn: string;
  let manager: Page;

  beforeAll(async () => {
    server = await startServer({ today: new Date('2017-01-16T00:00:00Z'), asOf: new Date() });
    browser = await launchBrowser();
    for (const [who, email] of [['manager', MANAGER], ['supervisor', SUPERVISOR], ['trainer', TRAINER], ['officer', OFFICER]] as const) {
      api[who] = await apiAs(server.baseUrl, email);
    }
    plan = (await api.manager.get<{ items: TPlanSummary[] }>('/plans')).body.items.find((p) => p.status === 'approved')!;
    expect(plan, 'the demo has an approved plan').toBeDefined();
    const detail = (await api.manager.get<TPlanDetail>(`/plans/${plan.id}`)).body;
    planned = detail.runs.filter((r) => r.period === PERIOD).reduce((n, r) => n + r.count, 0);
    expect(planned, `the approved plan has runs in ${PERIOD}`).toBeGreaterThan(0);
    trainer = (await api.trainer.get<TTrainerDetail>('/trainers/me')).body;
    const me = (await api.officer.get<TMyLearning>('/me/learning')).body;
    officer = (await api.supervisor.get<TTeam>('/team')).body.officers.find((o) => o.id === me.officerId)!;
    expect(officer, "the demo officer is in the supervisor's team").toBeDefined();
  });

  afterAll(async () => {
    for (const j of journeys) expect(j.pageErrors).toEqual([]);
    await browser?.close();
    await server?.close();
  });

  async function open(email: string | null, opts = {}): Promise<Page> {
    const journey = await openJourney(browser, server.baseUrl, opts);
    journeys.push(journey);
    if (email) await signIn(journey.page, email);
    return journey.page;
  }

  const quarter = async () => (await api.manager.get<{ items: TSessionSummary[] }>(`/sessions?period=${PERIOD}`)).body.items;
  const detailOf = async (id: string) => (await api.manager.get<TSessionDetail>(`/sessions/${id}`)).body;
  const holidays = async (year: number) => new Set((await api.manager.get<{ items: { day: string }[] }>(`/public-holidays?year=${year}`)).body.items.map((h) => h.day));
  const nav = (page: Page) => page.getByRole('navigation', { name: T.shell.mainNavigation });
  const badge = (page: Page, text: string) => page.getByRole('main').getByText(text, { exact: true });

  it(`the manager creates the ${PERIOD} sessions from the approved plan`, async () => {
    manager = await open(MANAGER);
    await nav(manager).getByRole('link', { name: s.nav, exact: true }).click();
    await see(manager.getByRole('heading', { name: s.title, level: 1 }));
    await manager.getByRole('button', { name: s.fromPlan }).click();
    const dialog = manager.getByRole('dialog', { name: s.fromPlan });
    await choose(manager, dialog.getByRole('combobox', { name: s.plan }), plan.name);
    await choose(manager, dialog.getByRole('combobox', { name: s.quarter }), PERIOD);
    await settled(manager);
    await viewShot(manager, 'centre-01-from-plan');
    await dialog.getByRole('button', { name: s.create, exact: true }).click();
    await see(notice(manager, tr(s.fromPlanDone, { created: planned, skipped: 0 })));
    await notSee(dialog);

    await manager.getByRole('textbox', { name: s.quarter }).fill(PERIOD);
    const rows = manager.getByRole('region', { name: s.title }).getByRole('row');
    await expect.poll(() => rows.count(), { timeout: WAIT }).toBe(planned + 1);
    await expect.poll(() => rows.filter({ hasText: s.statusName.draft }).count()).toBe(planned);
    const made = await quarter();
    expect(made).toHaveLength(planned);
    expect(made.every((x) => x.status === 'draft' && x.planId === plan.id)).toBe(true);
    await shot(manager, 'centre-02-sessions-drafts');
  });

  it('the scheduling assistant proposes days, rooms and trainers, and applies them', async () => {
    await nav(manager).getByRole('link', { name: s.scheduleNav, exact: true }).click();
    await see(manager.getByRole('heading', { name: s.schedule.title, level: 1 }));
    await choose(manager, manager.getByRole('combobox', { name: s.quarter }), PERIOD, true);
    await manager.getByRole('button', { name: s.schedule.run, exact: true }).click();
    const heading = manager.getByRole('heading', { name: new RegExp(`^${literal(s.schedule.proposals)} \\(\\d+\\)$`), level: 2 });
    await see(heading);
    const proposed = Number(/\((\d+)\)/.exec((await heading.textContent()) ?? '')![1]);
    expect(proposed).toBeGreaterThan(0);
    const unplaced = manager.getByRole('alert').filter({ hasText: s.schedule.unplaced });
    if (proposed < planned) await textOf(unplaced.getByText(s.schedule.unplaced)).toBe(`${s.schedule.unplaced} (${planned - proposed})`);
    const keep = manager.getByRole('checkbox', { name: new RegExp(`^${literal(s.schedule.keep)} `) });
    await expect.poll(() => keep.count()).toBe(proposed);
    for (const box of await keep.all()) expect(await box.isChecked()).toBe(true);
    await shot(manager, 'centre-03-proposals');

    await manager.getByRole('button', { name: tr(s.schedule.apply, { count: proposed }) }).click();
    await see(notice(manager, tr(s.schedule.applied, { count: proposed })));
    // The assistant runs again after applying: what it placed is no longer a draft to place.
    await notSee(heading);
    const after = await quarter();
    expect(after.filter((x) => x.status === 'scheduled')).toHaveLength(proposed);
    expect(after.filter((x) => x.status === 'scheduled').every((x) => x.startDay !== null && x.roomId !== null && x.leadTrainerName !== null)).toBe(true);
    await shot(manager, 'centre-04-applied');
  });

  it('the manager gets a session the demo trainer leads ready for nominations', async () => {
    const courses = new Map((await api.manager.get<{ items: TCourse[] }>('/courses')).body.items.map((c) => [c.id, c]));
    const done = new Set(officer.completed.map((c) => c.courseCode));
    const canTake = (x: TSessionSummary) => courses.get(x.courseId)!.prerequisites.every((p) => done.has(p.code));
    const canLead = (x: TSessionSummary) => {
      const course = courses.get(x.courseId)!;
      const competency = course.trainerQualification?.competencyCode ?? null;
      return trainer.qualifications.some((q) => (q.courseId === x.courseId || (competency !== null && q.competencyCode === competency)) && qualifiesAs(q.status, 'lead'));
    };
    const sessions = await quarter();
    const led = sessions.find((x) => x.status === 'scheduled' && x.leadTrainerName === trainer.name && canTake(x));
    // The assistant may give the demo trainer nothing: then the manager hands them a session of a course they lead.
    const candidate = led ?? sessions.filter((x) => x.status !== 'cancelled' && canLead(x) && canTake(x)).sort((x, y) => Number(y.status === 'scheduled') - Number(x.status === 'scheduled'))[0];
    expect(candidate, `a ${PERIOD} session of a course ${trainer.name} may lead and the officer may take`).toBeDefined();
    const picked = await detailOf(candidate!.id);
    const edit: SessionEdit = { days: [] };
    if (!led) {
      edit.lead = trainer.name;
      if (!picked.roomId) {
        const course = courses.get(picked.courseId)!;
        const rooms = (await api.manager.get<{ items: TVenue[] }>('/venues')).body.items.flatMap((v) => v.rooms.filter((r) => r.active).map((r) => ({ ...r, label: `${v.name} · ${r.name} (${r.capacity})` })));
        const needs = equipmentFor(course.methods);
        const fitting = rooms.filter((r) => needs.every((n) => (r.equipment as string[]).includes(n)));
        const room = (fitting.length ? fitting : rooms).sort((x, y) => y.capacity - x.capacity)[0]!;
        edit.room = room.label;
        if (room.capacity < picked.capacity) edit.capacity = room.capacity;
      }
    }
    const length = Math.max(1, picked.days.length || Math.ceil(picked.courseDays));
    // Supervisors nominate to sessions that start from today (the real clock) on; the replayed 2019 has passed,
    // so the session first takes upcoming days, and returns to its quarter once the officer holds a seat.
    const year = new Date().getUTCFullYear();
    const leave = trainer.leave.map((l) => ({ startDay: l.fromDay, endDay: l.toDay }));
    edit.days = freeRun(upcomingDays(length + 20, 2, new Set([...(await holidays(year)), ...(await holidays(year + 1))])), length, leave);
    const others = (await quarter()).filter((x) => x.id !== picked.id && x.status === 'scheduled');
    pastDays = freeRun(workingDays('2019-01-01', '2019-03-31', await holidays(2019)), length, [...others, ...leave]);

    await manager.goto(`/sessions/${picked.id}`);
    await see(manager.getByRole('heading', { name: picked.titleEn, level: 1 }));
    await editSession(manager, edit);
    await see(notice(manager, s.saved));
    await see(manager.getByText(`${trainer.name} (${s.lead})`, { exact: false }));
    if (picked.status === 'draft') {
      await manager.getByRole('button', { name: s.action.scheduled, exact: true }).click();
      await see(badge(manager, s.statusName.scheduled));
    }
    await shot(manager, 'centre-05-session-for-trainer');
    session = await detailOf(picked.id);
    expect(session.status).toBe('scheduled');
    expect(session.days.map((d) => d.day)).toEqual(edit.days);
    expect(session.trainers.find((x) => x.role === 'lead')?.trainerId).toBe(trainer.id);
    expect(session.enrolledCount).toBe(0);
  });

  it('the supervisor nominates the demo officer from the team page', async () => {
    const page = await open(SUPERVISOR);
    await nav(page).getByRole('link', { name: e.teamNav, exact: true }).click();
    await see(page.getByRole('heading', { name: e.teamTitle, level: 2 }));
    const card = cardWith(page, session.code, page.getByRole('button', { name: e.nominate, exact: true }));
    await see(card);
    await shot(page, 'centre-06-team');
    await card.getByRole('button', { name: e.nominate, exact: true }).click();

    const dialog = page.getByRole('dialog', { name: tr(e.nominateTo, { course: session.titleEn }) });
    await see(dialog);
    // The officers of the groups the plan meant the run for come chosen; keep only the demo officer.
    const team = (await api.supervisor.get<TTeam>('/team')).body;
    const preset = team.sessions.find((x) => x.id === session.id)!.targetOfficerIds.length;
    const officers = dialog.getByRole('combobox', { name: e.officers });
    await officers.click();
    for (let i = 0; i < preset; i++) await officers.press('Backspace');
    await see(dialog.getByRole('button', { name: plural({ one: e.nominateCount_one, other: e.nominateCount_other }, 0) }));
    await officers.fill(officer.name);
    await page.getByRole('option', { name: new RegExp(`^${literal(`${officer.name} (${officer.employeeNumber})`)}`) }).click();
    // Leaving the field closes its list of officers, which covers the dialog's buttons.
    await officers.press('Tab');
    await notSee(page.getByRole('listbox'));
    const submit = dialog.getByRole('button', { name: plural({ one: e.nominateCount_one, other: e.nominateCount_other }, 1) });
    await see(submit);
    await settled(page);
    await viewShot(page, 'centre-07-nominate');
    await submit.click();
    await see(notice(page, plural({ one: e.nominated_one, other: e.nominated_other }, 1)));
    await notSee(dialog);

    const enrolments = (await api.manager.get<{ items: { officerId: string; status: string }[] }>(`/sessions/${session.id}/enrolments`)).body.items;
    expect(enrolments).toEqual([expect.objectContaining({ officerId: officer.id, status: 'nominated' })]);
  });

  it('the manager approves the nomination: the officer holds a seat', async () => {
    await nav(manager).getByRole('link', { name: e.approvalsNav, exact: true }).click();
    await see(manager.getByRole('heading', { name: e.approvalsTitle, level: 2 }));
    const nomination = (await api.manager.get<{ items: { officerId: string; nominatedBy: string | null }[] }>(`/sessions/${session.id}/enrolments`)).body.items[0]!;
    expect(nomination.nominatedBy, 'the nomination names the supervisor').toBeTruthy();
    const group = cardWith(manager, session.code, manager.getByText(officer.name));
    await see(group);
    await see(group.getByText(e.status.nominated, { exact: true }));
    await see(group.getByText(tr(e.nominatedBy, { name: nomination.nominatedBy! }), { exact: true }));
    await shot(manager, 'centre-08-nominations');
    await group.getByRole('button', { name: e.approve, exact: true }).click();
    await see(notice(manager, e.done.enrolled));
    await notSee(manager.getByRole('checkbox', { name: tr(e.select, { name: officer.name }) }));

    const enrolments = (await api.manager.get<{ items: { officerId: string; status: string }[] }>(`/sessions/${session.id}/enrolments`)).body.items;
    expect(enrolments).toEqual([expect.objectContaining({ officerId: officer.id, status: 'enrolled' })]);
    expect((await detailOf(session.id)).enrolledCount).toBe(1);

    // Back to its quarter: the days have passed, so attendance and results can be taken.
    await manager.goto(`/sessions/${session.id}`);
    await see(manager.getByRole('heading', { name: session.titleEn, level: 1 }));
    await editSession(manager, { days: pastDays });
    await see(manager.getByText(`${formatDay(pastDays[0]!)} – ${formatDay(pastDays.at(-1)!)}`, { exact: false }));
    session = await detailOf(session.id);
    expect(session.days.map((d) => d.day)).toEqual(pastDays);
    expect(session.enrolledCount).toBe(1);
  });

  it('the trainer takes attendance on a phone, one day at a time, and enters the result', async () => {
    const phone = await open(TRAINER, PHONE);
    await phone.goto('/my-sessions');
    await see(phone.getByRole('heading', { name: a.mySessionsNav, level: 2 }));
    const take = cardWith(phone, session.code, phone.getByRole('link', { name: a.mySessions.take })).getByRole('link', { name: a.mySessions.take });
    await see(take);
    await take.scrollIntoViewIfNeeded();
    await viewShot(phone, 'centre-09-my-sessions-phone');
    await take.click();
    await see(phone.getByRole('heading', { name: a.pageTitle, level: 2 }));

    for (const [i, day] of pastDays.entries()) {
      if (pastDays.length > 3) {
        await phone.getByRole('combobox', { name: a.chooseDay }).selectOption(day);
      } else if (pastDays.length > 1) {
        const days = phone.getByRole('radiogroup', { name: a.chooseDay });
        await days.getByText(tr(a.dayN, { n: i + 1 }), { exact: true }).click();
        await expect.poll(() => days.getByRole('radio', { name: tr(a.dayN, { n: i + 1 }) }).isChecked()).toBe(true);
      }
      const marks = phone.getByRole('group', { name: tr(a.markOf, { name: officer.name, day: formatDay(day) }) });
      const present = marks.getByRole('button', { name: a.status.present, exact: true });
      await see(present);
      expect(await present.getAttribute('aria-pressed')).toBe('false');
      // The first day by the officer's own button, the others with "mark the rest present".
      if (i === 0) await present.click();
      else await phone.getByRole('button', { name: plural({ one: a.restPresent_one, other: a.restPresent_other }, 1) }).click();
      await expect.poll(() => present.getAttribute('aria-pressed'), { timeout: WAIT }).toBe('true');
      await settled(phone);
      await viewShot(phone, `centre-10-attendance-day-${i + 1}-phone`);
    }
    const grid = (await api.trainer.get<{ participants: { officerId: string; marks: Record<string, string> }[] }>(`/sessions/${session.id}/attendance`)).body;
    expect(grid.participants).toEqual([expect.objectContaining({ officerId: officer.id, marks: Object.fromEntries(pastDays.map((d) => [d, 'present'])) })]);

    await phone.getByRole('link', { name: tr(a.backToSession, { code: session.code }) }).click();
    await see(phone.getByRole('heading', { name: session.titleEn, level: 1 }));
    await phone.getByRole('tab', { name: s.tabs.results, exact: true }).click();
    await phone.getByRole('textbox', { name: tr(a.results.scoreOf, { name: officer.name }) }).fill(String(SCORE));
    await phone.getByRole('button', { name: a.results.save, exact: true }).click();
    await see(notice(phone, a.results.saved));
    await see(phone.getByRole('main').getByText(a.results.completes, { exact: true }));
    // Completing the session is the manager's: the trainer has no status actions.
    expect(await phone.getByRole('button', { name: s.action.completed, exact: true }).count()).toBe(0);
    await viewShot(phone, 'centre-11-results-phone');
    const results = (await api.trainer.get<{ rows: { officerId: string; score: number | null; decision: { completed: boolean } }[] }>(`/sessions/${session.id}/results`)).body;
    expect(results.rows).toEqual([expect.objectContaining({ officerId: officer.id, score: SCORE, decision: expect.objectContaining({ completed: true }) })]);
  });

  it('the manager completes the session: the officer gets a certificate', async () => {
    await manager.goto(`/sessions/${session.id}`);
    await see(manager.getByRole('heading', { name: session.titleEn, level: 1 }));
    await manager.getByRole('button', { name: s.action.completed, exact: true }).click();
    await see(badge(manager, s.statusName.completed));
    await manager.getByRole('tab', { name: s.tabs.results, exact: true }).click();
    await see(manager.getByText(a.closed.completed, { exact: true }));
    await shot(manager, 'centre-12-completed');
    const certificates = (await api.manager.get<{ items: { officerId: string; code: string; issuedOn: string; revokedAt: string | null }[] }>(`/sessions/${session.id}/certificates`)).body.items;
    expect(certificates).toEqual([expect.objectContaining({ officerId: officer.id, revokedAt: null })]);
    ({ code, issuedOn } = certificates[0]!);
    expect(code).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$/);
  });

  it('the officer finds the certificate in My learning and downloads its PDF', async () => {
    const page = await open(OFFICER);
    await nav(page).getByRole('link', { name: a.learningNav, exact: true }).click();
    await see(page.getByRole('heading', { name: a.learningNav, level: 2 }));
    await see(page.getByRole('heading', { name: a.certificates.mine, level: 3 }));
    const download = page.getByRole('link', { name: a.certificates.download });
    const line = cardWith(page, session.code, download);
    await see(line);
    const shown = /[0-9A-Z]{4}(?:-[0-9A-Z]{4}){3}/.exec((await line.textContent()) ?? '')?.[0];
    expect(shown, 'the certificate line shows its code').toBe(code);
    await see(line.getByText(a.certificates.valid, { exact: true }));
    // The history shows the session as completed, with the score.
    const history = cardWith(page, session.code, page.getByText(a.learning.outcome.completed, { exact: true }));
    await see(history.getByText(tr(a.learning.score, { score: SCORE }), { exact: true }));
    await shot(page, 'centre-13-my-learning');

    const [file] = await Promise.all([page.waitForEvent('download'), line.getByRole('link', { name: a.certificates.download }).click()]);
    const pdf = await readFile(await file.path());
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const text = readPdf(pdf).text.replace(/\s+/g, ' ');
    expect(text).toContain(code);
    expect(text).toContain(officer.name);
  });

  it('anyone verifies the code on a phone, without signing in; an unknown code is not found', async () => {
    const page = await open(null, PHONE);
    await page.goto(`/verify/${code}`);
    await see(page.getByRole('status').filter({ hasText: a.verify.valid }));
    await see(page.getByText(officer.name, { exact: true }));
    await see(page.getByText(tr(a.verify.issuedOn, { date: formatDay(issuedOn) }), { exact: true }));
    await viewShot(page, 'centre-14-verify-valid-phone');

    await page.goto(`/verify/${UNKNOWN_CODE}`);
    await see(page.getByRole('status').filter({ hasText: a.verify.unknown }));
    await see(page.getByText(a.verify.unknownHint, { exact: true }));
    expect(await page.getByText(officer.name).count()).toBe(0);
    await viewShot(page, 'centre-15-verify-unknown-phone');
  });
});
