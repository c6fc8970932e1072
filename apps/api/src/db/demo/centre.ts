// The demo training centre: venues and rooms, public holidays, the trainer pool on its train-the-trainer path, then
// the approved plan's first two years of sessions (centre-sessions.ts): the first delivered, the second scheduled.
import { sql } from 'drizzle-orm';
import { type Database, rows, type Tx } from '../../platform/db.js';
import { generateDemoSessions, type DemoSessionsSummary } from './centre-sessions.js';
import { createRng, hashSeed, type Rng } from './prng.js';

export interface DemoCentreInput {
  administrationId: string;
  planId: string;
  seed: number;
  /** The demo's today (YYYY-MM-DD): nothing after it, nor after the plan's first year, is delivered. */
  today: string;
  log: (line: string) => void;
}

export interface DemoCentreSummary extends DemoSessionsSummary {
  rooms: number;
  trainers: number;
}

/** Fixed-date public holidays (month-day, name); movable feasts are left for the administration to add. */
const HOLIDAYS: Record<string, [string, string][]> = {
  TL: [
    ['01-01', 'Ano Novo'], ['03-03', 'Dia dos Veteranos'], ['05-01', 'Dia do Trabalhador'], ['05-20', 'Dia da Restauração da Independência'],
    ['08-30', 'Dia da Consulta Popular'], ['11-01', 'Dia de Todos os Santos'], ['11-02', 'Dia dos Fiéis Defuntos'],
    ['11-12', 'Dia Nacional da Juventude'], ['11-28', 'Dia da Proclamação da Independência'], ['12-07', 'Dia da Memória'],
    ['12-08', 'Dia da Imaculada Conceição'], ['12-25', 'Dia de Natal'],
  ],
  MZ: [
    ['01-01', 'Dia da Fraternidade Universal'], ['02-03', 'Dia dos Heróis Moçambicanos'], ['04-07', 'Dia da Mulher Moçambicana'],
    ['05-01', 'Dia Internacional dos Trabalhadores'], ['06-25', 'Dia da Independência Nacional'], ['09-07', 'Dia da Vitória'],
    ['09-25', 'Dia das Forças Armadas'], ['10-04', 'Dia da Paz e Reconciliação'], ['12-25', 'Dia da Família'],
  ],
};

interface RoomSpec {
  name: string;
  capacity: number;
  equipment: string[];
}
const VENUES: Record<string, { name: string; address: string; rooms: RoomSpec[] }[]> = {
  TL: [
    {
      name: 'Centro de Formação Aduaneira — Dili',
      address: 'Rua de Caicoli, Dili',
      rooms: [
        { name: 'Sala 1', capacity: 25, equipment: ['projector', 'whiteboard'] },
        { name: 'Sala 2', capacity: 20, equipment: ['projector', 'whiteboard', 'videoconference'] },
        { name: 'Laboratório informático', capacity: 16, equipment: ['computers', 'projector', 'internet'] },
        { name: 'Sala de simulação', capacity: 16, equipment: ['simulation-kit', 'x-ray-scanner', 'whiteboard', 'computers'] },
      ],
    },
    { name: 'Posto Fronteiriço de Batugade', address: 'Batugade, Bobonaro', rooms: [{ name: 'Sala de reuniões', capacity: 12, equipment: ['whiteboard'] }] },
  ],
  MZ: [
    {
      name: 'Centro de Formação Aduaneira — Maputo',
      address: 'Av. 25 de Setembro, Maputo',
      rooms: [
        { name: 'Sala A', capacity: 25, equipment: ['projector', 'whiteboard'] },
        { name: 'Sala B', capacity: 20, equipment: ['projector', 'videoconference'] },
        { name: 'Sala de informática', capacity: 18, equipment: ['computers', 'projector', 'internet'] },
      ],
    },
    { name: 'Delegação Aduaneira da Beira', address: 'Porto da Beira', rooms: [{ name: 'Sala de formação', capacity: 16, equipment: ['projector', 'simulation-kit', 'computers'] }] },
  ],
};

const EXTERNAL: Record<string, { name: string; organisation: string; fee: number }[]> = {
  TL: [
    { name: 'Helena Kowalski', organisation: 'World Customs Organization (WCO)', fee: 600 },
    { name: 'Daniel Okafor', organisation: 'WCO Asia/Pacific Regional Training Centre', fee: 450 },
    { name: 'Ana Figueira', organisation: 'Autoridade Tributária e Aduaneira (Portugal)', fee: 400 },
  ],
  MZ: [
    { name: 'Helena Kowalski', organisation: 'World Customs Organization (WCO)', fee: 36000 },
    { name: 'Thabo Nkosi', organisation: 'South African Revenue Service (SARS)', fee: 24000 },
    { name: 'Rui Carvalho', organisation: 'Autoridade Tributária e Aduaneira (Portugal)', fee: 24000 },
  ],
};

export interface DemoTrainer {
  id: string;
  internal: boolean;
  officerId: string | null;
  daysPerQuarter: number;
  /** course id → path status */
  courses: Map<string, string>;
}

/**
 * Before the plan, in the generator's transaction: holidays, venues and the trainer pool, so that the plan is computed
 * from the pool's trainer-days, as an administration's would be.
 */
export async function generateDemoCentrePool(tx: Tx, input: { administrationId: string; seed: number; fromYear: number; log: (line: string) => void }) {
  const { administrationId } = input;
  const [adm] = await rows<{ slug: string; country: string }>(tx, sql`select slug, country_code as country from administrations where id = ${administrationId}`);
  if (!adm) throw new Error('the demo centre needs its administration');
  const rng = createRng(hashSeed(input.seed, `${adm.slug}:centre`));
  const country = adm.country in VENUES ? adm.country : 'TL';
  await insertHolidays(tx, administrationId, country, input.fromYear);
  const rooms = await insertVenues(tx, administrationId, country, rng);
  const trainers = await insertTrainers(tx, administrationId, { country, fromYear: input.fromYear, slug: adm.slug, rng });
  input.log(`${adm.slug}: centre with ${rooms} rooms and ${trainers} trainers`);
}

/** After the plan is approved: its first two years of sessions, in one transaction (a failure leaves none of them). */
export async function generateDemoCentre(database: Database, input: DemoCentreInput): Promise<DemoCentreSummary> {
  const { administrationId, planId, log } = input;
  const started = performance.now();
  return database.transaction({ administrationId }, async (tx) => {
    const [adm] = await rows<{ slug: string }>(tx, sql`select slug from administrations where id = ${administrationId}`);
    const [plan] = await rows<{ fromYear: number; status: string }>(tx, sql`select from_year as "fromYear", status from plans where administration_id = ${administrationId} and id = ${planId}`);
    if (!adm || !plan) throw new Error('the demo centre needs the administration and its plan');
    const rooms = await rows<DemoRoom>(tx, sql`select id, capacity, equipment from rooms where administration_id = ${administrationId} order by capacity, name`);
    const trainers = await readTrainers(tx, administrationId);
    if (plan.status !== 'approved' || rooms.length === 0) {
      log(`${adm.slug}: no approved plan or no rooms, so the centre has no sessions yet`);
      return { rooms: rooms.length, trainers: trainers.length, delivered: 0, scheduled: 0, certificates: 0 };
    }
    const rng = createRng(hashSeed(input.seed, `${adm.slug}:sessions`));
    const summary = await generateDemoSessions(tx, { administrationId, planId, fromYear: plan.fromYear, slug: adm.slug, today: input.today, rng, rooms, trainers });
    log(`${adm.slug}: ${summary.delivered} sessions delivered, ${summary.scheduled} scheduled, ${summary.certificates} certificates (${((performance.now() - started) / 1000).toFixed(2)} s)`);
    return { ...summary, rooms: rooms.length, trainers: trainers.length };
  });
}

async function readTrainers(tx: Tx, administrationId: string): Promise<DemoTrainer[]> {
  const found = await rows<{ id: string; kind: string; officerId: string | null; days: string; courseId: string | null; status: string | null }>(tx, sql`
    select t.id, t.kind, t.officer_id as "officerId", t.days_per_quarter as days, q.course_id as "courseId", q.status
    from trainers t left join trainer_qualifications q on q.administration_id = t.administration_id and q.trainer_id = t.id
    where t.administration_id = ${administrationId} and t.active order by t.kind, t.created_at, t.id, q.course_id`);
  const byId = new Map<string, DemoTrainer>();
  for (const r of found) {
    const t = byId.get(r.id) ?? { id: r.id, internal: r.kind === 'internal', officerId: r.officerId, daysPerQuarter: Number(r.days), courses: new Map<string, string>() };
    if (r.courseId && r.status) t.courses.set(r.courseId, r.status);
    byId.set(r.id, t);
  }
  return [...byId.values()];
}

async function insertHolidays(tx: Tx, administrationId: string, country: string, fromYear: number) {
  const days: string[] = [];
  const names: string[] = [];
  for (let year = fromYear; year <= fromYear + 2; year++) {
    for (const [md, name] of HOLIDAYS[country] ?? []) {
      days.push(`${year}-${md}`);
      names.push(name);
    }
  }
  await tx.execute(sql`insert into public_holidays (administration_id, day, name)
    select ${administrationId}::uuid, t.day::date, t.name from unnest(${sql.param(days)}::text[], ${sql.param(names)}::text[]) as t(day, name)
    on conflict do nothing`);
}

export interface DemoRoom {
  id: string;
  capacity: number;
  equipment: string[];
}

async function insertVenues(tx: Tx, administrationId: string, country: string, rng: Rng): Promise<number> {
  const [hq] = await rows<{ id: string }>(tx, sql`select id from locations where administration_id = ${administrationId} order by (kind = 'headquarters') desc, code limit 1`);
  const out: DemoRoom[] = [];
  for (const [i, venue] of (VENUES[country] ?? []).entries()) {
    const venueId = rng.uuid();
    await tx.execute(sql`insert into venues (administration_id, id, name, location_id, address)
      values (${administrationId}, ${venueId}, ${venue.name}, ${i === 0 ? (hq?.id ?? null) : null}, ${venue.address})`);
    for (const room of venue.rooms) {
      const id = rng.uuid();
      await tx.execute(sql`insert into rooms (administration_id, id, venue_id, name, capacity, equipment)
        values (${administrationId}, ${id}, ${venueId}, ${room.name}, ${room.capacity}, ${sql.param(room.equipment)}::text[])`);
      out.push({ id, capacity: room.capacity, equipment: room.equipment });
    }
  }
  return out.length;
}

const PATH = ['trained', 'co_trainer', 'lead', 'master'] as const;

/**
 * Internal trainers: the centre's own trainers (the demo trainer's account among them) and senior officers released
 * to teach; three external experts. Each course of the plan gets at least two qualified people, one able to lead.
 */
async function insertTrainers(tx: Tx, administrationId: string, o: { country: string; fromYear: number; slug: string; rng: Rng }): Promise<number> {
  const { rng, fromYear } = o;
  const courses = await rows<{ id: string }>(tx, sql`select id from courses where administration_id = ${administrationId} and status = 'active' order by code`);
  const centreStaff = await rows<{ id: string }>(tx, sql`select o.id from officers o join positions p on p.administration_id = o.administration_id and p.id = o.position_id
    where o.administration_id = ${administrationId} and o.status = 'active' and p.code = 'trainer' order by o.employee_number`);
  const seniors = await rows<{ id: string }>(tx, sql`select o.id from officers o join positions p on p.administration_id = o.administration_id and p.id = o.position_id
    where o.administration_id = ${administrationId} and o.status = 'active' and p.code <> 'trainer' and o.grade >= 7 order by o.employee_number`);
  const [account] = await rows<{ officerId: string | null }>(tx, sql`select officer_id as "officerId" from users where email = ${`trainer@${o.slug}.demo`}`);
  const internalIds = [...new Set([...(account?.officerId ? [account.officerId] : []), ...centreStaff.map((r) => r.id), ...seniors.slice(0, 8).map((r) => r.id)])];
  const trainers: DemoTrainer[] = [];
  // Training days each can give a quarter: the centre's own trainers most, officers released from their posts a few.
  const staff = new Set(centreStaff.map((r) => r.id));
  for (const officerId of internalIds) {
    const id = rng.uuid();
    const days = officerId === account?.officerId ? 15 : staff.has(officerId) ? 10 : 5;
    await tx.execute(sql`insert into trainers (administration_id, id, kind, officer_id, days_per_quarter, languages)
      values (${administrationId}, ${id}, 'internal', ${officerId}, ${days}, '{pt,en,tet}')`);
    trainers.push({ id, internal: true, officerId, daysPerQuarter: days, courses: new Map() });
  }
  for (const ext of EXTERNAL[o.country] ?? []) {
    const id = rng.uuid();
    await tx.execute(sql`insert into trainers (administration_id, id, kind, name, organisation, email, daily_fee, days_per_quarter, languages)
      values (${administrationId}, ${id}, 'external', ${ext.name}, ${ext.organisation}, ${`${ext.name.split(' ')[0]!.toLowerCase()}@experts.demo`}, ${ext.fee}, 8, '{en,pt}')`);
    trainers.push({ id, internal: false, officerId: null, daysPerQuarter: 8, courses: new Map() });
  }
  const internal = trainers.filter((t) => t.internal);
  const external = trainers.filter((t) => !t.internal);
  // Every course: one able to lead (internal where the centre can, an expert for a third of them) and a co-trainer.
  for (const [i, course] of courses.entries()) {
    const leadBy = i % 3 === 2 && external.length ? external[Math.floor(i / 3) % external.length]! : internal[i % internal.length]!;
    leadBy.courses.set(course.id, leadBy.internal && i % 7 === 0 ? 'master' : 'lead');
    const co = internal[(i * 3 + 1) % internal.length]!;
    if (co !== leadBy) co.courses.set(course.id, rng.weighted([['lead', 2], ['co_trainer', 2], ['trained', 1]] as const));
    // The demo trainer teaches several courses, so that "my sessions" has something to show.
    if (i % 4 === 0 && internal[0] && internal[0] !== leadBy) internal[0].courses.set(course.id, 'lead');
  }
  let promotions = 0;
  for (const t of trainers) {
    for (const [courseId, status] of t.courses) {
      const qid = rng.uuid();
      // A few internal leads reached that step during the plan's first year: the path moving is what sustainability means.
      const promotedThisYear = t.internal && status === 'lead' && promotions < 5 && rng.chance(0.4);
      if (promotedThisYear) promotions++;
      const since = promotedThisYear ? `${fromYear}-${String(rng.int(4, 10)).padStart(2, '0')}-15` : `${fromYear - 1}-${String(rng.int(2, 9)).padStart(2, '0')}-01`;
      await tx.execute(sql`insert into trainer_qualifications (administration_id, id, trainer_id, course_id, status, since)
        values (${administrationId}, ${qid}, ${t.id}, ${courseId}, ${status}, ${since})`);
      await insertPathEvents(tx, administrationId, qid, status, since, fromYear, rng);
    }
  }
  return trainers.length;
}

/** The evidence behind a status: the ToT course, sessions co-delivered, an observation, each promotion. */
async function insertPathEvents(tx: Tx, administrationId: string, qid: string, status: string, since: string, fromYear: number, rng: Rng) {
  const reached = PATH.indexOf(status as (typeof PATH)[number]);
  const events: { day: string; kind: string; statusTo: string | null; result: string | null; note: string }[] = [
    { day: `${fromYear - 2}-10-${String(rng.int(10, 20))}`, kind: 'course_attended', statusTo: 'trained', result: null, note: 'Train-the-trainer course (WCO methodology)' },
  ];
  if (reached >= 1) events.push({ day: `${fromYear - 1}-01-${String(rng.int(10, 28))}`, kind: 'co_delivered', statusTo: null, result: null, note: 'Co-delivered a full run with a lead trainer' });
  if (reached >= 1) events.push({ day: `${fromYear - 1}-01-30`, kind: 'promoted', statusTo: 'co_trainer', result: null, note: 'Co-trainer after a first co-delivered run' });
  if (reached >= 2) events.push({ day: since, kind: 'observation', statusTo: null, result: rng.chance(0.3) ? 'exceeds' : 'meets', note: 'Observed by a master trainer' });
  if (reached >= 2) events.push({ day: since, kind: 'promoted', statusTo: 'lead', result: null, note: 'Lead trainer after a positive observation' });
  if (reached >= 3) events.push({ day: since, kind: 'promoted', statusTo: 'master', result: null, note: 'Master trainer: leads train-the-trainer runs' });
  for (const e of events) {
    await tx.execute(sql`insert into trainer_path_events (administration_id, qualification_id, day, kind, status_to, observation_result, note)
      values (${administrationId}, ${qid}, ${e.day}, ${e.kind}, ${e.statusTo}, ${e.result}, ${e.note})`);
  }
}
