// Runs in the harness page before the panel: installs the fake `miro` global over a seeded board
// (chosen by the page's query) and exposes that board to the tests through `window.__harness`.
import type { AppData, Json } from '@mirohq/websdk-types';
import {
  InMemoryBoard,
  installFakeMiro,
  type OpenedModal,
  seedFromBoard,
} from '@throughline/platform-fakes';
import { BOARDS, type BoardName } from './workshop-boards';

/** What a saved map leaves on a board, carried from one page to the next as a reopened board. */
export interface BoardState {
  appData: AppData;
  storage: [collection: string, key: string, value: Json][];
  metadata: [itemId: string, metadata: AppData][];
}

export interface BoardItemView {
  id: string;
  type: string;
  parentId: string | null;
  /** Sticky, shape or text content; a frame's title. */
  text: string;
  metadata: AppData;
}

export interface Harness {
  board: InMemoryBoard;
  state(): BoardState;
  items(): BoardItemView[];
  callCount(name: string): number;
  /** Every modal the app opened, without the data it handed over. */
  modals(): Omit<OpenedModal, 'data'>[];
}

declare global {
  interface Window {
    __harness: Harness;
    /** Set by a hostile sticky's script if it ever ran. */
    __pwned?: unknown;
    /** Set by a test (`addInitScript`) before the page loads: the board as a previous page left it. */
    __reopen?: BoardState;
  }
}

function isBoardName(name: string): name is BoardName {
  return Object.hasOwn(BOARDS, name);
}

const query = new URLSearchParams(window.location.search);
const name = query.get('board') ?? 'workshop';
if (!isBoardName(name)) throw new Error(`harness: no board named ${name}`);
const board = new InMemoryBoard({ boardId: 'uXjVHarness=', ...seedFromBoard(BOARDS[name]()) });
board.selection = (query.get('select') ?? '').split(',').filter((id) => id !== '');

const reopened = window.__reopen;
if (reopened) {
  board.appData = structuredClone(reopened.appData);
  for (const [collection, key, value] of reopened.storage) {
    const values = board.storage.get(collection) ?? new Map<string, Json>();
    values.set(key, structuredClone(value));
    board.storage.set(collection, values);
  }
  for (const [itemId, metadata] of reopened.metadata) {
    const stored = board.items.get(itemId);
    if (stored) stored.metadata = structuredClone(metadata);
  }
}

installFakeMiro(window, board);

/**
 * Shows an open modal as Miro does, over the page: its URL (resolved against this page, as Miro
 * resolves it against the app's) in a frame of the size asked for, and a close button.
 */
function showModal(modal: OpenedModal | null): void {
  document.getElementById('harness-modal')?.remove();
  if (modal === null) return;
  const frame = document.createElement('iframe');
  frame.src = new URL(modal.url, window.location.href).href;
  frame.title = 'Modal';
  frame.style.cssText = `width:${modal.width ?? 800}px;height:${modal.height ?? 600}px;border:0;background:#fff;display:block`;
  const close = document.createElement('button');
  close.type = 'button';
  close.textContent = 'Close modal';
  close.dataset.harness = 'close-modal';
  close.addEventListener('click', () => board.closeModal());
  const overlay = document.createElement('div');
  overlay.id = 'harness-modal';
  overlay.style.cssText = 'position:absolute;inset:0 auto auto 0;z-index:10;background:#050038aa';
  overlay.append(close, frame);
  document.body.append(overlay);
}
board.onModalChange = showModal;

window.__harness = {
  board,
  state: () => ({
    appData: structuredClone(board.appData),
    storage: [...board.storage].flatMap(([collection, values]) =>
      [...values].map(([key, value]): [string, string, Json] => [
        collection,
        key,
        structuredClone(value),
      ]),
    ),
    metadata: [...board.items.values()]
      .filter((stored) => Object.keys(stored.metadata).length > 0)
      .map((stored): [string, AppData] => [stored.data.id, structuredClone(stored.metadata)]),
  }),
  items: () =>
    [...board.items.values()].map((stored) => ({
      id: stored.data.id,
      type: stored.data.type,
      parentId: stored.data.parentId,
      text:
        stored.kind === 'frame'
          ? stored.data.title
          : 'content' in stored.data && typeof stored.data.content === 'string'
            ? stored.data.content
            : '',
      metadata: structuredClone(stored.metadata),
    })),
  callCount: (callName) => board.log.count(callName),
  modals: () => board.modals.map(({ data: _data, ...modal }) => modal),
};
