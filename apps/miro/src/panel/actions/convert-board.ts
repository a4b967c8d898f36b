// Convert: read the chosen scope, infer a map, and merge it into the open map so that ids and hand
// edits survive a re-convert.
import type { BoardInference, BoardItem, JourneyMap } from '@throughline/journey-core';
import { hasChanges, inferMapFromBoard, mergeMaps } from '@throughline/journey-core';
import { PanelError, toPanelError } from '../panel-error';
import type { PanelServices, ReadScope, ScopeRead } from '../panel-services';
import type { PanelStore, ScopeChoice } from '../panel-store';

function scopeName(scope: ScopeChoice, store: PanelStore): string {
  if (scope.kind === 'board') return 'this board';
  if (scope.kind === 'selection') return 'the selection';
  const frame = store.get().frames.find((entry) => entry.id === scope.frameId);
  return frame && frame.title !== '' ? `the frame "${frame.title}"` : 'the chosen frame';
}

async function readScope(scope: ScopeChoice, services: PanelServices): Promise<ReadScope | null> {
  if (scope.kind === 'board') return { kind: 'board' };
  if (scope.kind === 'frame') return { kind: 'frame', frameId: scope.frameId };
  const itemIds = await services.selectionIds();
  return itemIds.length === 0 ? null : { kind: 'items', itemIds };
}

/** Sticky colours in the order first seen, for the legend editor. */
export function stickyColours(items: readonly BoardItem[]): string[] {
  const colours = new Set<string>();
  for (const item of items) if (item.kind === 'sticky' && item.color) colours.add(item.color);
  return [...colours];
}

function counted(placed: number, unsure: number, unplaced: number): string {
  return `${placed} placed, ${unsure} unsure, ${unplaced} unplaced`;
}

/** The reader's assumptions, appended so that nothing it had to guess goes unsaid. */
function withWarnings(message: string, warnings: readonly string[]): string {
  const [first] = warnings;
  if (first === undefined) return message;
  const more = warnings.length > 1 ? ` (and ${warnings.length - 1} more)` : '';
  return `${message} Note: ${first}${more}.`;
}

type Reading =
  | { kind: 'read'; boardId: string; read: ScopeRead }
  | { kind: 'empty'; boardId: string; message: string };

async function readForConvert(store: PanelStore, services: PanelServices): Promise<Reading> {
  const { scope } = store.get();
  const boardId = store.get().boardId ?? (await services.boardId());
  const wanted = await readScope(scope, services);
  if (wanted === null) {
    return {
      kind: 'empty',
      boardId,
      message:
        'Nothing is selected. Select stickies or their frame on the board, or pick a frame or the whole board above.',
    };
  }
  const read = await services.readBoard(wanted);
  if (!read.items.some((item) => item.kind === 'sticky')) {
    return {
      kind: 'empty',
      boardId,
      message: `No stickies found in ${scopeName(scope, store)}. Pick the frame that holds the workshop, or the whole board.`,
    };
  }
  return { kind: 'read', boardId, read };
}

export async function convertBoard(store: PanelStore, services: PanelServices): Promise<void> {
  store.set({ status: { kind: 'loading', message: 'Reading the board…' }, selection: null });
  let reading: Reading;
  try {
    reading = await readForConvert(store, services);
  } catch (cause) {
    const error = toPanelError(cause, 'read-failed', 'Could not read the board');
    store.set({ status: { kind: 'error', error } });
    return;
  }
  const { boardId } = reading;
  if (reading.kind === 'empty') {
    store.set({ boardId, status: { kind: 'empty', message: reading.message } });
    return;
  }

  const { items, title, warnings } = reading.read;
  const { legend, map: open, boardColours, dirty } = store.get();
  let fresh: BoardInference;
  try {
    fresh = inferMapFromBoard(items, {
      boardId,
      ...(legend.length > 0 && { legend }),
      ...(title !== undefined && title !== '' && { title }),
    });
  } catch (cause) {
    const error = toPanelError(cause, 'infer-failed', 'Could not make a map of these stickies');
    store.set({ status: { kind: 'error', error } });
    return;
  }

  const seen = new Set(boardColours);
  const colours = [...boardColours, ...stickyColours(items).filter((colour) => !seen.has(colour))];
  const { summary } = fresh;
  if (open === null) {
    const counts = counted(summary.placed, summary.unsure, summary.unplaced);
    store.set({
      boardId,
      boardColours: colours,
      map: fresh.map,
      summary,
      lastMerge: null,
      dirty: true,
      status: {
        kind: 'success',
        message: withWarnings(`Converted ${summary.stickies} stickies: ${counts}.`, warnings),
      },
    });
    return;
  }
  // A re-convert never replaces the open map: ids, links and hand edits must survive it.
  const merged = mergeMaps(open, fresh.map);
  const changed = hasChanges(merged.report);
  store.set({
    boardId,
    boardColours: colours,
    map: merged.map,
    summary,
    lastMerge: merged.report,
    dirty: dirty || changed,
    status: {
      kind: 'success',
      message: withWarnings(
        changed
          ? `Re-converted ${summary.stickies} stickies into the open map; see what changed below.`
          : `Re-converted ${summary.stickies} stickies: nothing changed.`,
        warnings,
      ),
    },
  });
}

/** The open map, or a typed error for the actions that need one. */
export function requireMap(store: PanelStore): JourneyMap {
  const map = store.get().map;
  if (map === null)
    throw new PanelError('invalid-map', 'There is no map yet: convert the board first.');
  return map;
}
