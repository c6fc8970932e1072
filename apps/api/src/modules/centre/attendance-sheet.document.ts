import type { Content, TableCell } from 'pdfmake/interfaces';
import type { PdfLang } from '../../platform/pdf.js';
import type { Participant } from './attendance.repository.js';

const LABELS = {
  en: {
    title: 'Sign-in sheet',
    course: 'Course',
    session: 'Session',
    room: 'Room',
    trainers: 'Trainers',
    sheet: 'Sheet code',
    day: (n: number, count: number) => `Day ${n} of ${count}`,
    no: 'No.',
    name: 'Name',
    number: 'Employee no.',
    unit: 'Unit',
    signature: 'Signature',
    statuses: ['Present', 'Late', 'Absent', 'Excused'],
    none: 'No participants are enrolled.',
    note: 'Tick one box per row. Type the sheet back with the xlsx of the same code.',
  },
  pt: {
    title: 'Folha de presenças',
    course: 'Curso',
    session: 'Sessão',
    room: 'Sala',
    trainers: 'Formadores',
    sheet: 'Código da folha',
    day: (n: number, count: number) => `Dia ${n} de ${count}`,
    no: 'N.º',
    name: 'Nome',
    number: 'N.º de funcionário',
    unit: 'Unidade',
    signature: 'Assinatura',
    statuses: ['Presente', 'Atrasado', 'Ausente', 'Justificado'],
    none: 'Não há participantes inscritos.',
    note: 'Assinale uma casa por linha. Transcreva a folha no xlsx com o mesmo código.',
  },
} as const;

export const sheetTitle = (lang: PdfLang) => LABELS[lang].title;

export interface SheetDocumentData {
  lang: PdfLang;
  courseTitle: string;
  sessionCode: string;
  room: string;
  trainers: string;
  sheetCode: string;
  days: { day: string; startsAt: string; endsAt: string }[];
  participants: Participant[];
}

// Every line drawn: the status columns become boxes to tick and the signature column a field to sign in.
const ruled = {
  hLineWidth: () => 0.5,
  vLineWidth: () => 0.5,
  hLineColor: () => '#7b8794',
  vLineColor: () => '#7b8794',
  paddingTop: () => 6,
  paddingBottom: () => 6,
};

/** A section per session day (each on its own page): the header block, then one row per participant. */
export function buildSheetContent(d: SheetDocumentData): Content[] {
  const l = LABELS[d.lang];
  const info = (label: string, value: string): Content => ({ text: [{ text: `${label}: `, color: '#555555' }, { text: value, bold: true }], margin: [0, 0, 12, 2] });
  return d.days.map((day, i): Content => {
    const header: TableCell[] = [l.no, l.name, l.number, l.unit, l.signature, ...l.statuses].map((t) => ({ text: t, bold: true, fontSize: 8, fillColor: '#e6ebf1' }));
    const body: TableCell[][] = d.participants.map((p, n) => [
      { text: String(n + 1), fontSize: 9 },
      { text: p.name, fontSize: 9 },
      { text: p.employeeNumber, fontSize: 9 },
      { text: p.orgUnitName, fontSize: 8 },
      '',
      '',
      '',
      '',
      '',
    ]);
    return {
      stack: [
        { text: `${l.title} — ${l.day(i + 1, d.days.length)}: ${day.day} (${day.startsAt}–${day.endsAt})`, style: 'h2', margin: [0, 0, 0, 6] },
        {
          columns: [
            { width: '*', stack: [info(l.course, d.courseTitle), info(l.session, d.sessionCode), info(l.room, d.room)] },
            { width: '*', stack: [info(l.trainers, d.trainers), info(l.sheet, d.sheetCode)] },
          ],
          margin: [0, 0, 0, 8],
        },
        d.participants.length
          ? {
              table: { headerRows: 1, dontBreakRows: true, widths: [22, '*', 70, 110, 130, 42, 42, 42, 46], body: [header, ...body] },
              layout: ruled,
            }
          : { text: l.none, italics: true },
        { text: l.note, style: 'small', margin: [0, 6, 0, 0] },
      ],
      ...(i > 0 ? { pageBreak: 'before' as const } : {}),
    };
  });
}
