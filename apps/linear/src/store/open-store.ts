// Chooses the store from the configuration and brings its schema up to date.
import { migrate } from './migrate';
import { openPgStore } from './pg-store';
import { openPgliteStore } from './pglite-store';
import type { SqlStore } from './sql-store';

export interface StoreOptions {
  /** A PostgreSQL server; when set, PGlite is not used. */
  databaseUrl?: string | undefined;
  /** PGlite's data directory; in memory when omitted. */
  dataDir?: string | undefined;
}

export async function openStore(options: StoreOptions): Promise<SqlStore> {
  const store = options.databaseUrl
    ? await openPgStore(options.databaseUrl)
    : await openPgliteStore(options.dataDir);
  try {
    await migrate(store);
  } catch (error) {
    await store.close();
    throw error;
  }
  return store;
}
