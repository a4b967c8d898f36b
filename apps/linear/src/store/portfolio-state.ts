// Reads and writes the service's tables: fetched projects and label groups, deliveries, snapshots, maps,
// and the maps' linked Jira issues.
import type { LabelGroup, LinearProject } from '../client/linear-model';
import type { SqlQueryable, SqlStore } from './sql-store';

/** One stage's figures on one day, for its health trend. */
export interface StageSnapshot {
  /** `YYYY-MM-DD`. */
  day: string;
  journey: string;
  stage: string;
  health: string;
  progress: number | null;
  overdue: number;
}

/** One statement for any number of rows: a thousand projects are one round trip, not a thousand. */
async function upsertProjects(tx: SqlQueryable, projects: readonly LinearProject[]): Promise<void> {
  if (projects.length === 0) return;
  await tx.query(
    `INSERT INTO projects (id, data, fetched_at)
     SELECT p->>'id', p, now() FROM jsonb_array_elements($1::jsonb) AS p
     ON CONFLICT (id) DO UPDATE SET data = EXCLUDED.data, fetched_at = now()`,
    [JSON.stringify(projects)],
  );
}

async function deleteProjects(tx: SqlQueryable, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  await tx.query('DELETE FROM projects WHERE id IN (SELECT jsonb_array_elements_text($1::jsonb))', [
    JSON.stringify(ids),
  ]);
}

export function portfolioState(store: SqlStore) {
  return {
    /** Stores the refetched projects and forgets those asked for that Linear no longer returned. */
    async saveRefetched(askedIds: readonly string[], projects: readonly LinearProject[]) {
      const returned = new Set(projects.map((project) => project.id));
      await store.transaction(async (tx) => {
        await upsertProjects(tx, projects);
        await deleteProjects(
          tx,
          askedIds.filter((id) => !returned.has(id)),
        );
      });
    },

    /** A full reconcile: the projects and groups are now exactly these. */
    async replaceAll(projects: readonly LinearProject[], groups: readonly LabelGroup[]) {
      await store.transaction(async (tx) => {
        await tx.exec('DELETE FROM projects; DELETE FROM label_groups');
        await upsertProjects(tx, projects);
        if (groups.length > 0) {
          await tx.query(
            "INSERT INTO label_groups (id, data) SELECT g->>'id', g FROM jsonb_array_elements($1::jsonb) AS g",
            [JSON.stringify(groups)],
          );
        }
      });
    },

    async removeProjects(ids: readonly string[]) {
      await store.transaction((tx) => deleteProjects(tx, ids));
    },

    async projects(): Promise<LinearProject[]> {
      const rows = await store.query<{ data: LinearProject }>(
        'SELECT data FROM projects ORDER BY id',
      );
      return rows.map((row) => row.data);
    },

    async labelGroups(): Promise<LabelGroup[]> {
      const rows = await store.query<{ data: LabelGroup }>(
        'SELECT data FROM label_groups ORDER BY id',
      );
      return rows.map((row) => row.data);
    },

    /** True the first time a delivery id is seen by any replica sharing this database. */
    async claimDelivery(id: string, type: string): Promise<boolean> {
      const rows = await store.query<{ id: string }>(
        'INSERT INTO deliveries (id, type) VALUES ($1, $2) ON CONFLICT (id) DO NOTHING RETURNING id',
        [id, type],
      );
      return rows.length === 1;
    },

    async deliveryCount(): Promise<number> {
      const rows = await store.query<{ count: number }>(
        'SELECT count(*)::integer AS count FROM deliveries',
      );
      return rows[0]?.count ?? 0;
    },

    /** Replaces the given day's snapshot of each stage (a day keeps its latest figures). */
    async saveSnapshots(snapshots: readonly StageSnapshot[]) {
      if (snapshots.length === 0) return;
      await store.query(
        `INSERT INTO snapshots (day, journey, stage, health, progress, overdue)
         SELECT s->>'day', s->>'journey', s->>'stage', s->>'health', (s->>'progress')::double precision, (s->>'overdue')::integer
         FROM jsonb_array_elements($1::jsonb) AS s
         ON CONFLICT (day, journey, stage) DO UPDATE SET health = EXCLUDED.health, progress = EXCLUDED.progress, overdue = EXCLUDED.overdue`,
        [JSON.stringify(snapshots)],
      );
    },

    /** Snapshots from `sinceDay` on, oldest first. */
    async snapshots(sinceDay = '0000-00-00'): Promise<StageSnapshot[]> {
      return store.query<StageSnapshot>(
        'SELECT day, journey, stage, health, progress, overdue FROM snapshots WHERE day >= $1 ORDER BY day, journey, stage',
        [sinceDay],
      );
    },

    async saveMap(key: string, map: unknown) {
      await store.query(
        'INSERT INTO maps (key, data, updated_at) VALUES ($1, $2::jsonb, now()) ON CONFLICT (key) DO UPDATE SET data = EXCLUDED.data, updated_at = now()',
        [key, JSON.stringify(map)],
      );
    },

    async maps(): Promise<unknown[]> {
      const rows = await store.query<{ data: unknown }>('SELECT data FROM maps ORDER BY key');
      return rows.map((row) => row.data);
    },

    /** A map's linked Jira issues are now exactly these (one statement: no reader sees half). */
    async saveJiraLinks(mapKey: string, links: readonly unknown[]) {
      await store.query(
        'INSERT INTO jira_links (map_key, links, fetched_at) VALUES ($1, $2::jsonb, now()) ON CONFLICT (map_key) DO UPDATE SET links = EXCLUDED.links, fetched_at = now()',
        [mapKey, JSON.stringify(links)],
      );
    },

    /** The stored Jira work links of the maps still stored, map by map; unchecked (the caller parses). */
    async jiraLinks(): Promise<unknown[]> {
      const rows = await store.query<{ link: unknown }>(
        `SELECT l.link FROM jira_links j
         JOIN maps m ON m.key = j.map_key
         CROSS JOIN LATERAL jsonb_array_elements(j.links) WITH ORDINALITY AS l(link, position)
         ORDER BY j.map_key, l.position`,
      );
      return rows.map((row) => row.link);
    },
  };
}

export type PortfolioState = ReturnType<typeof portfolioState>;
