import type { TSessionConflict, TSessionDetail, TSessionStatus, TSessionSummary } from '@formasaun/shared';
import type { DaySlot } from './schedule.rules.js';
import type { SessionRow } from './session.repository.js';

export const presentSessionSummary = (r: SessionRow): TSessionSummary => ({
  id: r.id,
  code: r.code,
  courseId: r.courseId,
  courseCode: r.courseCode,
  titleEn: r.titleEn,
  titlePt: r.titlePt,
  functionalArea: r.functionalArea,
  status: r.status as TSessionStatus,
  startDay: r.startDay,
  endDay: r.endDay,
  roomId: r.roomId,
  roomName: r.roomName,
  venueName: r.venueName,
  leadTrainerName: r.leadTrainerName,
  trainerIds: r.trainerIds,
  capacity: r.capacity,
  enrolledCount: r.enrolledCount,
  planId: r.planId,
  period: r.period,
});

export const presentSessionDetail = (
  r: SessionRow,
  days: DaySlot[],
  trainers: { trainerId: string; name: string; role: 'lead' | 'co'; kind: 'internal' | 'external' }[],
  waitlistCount: number,
  conflicts: TSessionConflict[],
): TSessionDetail => ({
  ...presentSessionSummary(r),
  courseDays: Number(r.courseDays),
  days,
  trainers: trainers.map((t) => ({ trainerId: t.trainerId, name: t.name, role: t.role, kind: t.kind })),
  language: r.language,
  waitlistCount,
  targetGroups: r.targetGroups,
  openForRequests: r.openForRequests,
  notes: r.notes,
  cancelReason: r.cancelReason,
  conflicts,
});
