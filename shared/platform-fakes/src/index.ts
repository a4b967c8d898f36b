// Platform emulations shared by tests and the workbench.
// Miro's REST API for board items (msw): cursor pages, tokens, injected rate limits.
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
