// Small app records in Forge KVS: each project's journeys, the settings, and the issues changed lately.
import { kvs } from '@forge/kvs';
import { z } from 'zod';
import { DEFAULT_SETTINGS, Settings } from '../../contract/resolver-contract';
import { StorageError } from './storage-error';

const ProjectJourneys = z.object({ mapIds: z.array(z.string()) });
const SETTINGS_KEY = 'settings';
const RECENT_KEY = 'recent-issue-changes';
/** Jira's `reconcileIssues` takes 50 ids; older changes have long reached the search index. */
export const RECENT_CHANGES_KEPT = 50;
/** Jira's search index catches up within seconds; ten minutes is generous. */
export const RECENT_CHANGE_TTL_MS = 10 * 60 * 1000;

const RecentChanges = z.object({
  changes: z.array(z.object({ issueId: z.string(), at: z.number() })),
});

/** Project ids are digits in Jira; anything else never reaches a key. */
function projectKey(projectId: string): string {
  if (!/^\d{1,18}$/.test(projectId)) throw new StorageError(`"${projectId}" is not a project id`);
  return `project-journeys:${projectId}`;
}

export const appStore = {
  async projectJourneys(projectId: string): Promise<string[]> {
    const raw = await StorageError.around('read the project journeys', () =>
      kvs.get(projectKey(projectId)),
    );
    const parsed = ProjectJourneys.safeParse(raw);
    return parsed.success ? parsed.data.mapIds : [];
  },

  async setProjectJourneys(projectId: string, mapIds: readonly string[]): Promise<string[]> {
    const unique = [...new Set(mapIds)];
    await StorageError.around('save the project journeys', () =>
      kvs.set(projectKey(projectId), { mapIds: unique }),
    );
    return unique;
  },

  async settings(): Promise<Settings> {
    const raw = await StorageError.around('read the settings', () => kvs.get(SETTINGS_KEY));
    const parsed = Settings.safeParse(raw);
    return parsed.success ? parsed.data : DEFAULT_SETTINGS;
  },

  async saveSettings(settings: Settings): Promise<Settings> {
    await StorageError.around('save the settings', () => kvs.set(SETTINGS_KEY, settings));
    return settings;
  },

  /** Issues changed in the last minutes, newest last: the board asks Jira to read them fresh. */
  async recentChanges(now: number): Promise<string[]> {
    const raw = await StorageError.around('read recent changes', () => kvs.get(RECENT_KEY));
    const parsed = RecentChanges.safeParse(raw);
    if (!parsed.success) return [];
    return parsed.data.changes
      .filter((change) => now - change.at < RECENT_CHANGE_TTL_MS)
      .map((change) => change.issueId);
  },

  async noteChanges(issueIds: readonly string[], now: number): Promise<void> {
    const raw = await StorageError.around('read recent changes', () => kvs.get(RECENT_KEY));
    const parsed = RecentChanges.safeParse(raw);
    const kept = (parsed.success ? parsed.data.changes : []).filter(
      (change) => now - change.at < RECENT_CHANGE_TTL_MS && !issueIds.includes(change.issueId),
    );
    const changes = [...kept, ...issueIds.map((issueId) => ({ issueId, at: now }))].slice(
      -RECENT_CHANGES_KEPT,
    );
    await StorageError.around('note recent changes', () => kvs.set(RECENT_KEY, { changes }));
  },
};

export type AppStore = typeof appStore;
