/**
 * A small RFC 5545 writer: calendars of training days with the administration's time zone. Pure functions, no I/O.
 *
 * Safety: every value passes through `clean` (control characters removed) and TEXT values through `escapeText`
 * (backslash, semicolon, comma, newlines), so nothing in a course title, room or reason can start a property.
 * Lines end with CRLF and are folded at 75 octets without splitting a UTF-8 character.
 */

export type IcsMethod = 'PUBLISH' | 'REQUEST' | 'CANCEL';

/** A local date and clock time in the calendar's zone: YYYY-MM-DD and HH:MM. */
export interface IcsLocalTime {
  day: string;
  time: string;
}

export interface IcsPerson {
  name: string;
  email: string;
}

export interface IcsEvent {
  uid: string;
  start: IcsLocalTime;
  end: IcsLocalTime;
  summary: string;
  location?: string | null;
  description?: string | null;
  url?: string | null;
  status: 'CONFIRMED' | 'CANCELLED';
  sequence: number;
  organizer?: IcsPerson | null;
  attendee?: IcsPerson | null;
}

export interface IcsCalendar {
  method: IcsMethod;
  /** IANA zone of the administration (Asia/Dili); an unknown zone falls back to UTC. */
  timeZone: string;
  /** DTSTAMP of every event. */
  now: Date;
  name?: string | null;
  events: IcsEvent[];
}

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u2028\u2029]/g;

/** Removes control characters; newlines become spaces (for values that are not TEXT). */
export function clean(value: string): string {
  return value.replace(/\r\n|\r|\n/g, ' ').replace(CONTROL, '');
}

/** RFC 5545 3.3.11 TEXT: backslash, semicolon, comma and newlines escaped; other control characters removed. */
export function escapeText(value: string): string {
  return value
    .replace(CONTROL, '')
    .replace(/\t/g, ' ')
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/** A parameter value: quoted, without the characters a quoted string cannot hold. */
const paramValue = (value: string) => `"${clean(value).replace(/"/g, "'")}"`;

/** Folds one content line at 75 octets (continuation lines start with a space) on UTF-8 character boundaries. */
export function fold(line: string): string {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const size = encoder.encode(ch).length;
    if (octets + size > 75) {
      parts.push(current);
      current = ' ';
      octets = 1;
    }
    current += ch;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n');
}

const compactDay = (day: string) => day.replace(/-/g, '');
const localStamp = (t: IcsLocalTime) => `${compactDay(t.day)}T${t.time.replace(':', '').padEnd(4, '0')}00`;
export const utcStamp = (d: Date) => d.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');

/** The zone if Intl knows it (and it is a plain IANA name), else UTC. */
export function knownZone(timeZone: string): string {
  if (!/^[A-Za-z0-9_+\-/]{1,64}$/.test(timeZone)) return 'UTC';
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return timeZone;
  } catch {
    return 'UTC';
  }
}

const formatters = new Map<string, Intl.DateTimeFormat>();
/** Minutes east of UTC in the zone at an instant. */
export function offsetAt(timeZone: string, at: Date): number {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' });
    formatters.set(timeZone, f);
  }
  const p = Object.fromEntries(f.formatToParts(at).map((x) => [x.type, x.value]));
  const wall = Date.UTC(Number(p.year), Number(p.month) - 1, Number(p.day), Number(p.hour), Number(p.minute), Number(p.second));
  return Math.round((wall - Math.floor(at.getTime() / 1000) * 1000) / 60_000);
}

const formatOffset = (minutes: number) => {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}${String(abs % 60).padStart(2, '0')}`;
};

interface Transition {
  at: Date;
  from: number;
  to: number;
}

/** Offset changes of the zone between two instants, found day by day and then to the minute. */
export function transitions(timeZone: string, from: Date, to: Date): Transition[] {
  const day = 86_400_000;
  const out: Transition[] = [];
  let t = from.getTime();
  let offset = offsetAt(timeZone, from);
  while (t < to.getTime()) {
    const next = Math.min(t + day, to.getTime());
    const nextOffset = offsetAt(timeZone, new Date(next));
    if (nextOffset !== offset) {
      let lo = t;
      let hi = next;
      while (hi - lo > 60_000) {
        const mid = lo + Math.floor((hi - lo) / 120_000) * 60_000;
        if (offsetAt(timeZone, new Date(mid)) === offset) lo = mid;
        else hi = mid;
      }
      out.push({ at: new Date(hi), from: offset, to: nextOffset });
      offset = nextOffset;
    }
    t = next;
  }
  return out;
}

/**
 * The VTIMEZONE of a zone for the years the events cover. A zone without changes in those years (Asia/Dili,
 * Africa/Maputo) gets one STANDARD observance with its fixed offset. A zone with daylight saving gets one
 * observance per change found through Intl (DAYLIGHT when the offset grows, STANDARD when it shrinks), each with
 * its own DTSTART and no RRULE: exact for the covered years without encoding the zone's rules.
 */
export function vtimezone(timeZone: string, fromYear: number, toYear: number): string[] {
  const start = new Date(Date.UTC(fromYear, 0, 1));
  const end = new Date(Date.UTC(toYear + 1, 0, 1));
  const found = transitions(timeZone, start, end);
  const lines = ['BEGIN:VTIMEZONE', `TZID:${timeZone}`];
  const initial = offsetAt(timeZone, start);
  const localOf = (at: Date, offset: number) => utcStamp(new Date(at.getTime() + offset * 60_000)).replace(/Z$/, '');
  if (found.length === 0) {
    lines.push('BEGIN:STANDARD', 'DTSTART:19700101T000000', `TZOFFSETFROM:${formatOffset(initial)}`, `TZOFFSETTO:${formatOffset(initial)}`, 'END:STANDARD');
  } else {
    const firstFrom = found[0]!.from;
    const firstKind = found[0]!.to > firstFrom ? 'STANDARD' : 'DAYLIGHT';
    lines.push(`BEGIN:${firstKind}`, `DTSTART:${localOf(start, initial)}`, `TZOFFSETFROM:${formatOffset(initial)}`, `TZOFFSETTO:${formatOffset(initial)}`, `END:${firstKind}`);
    for (const tr of found) {
      const kind = tr.to > tr.from ? 'DAYLIGHT' : 'STANDARD';
      lines.push(`BEGIN:${kind}`, `DTSTART:${localOf(tr.at, tr.from)}`, `TZOFFSETFROM:${formatOffset(tr.from)}`, `TZOFFSETTO:${formatOffset(tr.to)}`, `END:${kind}`);
    }
  }
  lines.push('END:VTIMEZONE');
  return lines;
}

function eventLines(e: IcsEvent, zone: string, stamp: string): string[] {
  const lines = [
    'BEGIN:VEVENT',
    `UID:${clean(e.uid)}`,
    `DTSTAMP:${stamp}`,
    `DTSTART;TZID=${zone}:${localStamp(e.start)}`,
    `DTEND;TZID=${zone}:${localStamp(e.end)}`,
    `SUMMARY:${escapeText(e.summary)}`,
  ];
  if (e.location) lines.push(`LOCATION:${escapeText(e.location)}`);
  if (e.description) lines.push(`DESCRIPTION:${escapeText(e.description)}`);
  if (e.url) lines.push(`URL:${clean(e.url)}`);
  if (e.organizer) lines.push(`ORGANIZER;CN=${paramValue(e.organizer.name)}:mailto:${clean(e.organizer.email)}`);
  if (e.attendee) lines.push(`ATTENDEE;CN=${paramValue(e.attendee.name)};ROLE=REQ-PARTICIPANT:mailto:${clean(e.attendee.email)}`);
  lines.push(`STATUS:${e.status}`, `SEQUENCE:${Math.max(0, Math.floor(e.sequence))}`, 'TRANSP:OPAQUE', 'END:VEVENT');
  return lines;
}

/** The whole calendar as one string with CRLF line endings. */
export function renderCalendar(cal: IcsCalendar): string {
  const zone = knownZone(cal.timeZone);
  const years = cal.events.flatMap((e) => [Number(e.start.day.slice(0, 4)), Number(e.end.day.slice(0, 4))]);
  const nowYear = cal.now.getUTCFullYear();
  const fromYear = years.length ? Math.min(...years) : nowYear;
  const toYear = years.length ? Math.max(...years) : nowYear;
  const stamp = utcStamp(cal.now);
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Formasaun//Training centre//EN', 'CALSCALE:GREGORIAN', `METHOD:${cal.method}`];
  if (cal.name) lines.push(`X-WR-CALNAME:${escapeText(cal.name)}`);
  lines.push(`X-WR-TIMEZONE:${zone}`);
  if (cal.method === 'PUBLISH') lines.push('REFRESH-INTERVAL;VALUE=DURATION:PT1H', 'X-PUBLISHED-TTL:PT1H');
  lines.push(...vtimezone(zone, fromYear, toYear));
  for (const e of cal.events) lines.push(...eventLines(e, zone, stamp));
  lines.push('END:VCALENDAR');
  return lines.map(fold).join('\r\n') + '\r\n';
}

/** SEQUENCE from a last change: seconds since 2020 (grows with every update, fits a 32-bit integer). */
export const sequenceOf = (updatedAt: Date) => Math.max(0, Math.floor((updatedAt.getTime() - Date.UTC(2020, 0, 1)) / 1000));
