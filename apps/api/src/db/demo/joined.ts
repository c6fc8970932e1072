import type { Database, Tx } from '../../platform/db.js';

/**
 * A Database whose units of work run inside the generator's open transaction, so the services' statements commit or
 * roll back with the rest of the demo. The generator's transaction sees all administrations; the services scope by actor.
 */
export function joinedDatabase(database: Database, tx: Tx): Database {
  return { kind: database.kind, db: tx, raw: database.raw, transaction: (_scope, fn) => fn(tx), close: async () => {} };
}
