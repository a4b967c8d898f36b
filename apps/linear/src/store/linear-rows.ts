// The fetched Linear rows (projects, label groups): upserts that never go back in time, and deletes
// that spare what was written after a reconcile began.
import type { LabelGroup, LinearProject } from '../client/linear-model';
import type { SqlQueryable } from './sql-store';

/** Any fixed number: replicas reconciling together take turns on it instead of racing. */
const REPLACE_ALL_LOCK = 7_311_043;

/**
 * One statement for any number of rows. A row already stored with a later `updatedAt` stays: a page
 * read seconds ago must not undo a refetch committed meanwhile.
 */
export async function upsertProjects(
  tx: SqlQueryable,
  projects: readonly LinearProject[],
): Promise<void> {
  if (projects.length === 0) return;
  await tx.query(
    `INSERT INTO projects (id, data, fetched_at)
     SELECT p->>'id', p, now() FROM jsonb_array_elements($1::jsonb) AS p
     ON CONFLICT (id) DO UPDATE SET data = EXCLUDED.data, fetched_at = now()
     WHERE (projects.data->>'updatedAt')::timestamptz <= (EXCLUDED.data->>'updatedAt')::timestamptz`,
    [JSON.stringify(projects)],
  );
}

export async function deleteProjects(tx: SqlQueryable, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  await tx.query('DELETE FROM projects WHERE id IN (SELECT jsonb_array_elements_text($1::jsonb))', [
    JSON.stringify(ids),
  ]);
}

/** The groups are now exactly these (upserted, so a concurrent writer never hits a duplicate key). */
export async function replaceLabelGroups(
  tx: SqlQueryable,
  groups: readonly LabelGroup[],
): Promise<void> {
  const json = JSON.stringify(groups);
  await tx.query(
    "DELETE FROM label_groups WHERE id NOT IN (SELECT g->>'id' FROM jsonb_array_elements($1::jsonb) AS g)",
    [json],
  );
  if (groups.length === 0) return;
  await tx.query(
    `INSERT INTO label_groups (id, data) SELECT g->>'id', g FROM jsonb_array_elements($1::jsonb) AS g
     ON CONFLICT (id) DO UPDATE SET data = EXCLUDED.data`,
    [json],
  );
}

/**
 * A full read written back: projects upserted, and of those it did not return only the ones last
 * fetched before `readSince` deleted (a project a webhook refetched meanwhile stays). Replicas
 * doing this together are serialised by a lock held until the transaction ends.
 */
export async function replaceAll(
  tx: SqlQueryable,
  read: { projects: readonly LinearProject[]; groups: readonly LabelGroup[]; readSince: string },
): Promise<void> {
  await tx.query('SELECT pg_advisory_xact_lock($1)', [REPLACE_ALL_LOCK]);
  await upsertProjects(tx, read.projects);
  await tx.query(
    `DELETE FROM projects WHERE fetched_at < $2::timestamptz
     AND id NOT IN (SELECT p->>'id' FROM jsonb_array_elements($1::jsonb) AS p)`,
    [JSON.stringify(read.projects), read.readSince],
  );
  await replaceLabelGroups(tx, read.groups);
}
