import type { Content } from 'pdfmake/interfaces';
import type { PdfLang } from '../../platform/pdf.js';

const LABELS = {
  en: {
    heading: 'Certificate of completion',
    certifies: 'This certifies that',
    completed: 'has completed the course',
    dates: (from: string, to: string) => (from === to ? `on ${longDate(from, 'en')}` : `from ${longDate(from, 'en')} to ${longDate(to, 'en')}`),
    hours: (h: string) => `${h} hours of training`,
    competencies: 'Competencies raised',
    trainer: 'Lead trainer',
    issued: 'Issued on',
    code: 'Verification code',
    verify: 'Check this certificate at',
    revoked: 'REVOKED — this certificate is no longer valid',
  },
  pt: {
    heading: 'Certificado de conclusão',
    certifies: 'Certifica-se que',
    completed: 'concluiu o curso',
    dates: (from: string, to: string) => (from === to ? `em ${longDate(from, 'pt')}` : `de ${longDate(from, 'pt')} a ${longDate(to, 'pt')}`),
    hours: (h: string) => `${h} horas de formação`,
    competencies: 'Competências desenvolvidas',
    trainer: 'Formador principal',
    issued: 'Emitido em',
    code: 'Código de verificação',
    verify: 'Verifique este certificado em',
    revoked: 'REVOGADO — este certificado já não é válido',
  },
} as const;

export const certificateHeading = (lang: PdfLang) => LABELS[lang].heading;

export interface CertificateDocumentData {
  lang: PdfLang;
  administrationName: string;
  /** A PNG or JPEG; without one a text emblem of the administration's initials is drawn. */
  logo: { contentType: string; image: Buffer } | undefined;
  officerName: string;
  courseTitle: string;
  startDay: string | null;
  endDay: string | null;
  hours: number;
  competencies: string[];
  leadTrainer: string | null;
  issuedOn: string;
  code: string;
  verifyUrl: string;
  revoked: boolean;
}

const NAVY = '#1b3a5c';
const GOLD = '#b08d3c';

/** A calendar day written out: "2 January 2017", "2 de janeiro de 2017". */
export function longDate(day: string, locale: 'en' | 'pt'): string {
  return new Intl.DateTimeFormat(locale === 'pt' ? 'pt-PT' : 'en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`));
}

/** Up to three initials of the administration's name, skipping short words ("of", "da", "de"). */
export function emblemText(name: string): string {
  // A translation in brackets ("Timor-Leste Customs (Alfândega de Timor-Leste)") is not part of the name's initials.
  const words = name
    .replace(/\([^)]*\)?/g, ' ')
    .split(/[\s-]+/)
    .map((w) => w.replace(/[^\p{L}]/gu, ''))
    .filter((w) => w.length > 3 || /^\p{Lu}{2,}$/u.test(w));
  return (words.length ? words : [name]).slice(0, 3).map((w) => w[0]!.toUpperCase()).join('');
}

const decimal = (n: number, lang: PdfLang) => new Intl.NumberFormat(lang === 'pt' ? 'pt-PT' : 'en-GB', { maximumFractionDigits: 1 }).format(n);

/** One landscape page with a double frame: logo or emblem, who completed what and when, and the code with its QR. */
export function buildCertificateContent(d: CertificateDocumentData): Content[] {
  const l = LABELS[d.lang];
  const emblem: Content = d.logo
    ? { image: `data:${d.logo.contentType};base64,${d.logo.image.toString('base64')}`, fit: [90, 70], alignment: 'center' }
    : {
        table: { widths: [64], heights: [64], body: [[{ text: emblemText(d.administrationName), fontSize: 22, bold: true, color: NAVY, alignment: 'center', margin: [0, 18, 0, 0] }]] },
        layout: { hLineWidth: () => 2, vLineWidth: () => 2, hLineColor: () => GOLD, vLineColor: () => GOLD },
        margin: [0, 0, 0, 0],
      };
  const dates = d.startDay && d.endDay ? l.dates(d.startDay, d.endDay) : '';
  // Page size of A4 landscape in points: 842 × 595; the frame is drawn behind the text.
  const frame: Content = {
    absolutePosition: { x: 0, y: 0 },
    canvas: [
      { type: 'rect', x: 18, y: 18, w: 806, h: 559, lineWidth: 3, lineColor: NAVY },
      { type: 'rect', x: 26, y: 26, w: 790, h: 543, lineWidth: 1, lineColor: GOLD },
    ],
  };
  return [
    frame,
    { columns: [{ width: '*', text: '' }, { width: 'auto', stack: [emblem] }, { width: '*', text: '' }], margin: [0, 0, 0, 8] },
    { text: d.administrationName, alignment: 'center', fontSize: 14, color: '#444444', margin: [0, 0, 0, 10] },
    { text: l.heading, alignment: 'center', fontSize: 30, bold: true, color: NAVY, margin: [0, 0, 0, 14] },
    { text: l.certifies, alignment: 'center', fontSize: 12, color: '#444444' },
    { text: d.officerName, alignment: 'center', fontSize: 24, bold: true, margin: [0, 4, 0, 6] },
    { text: l.completed, alignment: 'center', fontSize: 12, color: '#444444' },
    { text: d.courseTitle, alignment: 'center', fontSize: 17, bold: true, color: NAVY, margin: [0, 4, 0, 4] },
    { text: [dates, d.hours > 0 ? ` · ${l.hours(decimal(d.hours, d.lang))}` : ''].join(''), alignment: 'center', fontSize: 11, margin: [0, 0, 0, 8] },
    ...(d.competencies.length
      ? [{ text: [{ text: `${l.competencies}: `, color: '#555555' }, d.competencies.join(' · ')], alignment: 'center', fontSize: 9.5, margin: [40, 0, 40, 8] } as Content]
      : []),
    ...(d.revoked ? [{ text: l.revoked, alignment: 'center', fontSize: 14, bold: true, color: '#b00020', margin: [0, 4, 0, 4] } as Content] : []),
    {
      margin: [20, 14, 20, 0],
      columns: [
        {
          width: '*',
          stack: [
            ...(d.leadTrainer ? [{ text: '______________________________', color: '#777777' }, { text: `${l.trainer}: ${d.leadTrainer}`, fontSize: 10 }] : []),
            { text: `${l.issued}: ${longDate(d.issuedOn, d.lang)}`, fontSize: 10, margin: [0, 6, 0, 0] },
          ],
        },
        {
          width: 'auto',
          columns: [
            { width: 230, stack: [{ text: l.code, fontSize: 8, color: '#555555' }, { text: d.code, fontSize: 12, bold: true, characterSpacing: 1 }, { text: l.verify, fontSize: 8, color: '#555555', margin: [0, 6, 0, 0] }, { text: d.verifyUrl, fontSize: 8 }], margin: [0, 10, 10, 0] },
            { width: 'auto', qr: d.verifyUrl, fit: 84, foreground: NAVY },
          ],
        },
      ],
    },
  ];
}
