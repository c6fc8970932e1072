import { IMPORT_ERROR_CODES, STAFF_IMPORT_FIELDS } from '@formasaun/shared';
import { describe, expect, it } from 'vitest';
import { resources, type Tree } from './resources';

const { en, pt } = resources;

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

describe('translations', () => {
  const enKeys = flatten(en);
  const ptKeys = flatten(pt);

  it('has the same keys in English and Portuguese', () => {
    expect([...ptKeys.keys()].sort()).toEqual([...enKeys.keys()].sort());
  });

  it('has no empty values', () => {
    const empty = [...enKeys, ...ptKeys].filter(([, v]) => v.trim() === '').map(([k]) => k);
    expect(empty).toEqual([]);
  });

  it('uses the same interpolation variables in both languages', () => {
    const vars = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
    for (const [key, value] of enKeys) expect(vars(ptKeys.get(key) ?? ''), key).toEqual(vars(value));
  });

  it('translates every import error code and import field the API can send', () => {
    const has = (key: string) => enKeys.has(key) || enKeys.has(`${key}_other`);
    expect(IMPORT_ERROR_CODES.filter((code) => !has(`importError.${code}`))).toEqual([]);
    expect(STAFF_IMPORT_FIELDS.filter((field) => !has(`importField.${field}`))).toEqual([]);
  });
});
