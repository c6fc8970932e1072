import type { TTrainerDetail, TTrainerLeave, TTrainerPathEvent, TTrainerPathStatus, TTrainerQualificationItem, TTrainerSummary } from '@formasaun/shared';
import { highestStatus } from './trainer-path.js';
import type { LeaveRow, PathEventRow, QualificationRow, TrainerRow } from './trainer.repository.js';

export const presentTrainerSummary = (t: TrainerRow): TTrainerSummary => ({
  id: t.id,
  kind: t.kind,
  officerId: t.officerId,
  name: t.name,
  organisation: t.organisation,
  position: t.position,
  active: t.active,
  daysPerQuarter: Number(t.daysPerQuarter),
  languages: t.languages,
  highestStatus: highestStatus(t.statuses as TTrainerPathStatus[]),
  qualifiedCourses: t.qualifiedCourses,
  sessionsThisQuarter: t.sessionsThisQuarter,
});

export const presentPathEvent = (e: PathEventRow): TTrainerPathEvent => ({
  id: e.id,
  day: e.day,
  kind: e.kind as TTrainerPathEvent['kind'],
  statusTo: e.statusTo as TTrainerPathStatus | null,
  sessionId: e.sessionId,
  sessionCode: e.sessionCode,
  observationResult: e.observationResult as TTrainerPathEvent['observationResult'],
  note: e.note,
});

export const presentQualification = (q: QualificationRow, events: PathEventRow[]): TTrainerQualificationItem => ({
  ...q,
  status: q.status as TTrainerPathStatus,
  events: events.filter((e) => e.qualificationId === q.id).map(presentPathEvent),
});

export const presentLeave = (l: LeaveRow): TTrainerLeave => ({ id: l.id, trainerId: l.trainerId, fromDay: l.fromDay, toDay: l.toDay, reason: l.reason });

export const presentTrainerDetail = (t: TrainerRow, qualifications: TTrainerQualificationItem[], leave: LeaveRow[]): TTrainerDetail => ({
  ...presentTrainerSummary(t),
  employeeNumber: t.employeeNumber,
  email: t.email,
  phone: t.phone,
  dailyFee: t.dailyFee === null ? null : Number(t.dailyFee),
  notes: t.notes,
  qualifications,
  leave: leave.map(presentLeave),
});
