import { z } from 'zod';

/**
 * The training centre's shared vocabulary. Each area's contracts live in their own file
 * (centre-venues, centre-trainers, centre-sessions, centre-enrolment, centre-attendance, notifications).
 */

export const ROOM_EQUIPMENT = ['projector', 'computers', 'simulation-kit', 'videoconference', 'whiteboard', 'internet', 'x-ray-scanner'] as const;
export const ZRoomEquipment = z.enum(ROOM_EQUIPMENT);
export type TRoomEquipment = z.infer<typeof ZRoomEquipment>;

export const TRAINER_KINDS = ['internal', 'external'] as const;
export const ZTrainerKind = z.enum(TRAINER_KINDS);

/** The train-the-trainer path, in order. */
export const TRAINER_PATH = ['trained', 'co_trainer', 'lead', 'master'] as const;
export const ZTrainerPathStatus = z.enum(TRAINER_PATH);
export type TTrainerPathStatus = z.infer<typeof ZTrainerPathStatus>;
export const PATH_EVENT_KINDS = ['course_attended', 'co_delivered', 'observation', 'promoted'] as const;
export const ZPathEventKind = z.enum(PATH_EVENT_KINDS);
export const ZObservationResult = z.enum(['meets', 'exceeds', 'below']);

export const SESSION_STATUSES = ['draft', 'scheduled', 'in_progress', 'completed', 'cancelled'] as const;
export const ZSessionStatus = z.enum(SESSION_STATUSES);
export type TSessionStatus = z.infer<typeof ZSessionStatus>;
export const ZTrainerRole = z.enum(['lead', 'co']);

export const ENROLMENT_STATUSES = ['requested', 'nominated', 'enrolled', 'waitlisted', 'declined', 'withdrawn', 'cancelled'] as const;
export const ZEnrolmentStatus = z.enum(ENROLMENT_STATUSES);
export type TEnrolmentStatus = z.infer<typeof ZEnrolmentStatus>;
export const ZEnrolmentOrigin = z.enum(['nomination', 'request', 'manager']);

export const ATTENDANCE_STATUSES = ['present', 'late', 'absent', 'excused'] as const;
export const ZAttendanceStatus = z.enum(ATTENDANCE_STATUSES);
export type TAttendanceStatus = z.infer<typeof ZAttendanceStatus>;

export const NOTIFICATION_KINDS = ['nomination', 'request', 'approval', 'decline', 'waitlist', 'promotion', 'reminder', 'cancellation', 'change'] as const;
export const ZNotificationKind = z.enum(NOTIFICATION_KINDS);
export type TNotificationKind = z.infer<typeof ZNotificationKind>;

export const CALENDAR_SCOPES = ['officer', 'trainer', 'room', 'centre'] as const;
export const ZCalendarScope = z.enum(CALENDAR_SCOPES);

/** Clock time of a training day, HH:MM (24 h, the administration's local time). */
export const ZClockTime = z.string().regex(/^([01][0-9]|2[0-3]):[0-5][0-9]$/, 'a time as HH:MM');

/**
 * Free text that ends up in calendars, e-mail headers and PDFs: one line, no control characters. Multi-line
 * fields (notes, comments) use ZPlainText, which keeps line breaks but refuses other control characters.
 */
export const ZOneLine = (max = 200) =>
  z
    .string()
    .trim()
    .min(1)
    .max(max)
    // eslint-disable-next-line no-control-regex
    .regex(/^[^\u0000-\u001f\u007f]*$/, 'one line, without control characters');
export const ZPlainText = (max = 2000) =>
  z
    .string()
    .max(max)
    // eslint-disable-next-line no-control-regex
    .regex(/^[^\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]*$/, 'text without control characters');
