// The Miro app's public API: board readers (REST, Web SDK) and the map writer.
// Board readers: REST pages and Web SDK items to the core's board items.
export type { BoardRead, BoardReadWarning, BoardReadWarningCode } from './board/board-read';
export { BoardReadError } from './board/board-read';
export type { FromRestOptions, RestTag } from './board/from-rest';
export { fromRestItems } from './board/from-rest';
export type { SdkBoardItem } from './board/from-sdk';
export { fromSdkItems } from './board/from-sdk';
export { htmlToText } from './board/html-text';
// The map writer and map storage on the board.
export type {
  MapCollection,
  MapStorageBoard,
  MapStorageErrorCode,
  SaveOptions,
  SaveReport,
} from './board/map-storage';
export {
  CURRENT_MAP_KEY,
  currentMapId,
  loadMap,
  MAPS_COLLECTION,
  MapStorageError,
  saveMap,
} from './board/map-storage';
export type { BoardScope, ScopedBoardRead, SdkBoard } from './board/read-board-sdk';
export { BoardScopeError, readBoard } from './board/read-board-sdk';
export type {
  FetchBoardItemsOptions,
  FetchProgress,
  MiroRestErrorCode,
} from './board/rest-client';
export { fetchBoardItems, MiroRestError, PAGE_LIMIT } from './board/rest-client';
export type { RestItemsDocument } from './board/rest-document';
export { parseRestItemsDocument } from './board/rest-document';
export { RestItem, RestItemsPage } from './board/rest-items';
export type { StickyFill } from './board/sticky-colours';
export { escapeHtml, textToBoardHtml } from './draw/board-html';
export type {
  DrawError,
  DrawErrorCode,
  DrawingBoard,
  DrawnPart,
  DrawOptions,
  DrawProgress,
  DrawReport,
  PartlyDrawnPart,
  PlannedPart,
} from './draw/draw-plan';
export { assertComplete, DrawIncompleteError, describeReport, drawPlan } from './draw/draw-plan';
export type { LaneColour } from './draw/lane-colours';
export { LANE_COLOURS } from './draw/lane-colours';
export { readStickyLink, STICKY_LINK_KEY, StickyLink } from './draw/sticky-link';
export type { Clock, PaceOptions } from './draw/write-pacer';
export { DEFAULT_PACE, MIRO_SDK_CALLS_PER_MINUTE } from './draw/write-pacer';
