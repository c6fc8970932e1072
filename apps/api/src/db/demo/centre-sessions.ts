// The demo's sessions: every run of the approved plan's first two years becomes sessions with dates, a room and
// trainers. Those that ended before the cut-off (the demo's today, and never later than the end of the plan's first
// year) are delivered: participants from the run's target groups, attendance, results, actual costs, then the
// centre's own completion rule records evidence and certificates. The rest are scheduled, the nearest with seats taken.
import { sql } from 'drizzle-orm';
import { recordCompletion } from '../../modules/centre/attendance.completion.js';
import { equipmentFor } from '../../modules/centre/schedule.rules.js';
import { rows, type Tx } from '../../platform/db.js';
import type { DemoRoom, DemoTrainer } from './centre.js';
import type { Rng } from './prng.js';

export interface DemoSessionsSummary {
  delivered: number;
  scheduled: number;
  certificates: number;
}

interface Input {
  administrationId: string;
  planId: string;
  fromYear: number;
  slug: string;
  today: string;
  rng: Rng;
  rooms: DemoRoom[];
  trainers: DemoTrainer[];
}

interface Course {
  id: string;
  code: string;
  days: number;
  capacity: number;
  trainersPerRun: number;
  methods: string[];
  fixed: number[];
  perHead: number[];
}

const CATEGORIES = ['trainerFees', 'venue', 'travelPerDiem', 'materials'] as const;
const DAY_MS = 86_400_000;
const addDays = (day: string, n: number) => new Date(Date.parse(`${day}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10);
const weekday = (day: string) => new Date(`${day}T00:00:00Z`).getUTCDay();
const idPart = (code: string) => code.trim().toLowerCase().replace(/[\s/]+/g, '-');

export async function generateDemoSessions(tx: Tx, input: Input): Promise<DemoSessionsSummary> {
  const { administrationId: adm, rng, fromYear } = input;
  const cut = input.today < `${fromYear + 1}-01-01` ? input.today : `${fromYear + 1}-01-01`;
  const holidays = new Set((await rows<{ day: string }>(tx, sql`select day::text from public_holidays where administration_id = ${adm}`)).map((r) => r.day));
  const courses = new Map(
    (
      await rows<Course & { f1: string; f2: string; f3: string; f4: string; p1: string; p2: string; p3: string; p4: string; days: string }>(tx, sql`
        select id, code, days, capacity, trainers_per_run as "trainersPerRun", methods,
               fixed_trainer_fees as f1, fixed_venue as f2, fixed_travel_per_diem as f3, fixed_materials as f4,
               participant_trainer_fees as p1, participant_venue as p2, participant_travel_per_diem as p3, participant_materials as p4
        from courses where administration_id = ${adm}`)
    ).map((c) => [c.id, { ...c, days: Number(c.days), fixed: [c.f1, c.f2, c.f3, c.f4].map(Number), perHead: [c.p1, c.p2, c.p3, c.p4].map(Number) }]),
  );
  const runs = await rows<{ courseId: string; period: string; count: number; participants: Record<string, number> }>(tx, sql`
    select course_id as "courseId", period, count, participants from plan_runs
    where administration_id = ${adm} and plan_id = ${input.planId} and count > 0 and period < ${`${fromYear + 2}Q1`} order by period, course_id`);
  const officers = await rows<{ id: string; unit: string; position: string }>(tx, sql`
    select o.id, u.code as unit, p.code as position from officers o
    join org_units u on u.administration_id = o.administration_id and u.id = o.org_unit_id
    join positions p on p.administration_id = o.administration_id and p.id = o.position_id
    where o.administration_id = ${adm} and o.status = 'active' order by o.employee_number`);
  const byGroup = new Map<string, string[]>();
  for (const o of officers) {
    const key = `${idPart(o.unit)}/${idPart(o.position)}`;
    byGroup.set(key, [...(byGroup.get(key) ?? []), o.id]);
  }
  const users = new Map(
    (await rows<{ email: string; id: string; officerId: string | null }>(tx, sql`select email, id, officer_id as "officerId" from users where administration_id = ${adm}`)).map((u) => [
      u.email.split('@')[0]!,
      u,
    ]),
  );
  const sources = await rows<{ id: string; kind: string }>(tx, sql`select id, kind from funding_sources where administration_id = ${adm} order by kind desc, name`);
  const government = sources.find((s) => s.kind === 'government')?.id ?? sources[0]?.id ?? null;
  const donor = sources.find((s) => s.kind === 'donor')?.id ?? government;

  const booked = new Map<string, Set<string>>(); // room / trainer / officer id → days taken
  const daysUsed = new Map<string, number>(); // trainer|period → training days given
  const busy = (id: string, days: string[]) => days.some((d) => booked.get(id)?.has(d));
  const book = (id: string, days: string[]) => {
    const set = booked.get(id) ?? new Set<string>();
    for (const d of days) set.add(d);
    booked.set(id, set);
  };
  const workingDays = (start: string, n: number) => {
    const out: string[] = [];
    for (let d = start; out.length < n; d = addDays(d, 1)) if (weekday(d) % 6 !== 0 && !holidays.has(d)) out.push(d);
    return out;
  };
  const trained = new Map<string, Set<string>>(); // course → officers already placed
  const codeSeq = new Map<string, number>();
  const summary: DemoSessionsSummary = { delivered: 0, scheduled: 0, certificates: 0 };
  const perQuarter = new Map<string, number>();
  const completedSessions: { id: string; endDay: string }[] = [];
  const demoOfficer = users.get('officer')?.officerId ?? null;
  let demoOfficerPast = false;
  let demoOfficerNext = false;
  let waitlistShown = false;

  for (const run of runs) {
    const course = courses.get(run.courseId);
    if (!course) continue;
    const year = Number(run.period.slice(0, 4));
    const quarterStart = `${year}-${String((Number(run.period.slice(5)) - 1) * 3 + 1).padStart(2, '0')}-01`;
    for (let k = 0; k < run.count; k++) {
      const slot = perQuarter.get(run.period) ?? 0;
      perQuarter.set(run.period, slot + 1);
      const capacity = Math.min(course.capacity, input.rooms.at(-1)?.capacity ?? course.capacity);
      const length = Math.max(1, Math.ceil(course.days));
      // Spread the quarter's runs over its twelve weeks; move a week on when the room or the trainers are taken.
      let placed: { days: string[]; room: DemoRoom; lead: DemoTrainer; co: DemoTrainer | null } | null = null;
      for (let tries = 0; tries < 12 && !placed; tries++) {
        const week = ((slot * 5 + tries) % 12) + 0;
        const days = workingDays(addDays(quarterStart, week * 7 + 1), length);
        // The smallest free room with the course's equipment that seats the run, else the largest such room (the run
        // is then capped to it).
        const needs = equipmentFor(course.methods);
        const fitting = input.rooms.filter((r) => needs.every((e) => r.equipment.includes(e)) && !busy(r.id, days));
        const room = fitting.find((r) => r.capacity >= capacity) ?? fitting.at(-1);
        // Qualified, free those days, and within the days they can give this quarter.
        const qualified = (levels: string[]) =>
          input.trainers.filter(
            (t) => levels.includes(t.courses.get(course.id) ?? '') && !busy(t.id, days) && (daysUsed.get(`${t.id}|${run.period}`) ?? 0) + length <= t.daysPerQuarter,
          );
        const lead = qualified(['lead', 'master'])[0];
        const co = course.trainersPerRun > 1 ? (qualified(['co_trainer', 'trained', 'lead', 'master']).find((t) => t !== lead) ?? null) : null;
        if (room && lead) placed = { days, room, lead, co };
      }
      if (!placed) continue;
      const { days, room, lead, co } = placed;
      const start = days[0]!;
      const end = days.at(-1)!;
      const delivered = end < cut;
      const status = delivered ? 'completed' : start < cut && cut === input.today ? 'in_progress' : 'scheduled';
      const seq = (codeSeq.get(`${course.code}-${year}`) ?? 0) + 1;
      codeSeq.set(`${course.code}-${year}`, seq);
      const sessionId = rng.uuid();
      const seats = Math.min(capacity, room.capacity);
      const targetGroups: Record<string, number> = {};
      for (const [group, n] of Object.entries(run.participants)) {
        const share = Math.floor(n / run.count) + (k < n % run.count ? 1 : 0);
        if (share > 0) targetGroups[group] = share;
      }
      // Seats are taken for what is delivered and for the next three months; later runs wait for nominations.
      const fillSeats = delivered || start < addDays(cut, 90);
      const participants: string[] = [];
      const placedBefore = trained.get(course.id) ?? new Set<string>();
      trained.set(course.id, placedBefore);
      if (fillSeats) {
        for (const [group, n] of Object.entries(targetGroups)) {
          const pool = (byGroup.get(group) ?? []).filter((id) => !placedBefore.has(id) && !busy(id, days));
          for (const id of pool.slice(0, n)) if (participants.length < seats) participants.push(id);
        }
        const wantDemo = demoOfficer && !placedBefore.has(demoOfficer) && !busy(demoOfficer, days) && ((delivered && !demoOfficerPast) || (!delivered && !demoOfficerNext));
        if (wantDemo && demoOfficer) {
          const already = participants.indexOf(demoOfficer);
          if (already >= 0) participants.splice(already, 1);
          else if (participants.length >= seats) participants.pop();
          participants.unshift(demoOfficer);
          if (delivered) demoOfficerPast = true;
          else demoOfficerNext = true;
        }
      }
      const language = lead.internal ? 'pt' : 'en';
      await tx.execute(sql`insert into course_sessions (administration_id, id, code, course_id, plan_id, period, target_groups, language, capacity, enrolled_count, status,
                                                        open_for_requests, room_id, start_day, end_day, created_at, updated_at)
        values (${adm}, ${sessionId}, ${`${course.code}-${year}-${String(seq).padStart(2, '0')}`}, ${course.id}, ${input.planId}, ${run.period},
                ${JSON.stringify(targetGroups)}::jsonb, ${language}, ${seats}, 0, ${status}, ${!delivered && slot % 4 === 0},
                ${room.id}, ${start}, ${end}, ${`${addDays(start, -45)}T08:00:00Z`}, ${`${addDays(start, -45)}T08:00:00Z`})`);
      await tx.execute(sql`insert into session_days (administration_id, session_id, day, starts_at, ends_at)
        select ${adm}::uuid, ${sessionId}::uuid, d::date, '08:30', ${course.days % 1 !== 0 ? '12:30' : '16:30'}
        from unnest(${sql.param(days)}::text[]) as d`);
      await tx.execute(sql`insert into session_trainers (administration_id, session_id, trainer_id, role) values (${adm}, ${sessionId}, ${lead.id}, 'lead')`);
      if (co) await tx.execute(sql`insert into session_trainers (administration_id, session_id, trainer_id, role) values (${adm}, ${sessionId}, ${co.id}, 'co')`);
      book(room.id, days);
      for (const t of co ? [lead, co] : [lead]) {
        book(t.id, days);
        daysUsed.set(`${t.id}|${run.period}`, (daysUsed.get(`${t.id}|${run.period}`) ?? 0) + length);
      }
      for (const id of participants) {
        book(id, days);
        placedBefore.add(id);
      }
      // One full upcoming run shows the waitlist: two more officers of its groups queue for a seat.
      const queue: string[] = [];
      if (fillSeats && !delivered && !waitlistShown && participants.length >= seats) {
        for (const group of Object.keys(targetGroups)) {
          for (const id of byGroup.get(group) ?? []) if (queue.length < 2 && !placedBefore.has(id) && !busy(id, days)) queue.push(id);
        }
        waitlistShown = queue.length > 0;
        for (const id of queue) placedBefore.add(id);
      }
      await enrol(tx, adm, sessionId, participants, queue, { start, delivered, rng, users });
      if (delivered) {
        await deliver(tx, adm, sessionId, course, days, participants, rng, { government, donor }, demoOfficer);
        completedSessions.push({ id: sessionId, endDay: end });
        summary.delivered++;
      } else summary.scheduled++;
    }
  }
  for (const s of completedSessions) {
    const issued = addDays(s.endDay, 3) < cut ? addDays(s.endDay, 3) : s.endDay;
    summary.certificates += (await recordCompletion(tx, adm, s.id, issued)).certificates;
  }
  return summary;
}

/**
 * Seats the participants (nominated by the unit's supervisor, approved by the manager); in the nearest scheduled
 * runs a few nominations still wait for the manager, and one full run has a short waitlist.
 */
async function enrol(
  tx: Tx,
  adm: string,
  sessionId: string,
  officers: string[],
  queue: string[],
  o: { start: string; delivered: boolean; rng: Rng; users: Map<string, { id: string }> },
) {
  if (officers.length === 0) return;
  const manager = o.users.get('manager')?.id ?? null;
  const supervisor = o.users.get('supervisor')?.id ?? null;
  const decided = `${addDays(o.start, -21)}T09:00:00Z`;
  // A full run with a queue has every seat taken; elsewhere a few nominations still wait for the manager.
  const status = officers.map((_, i) => (!o.delivered && queue.length === 0 && i > 0 && o.rng.chance(0.15) ? 'nominated' : 'enrolled'));
  await tx.execute(sql`insert into enrolments (administration_id, session_id, officer_id, status, origin, nominated_by, decided_by, decided_at, created_at, updated_at)
    select ${adm}::uuid, ${sessionId}::uuid, t.officer, t.status, 'nomination', ${supervisor}::uuid,
           case when t.status = 'enrolled' then ${manager}::uuid end, case when t.status = 'enrolled' then ${decided}::timestamptz end,
           ${`${addDays(o.start, -30)}T09:00:00Z`}::timestamptz, ${decided}::timestamptz
    from unnest(${sql.param(officers)}::uuid[], ${sql.param(status)}::text[]) as t(officer, status)`);
  await tx.execute(sql`update course_sessions set enrolled_count = (select count(*) from enrolments e
      where e.administration_id = ${adm} and e.session_id = ${sessionId} and e.status = 'enrolled')
    where administration_id = ${adm} and id = ${sessionId}`);
  for (const officer of queue) {
    await tx.execute(sql`insert into enrolments (administration_id, session_id, officer_id, status, origin, waitlist_seq, nominated_by, decided_by, decided_at, created_at, updated_at)
      values (${adm}, ${sessionId}, ${officer}, 'waitlisted', 'nomination', nextval('enrolment_waitlist_seq'), ${supervisor}, ${manager}, ${decided}, ${decided}, ${decided})`);
  }
  if (o.delivered) return;
  // What the officers were told, in the app (the demo sends no e-mail): seats, pending nominations, queue places.
  const kinds = [...status.map((st) => (st === 'enrolled' ? 'approval' : 'nomination')), ...queue.map(() => 'waitlist')];
  await tx.execute(sql`insert into notifications (administration_id, kind, officer_id, session_id, email_status, created_at)
    select ${adm}::uuid, t.kind, t.officer, ${sessionId}::uuid, 'not_configured', ${decided}::timestamptz
    from unnest(${sql.param([...officers, ...queue])}::uuid[], ${sql.param(kinds)}::text[]) as t(officer, kind)`);
}

/** Attendance for every day, results, the actual cost by category and source. */
async function deliver(
  tx: Tx,
  adm: string,
  sessionId: string,
  course: Course,
  days: string[],
  officers: string[],
  rng: Rng,
  money: { government: string | null; donor: string | null },
  demoOfficer: string | null,
) {
  const a = { officer: [] as string[], day: [] as string[], status: [] as string[] };
  for (const officer of officers) {
    // Most attend every day; a few miss one, and one in thirty misses most of it (and does not complete). The demo
    // officer's account attends throughout, so that its certificates are there to show.
    const drop = officer !== demoOfficer && rng.chance(1 / 30);
    for (const day of days) {
      a.officer.push(officer);
      a.day.push(day);
      const status = drop && rng.chance(0.7) ? 'absent' : rng.weighted([['present', 93], ['late', 4], ['absent', 2], ['excused', 1]] as const);
      a.status.push(officer === demoOfficer ? 'present' : status);
    }
  }
  if (a.officer.length) {
    await tx.execute(sql`insert into attendance (administration_id, session_id, officer_id, day, status, recorded_at)
      select ${adm}::uuid, ${sessionId}::uuid, t.officer, t.day::date, t.status, (t.day || 'T16:45:00Z')::timestamptz
      from unnest(${sql.param(a.officer)}::uuid[], ${sql.param(a.day)}::text[], ${sql.param(a.status)}::text[]) as t(officer, day, status)`);
  }
  const scores = officers.map((o) => Math.max(o === demoOfficer ? 70 : 35, Math.min(99, Math.round(74 + (rng.next() + rng.next() + rng.next() - 1.5) * 22))));
  if (officers.length) {
    await tx.execute(sql`insert into session_results (administration_id, session_id, officer_id, score, passed, comment, recorded_at)
      select ${adm}::uuid, ${sessionId}::uuid, t.officer, t.score, t.score >= 50, case when t.score < 50 then 'Needs to retake the assessment' end,
             ${`${days.at(-1)!}T17:00:00Z`}::timestamptz
      from unnest(${sql.param(officers)}::uuid[], ${sql.param(scores)}::numeric[]) as t(officer, score)`);
  }
  const costs = CATEGORIES.map((category, i) => ({
    category,
    amount: Math.round((course.fixed[i]! + course.perHead[i]! * officers.length) * (0.85 + rng.next() * 0.25)),
    source: category === 'trainerFees' || category === 'travelPerDiem' ? money.donor : money.government,
  })).filter((c) => c.amount > 0);
  for (const c of costs) {
    await tx.execute(sql`insert into session_costs (administration_id, session_id, category, source_id, amount)
      values (${adm}, ${sessionId}, ${c.category}, ${c.source}, ${c.amount})`);
  }
}
