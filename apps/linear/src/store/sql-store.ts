// The one small interface the service's state goes through, whether PGlite or a PostgreSQL server holds it.

/** Parameters bound to `$1`, `$2`…: strings, numbers, booleans or null (jsonb goes in as JSON text). */
export type SqlParam = string | number | boolean | null;

export interface SqlQueryable {
  /** One statement with bound parameters; the rows it returns. */
  query<Row>(sql: string, params?: readonly SqlParam[]): Promise<Row[]>;
  /** Several statements, no parameters (a migration file). */
  exec(sql: string): Promise<void>;
}

export interface SqlStore extends SqlQueryable {
  /** Runs `work` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(work: (tx: SqlQueryable) => Promise<T>): Promise<T>;
  /** Which engine holds the data, for the start-up log line (never the URL: it may hold a password). */
  readonly kind: 'pglite' | 'postgres';
  close(): Promise<void>;
}
