// Pain points and opportunities raised from stickies, on re-import: matched by their item, they keep
// their id, key, scores, status and links, take the sticky's new text unless a person retitled them,
// and are flagged, never dropped, when their sticky left its lane or the board.
import type { JourneyMap, LaneKind, MapItem } from '../model/journey-map';
import type { ReportedEntry } from './merge-report';

interface Raised {
  id: string;
  title: string;
  itemId?: string | undefined;
  description?: string | undefined;
  edited?: readonly string[] | undefined;
  removedAtSource?: boolean | undefined;
}

export interface RaisedInput {
  previous: JourneyMap;
  next: JourneyMap;
  /** The merged map's items and lanes. */
  items: readonly MapItem[];
  lanes: JourneyMap['lanes'];
  /** Import item id → merged item id. */
  itemIdOf: ReadonlyMap<string, string>;
}

export interface MergedRaised<T> {
  /** `previous` in order, each matched one updated from the board, each orphaned one flagged. */
  entries: T[];
  /** Import ids of the entries matched here: the rest of the import is merged by key. */
  matched: Map<string, string>;
  retitled: ReportedEntry[];
  removed: ReportedEntry[];
}

/** Whether the item lies in a lane of `kind`, in a map with these items and lanes. */
function inLaneOf(
  kind: LaneKind,
  itemId: string,
  items: ReadonlyMap<string, MapItem>,
  laneKinds: ReadonlyMap<string, LaneKind>,
): boolean {
  const item = items.get(itemId);
  return item !== undefined && !item.removedAtSource && laneKinds.get(item.laneId) === kind;
}

export function mergeRaised<T extends Raised>(
  kind: 'pain-points' | 'opportunities',
  previous: readonly T[],
  next: readonly T[],
  input: RaisedInput,
): MergedRaised<T> {
  // Should two entries come from one sticky, they pair up in list order, as a map with itself.
  const nextByItem = new Map<string, T[]>();
  for (const entry of next) {
    const itemId = entry.itemId === undefined ? undefined : input.itemIdOf.get(entry.itemId);
    if (itemId === undefined) continue;
    const queue = nextByItem.get(itemId);
    if (queue) queue.push(entry);
    else nextByItem.set(itemId, [entry]);
  }
  const before = {
    items: new Map(input.previous.items.map((item) => [item.id, item])),
    lanes: new Map(input.previous.lanes.map((lane) => [lane.id, lane.kind])),
  };
  const after = {
    items: new Map(input.items.map((item) => [item.id, item])),
    lanes: new Map(input.lanes.map((lane) => [lane.id, lane.kind])),
  };
  const result: MergedRaised<T> = { entries: [], matched: new Map(), retitled: [], removed: [] };
  for (const entry of previous) {
    const board = entry.itemId === undefined ? undefined : nextByItem.get(entry.itemId)?.shift();
    if (board) {
      result.matched.set(board.id, entry.id);
      result.entries.push(fromBoard(entry, board, result));
      continue;
    }
    const itemId = entry.itemId;
    const wasRaised =
      itemId !== undefined &&
      (entry.removedAtSource === true || inLaneOf(kind, itemId, before.items, before.lanes));
    if (wasRaised && !entry.removedAtSource && !inLaneOf(kind, itemId, after.items, after.lanes)) {
      result.removed.push({ id: entry.id, label: entry.title });
      result.entries.push({ ...entry, removedAtSource: true });
    } else result.entries.push(entry);
  }
  return result;
}

/** The previous entry with the board's title and description, unless a person retitled it. */
function fromBoard<T extends Raised>(entry: T, board: T, result: MergedRaised<T>): T {
  const merged: T = { ...entry };
  delete merged.removedAtSource;
  if (!entry.edited?.includes('title') && board.title !== entry.title) {
    merged.title = board.title;
    if (board.description === undefined) delete merged.description;
    else merged.description = board.description;
    result.retitled.push({ id: entry.id, label: board.title });
  }
  return merged;
}
