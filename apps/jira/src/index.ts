// @throughline/jira: the Jira client (every REST path the app and the CLI use) and the link format.

export type { ForgeTransportOptions } from './client/forge-transport';
export { createForgeTransport, FORGE_LIMITS } from './client/forge-transport';
export type { HttpTransport, HttpTransportOptions } from './client/http-transport';
export { createHttpTransport } from './client/http-transport';
export type {
  IssueStatusFacts,
  StatusCategoryKey,
} from './client/issue-status';
export {
  DEFAULT_CANCELED_RESOLUTIONS,
  dueDateOf,
  issueScope,
  workStatus,
} from './client/issue-status';
export type {
  JiraClient,
  JiraClientOptions,
  LinkChange,
  SearchLinkedOptions,
  SearchProgress,
} from './client/jira-client';
export {
  createJiraClient,
  linkedIssuesJql,
  MAX_RECONCILE_IDS,
  SEARCH_PAGE_SIZE,
} from './client/jira-client';
export type { JiraClientErrorCode } from './client/jira-client-error';
export { isJiraClientError, JiraClientError } from './client/jira-client-error';
export type { JiraIssue } from './client/jira-issue';
export { ISSUE_FIELDS } from './client/jira-issue';
export type {
  JiraMethod,
  JiraPath,
  JiraRequest,
  JiraResponse,
  JiraTransport,
  TransportLimits,
} from './client/jira-transport';
export { jiraPath } from './client/jira-transport';
export { jqlString } from './client/jql-string';
export type { LinksPropertyErrorCode } from './client/links-property';
export {
  addLink,
  checkSize,
  EMPTY_LINKS,
  hasLink,
  IssueLink,
  LINKS_PROPERTY_KEY,
  LinksProperty,
  LinksPropertyError,
  MAX_LINKS_PER_ISSUE,
  MAX_PROPERTY_BYTES,
  parseLinksProperty,
  propertyBytes,
  removeLink,
  withFlatArrays,
} from './client/links-property';
export type { ToWorkLinksOptions } from './client/to-work-links';
export { toWorkLinks } from './client/to-work-links';
