// Embedded PostgreSQL (PGlite, WASM): the default store, in a data directory or in memory for tests.
import { PGlite, type Transaction } from '@electric-sql/pglite';
import type { SqlParam, SqlQueryable, SqlStore } from './sql-store';

function queryable(db: PGlite | Transaction): SqlQueryable {
  return {
    async query<Row>(sql: string, params: readonly SqlParam[] = []) {
      const result = await db.query<Row>(sql, [...params]);
      return result.rows;
    },
    async exec(sql: string) {
      await db.exec(sql);
    },
  };
}

/** Opens (creating when new) the database in `dataDir`; in memory when it is omitted. */
export async function openPgliteStore(dataDir?: string): Promise<SqlStore> {
  const db = dataDir === undefined ? new PGlite() : new PGlite(dataDir);
  await db.waitReady;
  return {
    ...queryable(db),
    kind: 'pglite',
    transaction: (work) => db.transaction((tx) => work(queryable(tx))),
    close: () => db.close(),
  };
}
