import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CERTIFICATE_CODE_LENGTH, CROCKFORD, newCertificateCode, normaliseCertificateCode } from './certificate-code.js';
import { emblemText, longDate } from './certificate.document.js';

describe('certificate codes', () => {
  it('are 16 Crockford characters in groups of four, matching the column check', () => {
    for (let i = 0; i < 200; i++) {
      const code = newCertificateCode();
      expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$/);
      expect(code).toMatch(/^[A-Z0-9-]{12,32}$/);
    }
    expect(CERTIFICATE_CODE_LENGTH * Math.log2(CROCKFORD.length)).toBeGreaterThanOrEqual(80);
  });

  it('use every character about equally and do not repeat', () => {
    const counts = new Map<string, number>();
    const seen = new Set<string>();
    const n = 4000;
    for (let i = 0; i < n; i++) {
      const code = newCertificateCode();
      seen.add(code);
      for (const ch of code.replace(/-/g, '')) counts.set(ch, (counts.get(ch) ?? 0) + 1);
    }
    expect(seen.size).toBe(n);
    expect(counts.size).toBe(32);
    const expected = (n * CERTIFICATE_CODE_LENGTH) / 32;
    // Chi-square with 31 degrees of freedom: 61.1 is the 0.999 quantile.
    const chi = [...counts.values()].reduce((sum, c) => sum + (c - expected) ** 2 / expected, 0);
    expect(chi).toBeLessThan(61.1);
  });

  it('read back whatever the case, spacing and dashes, with O, I and L read as digits', () => {
    fc.assert(
      fc.property(fc.constant(null).map(() => newCertificateCode()), (code) => {
        expect(normaliseCertificateCode(code)).toBe(code);
        expect(normaliseCertificateCode(` ${code.replace(/-/g, '').toLowerCase()} `)).toBe(code);
      }),
    );
    expect(normaliseCertificateCode('oooo-iiii-llll-0000')).toBe('0000-1111-1111-0000');
  });

  it('refuse anything that cannot be a code', () => {
    for (const typed of ['', 'ABC', 'ABCD-EFGH-JKMN-PQRSX', 'ABCD-EFGH-JKMN-PQRU', 'ABCD/EFGH/JKMN/PQRS', '../../etc/passwd']) expect(normaliseCertificateCode(typed)).toBeNull();
  });
});

describe('certificate document', () => {
  it('draws the emblem from the name, not from a translation in brackets', () => {
    expect(emblemText('Timor-Leste Customs (Alfândega de Timor-Leste)')).toBe('TLC');
    expect(emblemText('Autoridade Tributária de Moçambique')).toBe('ATM');
    expect(longDate('2017-01-02', 'pt')).toBe('2 de janeiro de 2017');
    expect(longDate('2017-01-02', 'en')).toBe('2 January 2017');
  });
});
