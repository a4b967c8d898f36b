// Reads the board, one frame, or a selection through the Web SDK: one `board.get()`, then filters.
import { type BoardScope, type ScopedBoardRead, scopeBoardRead } from './board-scope';
import { fromSdkItems, type SdkBoardItem } from './from-sdk';

/** The part of `miro.board` the reader uses (`miro.board` itself satisfies it). */
export interface SdkBoard {
  get(): Promise<SdkBoardItem[]>;
}

/**
 * The items in scope, in board coordinates. `board.get()` is called exactly once: the SDK
 * returns the whole board in one call, and filtering here costs no further round trips.
 */
export async function readBoard(board: SdkBoard, scope: BoardScope): Promise<ScopedBoardRead> {
  return scopeBoardRead(fromSdkItems(await board.get()), scope);
}
