import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { sql, type SQL } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import * as schema from '../db/schema.js';

export type Schema = typeof schema;
/** A drizzle handle: the database or an open transaction, whichever driver runs underneath. */
export type Tx = PgDatabase<PgQueryResultHKT, Schema>;

/** What a transaction may see: one administration (row-level security applies) or all of them. */
export type TenantScope = { administrationId: string } | 'all';

export interface RawClient {
  /** Runs a script of several statements (migrations, restores). */
  exec(script: string): Promise<void>;
  query<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]>;
}

export interface Database {
  readonly kind: 'pglite' | 'postgres';
  readonly db: Tx;
  readonly raw: RawClient;
  /** One unit of work: a transaction scoped to an administration, the second lock behind the repositories. */
  transaction<T>(scope: TenantScope, fn: (tx: Tx) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export async function rows<T>(tx: Tx, query: SQL): Promise<T[]> {
  const result: unknown = await tx.execute(query);
  return (result as { rows: T[] }).rows;
}

function scoped(db: Tx) {
  return async <T>(scope: TenantScope, fn: (tx: Tx) => Promise<T>): Promise<T> =>
    db.transaction(async (tx) => {
      const [adm, all] = scope === 'all' ? ['', 'on'] : [scope.administrationId, 'off'];
      await tx.execute(
        // jit off: compiling a large statement costs ~1 s on fresh tables and never pays back on OLTP work.
        sql`select set_config('app.administration_id', ${adm}, true), set_config('app.all_administrations', ${all}, true), set_config('role', 'formasaun_app', true), set_config('jit', 'off', true)`,
      );
      return fn(tx);
    });
}

export async function openPglite(opts: { dataDir?: string; loadDataDir?: Blob } = {}): Promise<Database> {
  if (opts.dataDir) mkdirSync(path.dirname(opts.dataDir), { recursive: true });
  const client = await PGlite.create(opts.dataDir, opts.loadDataDir ? { loadDataDir: opts.loadDataDir } : {});
  return wrapPglite(client);
}

const pgliteClients = new WeakMap<Database, PGlite>();

/** A PGlite database's data directory as a tarball, to load copies quickly (tests, backups). */
export async function dumpPglite(database: Database): Promise<Blob> {
  const client = pgliteClients.get(database);
  if (!client) throw new Error('not an embedded database');
  return client.dumpDataDir('none');
}

export function wrapPglite(client: PGlite): Database {
  const db = drizzlePglite({ client, schema }) as unknown as Tx;
  const database: Database = {
    kind: 'pglite',
    db,
    raw: {
      exec: async (script) => {
        try {
          await client.exec(script);
        } catch (err) {
          // A failed script must not leave the single connection inside an aborted transaction.
          await client.exec('ROLLBACK').catch(() => {});
          throw err;
        }
      },
      query: async <T>(text: string, params: unknown[] = []) => (await client.query<T>(text, params)).rows,
    },
    transaction: scoped(db),
    close: () => client.close(),
  };
  pgliteClients.set(database, client);
  return database;
}

export function openPostgres(url: string, opts: { max?: number } = {}): Database {
  const pool = new pg.Pool({ connectionString: url, max: opts.max ?? 10 });
  const db = drizzlePg({ client: pool, schema }) as unknown as Tx;
  return {
    kind: 'postgres',
    db,
    raw: {
      exec: async (script) => {
        const conn = await pool.connect();
        try {
          await conn.query(script);
        } catch (err) {
          await conn.query('ROLLBACK').catch(() => {});
          throw err;
        } finally {
          conn.release();
        }
      },
      query: async <T>(text: string, params: unknown[] = []) => (await pool.query(text, params)).rows as T[],
    },
    transaction: scoped(db),
    close: () => pool.end(),
  };
}

export async function openDatabase(opts: { databaseUrl?: string; dataDir: string }): Promise<Database> {
  return opts.databaseUrl ? openPostgres(opts.databaseUrl) : openPglite({ dataDir: path.join(opts.dataDir, 'pglite') });
}
