import { createRequire } from 'node:module';
import type { Content, Style, TableCell, TDocumentDefinitions, TFontDictionary } from 'pdfmake/interfaces';

/** pdfmake's server build: one shared instance whose virtual file system holds the fonts. */
interface PdfMake {
  virtualfs: { writeFileSync(name: string, content: Buffer): void };
  setFonts(fonts: TFontDictionary): void;
  setUrlAccessPolicy(callback: (url: string) => boolean): void;
  setLocalAccessPolicy(callback: (path: string) => boolean): void;
  createPdf(doc: TDocumentDefinitions): { getBuffer(): Promise<Buffer> };
}

export type PdfLang = 'en' | 'pt';

type Align = 'left' | 'right' | 'center';
/** Table header and body cells in the shared styles. */
export const th = (text: string, alignment: Align = 'left'): TableCell => ({ text, style: 'th', alignment });
export const td = (text: string, alignment: Align = 'left', extra: Record<string, unknown> = {}): TableCell => ({ text, style: 'td', alignment, ...extra });
const grid = {
  hLineWidth: (i: number) => (i <= 1 ? 0.8 : 0.3),
  vLineWidth: () => 0,
  hLineColor: () => '#9aa5b1',
  paddingTop: () => 3,
  paddingBottom: () => 3,
};
/** A ruled table with one header row. pdfmake writes layout state into the nodes it lays out: build every table afresh. */
export const pdfTable = (widths: (number | '*' | 'auto')[], header: TableCell[], body: TableCell[][]): Content => ({
  table: { headerRows: 1, dontBreakRows: true, widths, body: [header, ...body] },
  layout: grid,
  margin: [0, 2, 0, 8],
});

export interface PdfDocument {
  /** Shown in the page header and the document information. */
  title: string;
  administrationName: string;
  lang: PdfLang;
  content: Content;
  pageOrientation?: 'portrait' | 'landscape';
  /** Tests read the text of uncompressed content streams; production output is compressed. */
  compress?: boolean;
  /** Leaves the header and footer off the first page (a title page). */
  plainFirstPage?: boolean;
}

/** Styles the documents share; each document may add its own by name. */
export const PDF_STYLES: Record<string, Style> = {
  h1: { fontSize: 18, bold: true, margin: [0, 0, 0, 10], color: '#1b3a5c' },
  h2: { fontSize: 13, bold: true, margin: [0, 14, 0, 6], color: '#1b3a5c' },
  h3: { fontSize: 10.5, bold: true, margin: [0, 8, 0, 4] },
  small: { fontSize: 7.5, color: '#444444' },
  muted: { color: '#555555' },
  th: { bold: true, fillColor: '#e6ebf1', fontSize: 8.5 },
  td: { fontSize: 8.5 },
};

const PAGE_OF: Record<PdfLang, (page: number, count: number) => string> = {
  en: (page, count) => `Page ${page} of ${count}`,
  pt: (page, count) => `Página ${page} de ${count}`,
};

let instance: PdfMake | undefined;

/**
 * pdfmake with the Roboto fonts it ships (loaded into its virtual file system, so Portuguese accents render) and
 * both access policies closed: a document can neither fetch a URL nor read a local file.
 */
function pdfmake(): PdfMake {
  if (instance) return instance;
  const require = createRequire(import.meta.url);
  const maker = require('pdfmake') as PdfMake;
  const vfs = require('pdfmake/build/vfs_fonts.js') as Record<string, string>;
  for (const [name, base64] of Object.entries(vfs)) maker.virtualfs.writeFileSync(name, Buffer.from(base64, 'base64'));
  maker.setFonts({
    Roboto: { normal: 'Roboto-Regular.ttf', bold: 'Roboto-Medium.ttf', italics: 'Roboto-Italic.ttf', bolditalics: 'Roboto-MediumItalic.ttf' },
  });
  maker.setUrlAccessPolicy(() => false);
  maker.setLocalAccessPolicy(() => false);
  instance = maker;
  return maker;
}

/**
 * Renders an A4 document with the administration and title in the header and "page x of y" in the footer.
 * pdfmake writes layout state into the content nodes: build every node afresh, never share one between places.
 */
export async function renderPdf(doc: PdfDocument): Promise<Buffer> {
  const skip = (page: number) => doc.plainFirstPage === true && page === 1;
  const definition: TDocumentDefinitions = {
    info: { title: doc.title, author: doc.administrationName, creator: 'Formasaun', producer: 'Formasaun' },
    pageSize: 'A4',
    pageOrientation: doc.pageOrientation ?? 'portrait',
    pageMargins: [40, 50, 40, 45],
    compress: doc.compress ?? true,
    defaultStyle: { font: 'Roboto', fontSize: 9, lineHeight: 1.15 },
    styles: PDF_STYLES,
    header: (page) =>
      skip(page)
        ? null
        : {
            margin: [40, 20, 40, 0],
            columns: [
              { text: doc.administrationName, style: 'small', bold: true },
              { text: doc.title, style: 'small', alignment: 'right' },
            ],
          },
    footer: (page, count) =>
      skip(page) ? null : { margin: [40, 12, 40, 0], text: PAGE_OF[doc.lang](page, count), style: 'small', alignment: 'right' },
    content: doc.content,
  };
  return pdfmake().createPdf(definition).getBuffer();
}
