// Pain points and opportunities raised from the stickies of a map's pain-points and opportunities
// lanes: one unscored entry per item, so that work can link to what the workshop wrote down.

import { idAllocator, MAX_BASE_LENGTH } from '../merge/id-allocator';
import type { JourneyMap, MapItem, Opportunity, PainPoint } from '../model/journey-map';
import { type KeyAllocator, keyAllocator } from '../model/key-allocator';
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
  if (isOneLine(text)) {
    const line = text.trim();
    return line === '' ? undefined : line;
  }
  return text
    .split(/\r\n|\r|\n/)
    .map((part) => part.trim())
    .find((part) => part !== '');
}

/** Whether the text has no line break: read in one pass, as sticky texts are short. */
function isOneLine(text: string): boolean {
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code === 0x0a || code === 0x0d) return false;
  }
  return true;
}

/** The whole text trimmed, when the title is only its first line (or cut); else undefined. */
function descriptionOf(text: string, title: string): string | undefined {
  // A title as long as the text is the text: nothing to trim, nothing left over.
  if (title.length === text.length) return undefined;
  const whole = text.trim();
  return whole === title ? undefined : whole;
}

/**
 * An entry made from its parts, given one by one rather than as an object: a large board raises
 * thousands, and each object would be garbage at once.
 */
type Make<T> = (
  id: string,
  key: string,
  title: string,
  stageId: string,
  itemId: string,
  description: string | undefined,
) => T;

export interface RaiseOptions {
  /**
   * The map's item ids are known to be distinct (a map just inferred): entries raised into an
   * empty list then keep the ids derived from them, and no set of every id is needed.
   */
  itemIdsDistinct?: boolean;
  /**
   * Every item id is `item-<its source's item id>` and valid as it stands (a map just inferred
   * from a board whose ids needed no allocator): raised ids are then made from the source ids.
   * Reading an item id's characters would copy it, as a joined string is flattened when read.
   */
  itemIdsFromSources?: boolean;
}

const ITEM_PREFIX = 'item-';
const PAIN = 1;
const OPPORTUNITY = 2;

/** Entries of one kind being raised: what they already are, and the ids and keys handed out. */
interface Raising<T> {
  prefix: string;
  raisedFrom: ReadonlySet<string>;
  keys: KeyAllocator;
  /** Undefined while every id derived so far is distinct from the others without one. */
  ids: ((wanted: string) => string) | undefined;
  /** The ids handed out without an allocator. */
  given: string[];
  make: Make<T>;
  raised: T[];
  itemIdsFromSources: boolean;
}

function raising<T>(
  prefix: string,
  existing: readonly { id: string; key: string; itemId?: string | undefined }[],
  options: RaiseOptions,
  make: Make<T>,
): Raising<T> {
  // Distinct item ids `item-<x>` give distinct ids `<prefix><x>` while each stands as it is: no
  // allocator is needed until one does not, which then gets the ids handed out so far.
  const derived = options.itemIdsDistinct === true && existing.length === 0;
  return {
    prefix,
    raisedFrom: new Set(existing.flatMap((entry) => entry.itemId ?? [])),
    keys: keyAllocator(existing.map((entry) => entry.key)),
    ids: derived ? undefined : idAllocator(existing.map((entry) => entry.id)),
    given: [],
    make,
    raised: [],
    itemIdsFromSources: options.itemIdsFromSources === true,
  };
}

/** An entry for the item, unless one was raised from it already or it has no text. */
function raiseFrom<T>(raising: Raising<T>, item: MapItem): void {
  if (raising.raisedFrom.size > 0 && raising.raisedFrom.has(item.id)) return;
  const { text } = item;
  const title = titleOf(text);
  if (title === undefined) return;
  const id = raisedId(raising, item);
  const entry = raising.make(
    id,
    raising.keys(title),
    title,
    item.stageId,
    item.id,
    descriptionOf(text, title),
  );
  raising.raised.push(entry);
}

/** `item-123` raises `pain-123`: the board's own id, readable in links and JQL. */
function raisedId<T>(raising: Raising<T>, item: MapItem): string {
  const tail = raising.itemIdsFromSources ? item.source?.itemId : undefined;
  if (tail !== undefined && raising.prefix.length + tail.length <= MAX_BASE_LENGTH) {
    // Valid as it stands, and distinct as the item ids are: no allocator, no characters read.
    const id = `${raising.prefix}${tail}`;
    if (raising.ids) return raising.ids(id);
    raising.given.push(id);
    return id;
  }
  const prefixed = item.id.startsWith(ITEM_PREFIX);
  const raw = `${raising.prefix}${prefixed ? item.id.slice(ITEM_PREFIX.length) : item.id}`;
  const wanted = safeId(raw);
  if (!raising.ids && (!prefixed || wanted !== raw)) raising.ids = idAllocator(raising.given);
  const id = raising.ids ? raising.ids(wanted) : wanted;
  if (!raising.ids) raising.given.push(id);
  return id;
}

/**
 * `map` with a pain point for each item of its pain-points lanes and an opportunity for each item
 * of its opportunities lanes, in item order after those it already has. They are unscored (only a
 * person can say how severe or how common) and open; ids derive from the item ids, so the same
 * board gives the same ids. An item that already has its entry, or has no text, gets none.
 */
export function painPointsFromLanes(map: JourneyMap, options: RaiseOptions = {}): JourneyMap {
  // Each lane id's kinds, as bits: a lane id given twice may stand for both.
  const kindsOf = new Map<string, number>();
  for (const lane of map.lanes) {
    const bit =
      lane.kind === 'pain-points' ? PAIN : lane.kind === 'opportunities' ? OPPORTUNITY : 0;
    if (bit !== 0) kindsOf.set(lane.id, (kindsOf.get(lane.id) ?? 0) | bit);
  }
  if (kindsOf.size === 0) return map;
  // Each entry written out rather than spread: a large board raises thousands.
  const painPoints = raising(
    'pain-',
    map.painPoints,
    options,
    (id, key, title, stageId, itemId, description): PainPoint =>
      description === undefined
        ? { id, key, title, stageId, itemId, evidence: [], status: 'open' }
        : { id, key, title, stageId, itemId, description, evidence: [], status: 'open' },
  );
  const opportunities = raising(
    'opportunity-',
    map.opportunities,
    options,
    (id, key, title, stageId, itemId): Opportunity => ({
      id,
      key,
      title,
      stageId,
      itemId,
      painPointIds: [],
    }),
  );
  // One pass over the items for both kinds: a large board has a hundred thousand.
  const { items } = map;
  for (let index = 0; index < items.length; index++) {
    const item = items[index];
    if (item === undefined) continue;
    const kinds = kindsOf.get(item.laneId);
    if (kinds === undefined || item.removedAtSource) continue;
    if (kinds & PAIN) raiseFrom(painPoints, item);
    if (kinds & OPPORTUNITY) raiseFrom(opportunities, item);
  }
  if (painPoints.raised.length === 0 && opportunities.raised.length === 0) return map;
  return {
    ...map,
    painPoints: [...map.painPoints, ...painPoints.raised],
    opportunities: [...map.opportunities, ...opportunities.raised],
  };
}
