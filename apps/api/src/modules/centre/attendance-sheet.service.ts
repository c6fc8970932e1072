import type { TImportRowError, TLocale, TSignInImportResult } from '@formasaun/shared';
import { type Actor, tenantOf } from '../../platform/actor.js';
import { isoDate } from '../../platform/clock.js';
import type { Tx } from '../../platform/db.js';
import { AppError, conflict, invalid } from '../../platform/errors.js';
import { renderPdf } from '../../platform/pdf.js';
import { DEFAULT_LIMITS, readSpreadsheet } from '../organisation/staff-import/read-spreadsheet.js';
import { writeStaffXlsx } from '../organisation/staff-import/staff-export.js';
import { recordableSession, refuseUnlessRunning } from './attendance-access.js';
import { buildSheetContent, sheetTitle } from './attendance-sheet.document.js';
import { newSheetCode, parseSignInRows, SHEET_COLUMNS, SHEET_HEADERS, sheetCodesOf } from './attendance-sheet.js';
import type { AttendanceRepository, SessionHeader } from './attendance.repository.js';
import type { CentreDeps } from './index.js';

/** A downloadable file, as the routes send it. */
export interface CentreFile {
  fileName: string;
  contentType: string;
  body: Buffer;
}

const SHEET_LIMITS = { ...DEFAULT_LIMITS, maxRows: 20000, maxColumns: 20 };
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The printed sign-in sheet (PDF), the same rows to type back (xlsx), and the typed-back import. */
export function makeSignInSheetService(deps: CentreDeps, repo: AttendanceRepository) {
  const { database, clock } = deps;

  /** The session's sheet code: made on the first download, the same on every later PDF and xlsx. */
  async function sheetCodeOf(tx: Tx, administrationId: string, sessionId: string) {
    const [code] = await repo.sheetCodes(tx, administrationId, sessionId);
    if (code) return code;
    const made = newSheetCode();
    await repo.insertSheet(tx, administrationId, sessionId, made);
    return made;
  }

  async function gather(actor: Actor, sessionId: string) {
    return database.transaction(tenantOf(actor), async (tx) => {
      const session = await recordableSession(tx, repo, actor, sessionId);
      return {
        session,
        sheetCode: await sheetCodeOf(tx, actor.administrationId, sessionId),
        days: await repo.days(tx, actor.administrationId, sessionId),
        participants: await repo.participants(tx, actor.administrationId, sessionId),
        trainers: await repo.trainerNames(tx, actor.administrationId, sessionId),
        marks: await repo.marks(tx, actor.administrationId, sessionId),
      };
    });
  }

  const fileBase = (s: SessionHeader) => `sign-in-${s.code.replace(/[^A-Za-z0-9-]+/g, '_')}`;

  return {
    async signInSheetPdf(actor: Actor, sessionId: string, lang: TLocale | undefined): Promise<CentreFile> {
      const d = await gather(actor, sessionId);
      const l = lang ?? (d.session.language === 'pt' ? 'pt' : 'en');
      const s = d.session;
      const body = await renderPdf({
        title: `${sheetTitle(l)} ${s.code}`,
        administrationName: s.administrationName,
        lang: l,
        pageOrientation: 'landscape',
        content: buildSheetContent({
          lang: l,
          courseTitle: l === 'pt' ? s.titlePt : s.titleEn,
          sessionCode: s.code,
          room: [s.venueName, s.roomName].filter(Boolean).join(' — ') || '—',
          trainers: d.trainers.map((t) => t.name).join(', ') || '—',
          sheetCode: d.sheetCode,
          days: d.days,
          participants: d.participants,
        }),
      });
      return { fileName: `${fileBase(s)}.pdf`, contentType: 'application/pdf', body };
    },

    /** One row per participant per day with today's marks: importing it unchanged changes nothing. */
    async signInSheetXlsx(actor: Actor, sessionId: string): Promise<CentreFile> {
      const d = await gather(actor, sessionId);
      const mark = new Map(d.marks.map((m) => [`${m.officerId}|${m.day}`, m.status]));
      const rows = d.days.flatMap((day) =>
        d.participants.map((p) => ({
          [SHEET_HEADERS.code]: d.sheetCode,
          [SHEET_HEADERS.day]: day.day,
          [SHEET_HEADERS.employeeNumber]: p.employeeNumber,
          [SHEET_HEADERS.name]: p.name,
          [SHEET_HEADERS.status]: mark.get(`${p.officerId}|${day.day}`) ?? '',
        })),
      );
      return { fileName: `${fileBase(d.session)}.xlsx`, contentType: XLSX, body: await writeStaffXlsx(rows, SHEET_COLUMNS, `Sign-in ${d.sheetCode}`) };
    },

    /** All or nothing: a sheet of another session is refused as a whole; otherwise every bad row is listed. */
    async importSignInSheet(actor: Actor, sessionId: string, file: { fileName: string; bytes: unknown }): Promise<TSignInImportResult> {
      return database.transaction(tenantOf(actor), async (tx) => {
        const session = await recordableSession(tx, repo, actor, sessionId);
        refuseUnlessRunning(session);
        const bytes = file.bytes;
        if (!Buffer.isBuffer(bytes)) throw new AppError('UNSUPPORTED_MEDIA_TYPE', { message: 'send the file itself as application/octet-stream' });
        const sheet = await readSpreadsheet(bytes, file.fileName, SHEET_LIMITS);
        const named = sheetCodesOf(sheet.rows);
        const owners = await repo.sheetSessions(tx, actor.administrationId, named);
        const foreign = owners.find((o) => o.sessionId !== sessionId);
        if (foreign) throw conflict(`sheet ${foreign.code} belongs to session ${foreign.sessionCode}, not ${session.code}: nothing was imported`, { sheetCode: foreign.code });
        const numbers = [...new Set(sheet.rows.map((r) => (r.values[SHEET_HEADERS.employeeNumber] ?? '').trim()).filter(Boolean))];
        const officers = await repo.officersByNumber(tx, actor.administrationId, numbers);
        const { marks, blank, errors } = parseSignInRows(sheet, {
          codes: new Set(await repo.sheetCodes(tx, actor.administrationId, sessionId)),
          days: (await repo.days(tx, actor.administrationId, sessionId)).map((d) => d.day),
          today: isoDate(clock.now()),
          officers: new Map(officers.map((o) => [o.employeeNumber.toUpperCase(), o.id])),
          enrolled: new Set((await repo.participants(tx, actor.administrationId, sessionId)).map((p) => p.officerId)),
        });
        if (!sheet.rows.length) errors.push({ row: 1, field: SHEET_HEADERS.code, code: 'required', params: {}, reason: 'the file has no rows' } satisfies TImportRowError);
        if (errors.length) {
          errors.sort((a, b) => a.row - b.row);
          throw invalid(`the file has ${errors.length} problem(s); nothing was imported`, { errors });
        }
        const stored = new Map((await repo.marks(tx, actor.administrationId, sessionId)).map((m) => [`${m.officerId}|${m.day}`, m.status]));
        const changed = marks.filter((m) => stored.get(`${m.officerId}|${m.day}`) !== m.status);
        await repo.upsertMarks(tx, actor.administrationId, sessionId, changed, actor.userId);
        return { sheetCode: named[0] ?? '', rows: sheet.rows.length, changed: changed.length, unchanged: marks.length - changed.length, blank };
      });
    },
  };
}
