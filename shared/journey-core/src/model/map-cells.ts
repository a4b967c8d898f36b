// A map's cells, one stage by one lane: a key for each, and the items grouped by it.
import type { MapItem } from './journey-map';

/** One string per cell: ids hold no control characters, so no two cells share a key. */
export function cellKey(stageId: string, laneId: string): string {
  return `${stageId}\u0000${laneId}`;
}

/** The items of each cell, by `cellKey`, in map order. */
export function itemsByCell(items: readonly MapItem[]): Map<string, MapItem[]> {
  const cells = new Map<string, MapItem[]>();
  for (const item of items) {
    const key = cellKey(item.stageId, item.laneId);
    const cell = cells.get(key);
    if (cell) cell.push(item);
    else cells.set(key, [item]);
  }
  return cells;
}
