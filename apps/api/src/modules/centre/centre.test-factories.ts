import type { Database } from '../../platform/db.js';

/**
 * Test factories for the training centre: plain SQL as the connecting role, so that each area's tests can build
 * what they need (a course, a room, a trainer, a session with days, seats taken) without going through another
 * area's routes. Each returns the ids it made.
 */

let seq = 0;
const next = () => `${Date.now().toString(36)}${(seq++).toString(36)}`.toUpperCase();

export async function createCourse(
  database: Database,
  administrationId: string,
  extra: { code?: string; days?: number; capacity?: number; minParticipants?: number; raises?: { competencyCode: string; levels?: number; toLevel?: number }[]; functionalArea?: string; minAttendance?: number; passScore?: number | null } = {},
) {
  const code = extra.code ?? `C-${next()}`;
  const [row] = await database.raw.query<{ id: string }>(
    `insert into courses (administration_id, code, title_en, title_pt, functional_area, methods, delivery, days, capacity, min_participants, languages,
                          fixed_trainer_fees, participant_travel_per_diem, completion_min_attendance, completion_pass_score)
     values ($1, $2, $3, $4, $5, '{lecture}', 'classroom', $6, $7, $8, '{en,pt}', 1500, 50, $9, $10) returning id`,
    [
      administrationId,
      code,
      `Course ${code}`,
      `Curso ${code}`,
      extra.functionalArea ?? 'valuation',
      extra.days ?? 3,
      extra.capacity ?? 20,
      extra.minParticipants ?? 4,
      extra.minAttendance ?? 0.8,
      extra.passScore ?? null,
    ],
  );
  for (const r of extra.raises ?? [{ competencyCode: 'valuation-basics', levels: 1 }]) {
    await database.raw.query(`insert into course_competencies (administration_id, course_id, competency_code, levels, to_level) values ($1, $2, $3, $4, $5)`, [
      administrationId,
      row!.id,
      r.competencyCode,
      r.levels ?? 1,
      r.toLevel ?? null,
    ]);
  }
  return { id: row!.id, code };
}

export async function createRoom(database: Database, administrationId: string, extra: { capacity?: number; equipment?: string[]; venueName?: string } = {}) {
  const [venue] = await database.raw.query<{ id: string }>(`insert into venues (administration_id, name) values ($1, $2) returning id`, [
    administrationId,
    extra.venueName ?? `Venue ${next()}`,
  ]);
  const [room] = await database.raw.query<{ id: string }>(
    `insert into rooms (administration_id, venue_id, name, capacity, equipment) values ($1, $2, $3, $4, $5) returning id`,
    [administrationId, venue!.id, `Room ${next()}`, extra.capacity ?? 24, extra.equipment ?? ['projector']],
  );
  return { venueId: venue!.id, roomId: room!.id };
}

/** An internal trainer (an officer) or an external expert, qualified for the courses given at the status given. */
export async function createTrainer(
  database: Database,
  administrationId: string,
  opts: { officerId?: string; name?: string; courses?: string[]; status?: 'trained' | 'co_trainer' | 'lead' | 'master'; daysPerQuarter?: number } = {},
) {
  const internal = opts.officerId !== undefined;
  const [row] = await database.raw.query<{ id: string }>(
    `insert into trainers (administration_id, kind, officer_id, name, organisation, days_per_quarter, languages)
     values ($1, $2, $3, $4, $5, $6, '{en,pt}') returning id`,
    [administrationId, internal ? 'internal' : 'external', opts.officerId ?? null, internal ? null : (opts.name ?? `Expert ${next()}`), internal ? null : 'WCO', opts.daysPerQuarter ?? 20],
  );
  for (const courseId of opts.courses ?? []) {
    await database.raw.query(`insert into trainer_qualifications (administration_id, trainer_id, course_id, status, since) values ($1, $2, $3, $4, '2016-01-01')`, [
      administrationId,
      row!.id,
      courseId,
      opts.status ?? 'lead',
    ]);
  }
  return { id: row!.id };
}

/** A session of a course on consecutive days from `startDay` (one per course day), with room and lead trainer when given. */
export async function createSession(
  database: Database,
  administrationId: string,
  opts: { courseId: string; startDay: string; days?: number; capacity?: number; status?: string; roomId?: string; leadTrainerId?: string; openForRequests?: boolean; code?: string },
) {
  const days = Array.from({ length: opts.days ?? 3 }, (_, i) => {
    const d = new Date(`${opts.startDay}T00:00:00Z`);
    d.setUTCDate(d.getUTCDate() + i);
    return d.toISOString().slice(0, 10);
  });
  const [row] = await database.raw.query<{ id: string }>(
    `insert into course_sessions (administration_id, code, course_id, capacity, status, room_id, start_day, end_day, open_for_requests)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9) returning id`,
    [administrationId, opts.code ?? `S-${next()}`, opts.courseId, opts.capacity ?? 20, opts.status ?? 'scheduled', opts.roomId ?? null, days[0], days.at(-1), opts.openForRequests ?? false],
  );
  for (const day of days) {
    await database.raw.query(`insert into session_days (administration_id, session_id, day) values ($1, $2, $3)`, [administrationId, row!.id, day]);
  }
  if (opts.leadTrainerId) {
    await database.raw.query(`insert into session_trainers (administration_id, session_id, trainer_id, role) values ($1, $2, $3, 'lead')`, [
      administrationId,
      row!.id,
      opts.leadTrainerId,
    ]);
  }
  return { id: row!.id, days };
}

/** Seats officers directly (status enrolled), keeping the session's count as the enrolment service does. */
export async function enrolDirectly(database: Database, administrationId: string, sessionId: string, officerIds: string[]) {
  for (const officerId of officerIds) {
    await database.raw.query(`insert into enrolments (administration_id, session_id, officer_id, status, origin) values ($1, $2, $3, 'enrolled', 'manager')`, [
      administrationId,
      sessionId,
      officerId,
    ]);
  }
  await database.raw.query(`update course_sessions set enrolled_count = enrolled_count + $3 where administration_id = $1 and id = $2`, [
    administrationId,
    sessionId,
    officerIds.length,
  ]);
}
