import { periodOf, quarterBounds, rangesMeet, workingDays } from './schedule.dates.js';
import { type CourseFacts, type DaySlot, pathStatusFor, qualifiesAs, type TrainerFacts, type World } from './schedule.rules.js';

/**
 * The scheduling assistant's search: a greedy placement of a quarter's draft runs, most constrained first, each on
 * consecutive working days near an evenly spread target date, in the smallest free room that fits, with the
 * qualified trainers who are free (internal first, then the fewest days used). Pure: the world comes in, proposals
 * and the runs it could not place (with reasons) come out.
 */

export interface DraftRun {
  sessionId: string;
  code: string;
  course: CourseFacts;
  capacity: number;
  officerIds: string[];
}

export interface Proposal {
  sessionId: string;
  days: DaySlot[];
  roomId: string;
  trainers: { trainerId: string; role: 'lead' | 'co' }[];
}

export interface Reason {
  code: string;
  message: string;
  params: Record<string, string | number>;
}

export interface ProposeResult {
  proposals: Proposal[];
  unplaced: { sessionId: string; reasons: Reason[] }[];
}

export const DEFAULT_TIMES = { startsAt: '08:30', endsAt: '16:30' } as const;

/** Busy days per resource, built from the world's bookings and grown as runs are placed. */
class Busy {
  private readonly days = new Map<string, Set<string>>();
  has(id: string, day: string) {
    return this.days.get(id)?.has(day) ?? false;
  }
  add(id: string, day: string) {
    let set = this.days.get(id);
    if (!set) this.days.set(id, (set = new Set()));
    set.add(day);
  }
}

export function proposeQuarter(period: string, runs: DraftRun[], world: World, opts: { lookAhead?: boolean } = {}): ProposeResult {
  const lookAhead = opts.lookAhead ?? true;
  const { from, to } = quarterBounds(period);
  const calendar = workingDays(from, to, world.holidays);
  const rooms = [...world.rooms.values()].filter((r) => r.active).sort((a, b) => a.capacity - b.capacity || a.name.localeCompare(b.name));
  const trainers = [...world.trainers.values()].filter((t) => t.active);

  const roomBusy = new Busy();
  const trainerBusy = new Busy();
  const officerBusy = new Busy();
  const used = new Map<string, number>();
  for (const b of world.bookings) {
    for (const d of b.days) {
      if (b.roomId) roomBusy.add(b.roomId, d.day);
      for (const t of b.trainerIds) trainerBusy.add(t, d.day);
      for (const o of b.officerIds) officerBusy.add(o, d.day);
      if (periodOf(d.day) === period) for (const t of b.trainerIds) used.set(t, (used.get(t) ?? 0) + 1);
    }
  }

  const leadsOf = new Map<string, TrainerFacts[]>();
  const cosOf = new Map<string, TrainerFacts[]>();
  for (const r of runs) {
    if (leadsOf.has(r.course.id)) continue;
    leadsOf.set(r.course.id, trainers.filter((t) => qualifiesAs(pathStatusFor(t, r.course), 'lead')));
    cosOf.set(r.course.id, trainers.filter((t) => qualifiesAs(pathStatusFor(t, r.course), 'co')));
  }

  // Most constrained first: fewest qualified leads, then the longest courses.
  const ordered = lookAhead
    ? [...runs].sort(
        (a, b) =>
          leadsOf.get(a.course.id)!.length - leadsOf.get(b.course.id)!.length || Math.ceil(b.course.days) - Math.ceil(a.course.days) || a.code.localeCompare(b.code),
      )
    : [...runs];

  const proposals: Proposal[] = [];
  const unplaced: ProposeResult['unplaced'] = [];

  ordered.forEach((run, k) => {
    const length = Math.max(1, Math.ceil(run.course.days));
    const windows = calendar.length - length + 1;
    const fits = rooms.filter((r) => r.capacity >= run.capacity && run.course.equipment.every((e) => r.equipment.includes(e)));
    const leads = leadsOf.get(run.course.id)!;
    const cos = cosOf.get(run.course.id)!;
    const coNeeded = Math.max(0, run.course.trainersPerRun - 1);
    const reasons = staticReasons(run, length, windows, fits.length, leads.length, cos.length, coNeeded, rooms);
    if (reasons.length) {
      unplaced.push({ sessionId: run.sessionId, reasons });
      return;
    }

    // Spread: the k-th run aims at the k-th slice of the quarter, then searches forward and wraps around.
    const target = lookAhead ? Math.floor(((k % ordered.length) * windows) / Math.max(1, ordered.length)) : 0;
    const free = (t: TrainerFacts, days: string[]) =>
      days.every((d) => !trainerBusy.has(t.id, d) && !t.leave.some((l) => rangesMeet(l, { from: d, to: d }))) && (used.get(t.id) ?? 0) + days.length <= t.daysPerQuarter;
    const preference = (a: TrainerFacts, b: TrainerFacts) =>
      (a.kind === 'internal' ? 0 : 1) - (b.kind === 'internal' ? 0 : 1) || (used.get(a.id) ?? 0) - (used.get(b.id) ?? 0) || a.name.localeCompare(b.name);

    let placed: Proposal | null = null;
    const seen = { room: 0, lead: 0, co: 0, officers: 0 };
    for (let step = 0; step < windows && !placed; step++) {
      const i = (target + step) % windows;
      const days = calendar.slice(i, i + length);
      if (run.officerIds.some((o) => days.some((d) => officerBusy.has(o, d)))) continue;
      seen.officers++;
      const room = fits.find((r) => days.every((d) => !roomBusy.has(r.id, d) && !r.closures.some((c) => rangesMeet(c, { from: d, to: d }))));
      if (!room) continue;
      seen.room++;
      const lead = leads.filter((t) => free(t, days)).sort(preference)[0];
      if (!lead) continue;
      seen.lead++;
      const co = cos.filter((t) => t.id !== lead.id && free(t, days)).sort(preference).slice(0, coNeeded);
      if (co.length < coNeeded) continue;
      seen.co++;
      placed = {
        sessionId: run.sessionId,
        days: days.map((day) => ({ day, ...DEFAULT_TIMES })),
        roomId: room.id,
        trainers: [{ trainerId: lead.id, role: 'lead' }, ...co.map((t) => ({ trainerId: t.id, role: 'co' as const }))],
      };
    }

    if (!placed) {
      unplaced.push({ sessionId: run.sessionId, reasons: [searchReason(run, length, period, seen)] });
      return;
    }
    for (const d of placed.days) {
      roomBusy.add(placed.roomId, d.day);
      for (const t of placed.trainers) trainerBusy.add(t.trainerId, d.day);
      for (const o of run.officerIds) officerBusy.add(o, d.day);
    }
    for (const t of placed.trainers) used.set(t.trainerId, (used.get(t.trainerId) ?? 0) + length);
    proposals.push(placed);
  });

  return { proposals, unplaced };
}

/** Why a run cannot be placed whatever the dates. */
function staticReasons(
  run: DraftRun,
  length: number,
  windows: number,
  fittingRooms: number,
  leads: number,
  cos: number,
  coNeeded: number,
  rooms: { capacity: number }[],
): Reason[] {
  const out: Reason[] = [];
  const course = run.course.code;
  if (windows < 1) out.push({ code: 'too_long', message: `${course} needs ${length} consecutive working days, more than the quarter has`, params: { course, days: length } });
  if (fittingRooms === 0) {
    const largest = Math.max(0, ...rooms.map((r) => r.capacity));
    const equipment = run.course.equipment.join(', ');
    out.push({
      code: 'no_room',
      message: `no active room seats ${run.capacity}${equipment ? ` with ${equipment}` : ''} (the largest seats ${largest})`,
      params: { capacity: run.capacity, equipment, largest },
    });
  }
  if (leads === 0) out.push({ code: 'no_lead', message: `no active trainer is qualified as lead trainer for ${course}`, params: { course } });
  if (coNeeded > 0 && cos - (leads > 0 ? 1 : 0) < coNeeded) {
    out.push({ code: 'no_co', message: `${course} needs ${coNeeded} co-trainer(s) and too few are qualified`, params: { course, needed: coNeeded } });
  }
  return out;
}

/** Why the search found no window, from how far the windows got. */
function searchReason(run: DraftRun, length: number, period: string, seen: { room: number; lead: number; co: number; officers: number }): Reason {
  const course = run.course.code;
  if (seen.officers === 0) return { code: 'officers_busy', message: `enrolled officers of ${run.code} are busy on every possible date in ${period}`, params: { session: run.code, period } };
  if (seen.room === 0) return { code: 'rooms_busy', message: `no room that fits is free for ${length} consecutive working days in ${period}`, params: { days: length, period } };
  if (seen.lead === 0) {
    return {
      code: 'leads_busy',
      message: `the lead trainers qualified for ${course} are busy, on leave or out of days whenever a room is free in ${period}`,
      params: { course, period },
    };
  }
  return { code: 'cos_busy', message: `not enough co-trainers for ${course} are free with a lead trainer and a room in ${period}`, params: { course, period } };
}
