import { NOTIFICATION_KINDS } from '@formasaun/shared';
import { describe, expect, it } from 'vitest';
import type { SessionFacts } from '../centre/calendar.lookups.js';
import { linkPath, oneLine, renderMessage } from './notifications.render.js';
import { senderOf } from './notifications.dispatcher.js';

const session: SessionFacts = {
  id: 's1',
  code: 'VAL-101-01',
  status: 'scheduled',
  courseCode: 'VAL-101',
  titleEn: 'Customs valuation\r\nBcc: evil@x.test',
  titlePt: 'Valor aduaneiro',
  startDay: '2026-12-07',
  endDay: '2026-12-08',
  days: [
    { day: '2026-12-07', startsAt: '08:30', endsAt: '16:30' },
    { day: '2026-12-08', startsAt: '09:00', endsAt: '12:00' },
  ],
  place: 'Room 1, Comoro',
  trainers: 'Ana Soares, WCO expert',
  cancelReason: null,
};

describe('notification messages', () => {
  it('renders every kind in both languages, subjects on one line', () => {
    for (const locale of ['en', 'pt'] as const) {
      for (const kind of NOTIFICATION_KINDS) {
        for (const audience of ['officer', 'account'] as const) {
          const m = renderMessage({ kind, locale, audience, session, reason: 'Line one\nLine two', recipientName: 'Maria\r\nX-Evil: 1', administrationName: 'Alfândegas', url: 'https://f.example/learning' });
          expect(m.subject).not.toMatch(/[\r\n]/);
          expect(m.title).not.toMatch(/[\r\n]/);
          expect(m.subject.startsWith('Formasaun: ')).toBe(true);
          expect(m.text).toContain('https://f.example/learning');
          expect(m.text.split('\n')[0]).toMatch(/^(Hello|Olá) Maria X-Evil: 1,$/);
          expect(m.body).toContain(locale === 'pt' ? 'Motivo: Line one\nLine two' : 'Reason: Line one\nLine two');
        }
      }
    }
  });

  it('gives the session facts in the reader’s language', () => {
    const pt = renderMessage({ kind: 'reminder', locale: 'pt', audience: 'officer', session, reason: null, recipientName: 'Maria', administrationName: 'AT', url: 'u' });
    expect(pt.title).toBe('Amanhã: VAL-101 Valor aduaneiro');
    expect(pt.text).toContain('Datas:');
    expect(pt.text).toContain('09:00–12:00');
    expect(pt.text).toContain('Local: Room 1, Comoro');
    expect(pt.text).toContain('Formadores: Ana Soares, WCO expert');
    const en = renderMessage({ kind: 'approval', locale: 'en', audience: 'officer', session, reason: null, recipientName: '', administrationName: 'AT', url: 'u' });
    expect(en.title).toBe('Seat confirmed: VAL-101 Customs valuation Bcc: evil@x.test');
    const none = renderMessage({ kind: 'change', locale: 'en', audience: 'officer', session: null, reason: null, recipientName: 'M', administrationName: 'AT', url: 'u' });
    expect(none.title).toBe('Changed: a training session');
  });

  it('links to where the matter is handled', () => {
    expect(linkPath('nomination', 'account', 's1')).toBe('/nominations');
    expect(linkPath('request', 'account', 's1')).toBe('/team');
    expect(linkPath('change', 'account', 's1')).toBe('/sessions/s1');
    expect(linkPath('approval', 'officer', 's1')).toBe('/learning');
  });

  it('keeps one line and reads the sender', () => {
    expect(oneLine('a\r\nb\u0000c')).toBe('a b c');
    expect(senderOf('Centro <centre@x.example>')).toEqual({ name: 'Centro', email: 'centre@x.example' });
    expect(senderOf('centre@x.example')).toEqual({ name: 'Formasaun', email: 'centre@x.example' });
  });
});
