import { writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { migrate } from '../src/db/migrate.js';
import { dumpPglite, openPglite, openPostgres } from '../src/platform/db.js';

declare module 'vitest' {
  export interface ProvidedContext {
    dbKind: 'pglite' | 'postgres';
    pgliteTemplate: string;
    pgTemplateUrl: string;
  }
}

const withDatabase = (url: string, name: string) => {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
};

/** Migrates once per run: a PGlite data dir dumped to a file, or a PostgreSQL template database. */
export default async function setup(project: TestProject) {
  const kind = process.env.TEST_DB_KIND === 'postgres' ? 'postgres' : 'pglite';
  project.provide('dbKind', kind);
  if (kind === 'pglite') {
    const database = await openPglite();
    await migrate(database);
    const file = path.join(os.tmpdir(), `formasaun-template-${process.pid}.tar`);
    writeFileSync(file, Buffer.from(await (await dumpPglite(database)).arrayBuffer()));
    await database.close();
    project.provide('pgliteTemplate', file);
    project.provide('pgTemplateUrl', '');
    return;
  }
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) throw new Error('TEST_DB_KIND=postgres needs TEST_DATABASE_URL');
  const name = `formasaun_t_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = new pg.Client(adminUrl);
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const database = openPostgres(withDatabase(adminUrl, name), { max: 1 });
  await migrate(database);
  await database.close();
  project.provide('pgTemplateUrl', withDatabase(adminUrl, name));
  project.provide('pgliteTemplate', '');
  return async () => {
    const copies = await admin.query<{ datname: string }>('select datname from pg_database where datname like $1', [`${name}%`]);
    for (const { datname } of copies.rows) await admin.query(`DROP DATABASE IF EXISTS ${datname} WITH (FORCE)`);
    await admin.end();
  };
}
