// Re-imported items, matched by their sticky: ids and hand edits survive, nothing is dropped unseen.
import type { MapItem, UnplacedItem } from '../model/journey-map';
import { sourceKey } from '../model/primitives';
import { idAllocator } from './id-allocator';
import { inNextOrder } from './merge-order';
import type { ItemChanges, ItemField, MergeConflict } from './merge-report';

export interface ItemMergeInput {
  previous: readonly MapItem[];
  next: readonly MapItem[];
  nextUnplaced: readonly UnplacedItem[];
  /** Import stage id → merged stage id. */
  stageIdOf: ReadonlyMap<string, string>;
  /** Import lane id → merged lane id. */
  laneIdOf: ReadonlyMap<string, string>;
  /** Ids of previous items that pain points refer to: they stay in the map whatever the board says. */
  referenced: ReadonlySet<string>;
}

export interface MergedItems {
  items: MapItem[];
  unplaced: UnplacedItem[];
  /** Import item id → merged item id, for every import item that became or matched a merged one. */
  idOf: Map<string, string>;
  changes: ItemChanges;
  conflicts: MergeConflict[];
}

interface Cell {
  stageId: string;
  laneId: string;
}

interface Tally {
  changes: ItemChanges;
  conflicts: MergeConflict[];
}

function conflict(tally: Tally, code: MergeConflict['code'], id: string, message: string): void {
  tally.conflicts.push({ code, list: 'items', id, message });
}

/** Previous items by sticky, and hand-made ones by id; a second item from one sticky loses its source. */
function indexPrevious(previous: readonly MapItem[], tally: Tally) {
  const bySource = new Map<string, MapItem>();
  const handMade = new Map<string, MapItem>();
  const items = previous.map((item) => {
    if (!item.source) {
      handMade.set(item.id, item);
      return item;
    }
    const key = sourceKey(item.source);
    const first = bySource.get(key);
    if (!first) {
      bySource.set(key, item);
      return item;
    }
    const detached = { ...item };
    delete detached.source;
    handMade.set(item.id, detached);
    conflict(
      tally,
      'duplicate-source',
      item.id,
      `"${item.text}" came from the same sticky as "${first.text}"; it is kept as a hand-made item`,
    );
    return detached;
  });
  return { items, bySource, handMade };
}

/** The import's unplaced stickies by source; the first wins when one is listed twice. */
function indexUnplaced(unplaced: readonly UnplacedItem[], tally: Tally): Map<string, UnplacedItem> {
  const bySource = new Map<string, UnplacedItem>();
  for (const entry of unplaced) {
    const key = sourceKey(entry.source);
    if (!bySource.has(key)) bySource.set(key, entry);
    else {
      tally.conflicts.push({
        code: 'duplicate-source',
        list: 'unplaced',
        message: `the import lists the sticky "${entry.text}" twice as unplaced; the first is kept`,
      });
    }
  }
  return bySource;
}

function cellOf(item: MapItem, input: ItemMergeInput): Cell | undefined {
  const stageId = input.stageIdOf.get(item.stageId);
  const laneId = input.laneIdOf.get(item.laneId);
  return stageId !== undefined && laneId !== undefined ? { stageId, laneId } : undefined;
}

function report(tally: Tally, before: MapItem, merged: MapItem, fields: ItemField[]): void {
  const reported = { id: merged.id, label: merged.text };
  if (merged.removedAtSource && !before.removedAtSource) tally.changes.removed.push(reported);
  else if (fields.length > 0) tally.changes.updated.push({ ...reported, fields });
  else tally.changes.unchanged++;
}

function keptText(before: MapItem, boardText: string, tally: Tally): string {
  if (!before.edited?.includes('text')) return boardText;
  if (boardText !== before.text) {
    conflict(
      tally,
      'kept-edit',
      before.id,
      `item "${before.text}": kept the text a person edited; the board says "${boardText}"`,
    );
  }
  return before.text;
}

function keptCell(before: MapItem, boardCell: Cell | undefined, tally: Tally): Cell {
  const previousCell = { stageId: before.stageId, laneId: before.laneId };
  if (!boardCell) {
    conflict(
      tally,
      'unknown-reference',
      before.id,
      `the import put "${before.text}" in a stage or lane it does not have; it kept its cell`,
    );
    return previousCell;
  }
  if (!before.edited?.includes('cell')) return boardCell;
  if (boardCell.stageId !== before.stageId || boardCell.laneId !== before.laneId) {
    conflict(
      tally,
      'kept-edit',
      before.id,
      `item "${before.text}": kept the cell a person placed it in; the board moved it`,
    );
  }
  return previousCell;
}

/** A previous item re-imported from its sticky: its id and hand edits, the board's content. */
function combineItem(
  before: MapItem,
  next: MapItem,
  boardCell: Cell | undefined,
  tally: Tally,
): MapItem {
  const merged: MapItem = {
    ...before,
    text: keptText(before, next.text, tally),
    ...keptCell(before, boardCell, tally),
  };
  delete merged.emotion;
  delete merged.placement;
  delete merged.removedAtSource;
  if (next.emotion !== undefined) merged.emotion = next.emotion;
  // A cell a person chose is certain; otherwise the new inference says how sure it is.
  if (next.placement !== undefined && !before.edited?.includes('cell')) {
    merged.placement = next.placement;
  }
  if (next.removedAtSource) merged.removedAtSource = true;
  const fields: ItemField[] = [];
  if (merged.text !== before.text) fields.push('text');
  if (merged.stageId !== before.stageId || merged.laneId !== before.laneId) fields.push('cell');
  if (merged.emotion !== before.emotion) fields.push('emotion');
  if (before.removedAtSource && !merged.removedAtSource) fields.push('restored');
  report(tally, before, merged, fields);
  return merged;
}

/** A previous item whose sticky the import left outside the grid, kept in its cell. */
function keepInCell(before: MapItem, outside: UnplacedItem, tally: Tally): MapItem {
  const merged: MapItem = { ...before, text: keptText(before, outside.text, tally) };
  delete merged.removedAtSource;
  const fields: ItemField[] = [];
  if (merged.text !== before.text) fields.push('text');
  if (before.removedAtSource) fields.push('restored');
  report(tally, before, merged, fields);
  return merged;
}

type PreviousIndex = ReturnType<typeof indexPrevious>;

interface ImportPass {
  inNext: MapItem[];
  idOf: Map<string, string>;
  /** Ids of previous items the import re-imported. */
  matched: Set<string>;
  /** Source key → merged id of every item the import placed. */
  importedSources: Map<string, string>;
  /** Import items with a sticky but no cell this map has: they join the unplaced list. */
  lost: UnplacedItem[];
}

/** The import's items, in its order: matched ones merged into their previous item, new ones added. */
function mergeImported(input: ItemMergeInput, previous: PreviousIndex, tally: Tally): ImportPass {
  const allocateId = idAllocator(previous.items.map((item) => item.id));
  const pass: ImportPass = {
    inNext: [],
    idOf: new Map(),
    matched: new Set(),
    importedSources: new Map(),
    lost: [],
  };
  for (const item of input.next) {
    const key = item.source ? sourceKey(item.source) : undefined;
    const firstWithSource = key === undefined ? undefined : pass.importedSources.get(key);
    if (firstWithSource !== undefined) {
      pass.idOf.set(item.id, firstWithSource);
      conflict(
        tally,
        'duplicate-source',
        firstWithSource,
        `the import has the sticky "${item.text}" twice; the first is kept`,
      );
      continue;
    }
    const before = key === undefined ? previous.handMade.get(item.id) : previous.bySource.get(key);
    const cell = cellOf(item, input);
    let merged: MapItem;
    if (before && key === undefined) {
      merged = before;
      tally.changes.unchanged++;
    } else if (before) {
      merged = combineItem(before, item, cell, tally);
    } else if (cell) {
      merged = { ...item, id: allocateId(item.id), ...cell };
      tally.changes.added.push({ id: merged.id, label: merged.text });
    } else {
      loseItem(item, input, pass, tally);
      continue;
    }
    if (before) pass.matched.add(before.id);
    if (key !== undefined) pass.importedSources.set(key, merged.id);
    pass.idOf.set(item.id, merged.id);
    pass.inNext.push(merged);
  }
  return pass;
}

/** A new import item in a stage or lane the import lacks: unplaced when it has a sticky, else left out. */
function loseItem(item: MapItem, input: ItemMergeInput, pass: ImportPass, tally: Tally): void {
  const reason = input.stageIdOf.has(item.stageId) ? 'no-lane' : 'no-stage';
  if (item.source) pass.lost.push({ source: item.source, text: item.text, reason });
  tally.conflicts.push({
    code: 'unknown-reference',
    list: item.source ? 'unplaced' : 'items',
    message: `the import put "${item.text}" in a stage or lane it does not have; ${item.source ? 'it is listed as unplaced' : 'it was left out'}`,
  });
}

interface PreviousPass {
  /** Previous items the import did not re-import but the map keeps, by id. */
  kept: Map<string, MapItem>;
  /** Sources of kept items whose sticky is outside the grid: they leave the unplaced list. */
  placedByHand: Set<string>;
}

/**
 * Previous items the import does not place: hand-made ones stay; one whose sticky is now outside
 * the grid goes back to unplaced unless a person placed it or a pain point needs it; one whose
 * sticky is gone stays, flagged, until a person confirms.
 */
function keepPreviousOnly(
  input: ItemMergeInput,
  previous: PreviousIndex,
  matched: ReadonlySet<string>,
  outsideGrid: ReadonlyMap<string, UnplacedItem>,
  tally: Tally,
): PreviousPass {
  const pass: PreviousPass = { kept: new Map(), placedByHand: new Set() };
  for (const item of previous.items) {
    if (matched.has(item.id)) continue;
    if (!item.source) {
      pass.kept.set(item.id, item);
      tally.changes.unchanged++;
      continue;
    }
    const key = sourceKey(item.source);
    const outside = outsideGrid.get(key);
    if (!outside) {
      if (item.removedAtSource) tally.changes.unchanged++;
      else tally.changes.removed.push({ id: item.id, label: item.text });
      pass.kept.set(item.id, { ...item, removedAtSource: true });
      continue;
    }
    const byHand = item.edited?.includes('cell') ?? false;
    if (!byHand && !input.referenced.has(item.id)) {
      const { id, text: label, source } = item;
      tally.changes.movedToUnplaced.push({ id, label, source, reason: outside.reason });
      continue;
    }
    if (!byHand) {
      conflict(
        tally,
        'kept-referenced-item',
        item.id,
        `a pain point refers to "${item.text}", so it kept its cell; on the board it is outside the grid`,
      );
    }
    pass.placedByHand.add(key);
    pass.kept.set(item.id, keepInCell(item, outside, tally));
  }
  return pass;
}

/** The import's unplaced stickies, less those a cell now holds, each listed once. */
function stillUnplaced(
  candidates: readonly UnplacedItem[],
  imported: ImportPass,
  kept: PreviousPass,
  tally: Tally,
): UnplacedItem[] {
  const listed = new Set<string>();
  const unplaced: UnplacedItem[] = [];
  for (const entry of candidates) {
    const key = sourceKey(entry.source);
    if (listed.has(key) || kept.placedByHand.has(key)) continue;
    listed.add(key);
    if (imported.importedSources.has(key)) {
      tally.conflicts.push({
        code: 'duplicate-source',
        list: 'unplaced',
        message: `the import has the sticky "${entry.text}" both in a cell and unplaced; it stays in its cell`,
      });
      continue;
    }
    unplaced.push(entry);
  }
  return unplaced;
}

/** Merge the import's items into the previous ones; `mergeMaps` states the rules. */
export function mergeItems(input: ItemMergeInput): MergedItems {
  const tally: Tally = {
    changes: { added: [], updated: [], unchanged: 0, removed: [], movedToUnplaced: [] },
    conflicts: [],
  };
  const previous = indexPrevious(input.previous, tally);
  const outsideGrid = indexUnplaced(input.nextUnplaced, tally);
  const imported = mergeImported(input, previous, tally);
  const kept = keepPreviousOnly(input, previous, imported.matched, outsideGrid, tally);
  const items = inNextOrder(
    previous.items.map((item) => item.id),
    imported.inNext,
    kept.kept,
  );
  const unplaced = stillUnplaced([...input.nextUnplaced, ...imported.lost], imported, kept, tally);
  return {
    items,
    unplaced,
    idOf: imported.idOf,
    changes: tally.changes,
    conflicts: tally.conflicts,
  };
}
