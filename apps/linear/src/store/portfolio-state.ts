// Reads and writes the service's tables: fetched projects and label groups, deliveries, snapshots, maps,
// and the maps' linked Jira issues.
import type { LabelGroup, LinearProject } from '../client/linear-model';
import { deleteProjects, replaceAll, replaceLabelGroups, upsertProjects } from './linear-rows';
import type { SqlStore } from './sql-store';

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

    /** The database's clock (not this process's): a reconcile's `readSince` is compared with `fetched_at`. */
    async now(): Promise<string> {
      const rows = await store.query<{ now: string }>('SELECT now()::text AS now');
      return rows[0]?.now ?? '';
    },

    /** A full reconcile read from `readSince` on (see linear-rows.ts: newer rows are never undone). */
    async replaceAll(read: {
      projects: readonly LinearProject[];
      groups: readonly LabelGroup[];
      readSince: string;
    }) {
      await store.transaction((tx) => replaceAll(tx, read));
    },

    /** The label groups alone (read again when a refetched project names a label they lack). */
    async saveLabelGroups(groups: readonly LabelGroup[]) {
      await store.transaction((tx) => replaceLabelGroups(tx, groups));
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

    /**
     * True the first time a delivery is seen by any replica sharing this database: neither its id nor
     * its body's sha256 known (the id header is unsigned, so a resent body under a new id is a replay).
     */
    async claimDelivery(delivery: { id: string; type: string; bodySha256: string }) {
      const rows = await store.query<{ id: string }>(
        'INSERT INTO deliveries (id, type, body_sha256) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING RETURNING id',
        [delivery.id, delivery.type, delivery.bodySha256],
      );
      return rows.length === 1;
    },

    /** Forgets deliveries older than `days`: far past the signed timestamp's one-minute window. */
    async pruneDeliveries(days: number): Promise<number> {
      const rows = await store.query<{ id: string }>(
        'DELETE FROM deliveries WHERE received_at < now() - make_interval(days => $1) RETURNING id',
        [days],
      );
      return rows.length;
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
