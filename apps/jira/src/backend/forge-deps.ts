// The services' dependencies inside Forge: the Jira client over `requestJira` (as the user, or the app), KVS stores.

import { createForgeTransport, FORGE_LIMITS } from '../client/forge-transport';
import { createJiraClient } from '../client/jira-client';
import type { BackendDeps } from './services/backend-deps';
import { appStore } from './storage/app-store';
import { mapStore } from './storage/map-store';

export interface ForgeDepsOptions {
  as: 'user' | 'app';
  siteUrl?: string | undefined;
  /** The project the module was opened in, from the Forge context: its settings apply. */
  projectId?: string | undefined;
  /** Waits before a Jira retry; tests pass one that does not wait. */
  sleep?: (milliseconds: number) => Promise<void>;
}

export async function forgeDeps(options: ForgeDepsOptions): Promise<BackendDeps> {
  const settings = await appStore.settings(options.projectId);
  const transport = createForgeTransport({
    as: options.as,
    ...(options.sleep === undefined ? {} : { sleep: options.sleep }),
  });
  const jira = createJiraClient({
    transport,
    maxPages: FORGE_LIMITS.maxPages,
    ...(settings.storyPointsField === null
      ? {}
      : { storyPointsFieldId: settings.storyPointsField }),
  });
  return {
    jira,
    maps: mapStore,
    app: appStore,
    settings,
    now: () => new Date(),
    ...(options.siteUrl === undefined ? {} : { siteUrl: options.siteUrl }),
  };
}
