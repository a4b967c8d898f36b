// Where a map's parts were read from: the boards behind its stages, lanes, items and unplaced stickies.
import type { JourneyMap } from './journey-map';

/** Every board any part of the map came from; empty for a map made by hand. */
export function sourceBoardIds(map: JourneyMap): Set<string> {
  const boards = new Set<string>();
  for (const list of [map.phases, map.stages, map.lanes, map.items, map.unplaced]) {
    for (const entry of list) if (entry.source !== undefined) boards.add(entry.source.boardId);
  }
  return boards;
}
