import { inflateSync } from 'node:zlib';

/**
 * Test-only reading of the PDFs pdfkit writes: the page count and the text of every text object, one line each.
 * pdfkit draws embedded fonts as glyph ids (`<0001000a> Tj`), so the text is only legible through each font's
 * ToUnicode map; streams are inflated here, so tests read the compressed output the route really sends.
 */
export interface PdfText {
  pages: number;
  /** One entry per text object (pdfmake writes a word per object), in drawing order; a form feed ends each page. */
  words: string[];
  /** The words joined into lines: a word ending in a space or a hyphen continues its line. */
  text: string;
}

interface PdfObject {
  dict: string;
  stream: string | null;
}

function objects(pdf: Buffer): Map<string, PdfObject> {
  const source = pdf.toString('latin1');
  const found = new Map<string, PdfObject>();
  // Walk object by object and skip each stream by its /Length: compressed bytes may hold anything, even "endobj".
  const head = /(\d+) 0 obj\s/g;
  for (let m = head.exec(source); m; m = head.exec(source)) {
    const bodyStart = head.lastIndex;
    const endobj = source.indexOf('endobj', bodyStart);
    const streamAt = source.indexOf('stream', bodyStart);
    if (streamAt < 0 || streamAt > endobj) {
      found.set(m[1]!, { dict: source.slice(bodyStart, endobj), stream: null });
      head.lastIndex = endobj;
      continue;
    }
    const dict = source.slice(bodyStart, streamAt);
    let dataStart = streamAt + 'stream'.length;
    if (source[dataStart] === '\r') dataStart += 1;
    if (source[dataStart] === '\n') dataStart += 1;
    const length = /\/Length (\d+)(?!\s+\d+\s+R)/.exec(dict)?.[1];
    const dataEnd = length === undefined ? source.indexOf('endstream', dataStart) : dataStart + Number(length);
    const raw = Buffer.from(source.slice(dataStart, dataEnd), 'latin1');
    const data = /\/FlateDecode/.test(dict) ? inflateSync(raw) : raw;
    found.set(m[1]!, { dict, stream: data.toString('latin1') });
    head.lastIndex = source.indexOf('endobj', dataEnd);
  }
  return found;
}

/** Code (hex) → text, from a ToUnicode CMap's bfchar and bfrange sections. */
function cmap(stream: string): Map<number, string> {
  const map = new Map<number, string>();
  // Ligatures map to several code units: `<0066 0069>` is "fi".
  const utf16 = (hex: string) => String.fromCharCode(...(hex.replace(/\s+/g, '').match(/.{4}/g) ?? []).map((h) => parseInt(h, 16)));
  for (const section of stream.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const [, code, uni] of section[1]!.matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>/g)) map.set(parseInt(code!, 16), utf16(uni!));
  }
  for (const section of stream.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const [, lo, hi, list, start] of section[1]!.matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*(?:\[([^\]]*)\]|<([0-9a-fA-F]+)>)/g)) {
      const from = parseInt(lo!, 16);
      const to = parseInt(hi!, 16);
      if (list !== undefined) [...list.matchAll(/<([0-9a-fA-F\s]+)>/g)].forEach((u, i) => map.set(from + i, utf16(u[1]!)));
      else for (let c = from; c <= to; c++) map.set(c, String.fromCharCode(parseInt(start!, 16) + c - from));
    }
  }
  return map;
}

export function readPdf(pdf: Buffer): PdfText {
  const all = objects(pdf);
  const ref = (dict: string, key: string) => new RegExp(`/${key} (\\d+) 0 R`).exec(dict)?.[1];
  const fonts = new Map<string, Map<number, string>>();
  for (const obj of all.values()) {
    const fontDict = /\/Font\s*<<([\s\S]*?)>>/.exec(obj.dict)?.[1];
    if (!fontDict) continue;
    for (const [, name, id] of fontDict.matchAll(/\/(\S+) (\d+) 0 R/g)) {
      const toUnicode = ref(all.get(id!)?.dict ?? '', 'ToUnicode');
      const stream = toUnicode ? all.get(toUnicode)?.stream : null;
      if (stream) fonts.set(name!, cmap(stream));
    }
  }
  const pages = [...all.values()].filter((o) => /\/Type \/Page\b(?!s)/.test(o.dict));
  const words: string[] = [];
  for (const page of pages) {
    const contents = ref(page.dict, 'Contents');
    const stream = contents ? (all.get(contents)?.stream ?? '') : '';
    let font = new Map<number, string>();
    for (const block of stream.matchAll(/BT([\s\S]*?)ET/g)) {
      let line = '';
      for (const op of block[1]!.matchAll(/\/(\S+) [\d.]+ Tf|\[([^\]]*)\]\s*TJ|<([0-9a-fA-F]*)>\s*Tj/g)) {
        if (op[1]) font = fonts.get(op[1]) ?? new Map<number, string>();
        const hex = op[2] !== undefined ? [...op[2].matchAll(/<([0-9a-fA-F]*)>/g)].map((h) => h[1]!).join('') : (op[3] ?? '');
        for (const code of hex.match(/.{4}/g) ?? []) line += font.get(parseInt(code, 16)) ?? '\uFFFD';
      }
      words.push(line);
    }
    words.push('\f');
  }
  const text = words.reduce((out, w, i) => (i === 0 || /[\s-]$/.test(words[i - 1]!) ? out + w : `${out}\n${w}`), '');
  return { pages: pages.length, words, text };
}
