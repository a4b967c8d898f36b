// A PostgreSQL server through `DATABASE_URL` (the `pg` driver's pool): the store replicas share.
import pg from 'pg';
import type { SqlParam, SqlQueryable, SqlStore } from './sql-store';

function queryable(client: pg.Pool | pg.PoolClient): SqlQueryable {
  return {
    async query<Row>(sql: string, params: readonly SqlParam[] = []) {
      const result = await client.query(sql, [...params]);
      return result.rows as Row[];
    },
    async exec(sql: string) {
      // Without parameters `pg` sends a simple query, which may hold several statements.
      await client.query(sql);
    },
  };
}

/** `onIdleError`: a pooled connection dropped while idle (a server restart); the pool reconnects on next use. */
export async function openPgStore(
  connectionString: string,
  onIdleError: (error: Error) => void = () => undefined,
): Promise<SqlStore> {
  const pool = new pg.Pool({ connectionString, max: 5 });
  // Without a listener an idle connection's error would end the process.
  pool.on('error', onIdleError);
  // Fail at start, with the driver's message, rather than on the first webhook.
  const probe = await pool.connect();
  probe.release();
  return {
    ...queryable(pool),
    kind: 'postgres',
    async transaction(work) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await work(queryable(client));
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}
