// Small app records in Forge KVS: each project's journeys and settings, and the issues changed lately.
import { kvs } from '@forge/kvs';
import { z } from 'zod';
import { DEFAULT_SETTINGS, Settings } from '../../contract/resolver-contract';
import { StorageError } from './storage-error';

const ProjectJourneys = z.object({ mapIds: z.array(z.string()) });
/** Settings saved before they were per project: a project without its own reads these. */
const LEGACY_SETTINGS_KEY = 'settings';
/** One key per changed issue, so that concurrent changes never overwrite each other's note. */
const RECENT_PREFIX = 'recent-change:';
/** Pages of recent changes read at most: 500 issues changed in ten minutes is a bulk edit. */
const RECENT_PAGES = 5;
/** Jira's `reconcileIssues` takes 50 ids; older changes have long reached the search index. */
export const RECENT_CHANGES_KEPT = 50;
/** Jira's search index catches up within seconds; ten minutes is generous. */
export const RECENT_CHANGE_TTL_MS = 10 * 60 * 1000;
/** KVS drops a note once its ttl runs out; the reader also skips one older than that. */
const RECENT_CHANGE_TTL = { value: 10, unit: 'MINUTES' } as const;

const RecentChange = z.object({ issueId: z.string(), at: z.number() });

/** Project ids are digits in Jira; anything else never reaches a key. */
function projectKey(record: 'project-journeys' | 'project-settings', projectId: string): string {
  if (!/^\d{1,18}$/.test(projectId)) throw new StorageError(`"${projectId}" is not a project id`);
  return `${record}:${projectId}`;
}

/** A batch of KVS writes holds at most 25 keys. */
const KVS_BATCH_KEYS = 25;

/** Issue ids are digits in Jira, which KVS keys allow. */
function recentKey(issueId: string): string {
  if (!/^\d{1,18}$/.test(issueId)) throw new StorageError(`"${issueId}" is not an issue id`);
  return `${RECENT_PREFIX}${issueId}`;
}

export const appStore = {
  async projectJourneys(projectId: string): Promise<string[]> {
    const raw = await StorageError.around('read the project journeys', () =>
      kvs.get(projectKey('project-journeys', projectId)),
    );
    const parsed = ProjectJourneys.safeParse(raw);
    return parsed.success ? parsed.data.mapIds : [];
  },

  async setProjectJourneys(projectId: string, mapIds: readonly string[]): Promise<string[]> {
    const unique = [...new Set(mapIds)];
    await StorageError.around('save the project journeys', () =>
      kvs.set(projectKey('project-journeys', projectId), { mapIds: unique }),
    );
    return unique;
  },

  /**
   * A project's settings: which field holds its story points (team-managed projects each have
   * their own) and which resolutions count as canceled. Saved by that project's administrators;
   * read wherever its journeys are shown. Outside a project (a trigger), the defaults.
   */
  async settings(projectId: string | undefined): Promise<Settings> {
    if (projectId === undefined) return DEFAULT_SETTINGS;
    const own = await StorageError.around('read the settings', () =>
      kvs.get(projectKey('project-settings', projectId)),
    );
    const raw =
      own ?? (await StorageError.around('read the settings', () => kvs.get(LEGACY_SETTINGS_KEY)));
    const parsed = Settings.safeParse(raw);
    return parsed.success ? parsed.data : DEFAULT_SETTINGS;
  },

  async saveSettings(projectId: string, settings: Settings): Promise<Settings> {
    await StorageError.around('save the settings', () =>
      kvs.set(projectKey('project-settings', projectId), settings),
    );
    return settings;
  },

  /**
   * Issues changed in the last minutes, newest last and at most 50 of them: the board asks Jira
   * to read them fresh (`reconcileIssues`), where the search index may lag.
   */
  async recentChanges(now: number): Promise<string[]> {
    const changes: z.infer<typeof RecentChange>[] = [];
    let cursor: string | undefined;
    for (let page = 0; page < RECENT_PAGES; page++) {
      let query = kvs
        .query()
        .where('key', { condition: 'BEGINS_WITH', values: [RECENT_PREFIX] })
        .limit(100);
      if (cursor !== undefined) query = query.cursor(cursor);
      const answer = await StorageError.around('read recent changes', () => query.getMany());
      for (const result of answer.results) {
        const parsed = RecentChange.safeParse(result.value);
        if (parsed.success && now - parsed.data.at < RECENT_CHANGE_TTL_MS)
          changes.push(parsed.data);
      }
      cursor = answer.nextCursor;
      if (cursor === undefined) break;
    }
    return changes
      .sort((a, b) => a.at - b.at)
      .slice(-RECENT_CHANGES_KEPT)
      .map((change) => change.issueId);
  },

  async noteChanges(issueIds: readonly string[], now: number): Promise<void> {
    for (let start = 0; start < issueIds.length; start += KVS_BATCH_KEYS) {
      const group = issueIds.slice(start, start + KVS_BATCH_KEYS).map((issueId) => ({
        key: recentKey(issueId),
        value: { issueId, at: now },
        options: { ttl: RECENT_CHANGE_TTL },
      }));
      await StorageError.around('note recent changes', () => kvs.batchSet(group));
    }
  },
};

export type AppStore = typeof appStore;
