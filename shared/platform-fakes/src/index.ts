// Platform emulations shared by tests and the workbench.
// Miro's REST API for board items (msw): cursor pages, tokens, injected rate limits.

// Forge: the `__forge_fetch__` shim (product and storage calls over fetch) and the KVS API in msw.
export type {
  ForgeCall,
  ForgeFetchMeta,
  ForgeFetchOptions,
  InstalledForgeFetch,
} from './forge/forge-fetch-shim';
export { installForgeFetch } from './forge/forge-fetch-shim';
export type {
  KvsFailure,
  KvsFake,
  KvsFakeOptions,
  KvsRequest,
  StoredValue,
} from './forge/kvs-fake';
export {
  createKvsFake,
  DEFAULT_KVS_BASE_URL,
  KVS_BATCH_MAX_KEYS,
  KVS_VALUE_LIMIT_BYTES,
} from './forge/kvs-fake';
// Jira Cloud REST (msw): issues, entity properties, permissions, JQL search, checked against the swagger.
export type {
  FakeIssue,
  FakeIssueSeed,
  FakeJiraUser,
  JiraRestFake,
  JiraRestFakeOptions,
  JiraRestRequest,
  StatusCategory,
} from './jira-rest/jira-rest-fake';
export {
  createJiraRestFake,
  DEFAULT_JIRA_BASE_URL,
  DEFAULT_STORY_POINTS_FIELD,
  PROPERTY_VALUE_LIMIT,
  SEARCH_MAX_RESULTS_FIELDS,
  SEARCH_MAX_RESULTS_IDS,
} from './jira-rest/jira-rest-fake';
export type { JqlAliases, JqlIssue, JqlQuery } from './jira-rest/jql-subset';
export { JqlError, parseJql, THROUGHLINE_ALIASES } from './jira-rest/jql-subset';
export type {
  OpenApiRequestChecker,
  OpenApiRequestCheckOptions,
  RequestToCheck,
} from './jira-rest/openapi-request-check';
export { createOpenApiRequestChecker, toJsonSchema } from './jira-rest/openapi-request-check';
// Linear's GraphQL API (msw): documents validated against the schema, executed over an in-memory workspace.
export type {
  LinearGraphQLFake,
  LinearGraphQLFakeOptions,
  LinearGraphQLRequest,
} from './linear/linear-graphql-fake';
export { createLinearGraphQLFake, DEFAULT_LINEAR_API_URL } from './linear/linear-graphql-fake';
export { MAX_PAGE_SIZE as LINEAR_MAX_PAGE_SIZE } from './linear/linear-resolvers';
export type { DocumentCheck } from './linear/linear-schema';
export { buildLinearSchema, checkLinearDocument, deprecatedUses } from './linear/linear-schema';
export type {
  FakeExternalLink,
  FakeHealth,
  FakeLabel,
  FakeLabelSeed,
  FakeProject,
  FakeProjectSeed,
  FakeStatusType,
  LinearWorkspaceSeed,
} from './linear/linear-workspace';
export { LinearWorkspace } from './linear/linear-workspace';
export { estimateComplexity, LINEAR_COMPLEXITY_LIMIT } from './linear/query-complexity';
export type { SampleWorkspaceOptions } from './linear/sample-workspace';
export { sampleWorkspace } from './linear/sample-workspace';
export type {
  MiroItemsPage,
  MiroRestItem,
  PageRequest,
} from './miro-rest/item-pages';
export {
  DEFAULT_MIRO_BASE_URL,
  encodeCursor,
  itemPages,
  itemsPage,
  MAX_PAGE_LIMIT,
} from './miro-rest/item-pages';
export type {
  MiroRestFake,
  MiroRestFakeOptions,
  MiroRestRequest,
} from './miro-rest/miro-rest-fake';
export { createMiroRestFake } from './miro-rest/miro-rest-fake';
// The fake `miro` global (Web SDK v2) over an in-memory board.
export type { SdkCall } from './miro-sdk/call-log';
export { CallLog } from './miro-sdk/call-log';
export type { FakeBoardApi, FakeMiro, ItemFilter } from './miro-sdk/fake-miro';
export { createFakeMiro } from './miro-sdk/fake-miro';
export type {
  BoardBox,
  InMemoryBoardOptions,
  OpenedModal,
  RateLimitSimulation,
  SeedItem,
  SeedTag,
  ShownNotification,
} from './miro-sdk/in-memory-board';
export { FakeMiroError, InMemoryBoard } from './miro-sdk/in-memory-board';
export type { InstalledFakeMiro } from './miro-sdk/install-fake-miro';
export { installFakeMiro } from './miro-sdk/install-fake-miro';
export { SQUARE_STICKY_HEIGHT_RATIO } from './miro-sdk/item-defaults';
export {
  APP_DATA_LIMIT_BYTES,
  ITEM_METADATA_LIMIT_BYTES,
  jsonBytes,
  SDK_CALLS_PER_MINUTE,
  STORAGE_VALUE_LIMIT_BYTES,
} from './miro-sdk/sdk-limits';
export type {
  FakeFrame,
  FakeItem,
  FakeShape,
  FakeStickyNote,
  FakeTag,
  FakeText,
} from './miro-sdk/sdk-shapes';
export type { BoardSeed } from './miro-sdk/seed-from-board';
export { STICKY_COLOURS, seedFromBoard } from './miro-sdk/seed-from-board';
