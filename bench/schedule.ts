// Scheduling assistant for a quarter of the national-scale plan: ≈100 draft runs of ~60 courses, ~40 rooms in ~10
// venues, ~150 trainers with qualifications and some leave, public holidays; in a throwaway in-memory database.
// Measures propose and apply through the service, against two baselines measured in the same run: the conflict
// check of the proposals alone (how much the search costs over merely checking its answer), and a naive first-fit
// without look-ahead (how many runs it places).
import { migrate } from '../apps/api/src/db/migrate.js';
import { makeCentreModule } from '../apps/api/src/modules/centre/index.js';
import { proposeQuarter } from '../apps/api/src/modules/centre/schedule-propose.js';
import { quarterBounds } from '../apps/api/src/modules/centre/schedule.dates.js';
import { makeScheduleRepository } from '../apps/api/src/modules/centre/schedule.repository.js';
import { type Booking, findConflicts } from '../apps/api/src/modules/centre/schedule.rules.js';
import { catalogueLookups } from '../apps/api/src/modules/catalogue/catalogue.lookups.js';
import { notificationOutbox } from '../apps/api/src/modules/notifications/notifications.outbox.js';
import { planningLookups } from '../apps/api/src/modules/planning/planning.lookups.js';
import { makeActor } from '../apps/api/src/platform/actor.js';
import { fixedClock } from '../apps/api/src/platform/clock.js';
import { type Database, openPglite } from '../apps/api/src/platform/db.js';
import { type BenchResult, benchEnv, log, report, secs, timed } from './support.js';

const PERIOD = '2018Q1';
const COURSES = 60;
const RUNS = 100;
const VENUES = 10;
const ROOMS_PER_VENUE = 4;
const TRAINERS = 150;

/** A deterministic pseudo-random sequence, so every run builds the same quarter. */
function random(seed: number) {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
}

async function generate(database: Database) {
  const q = database.raw.query.bind(database.raw);
  const rnd = random(42);
  const pick = (n: number) => Math.floor(rnd() * n);
  const [adm] = await q<{ id: string }>(`insert into administrations (slug, name, country_code, currency, timezone) values ('bench-schedule', 'Bench', 'TL', 'USD', 'Asia/Dili') returning id`);
  const a = adm!.id;
  const [unit] = await q<{ id: string }>(`insert into org_units (administration_id, code, name, kind) values ($1, 'DG', 'Directorate General', 'directorate') returning id`, [a]);
  for (const [day, name] of [['2018-01-01', 'New Year'], ['2018-02-16', 'Carnival'], ['2018-03-30', 'Good Friday']]) {
    await q(`insert into public_holidays (administration_id, day, name) values ($1, $2, $3)`, [a, day, name]);
  }
  const courses: string[] = [];
  for (let i = 0; i < COURSES; i++) {
    const simulation = i % 7 === 0;
    const [c] = await q<{ id: string }>(
      `insert into courses (administration_id, code, title_en, title_pt, functional_area, methods, delivery, days, capacity, min_participants, trainers_per_run)
       values ($1, $2, $3, $4, 'valuation', $5, 'classroom', $6, $7, 4, $8) returning id`,
      [a, `C-${i + 1}`, `Course ${i + 1}`, `Curso ${i + 1}`, simulation ? ['lecture', 'simulation'] : ['lecture'], [1, 2, 2.5, 3, 3, 4, 5][pick(7)], 15 + pick(16), i % 3 === 0 ? 2 : 1],
    );
    courses.push(c!.id);
  }
  const rooms: string[] = [];
  for (let v = 0; v < VENUES; v++) {
    const [venue] = await q<{ id: string }>(`insert into venues (administration_id, name) values ($1, $2) returning id`, [a, `Venue ${v + 1}`]);
    for (let r = 0; r < ROOMS_PER_VENUE; r++) {
      const [room] = await q<{ id: string }>(`insert into rooms (administration_id, venue_id, name, capacity, equipment) values ($1, $2, $3, $4, $5) returning id`, [
        a,
        venue!.id,
        `Room ${r + 1}`,
        [16, 20, 24, 30, 40][pick(5)],
        r === 0 ? ['projector', 'simulation-kit'] : ['projector'],
      ]);
      rooms.push(room!.id);
    }
  }
  const trainers: string[] = [];
  for (let t = 0; t < TRAINERS; t++) {
    const internal = t < 100;
    let officerId: string | null = null;
    if (internal) {
      const [o] = await q<{ id: string }>(
        `insert into officers (administration_id, employee_number, given_names, family_name, sex, org_unit_id) values ($1, $2, 'Officer', $3, 'female', $4) returning id`,
        [a, `T-${t}`, `Trainer ${t}`, unit!.id],
      );
      officerId = o!.id;
    }
    const [tr] = await q<{ id: string }>(
      `insert into trainers (administration_id, kind, officer_id, name, organisation, days_per_quarter) values ($1, $2, $3, $4, $5, $6) returning id`,
      [a, internal ? 'internal' : 'external', officerId, internal ? null : `Expert ${t}`, internal ? null : 'WCO', 10 + pick(20)],
    );
    trainers.push(tr!.id);
    if (t % 8 === 0) await q(`insert into trainer_leave (administration_id, trainer_id, from_day, to_day) values ($1, $2, '2018-02-05', '2018-02-16')`, [a, tr!.id]);
  }
  // Each course: four lead-qualified trainers and three co-trainers, drawn from the pool.
  for (const courseId of courses) {
    const chosen = new Set<number>();
    while (chosen.size < 7) chosen.add(pick(TRAINERS));
    for (const [k, t] of [...chosen].entries()) {
      await q(`insert into trainer_qualifications (administration_id, trainer_id, course_id, status, since) values ($1, $2, $3, $4, '2016-01-01')`, [a, trainers[t], courseId, k < 4 ? 'lead' : 'co_trainer']);
    }
  }
  for (let r = 0; r < RUNS; r++) {
    const course = courses[r % COURSES]!;
    await q(`insert into course_sessions (administration_id, code, course_id, capacity, period) select $1, $2, $3, capacity, $4 from courses where administration_id = $1 and id = $3`, [
      a,
      `RUN-${r + 1}`,
      course,
      PERIOD,
    ]);
  }
  return a;
}

export async function run(): Promise<BenchResult[]> {
  const database = await openPglite();
  try {
    await migrate(database);
    const setup = await timed(() => generate(database));
    const administrationId = setup.value;
    log(`  generated ${RUNS} draft runs of ${COURSES} courses, ${VENUES * ROOMS_PER_VENUE} rooms, ${TRAINERS} trainers in ${secs(setup.ms)}`);
    const centre = makeCentreModule({ database, clock: fixedClock('2017-12-01T09:00:00Z'), env: benchEnv(), outbox: notificationOutbox, planning: planningLookups, catalogue: catalogueLookups });
    const actor = makeActor({ userId: '00000000-0000-0000-0000-000000000000', administrationId, roles: ['training_manager'], officerId: null, supervisedOrgUnitIds: [] });

    await centre.schedule.propose(actor, { period: PERIOD });
    const propose = await timed(() => centre.schedule.propose(actor, { period: PERIOD }));
    const { proposals, unplaced } = propose.value;
    log(`  propose: ${proposals.length} placed, ${unplaced.length} not placed, in ${secs(propose.ms)}`);

    // Baselines on the same world: the conflict check of the proposals alone, and a naive first-fit.
    const repo = makeScheduleRepository();
    const baseline = await database.transaction({ administrationId }, async (tx) => {
      const world = await repo.world(tx, administrationId, quarterBounds(PERIOD));
      const drafts = await repo.drafts(tx, administrationId, PERIOD, quarterBounds(PERIOD));
      const courses = await repo.courseFacts(tx, administrationId, [...new Set(drafts.map((d) => d.courseId))]);
      const runs = drafts.map((d) => ({ sessionId: d.sessionId, code: d.code, course: courses.get(d.courseId)!, capacity: d.capacity, officerIds: d.officerIds }));
      const check = await timed(async () => {
        const bookings: Booking[] = [...world.bookings];
        for (const p of proposals) {
          const r = runs.find((x) => x.sessionId === p.sessionId)!;
          findConflicts({ sessionId: p.sessionId, course: r.course, days: p.days, roomId: p.roomId, trainers: p.trainers, capacity: r.capacity, officerIds: [] }, { ...world, bookings });
          bookings.push({ sessionId: p.sessionId, code: r.code, days: p.days, roomId: p.roomId, trainerIds: p.trainers.map((t) => t.trainerId), officerIds: [] });
        }
        return world;
      });
      const naive = proposeQuarter(PERIOD, runs, world, { lookAhead: false });
      return { checkMs: check.ms, naivePlaced: naive.proposals.length };
    });

    const apply = await timed(() => centre.schedule.apply(actor, { proposals: proposals.map(({ sessionId, days, roomId, trainers }) => ({ sessionId, days, roomId, trainers })) }));
    log(`  apply: ${apply.value.applied} sessions scheduled in ${secs(apply.ms)}`);
    return [
      report({
        bench: 'schedule',
        measure: `propose a quarter (${RUNS} runs, PGlite)`,
        value: secs(propose.ms),
        baseline: `conflict check of the proposals alone ${secs(baseline.checkMs)}`,
        ratio: propose.ms / Math.max(baseline.checkMs, 1),
        target: null,
        note: 'the search and loading the quarter against merely checking its answer in memory',
      }),
      report({
        bench: 'schedule',
        measure: 'runs placed without conflicts',
        value: `${proposals.length} of ${RUNS}`,
        baseline: `naive first-fit without look-ahead ${baseline.naivePlaced}`,
        ratio: proposals.length / Math.max(baseline.naivePlaced, 1),
        target: { op: '>=', value: 1 },
      }),
      report({ bench: 'schedule', measure: 'apply the proposals', value: secs(apply.ms), baseline: `propose ${secs(propose.ms)}`, ratio: apply.ms / Math.max(propose.ms, 1), target: null }),
    ];
  } finally {
    await database.close();
  }
}
