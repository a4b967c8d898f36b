// What the services work with: the Jira client, the stores and the clock, built per invocation.
import type { JiraClient } from '../../client/jira-client';
import type { Settings } from '../../contract/resolver-contract';
import type { AppStore } from '../storage/app-store';
import type { MapStore } from '../storage/map-store';

export interface BackendDeps {
  /** Acting as the user in resolvers, as the app in triggers. */
  jira: JiraClient;
  maps: MapStore;
  app: AppStore;
  settings: Settings;
  now: () => Date;
  /** The site from the Forge context, for issue links; absent in tests that do not need them. */
  siteUrl?: string;
}

/** The issue the module was opened on, from the Forge context (never from a payload). */
export interface ContextIssue {
  id: string;
  key: string;
}

/** The project the module was opened in, from the Forge context. */
export interface ContextProject {
  id: string;
  key: string;
}
