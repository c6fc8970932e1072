import yauzl from 'yauzl';
import type { Entry, ZipFile } from 'yauzl';
import { AppError } from '../../../platform/errors.js';

export interface ZipLimits {
  maxUncompressedBytes: number;
  maxEntries: number;
}

export interface ZipSummary {
  entryNames: Set<string>;
  uncompressedBytes: number;
}

const MIB = 1024 * 1024;
/** A ratio above this on a large entry is typical of a zip bomb, not of worksheet XML (~10–30:1). */
const MAX_RATIO = 200;
const RATIO_MIN_SIZE = MIB;

export const SAVE_AS_HINT = 'Open it in Excel or LibreOffice and save it as an Excel workbook (.xlsx) or as CSV UTF-8 (.csv).';

const damaged = (detail: string) =>
  new AppError('UNSUPPORTED_MEDIA_TYPE', {
    message: `The file is a damaged or unusual zip archive (${detail}). ${SAVE_AS_HINT}`,
  });

/** 50 MiB, 4 KiB: a size as a person reads it. */
export function formatBytes(n: number): string {
  return n >= MIB ? `${Math.round((n / MIB) * 10) / 10} MiB` : `${Math.max(1, Math.round(n / 1024))} KiB`;
}

const tooLarge = (message: string, details?: unknown) => new AppError('PAYLOAD_TOO_LARGE', { message, details });

/**
 * Reads a zip's central directory and then inflates every entry (discarding the bytes) before any
 * parser sees it: the declared sizes are checked against the limits, and yauzl's entry-size
 * validation proves they were not lies, so the in-memory parser that follows cannot be bombed.
 */
export async function inspectZip(bytes: Buffer, limits: ZipLimits): Promise<ZipSummary> {
  const zip = await openZip(bytes);
  try {
    if (zip.entryCount > limits.maxEntries) {
      throw tooLarge(`The archive holds ${zip.entryCount} files; a workbook has far fewer (limit ${limits.maxEntries}).`);
    }
    const entries = await listEntries(zip);
    const entryNames = new Set<string>();
    let uncompressedBytes = 0;
    for (const entry of entries) {
      entryNames.add(entry.fileName);
      if (entry.isEncrypted()) {
        throw new AppError('UNSUPPORTED_MEDIA_TYPE', {
          message: `The file is password-protected. Remove the password, then save it again. ${SAVE_AS_HINT}`,
        });
      }
      uncompressedBytes += entry.uncompressedSize;
      if (uncompressedBytes > limits.maxUncompressedBytes) {
        throw tooLarge(
          `The workbook unpacks to more than ${formatBytes(limits.maxUncompressedBytes)}; split it into smaller files.`,
        );
      }
      const ratio = entry.uncompressedSize / Math.max(entry.compressedSize, 1);
      if (entry.uncompressedSize > RATIO_MIN_SIZE && ratio > MAX_RATIO) {
        throw tooLarge(`The workbook part "${entry.fileName}" is compressed ${Math.round(ratio)}:1, which is not a normal workbook.`, {
          entry: entry.fileName,
        });
      }
    }
    for (const entry of entries) {
      if (entry.uncompressedSize > 0) await drain(zip, entry);
    }
    return { entryNames, uncompressedBytes };
  } finally {
    zip.close();
  }
}

function openZip(bytes: Buffer): Promise<ZipFile> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(bytes, { lazyEntries: true, validateEntrySizes: true }, (err, zip) => {
      if (err || !zip) reject(damaged(err?.message ?? 'unreadable'));
      else resolve(zip);
    });
  });
}

function listEntries(zip: ZipFile): Promise<Entry[]> {
  return new Promise((resolve, reject) => {
    const entries: Entry[] = [];
    zip.on('entry', (entry: Entry) => {
      entries.push(entry);
      zip.readEntry();
    });
    zip.on('end', () => resolve(entries));
    zip.on('error', (err: Error) => reject(damaged(err.message)));
    zip.readEntry();
  });
}

function drain(zip: ZipFile, entry: Entry): Promise<void> {
  return new Promise((resolve, reject) => {
    zip.openReadStream(entry, (err, stream) => {
      if (err || !stream) {
        reject(damaged(err?.message ?? 'unreadable entry'));
        return;
      }
      stream.on('data', () => undefined);
      stream.on('end', () => resolve());
      stream.on('error', (e: Error) => reject(damaged(e.message)));
    });
  });
}
