import type { TNotificationKind } from '@formasaun/shared';
import type { SessionFacts } from '../centre/calendar.lookups.js';

export type MessageLocale = 'en' | 'pt';
/** Who reads: the officer concerned, or an account that has to act (a supervisor, the training manager). */
export type Audience = 'officer' | 'account';

export interface RenderInput {
  kind: TNotificationKind;
  locale: MessageLocale;
  audience: Audience;
  session: SessionFacts | null;
  reason: string | null;
  recipientName: string;
  administrationName: string;
  /** Absolute link for the e-mail. */
  url: string;
}

export interface RenderedMessage {
  /** One line: the e-mail subject without the prefix, and the in-app title. */
  title: string;
  /** The in-app text. */
  body: string;
  subject: string;
  /** The e-mail's plain-text body. */
  text: string;
}

type Phrase = (course: string, code: string) => string;
interface KindText {
  title: Phrase;
  officer: Phrase;
  account: Phrase;
}

const same = (p: Phrase) => ({ officer: p, account: p });

const TEXTS: Record<MessageLocale, Record<TNotificationKind, KindText>> = {
  en: {
    nomination: {
      title: (c) => `Nomination: ${c}`,
      officer: (c, s) => `You have been nominated for ${c} (session ${s}). The training manager will decide.`,
      account: (c, s) => `A nomination for ${c} (session ${s}) awaits your decision.`,
    },
    request: {
      title: (c) => `Seat request: ${c}`,
      officer: (c, s) => `Your request for a seat in ${c} (session ${s}) was sent to your supervisor.`,
      account: (c, s) => `An officer asks for a seat in ${c} (session ${s}); it awaits your decision.`,
    },
    approval: { title: (c) => `Seat confirmed: ${c}`, ...same((c, s) => `The seat in ${c} (session ${s}) is confirmed.`) },
    decline: { title: (c) => `Not approved: ${c}`, ...same((c, s) => `The place in ${c} (session ${s}) was not approved.`) },
    waitlist: {
      title: (c) => `Waitlist: ${c}`,
      ...same((c, s) => `Session ${s} of ${c} is full: the place is on the waitlist, and a message follows if a seat frees.`),
    },
    promotion: { title: (c) => `A seat freed up: ${c}`, ...same((c, s) => `A seat freed up in ${c} (session ${s}): moved from the waitlist to enrolled.`) },
    reminder: { title: (c) => `Tomorrow: ${c}`, ...same((c, s) => `${c} (session ${s}) starts tomorrow.`) },
    cancellation: { title: (c) => `Cancelled: ${c}`, ...same((c, s) => `Session ${s} of ${c} is cancelled.`) },
    change: { title: (c) => `Changed: ${c}`, ...same((c, s) => `The dates, times or place of ${c} (session ${s}) have changed; the details are below.`) },
  },
  pt: {
    nomination: {
      title: (c) => `Nomeação: ${c}`,
      officer: (c, s) => `Foi proposta a sua participação em ${c} (sessão ${s}). O gestor de formação irá decidir.`,
      account: (c, s) => `Uma nomeação para ${c} (sessão ${s}) aguarda a sua decisão.`,
    },
    request: {
      title: (c) => `Pedido de lugar: ${c}`,
      officer: (c, s) => `O seu pedido de lugar em ${c} (sessão ${s}) foi enviado ao seu superior hierárquico.`,
      account: (c, s) => `Um funcionário pede um lugar em ${c} (sessão ${s}); o pedido aguarda a sua decisão.`,
    },
    approval: { title: (c) => `Lugar confirmado: ${c}`, ...same((c, s) => `O lugar em ${c} (sessão ${s}) está confirmado.`) },
    decline: { title: (c) => `Não aprovado: ${c}`, ...same((c, s) => `A participação em ${c} (sessão ${s}) não foi aprovada.`) },
    waitlist: {
      title: (c) => `Lista de espera: ${c}`,
      ...same((c, s) => `A sessão ${s} de ${c} está completa: a inscrição ficou em lista de espera e será enviado um aviso se vagar um lugar.`),
    },
    promotion: { title: (c) => `Vagou um lugar: ${c}`, ...same((c, s) => `Vagou um lugar em ${c} (sessão ${s}): a inscrição passou da lista de espera a confirmada.`) },
    reminder: { title: (c) => `Amanhã: ${c}`, ...same((c, s) => `${c} (sessão ${s}) começa amanhã.`) },
    cancellation: { title: (c) => `Cancelada: ${c}`, ...same((c, s) => `A sessão ${s} de ${c} foi cancelada.`) },
    change: { title: (c) => `Alteração: ${c}`, ...same((c, s) => `As datas, os horários ou o local de ${c} (sessão ${s}) foram alterados; veja os pormenores abaixo.`) },
  },
};

const LABELS = {
  en: { hello: 'Hello', reason: 'Reason', dates: 'Dates', place: 'Place', trainers: 'Trainers', open: 'Open in Formasaun', aSession: 'a training session', footer: (a: string) => `Formasaun, training system of ${a}. The attached calendar file adds the days to your calendar.` },
  pt: { hello: 'Olá', reason: 'Motivo', dates: 'Datas', place: 'Local', trainers: 'Formadores', open: 'Abrir no Formasaun', aSession: 'uma sessão de formação', footer: (a: string) => `Formasaun, sistema de formação: ${a}. O ficheiro de calendário em anexo acrescenta os dias ao seu calendário.` },
} as const;

/** One line, no control characters: what may go into a subject or a name. */
export function oneLine(value: string, max = 200): string {
  // eslint-disable-next-line no-control-regex
  return value.replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ').replace(/\s+/g, ' ').trim().slice(0, max);
}

/** Text that keeps its line breaks but no other control characters. */
function plain(value: string): string {
  // eslint-disable-next-line no-control-regex
  return value.replace(/\r\n?/g, '\n').replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '');
}

const formatDay = (day: string, locale: MessageLocale) =>
  new Intl.DateTimeFormat(locale === 'pt' ? 'pt-PT' : 'en-GB', { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`));

/** The course as the reader names it: code and title in their language. */
export const courseName = (s: SessionFacts | null, locale: MessageLocale) =>
  s ? oneLine(`${s.courseCode} ${locale === 'pt' ? s.titlePt : s.titleEn}`) : LABELS[locale].aSession;

/** Subject and body of a notification in the reader's language, with the session's facts. */
export function renderMessage(input: RenderInput): RenderedMessage {
  const { locale, session } = input;
  const l = LABELS[locale];
  const t = TEXTS[locale][input.kind];
  const course = courseName(session, locale);
  const code = session ? oneLine(session.code) : '—';
  const title = oneLine(t.title(course, code));
  const lead = t[input.audience](course, code);
  const reason = input.reason ? plain(input.reason).trim() : '';
  const body = [lead, reason ? `${l.reason}: ${reason}` : null].filter(Boolean).join('\n');

  const details: string[] = [];
  if (session && session.days.length > 0) {
    details.push(`${l.dates}:`, ...session.days.map((d) => `  ${formatDay(d.day, locale)}, ${d.startsAt}–${d.endsAt}`));
  }
  if (session?.place) details.push(`${l.place}: ${oneLine(session.place)}`);
  if (session?.trainers) details.push(`${l.trainers}: ${oneLine(session.trainers, 400)}`);

  const text = [
    `${l.hello} ${oneLine(input.recipientName) || ''},`.replace(' ,', ','),
    '',
    body,
    ...(details.length ? ['', ...details] : []),
    '',
    `${l.open}: ${input.url}`,
    '',
    '--',
    l.footer(oneLine(input.administrationName)),
    '',
  ].join('\n');
  return { title, body, subject: oneLine(`Formasaun: ${title}`, 250), text };
}

/** Where the web app shows the matter: decisions for the people who take them, the session, or one's own learning. */
export function linkPath(kind: TNotificationKind, audience: Audience, sessionId: string | null): string {
  if (audience === 'officer') return '/learning';
  if (kind === 'nomination') return '/nominations';
  if (kind === 'request') return '/team';
  return sessionId ? `/sessions/${sessionId}` : '/notifications';
}
