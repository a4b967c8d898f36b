// Runs the numbered migrations in apps/linear/migrations once each, under an advisory lock so that
// replicas starting together against one database neither race nor apply a file twice.
import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { SqlStore } from './sql-store';

export const MIGRATIONS_DIR = fileURLToPath(new URL('../../migrations/', import.meta.url));

/** Any fixed number: every replica must take the same lock. */
const MIGRATION_LOCK = 7_311_042;

const MIGRATION_FILE = /^(\d+)-[\w-]+\.sql$/;

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export async function readMigrations(dir = MIGRATIONS_DIR): Promise<Migration[]> {
  const names = (await readdir(dir)).filter((name) => MIGRATION_FILE.test(name));
  const migrations = await Promise.all(
    names.map(async (name) => ({
      version: Number(MIGRATION_FILE.exec(name)?.[1]),
      name,
      sql: await readFile(`${dir}/${name}`, 'utf8'),
    })),
  );
  return migrations.sort((a, b) => a.version - b.version);
}

/** Applies the migrations not yet recorded; returns the names it applied. */
export async function migrate(store: SqlStore, migrations?: Migration[]): Promise<string[]> {
  const pending = migrations ?? (await readMigrations());
  return store.transaction(async (tx) => {
    // Held until this transaction ends; a second replica waits here, then finds nothing to do.
    await tx.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await tx.exec(
      'CREATE TABLE IF NOT EXISTS schema_migrations (version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())',
    );
    const done = new Set(
      (await tx.query<{ version: number }>('SELECT version FROM schema_migrations')).map(
        (row) => row.version,
      ),
    );
    const applied: string[] = [];
    for (const migration of pending) {
      if (done.has(migration.version)) continue;
      await tx.exec(migration.sql);
      await tx.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [
        migration.version,
        migration.name,
      ]);
      applied.push(migration.name);
    }
    return applied;
  });
}
