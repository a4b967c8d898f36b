// The Miro app's API for the other packages (the CLI, the cross-package tests): the board readers
// (REST and Web SDK), sticky colours and the board HTML the writer makes. The panel imports its
// modules directly.
export type { BoardRead, BoardReadWarning, BoardReadWarningCode } from './board/board-read';
export { BoardReadError } from './board/board-read';
export type { BoardScope, JourneyFrame, ScopedBoardRead } from './board/board-scope';
export { BoardScopeError, journeyFrames, scopeBoardRead } from './board/board-scope';
export type { FromRestOptions, RestTag } from './board/from-rest';
export { fromRestItems } from './board/from-rest';
export type { SdkBoardItem } from './board/from-sdk';
export type { SdkBoard } from './board/read-board-sdk';
export { readBoard } from './board/read-board-sdk';
export type {
  FetchBoardItemsOptions,
  FetchProgress,
  MiroRestErrorCode,
} from './board/rest-client';
export { fetchBoardItems, MiroRestError } from './board/rest-client';
export type { RestItemsDocument } from './board/rest-document';
export { parseRestItemsDocument } from './board/rest-document';
export { RestItem, RestItemsPage } from './board/rest-items';
export type { StickyFill } from './board/sticky-colours';
export { escapeHtml, textToBoardHtml } from './draw/board-html';
