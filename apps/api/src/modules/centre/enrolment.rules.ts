import type { TEnrolmentStatus, TSessionStatus } from '@formasaun/shared';

/** Enrolments still in play: they hold a seat, a place in the queue, or wait for a decision. */
export const ACTIVE_STATUSES: readonly TEnrolmentStatus[] = ['requested', 'nominated', 'enrolled', 'waitlisted'];
export const isActive = (status: string) => (ACTIVE_STATUSES as readonly string[]).includes(status);

/** Sessions that take nominations and requests: scheduled, not yet started. */
export const NOMINATION_OPEN: readonly TSessionStatus[] = ['scheduled'];
/** Sessions that give seats: a late joiner may still be seated while the session runs. */
export const SEATS_OPEN: readonly TSessionStatus[] = ['scheduled', 'in_progress'];

/** Planning ids: lower-case codes, spaces and slashes as hyphens (the needs context builds group ids the same way). */
const idPart = (code: string) => code.trim().toLowerCase().replace(/[\s/]+/g, '-');

/**
 * The planning group an officer belongs to today: `<unit code>/<position code>`, as the plan's target groups name
 * them (needs.domain.ts builds them from a campaign's results by unit × position). No position, no group.
 */
export function groupKeyOf(orgUnitCode: string, positionCode: string | null): string | null {
  return positionCode ? `${idPart(orgUnitCode)}/${idPart(positionCode)}` : null;
}

export interface QueuedEnrolment {
  id: string;
  seq: number;
  /** The officer holds a seat in another session on one of these days: they keep their place but are skipped. */
  blocked: boolean;
}

/**
 * Who gets the free seats: the waitlist in arrival order (waitlist_seq), skipping officers booked elsewhere on the
 * same days, as many as there are free seats.
 */
export function promotionOrder(free: number, queue: readonly QueuedEnrolment[]): string[] {
  if (free <= 0) return [];
  return [...queue]
    .sort((a, b) => a.seq - b.seq)
    .filter((q) => !q.blocked)
    .slice(0, free)
    .map((q) => q.id);
}

/** Waitlist positions (1 = next in line) of a queue, by arrival order. */
export function waitlistPositions(queue: readonly { id: string; seq: number }[]): Map<string, number> {
  return new Map([...queue].sort((a, b) => a.seq - b.seq).map((q, i) => [q.id, i + 1]));
}
