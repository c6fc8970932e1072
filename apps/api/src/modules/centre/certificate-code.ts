import { randomBytes } from 'node:crypto';

/** Crockford's base32: no I, L, O, U, so a code read aloud or typed from paper is hard to get wrong. */
export const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** Characters of a certificate code (5 bits each): 16 × 5 = 80 random bits. */
export const CERTIFICATE_CODE_LENGTH = 16;

/** Random Crockford characters from the system's CSPRNG; each byte gives 5 uniform bits (256 is a multiple of 32). */
export function randomCrockford(length: number): string {
  const bytes = randomBytes(length);
  let out = '';
  for (const b of bytes) out += CROCKFORD[b & 31];
  return out;
}

/** A new certificate code, XXXX-XXXX-XXXX-XXXX. */
export function newCertificateCode(): string {
  return groupCode(randomCrockford(CERTIFICATE_CODE_LENGTH));
}

const groupCode = (raw: string) => raw.match(/.{1,4}/g)!.join('-');

/**
 * The stored form of a typed code, or null when it cannot be one: case, spaces and dashes do not matter, and the
 * letters people confuse with digits (O, I, L) are read as 0, 1, 1.
 */
export function normaliseCertificateCode(typed: string): string | null {
  const raw = typed
    .toUpperCase()
    .replace(/[\s-]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
  if (raw.length !== CERTIFICATE_CODE_LENGTH) return null;
  for (const ch of raw) if (!CROCKFORD.includes(ch)) return null;
  return groupCode(raw);
}
