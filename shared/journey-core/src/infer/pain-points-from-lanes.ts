// Pain points and opportunities raised from the stickies of a map's pain-points and opportunities
// lanes: one unscored entry per item, so that work can link to what the workshop wrote down.

import { idAllocator } from '../merge/id-allocator';
import type { JourneyMap, MapItem, Opportunity, PainPoint } from '../model/journey-map';
import { keyAllocator } from '../model/key-allocator';
import { MAX_NAME_LENGTH } from '../model/primitives';
import { safeId } from './board-ids';

/**
 * The first line of an item's text that has any, as a title within the Name limit; undefined for
 * an item with no text. A sticky is often a sentence or two: the first line is its headline.
 */
export function titleOf(text: string): string | undefined {
  const line = firstLine(text);
  if (line === undefined) return undefined;
  return line.length <= MAX_NAME_LENGTH ? line : `${line.slice(0, MAX_NAME_LENGTH - 1).trimEnd()}…`;
}

/** The first line with any text, trimmed; a board sticky is most often a single line. */
function firstLine(text: string): string | undefined {
  if (!text.includes('\n') && !text.includes('\r')) {
    const line = text.trim();
    return line === '' ? undefined : line;
  }
  return text
    .split(/\r\n|\r|\n/)
    .map((part) => part.trim())
    .find((part) => part !== '');
}

interface Raised {
  id: string;
  key: string;
  title: string;
  stageId: string;
  itemId: string;
  description?: string;
}

/** One entry for each item in a lane of `kind` that no entry of `existing` was raised from yet. */
function raise(
  map: JourneyMap,
  kind: 'pain-points' | 'opportunities',
  prefix: string,
  existing: readonly { id: string; key: string; itemId?: string | undefined }[],
): Raised[] {
  const lanes = new Set(map.lanes.filter((lane) => lane.kind === kind).map((lane) => lane.id));
  if (lanes.size === 0) return [];
  const raisedFrom = new Set(existing.flatMap((entry) => entry.itemId ?? []));
  const ids = idAllocator(existing.map((entry) => entry.id));
  const keys = keyAllocator(existing.map((entry) => entry.key));
  const raised: Raised[] = [];
  for (const item of map.items) {
    if (!lanes.has(item.laneId) || item.removedAtSource || raisedFrom.has(item.id)) continue;
    const title = titleOf(item.text);
    if (title === undefined) continue;
    raised.push(
      withDescription(item, {
        // `item-123` raises `pain-123`: the board's own id, readable in links and JQL.
        id: ids(safeId(`${prefix}${item.id.startsWith('item-') ? item.id.slice(5) : item.id}`)),
        key: keys(title),
        title,
        stageId: item.stageId,
        itemId: item.id,
      }),
    );
  }
  return raised;
}

/** The sticky's whole text, when the title is only its first line. */
function withDescription(item: MapItem, entry: Raised): Raised {
  const text = item.text.trim();
  return text === entry.title ? entry : { ...entry, description: text };
}

/**
 * `map` with a pain point for each item of its pain-points lanes and an opportunity for each item
 * of its opportunities lanes, in item order after those it already has. They are unscored (only a
 * person can say how severe or how common) and open; ids derive from the item ids, so the same
 * board gives the same ids. An item that already has its entry, or has no text, gets none.
 */
export function painPointsFromLanes(map: JourneyMap): JourneyMap {
  // Each entry written out rather than spread: a large board raises thousands.
  const painPoints: PainPoint[] = raise(map, 'pain-points', 'pain-', map.painPoints).map(
    ({ id, key, title, stageId, itemId, description }) =>
      description === undefined
        ? { id, key, title, stageId, itemId, evidence: [], status: 'open' }
        : { id, key, title, stageId, itemId, description, evidence: [], status: 'open' },
  );
  const opportunities: Opportunity[] = raise(
    map,
    'opportunities',
    'opportunity-',
    map.opportunities,
  ).map(({ id, key, title, stageId, itemId }) => ({
    id,
    key,
    title,
    stageId,
    itemId,
    painPointIds: [],
  }));
  if (painPoints.length === 0 && opportunities.length === 0) return map;
  return {
    ...map,
    painPoints: [...map.painPoints, ...painPoints],
    opportunities: [...map.opportunities, ...opportunities],
  };
}
