import type { TNotificationKind } from '@formasaun/shared';
import nodemailer, { type Transporter } from 'nodemailer';
import type { Clock } from '../../platform/clock.js';
import type { Database } from '../../platform/db.js';
import type { Env } from '../../platform/env.js';
import { calendarLookups } from '../centre/calendar.lookups.js';
import { type Audience, linkPath, type MessageLocale, oneLine, renderMessage } from './notifications.render.js';
import { notificationsRepository as repo } from './notifications.repository.js';

export interface DispatchResult {
  sent: number;
  failed: number;
  /** Left in the app only: no SMTP configured, or no address for the recipient. */
  skipped: number;
}

interface Outgoing {
  administrationId: string;
  id: string;
  to: { name: string; address: string };
  subject: string;
  text: string;
  ics: { method: 'REQUEST' | 'CANCEL'; content: string } | null;
}

const BATCH = 50;
const ADDRESS = /^[^\s@<>(),;:"\\[\]]+@[^\s@<>(),;:"\\[\]]+\.[^\s@<>(),;:"\\[\]]+$/;

/** The sender's address out of SMTP_FROM ("Name <address>" or a bare address), for the invitation's ORGANIZER. */
export function senderOf(from: string): { name: string; email: string } {
  const m = /^\s*"?([^"<]*)"?\s*<([^>]+)>\s*$/.exec(from);
  return m ? { name: oneLine(m[1]!) || 'Formasaun', email: m[2]!.trim() } : { name: 'Formasaun', email: from.trim() };
}

/**
 * Delivers the outbox by e-mail: renders each due notification for its recipient (language, address), attaches the
 * session's .ics, sends through SMTP and records the outcome. Without SMTP_URL a notification is marked
 * not_configured and stays in the app; failures are retried with a doubling pause up to MAX_ATTEMPTS.
 */
export function makeDispatcher(deps: { database: Database; clock: Clock; env: Env; log: (line: string) => void }) {
  const { database, clock, env, log } = deps;
  const transport: Transporter | null = env.smtpUrl ? nodemailer.createTransport(env.smtpUrl) : null;
  const organizer = senderOf(env.smtpFrom);
  let chain: Promise<unknown> = Promise.resolve();

  /** Reads and renders one notification; null when it needs no e-mail (and records why). */
  async function prepare(administrationId: string, id: string, result: DispatchResult): Promise<Outgoing | null> {
    return database.transaction({ administrationId }, async (tx) => {
      const n = await repo.delivery(tx, administrationId, id);
      if (!n || (n.emailStatus !== 'pending' && n.emailStatus !== 'failed')) return null;
      const at = clock.now();
      if (!transport) {
        await repo.markDelivery(tx, administrationId, id, { status: 'not_configured', emailTo: null, error: null, attempted: false, at });
        result.skipped++;
        return null;
      }
      const address = n.email?.trim() ?? '';
      if (!ADDRESS.test(address)) {
        await repo.markDelivery(tx, administrationId, id, { status: 'no_address', emailTo: null, error: null, attempted: false, at });
        result.skipped++;
        return null;
      }
      const locale: MessageLocale = n.locale === 'pt' ? 'pt' : 'en';
      const audience: Audience = n.userId ? 'account' : 'officer';
      const kind = n.kind as TNotificationKind;
      const facts = n.sessionId ? (await calendarLookups.sessionFacts(tx, administrationId, [n.sessionId])).get(n.sessionId) ?? null : null;
      const adm = await calendarLookups.administration(tx, administrationId);
      const name = oneLine(n.name, 120);
      const message = renderMessage({
        kind,
        locale,
        audience,
        session: facts,
        reason: n.reason,
        recipientName: name,
        administrationName: adm?.name ?? '',
        url: `${env.publicUrl}${linkPath(kind, audience, n.sessionId)}`,
      });
      const method = kind === 'cancellation' ? 'CANCEL' : 'REQUEST';
      const content = n.sessionId
        ? await calendarLookups.sessionIcs(tx, administrationId, n.sessionId, { method, locale, publicUrl: env.publicUrl, now: at, organizer, attendee: { name, email: address } })
        : null;
      return { administrationId, id, to: { name, address }, subject: message.subject, text: message.text, ics: content ? { method, content } : null };
    });
  }

  async function send(m: Outgoing, result: DispatchResult): Promise<void> {
    let error: string | null = null;
    try {
      await transport!.sendMail({
        from: env.smtpFrom,
        to: { name: m.to.name, address: m.to.address },
        subject: oneLine(m.subject, 250),
        text: m.text,
        attachments: m.ics ? [{ filename: 'session.ics', content: m.ics.content, contentType: `text/calendar; charset=utf-8; method=${m.ics.method}` }] : [],
      });
    } catch (err) {
      error = oneLine(err instanceof Error ? err.message : String(err), 500) || 'sending failed';
    }
    await database.transaction({ administrationId: m.administrationId }, (tx) =>
      repo.markDelivery(tx, m.administrationId, m.id, { status: error ? 'failed' : 'sent', emailTo: m.to.address, error, attempted: true, at: clock.now() }),
    );
    if (error) {
      result.failed++;
      log(`notification ${m.id}: e-mail to ${m.to.address} failed: ${error}`);
    } else result.sent++;
  }

  async function run(): Promise<DispatchResult> {
    const result: DispatchResult = { sent: 0, failed: 0, skipped: 0 };
    const seen = new Set<string>();
    for (;;) {
      const due = (await database.transaction('all', (tx) => repo.due(tx, clock.now(), BATCH))).filter((d) => !seen.has(d.id));
      if (due.length === 0) return result;
      for (const d of due) {
        seen.add(d.id);
        try {
          const outgoing = await prepare(d.administrationId, d.id, result);
          if (outgoing) await send(outgoing, result);
        } catch (err) {
          // A message that cannot be rendered waits like a failed send, so one bad row never blocks the rest.
          const error = oneLine(err instanceof Error ? err.message : String(err), 500) || 'rendering failed';
          log(`notification ${d.id}: ${error}`);
          result.failed++;
          await database.transaction({ administrationId: d.administrationId }, (tx) =>
            repo.markDelivery(tx, d.administrationId, d.id, { status: 'failed', emailTo: null, error, attempted: true, at: clock.now() }),
          );
        }
      }
    }
  }

  return {
    /** Delivers everything due now (one run at a time); answers what it did. */
    dispatchPending(): Promise<DispatchResult> {
      const next = chain.then(run, run);
      chain = next.catch(() => undefined);
      return next;
    },
    async close(): Promise<void> {
      await chain;
      transport?.close();
    },
  };
}
export type Dispatcher = ReturnType<typeof makeDispatcher>;
