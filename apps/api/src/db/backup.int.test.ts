import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../../test/harness.js';
import type { Database } from '../platform/db.js';
import { backupToSql, createBackup, parseBackup, restoreBackup, TABLES } from './backup.js';
import { DEMO_TODAY, generateDemo } from './demo/index.js';

let source: Database;
const opened: Database[] = [];
const fresh = async () => {
  const db = await openTestDatabase();
  opened.push(db);
  return db;
};

beforeAll(async () => {
  source = await fresh();
  await generateDemo(source, { administration: 'timor-leste', officers: 60, today: DEMO_TODAY });
  await generateDemo(source, { administration: 'mozambique', officers: 40, today: DEMO_TODAY });
});
afterAll(async () => {
  for (const db of opened) await db.close();
});

describe('backup and restore', () => {
  it('round-trips the whole database through JSON without losing a row or a value', async () => {
    const backup = await createBackup(source);
    expect(backup.tables.officers).toHaveLength(100);
    const target = await fresh();
    const { rows } = await restoreBackup(target, parseBackup(JSON.stringify(backup)));
    expect(rows).toBeGreaterThan(100);
    expect(await createBackup(target)).toEqual(backup);
  });

  it('round-trips one administration through SQL and refuses to restore it twice', async () => {
    const backup = await createBackup(source, { administration: 'mozambique' });
    expect(backup.tables.administrations.map((a) => a.slug)).toEqual(['mozambique']);
    expect(backup.tables.officers.every((o) => o.administration_id === backup.tables.administrations[0]!.id)).toBe(true);
    const target = await fresh();
    await restoreBackup(target, parseBackup(backupToSql(backup)));
    expect(await createBackup(target, { administration: 'mozambique' })).toEqual(backup);
    await expect(restoreBackup(target, backup)).rejects.toThrow(/already present: mozambique/);
    const [count] = await target.raw.query<{ n: number }>('select count(*)::int as n from officers');
    expect(count!.n).toBe(40);
  });

  it('covers every table that holds an administration’s data', async () => {
    const tenantTables = await source.raw.query<{ table_name: string }>(
      `select table_name from information_schema.columns where table_schema = 'public' and column_name = 'administration_id' and table_name <> 'sessions'`,
    );
    expect(tenantTables.map((t) => t.table_name).sort()).toEqual(
      TABLES.filter((t) => t !== 'administrations').slice().sort(),
    );
  });
});
