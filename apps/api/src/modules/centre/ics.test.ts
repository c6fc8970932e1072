import fc from 'fast-check';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { escapeText, fold, type IcsEvent, offsetAt, renderCalendar, vtimezone } from './ics.js';

const now = new Date('2026-11-29T09:00:00Z');
const event = (over: Partial<IcsEvent> = {}): IcsEvent => ({
  uid: 'a1b2-20261130@formasaun',
  start: { day: '2026-11-30', time: '08:30' },
  end: { day: '2026-11-30', time: '16:30' },
  summary: 'VAL-101 Customs valuation',
  location: 'Room 1, Dili training centre',
  description: 'Trainers: Ana Soares\nSession VAL-101-01\nhttps://formasaun.example/sessions/a1b2',
  status: 'CONFIRMED',
  sequence: 3,
  ...over,
});

/** Our own RFC 5545 checks of the octet stream: line endings, lengths, folding. */
function assertWellFormed(ics: string) {
  expect(ics.endsWith('\r\n')).toBe(true);
  expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  const lines = ics.slice(0, -2).split('\r\n');
  for (const line of lines) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
  // Unfolded content lines: each is NAME[;params]:value.
  const unfolded = ics.replace(/\r\n /g, '').slice(0, -2).split('\r\n');
  for (const line of unfolded) expect(line).toMatch(/^[A-Z][A-Z0-9-]*[;:]/);
  return unfolded;
}

function parse(ics: string) {
  const comp = new ICAL.Component(ICAL.parse(ics));
  for (const tz of comp.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(tz);
  return comp;
}

describe('ics writer', () => {
  it('writes a calendar with the required properties, CRLF and a VTIMEZONE', () => {
    const ics = renderCalendar({ method: 'PUBLISH', timeZone: 'Asia/Dili', now, name: 'My sessions', events: [event()] });
    const lines = assertWellFormed(ics);
    expect(lines.slice(0, 5)).toEqual(['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Formasaun//Training centre//EN', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH']);
    expect(lines).toContain('TZID:Asia/Dili');
    expect(lines).toContain('TZOFFSETTO:+0900');
    expect(lines).toContain('DTSTAMP:20261129T090000Z');
    expect(lines).toContain('UID:a1b2-20261130@formasaun');
    expect(lines).toContain('DTSTART;TZID=Asia/Dili:20261130T083000');
    expect(lines).toContain('DTEND;TZID=Asia/Dili:20261130T163000');
    expect(lines).toContain('STATUS:CONFIRMED');
    expect(lines).toContain('SEQUENCE:3');
    expect(lines).toContain('LOCATION:Room 1\\, Dili training centre');
  });

  it('is read by ical.js with the start in the administration’s zone', () => {
    const ics = renderCalendar({ method: 'PUBLISH', timeZone: 'Asia/Dili', now, events: [event(), event({ uid: 'x-20261201@formasaun', start: { day: '2026-12-01', time: '09:00' }, end: { day: '2026-12-01', time: '12:00' } })] });
    const events = parse(ics).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(events).toHaveLength(2);
    expect(events[0]!.startDate.toJSDate().toISOString()).toBe('2026-11-29T23:30:00.000Z');
    expect(events[1]!.endDate.toJSDate().toISOString()).toBe('2026-12-01T03:00:00.000Z');
    expect(events[0]!.summary).toBe('VAL-101 Customs valuation');
    expect(events[0]!.description).toBe('Trainers: Ana Soares\nSession VAL-101-01\nhttps://formasaun.example/sessions/a1b2');
  });

  it('keeps CR/LF and other control characters from starting a property', () => {
    const evil = 'Valuation\r\nATTENDEE:mailto:x@evil.test\nBEGIN:VALARM\u0007;,\\ <b>bold</b>';
    const ics = renderCalendar({ method: 'REQUEST', timeZone: 'Africa/Maputo', now, events: [event({ summary: evil, location: evil, description: evil, uid: 'u\r\nX-EVIL:1' })] });
    const lines = assertWellFormed(ics);
    expect(lines.some((l) => l.startsWith('ATTENDEE') || l.startsWith('BEGIN:VALARM') || l.startsWith('X-EVIL'))).toBe(false);
    const vevent = parse(ics).getFirstSubcomponent('vevent')!;
    expect(vevent.getFirstPropertyValue('summary')).toBe('Valuation\nATTENDEE:mailto:x@evil.test\nBEGIN:VALARM;,\\ <b>bold</b>');
    expect(vevent.getAllProperties().map((p) => p.name)).not.toContain('attendee');
  });

  it('folds long UTF-8 text without splitting a character, and it round-trips', () => {
    const title = 'Formação em classificação pautal — técnicas avançadas de análise de risco ✓ '.repeat(4).trim();
    const ics = renderCalendar({ method: 'PUBLISH', timeZone: 'Asia/Dili', now, events: [event({ summary: title })] });
    assertWellFormed(ics);
    expect(ics).toContain('\r\n ');
    // Each physical line is valid UTF-8 on its own.
    for (const line of ics.split('\r\n')) expect(Buffer.from(line, 'utf8').toString('utf8')).toBe(line);
    expect(new ICAL.Event(parse(ics).getFirstSubcomponent('vevent')!).summary).toBe(title);
  });

  it('escapes TEXT and folds any string within 75 octets (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (s) => {
        const line = `SUMMARY:${escapeText(s)}`;
        expect(line).not.toMatch(/[\r\n]/);
        const folded = fold(line);
        for (const part of folded.split('\r\n')) expect(Buffer.byteLength(part, 'utf8')).toBeLessThanOrEqual(75);
        expect(folded.replace(/\r\n /g, '')).toBe(line);
      }),
    );
    expect(escapeText('a;b,c\\d\ne')).toBe('a\\;b\\,c\\\\d\\ne');
  });

  it('describes zones with daylight saving by their changes in the covered years', () => {
    expect(offsetAt('Europe/Lisbon', new Date('2026-07-01T12:00:00Z'))).toBe(60);
    const lines = vtimezone('Europe/Lisbon', 2026, 2026);
    expect(lines).toContain('BEGIN:DAYLIGHT');
    expect(lines).toContain('DTSTART:20260329T010000');
    expect(lines).toContain('DTSTART:20261025T020000');
    const ics = renderCalendar({ method: 'PUBLISH', timeZone: 'Europe/Lisbon', now, events: [event({ start: { day: '2026-07-01', time: '09:00' }, end: { day: '2026-07-01', time: '10:00' } })] });
    assertWellFormed(ics);
    expect(new ICAL.Event(parse(ics).getFirstSubcomponent('vevent')!).startDate.toJSDate().toISOString()).toBe('2026-07-01T08:00:00.000Z');
  });

  it('falls back to UTC for a zone Intl does not know', () => {
    const ics = renderCalendar({ method: 'CANCEL', timeZone: 'Mars/Olympus\r\nX:1', now, events: [event({ status: 'CANCELLED' })] });
    const lines = assertWellFormed(ics);
    expect(lines).toContain('DTSTART;TZID=UTC:20261130T083000');
    expect(lines).toContain('METHOD:CANCEL');
    expect(lines).toContain('STATUS:CANCELLED');
  });
});
