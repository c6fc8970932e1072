import type { TSessionConflict, TSessionConflictCode, TTrainerPathStatus } from '@formasaun/shared';
import { TRAINER_PATH } from '@formasaun/shared';
import { isWeekend, minutesOf, periodOf, rangesMeet } from './schedule.dates.js';

/**
 * The conflict rules of sessions: pure functions over a snapshot of the centre (the "world"), used by manual
 * edits, by the scheduling assistant's final check and by apply. Errors refuse a change; warnings are kept.
 */

export interface DaySlot {
  day: string;
  startsAt: string;
  endsAt: string;
}

/** Another non-cancelled session that holds days. */
export interface Booking {
  sessionId: string;
  code: string;
  days: DaySlot[];
  roomId: string | null;
  trainerIds: string[];
  /** Enrolled officers. */
  officerIds: string[];
}

export interface TrainerFacts {
  id: string;
  name: string;
  kind: 'internal' | 'external';
  active: boolean;
  daysPerQuarter: number;
  qualifications: { courseId: string | null; competencyCode: string | null; status: TTrainerPathStatus }[];
  leave: { from: string; to: string }[];
}

export interface RoomFacts {
  id: string;
  name: string;
  venueName: string;
  capacity: number;
  equipment: string[];
  active: boolean;
  closures: { from: string; to: string }[];
}

export interface CourseFacts {
  id: string;
  code: string;
  days: number;
  capacity: number;
  trainersPerRun: number;
  trainerCompetencyCode: string | null;
  /** Room equipment the course's methods need. */
  equipment: string[];
}

export interface UnitFacts {
  name: string;
  headcount: number;
  /** Share of the unit's officers that may be away on training at once. */
  share: number;
}

export interface World {
  holidays: ReadonlyMap<string, string>;
  bookings: Booking[];
  trainers: ReadonlyMap<string, TrainerFacts>;
  rooms: ReadonlyMap<string, RoomFacts>;
  /** Org unit of each officer the check may meet. */
  officerUnits: ReadonlyMap<string, string>;
  units: ReadonlyMap<string, UnitFacts>;
  officerNames: ReadonlyMap<string, string>;
}

export interface Candidate {
  sessionId: string | null;
  course: CourseFacts;
  days: DaySlot[];
  roomId: string | null;
  trainers: { trainerId: string; role: 'lead' | 'co' }[];
  capacity: number;
  officerIds: string[];
}

const ERRORS: ReadonlySet<TSessionConflictCode> = new Set([
  'trainer_double_booked',
  'room_double_booked',
  'room_closed',
  'room_too_small',
  'officer_double_booked',
  'trainer_not_qualified',
  'trainer_on_leave',
  'weekend',
  'public_holiday',
]);

const conflict = (code: TSessionConflictCode, message: string, params: Record<string, string | number>): TSessionConflict => ({
  code,
  severity: ERRORS.has(code) ? 'error' : 'warning',
  message,
  params,
});

/** Two training days overlap: the same date and intersecting hours. */
export const slotsOverlap = (a: DaySlot, b: DaySlot) => a.day === b.day && minutesOf(a.startsAt) < minutesOf(b.endsAt) && minutesOf(b.startsAt) < minutesOf(a.endsAt);

/** The days of `a` that overlap a day of `b`. */
export function overlappingDays(a: DaySlot[], b: DaySlot[]): string[] {
  const byDay = new Map<string, DaySlot[]>();
  for (const s of b) byDay.set(s.day, [...(byDay.get(s.day) ?? []), s]);
  return a.filter((s) => (byDay.get(s.day) ?? []).some((o) => slotsOverlap(s, o))).map((s) => s.day);
}

const rank = (s: TTrainerPathStatus) => TRAINER_PATH.indexOf(s);

/** The trainer's best step on the path for this course: its own qualification or one for the competency it trains. */
export function pathStatusFor(trainer: TrainerFacts, course: Pick<CourseFacts, 'id' | 'trainerCompetencyCode'>): TTrainerPathStatus | null {
  let best: TTrainerPathStatus | null = null;
  for (const q of trainer.qualifications) {
    const matches = q.courseId === course.id || (q.competencyCode !== null && q.competencyCode === course.trainerCompetencyCode);
    if (matches && (best === null || rank(q.status) > rank(best))) best = q.status;
  }
  return best;
}

/** A lead needs lead or master; a co-trainer needs co_trainer or above. */
export const qualifiesAs = (status: TTrainerPathStatus | null, role: 'lead' | 'co') => status !== null && rank(status) >= rank(role === 'lead' ? 'lead' : 'co_trainer');

const listDays = (days: string[]) => [...new Set(days)].sort().join(', ');

/** Training days a trainer holds in each quarter in the bookings (a day counted once per session). */
export function trainerDaysByQuarter(bookings: Booking[], trainerId: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const b of bookings) {
    if (!b.trainerIds.includes(trainerId)) continue;
    for (const d of b.days) out.set(periodOf(d.day), (out.get(periodOf(d.day)) ?? 0) + 1);
  }
  return out;
}

/** Every conflict of a candidate session against the world, errors first, in words. */
export function findConflicts(c: Candidate, w: World): TSessionConflict[] {
  const out: TSessionConflict[] = [];
  const others = w.bookings.filter((b) => b.sessionId !== c.sessionId && b.days.length > 0);
  const room = c.roomId ? w.rooms.get(c.roomId) : undefined;

  for (const d of c.days) {
    if (isWeekend(d.day)) out.push(conflict('weekend', `${d.day} is a weekend day`, { day: d.day }));
    const holiday = w.holidays.get(d.day);
    if (holiday !== undefined) out.push(conflict('public_holiday', `${d.day} is a public holiday (${holiday})`, { day: d.day, holiday }));
  }

  if (room) {
    if (c.capacity > room.capacity) {
      out.push(
        conflict('room_too_small', `room ${room.name} seats ${room.capacity}, the session needs ${c.capacity}`, { room: room.name, roomCapacity: room.capacity, capacity: c.capacity }),
      );
    }
    const missing = c.course.equipment.filter((e) => !room.equipment.includes(e));
    if (missing.length) out.push(conflict('room_missing_equipment', `room ${room.name} lacks ${missing.join(', ')}`, { room: room.name, equipment: missing.join(', ') }));
    const closed = c.days.filter((d) => room.closures.some((cl) => rangesMeet(cl, { from: d.day, to: d.day }))).map((d) => d.day);
    if (closed.length) out.push(conflict('room_closed', `room ${room.name} is closed on ${listDays(closed)}`, { room: room.name, days: listDays(closed) }));
    for (const b of others) {
      if (b.roomId !== room.id) continue;
      const days = overlappingDays(c.days, b.days);
      if (days.length) {
        out.push(conflict('room_double_booked', `room ${room.name} is booked by session ${b.code} on ${listDays(days)}`, { room: room.name, session: b.code, days: listDays(days) }));
      }
    }
  }

  for (const t of c.trainers) {
    const trainer = w.trainers.get(t.trainerId);
    if (!trainer) continue;
    const status = pathStatusFor(trainer, c.course);
    if (!qualifiesAs(status, t.role) || !trainer.active) {
      const need = t.role === 'lead' ? 'lead' : 'co_trainer';
      out.push(
        conflict(
          'trainer_not_qualified',
          `${trainer.name} is not qualified as ${t.role === 'lead' ? 'lead trainer' : 'co-trainer'} for ${c.course.code} (${status ?? (trainer.active ? 'no qualification' : 'inactive')})`,
          { trainer: trainer.name, course: c.course.code, role: t.role, status: status ?? 'none', needs: need },
        ),
      );
    }
    const onLeave = c.days.filter((d) => trainer.leave.some((l) => rangesMeet(l, { from: d.day, to: d.day }))).map((d) => d.day);
    if (onLeave.length) out.push(conflict('trainer_on_leave', `${trainer.name} is on leave on ${listDays(onLeave)}`, { trainer: trainer.name, days: listDays(onLeave) }));
    for (const b of others) {
      if (!b.trainerIds.includes(trainer.id)) continue;
      const days = overlappingDays(c.days, b.days);
      if (days.length) {
        out.push(
          conflict('trainer_double_booked', `${trainer.name} already trains session ${b.code} on ${listDays(days)}`, { trainer: trainer.name, session: b.code, days: listDays(days) }),
        );
      }
    }
    const used = trainerDaysByQuarter(others, trainer.id);
    const mine = new Map<string, number>();
    for (const d of c.days) mine.set(periodOf(d.day), (mine.get(periodOf(d.day)) ?? 0) + 1);
    for (const [period, n] of mine) {
      const total = (used.get(period) ?? 0) + n;
      if (total > trainer.daysPerQuarter) {
        out.push(
          conflict('trainer_over_days', `${trainer.name} would train ${total} days in ${period}, above the ${trainer.daysPerQuarter} available`, {
            trainer: trainer.name,
            period,
            days: total,
            available: trainer.daysPerQuarter,
          }),
        );
      }
    }
  }

  const mineOfficers = new Set(c.officerIds);
  for (const b of others) {
    const days = overlappingDays(c.days, b.days);
    if (!days.length) continue;
    for (const officerId of b.officerIds) {
      if (!mineOfficers.has(officerId)) continue;
      const name = w.officerNames.get(officerId) ?? officerId;
      out.push(conflict('officer_double_booked', `${name} is also enrolled in session ${b.code} on ${listDays(days)}`, { officer: name, session: b.code, days: listDays(days) }));
    }
  }

  out.push(...releaseConflicts(c, others, w));
  return out.sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));
}

/** Officers released at once per unit on each day of the session, against headcount × release share. */
function releaseConflicts(c: Candidate, others: Booking[], w: World): TSessionConflict[] {
  if (!c.officerIds.length) return [];
  const out: TSessionConflict[] = [];
  const units = new Set(c.officerIds.map((o) => w.officerUnits.get(o)).filter((u): u is string => u !== undefined));
  for (const unitId of [...units].sort()) {
    const unit = w.units.get(unitId);
    if (!unit) continue;
    const limit = Math.max(1, Math.floor(unit.headcount * unit.share + 1e-9));
    let worst: { day: string; away: number } | null = null;
    for (const d of c.days) {
      const away = new Set(c.officerIds.filter((o) => w.officerUnits.get(o) === unitId));
      for (const b of others) {
        if (!b.days.some((s) => slotsOverlap(s, d))) continue;
        for (const o of b.officerIds) if (w.officerUnits.get(o) === unitId) away.add(o);
      }
      if (away.size > limit && (worst === null || away.size > worst.away)) worst = { day: d.day, away: away.size };
    }
    if (worst) {
      out.push(
        conflict('release_limit', `${unit.name} would release ${worst.away} officers on ${worst.day}, above its limit of ${limit}`, {
          unit: unit.name,
          day: worst.day,
          away: worst.away,
          limit,
        }),
      );
    }
  }
  return out;
}

export const hasErrors = (conflicts: TSessionConflict[]) => conflicts.some((c) => c.severity === 'error');

/** Equipment a course's methods need in the room. */
export function equipmentFor(methods: readonly string[]): string[] {
  const out: string[] = [];
  if (methods.includes('simulation')) out.push('simulation-kit');
  if (methods.includes('e-learning')) out.push('computers');
  return out;
}
