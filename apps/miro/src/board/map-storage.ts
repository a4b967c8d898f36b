// Saves a journey map on its Miro board and loads it back: the whole map in board storage (split
// into parts under Miro's per-key limit), the current map's id in the board's app data, and each
// source sticky linked to its map item in the sticky's own metadata.
import type { AppDataValue, Json, Miro } from '@mirohq/websdk-types';
import {
  type Diagnostic,
  formatDiagnostic,
  Id,
  JourneyMap,
  parseJson,
  parseMap,
  parseWith,
} from '@throughline/journey-core';
import { z } from 'zod';
import { fitsItemMetadata, STICKY_LINK_KEY, type StickyLink } from '../draw/sticky-link';

export const MAPS_COLLECTION = 'throughline-maps';
/** The board app data key naming the map this board holds. */
export const CURRENT_MAP_KEY = 'currentMapId';

/** Miro's storage guide: a storage collection value holds up to 64 KB per key. */
export const STORAGE_VALUE_LIMIT_BYTES = 64 * 1024;
/** Miro's changelog of 2023-02-13: board app data holds up to 512 bytes per app. */
export const APP_DATA_LIMIT_BYTES = 512;
/** Each part's JSON stays this far under the limit, for the quotes and any counting difference. */
const PART_BYTES = STORAGE_VALUE_LIMIT_BYTES - 4 * 1024;

export type MapStorageErrorCode =
  | 'invalid-map'
  | 'app-data-full'
  | 'corrupt-app-data'
  | 'corrupt-map'
  | 'missing-part';

/** Why a map could not be saved or loaded: a code, and diagnostics saying where. */
export class MapStorageError extends Error {
  constructor(
    readonly code: MapStorageErrorCode,
    message: string,
    readonly diagnostics: Diagnostic[] = [],
  ) {
    super(message);
    this.name = 'MapStorageError';
  }
}

/** A board storage collection, as far as map storage uses it. */
export interface MapCollection {
  get(key: string): Promise<Json | undefined>;
  set(key: string, value: Json): Promise<void>;
  remove(key: string): Promise<void>;
}

/** The part of `miro.board` map storage uses; `miro.board` itself is one. */
export interface MapStorageBoard {
  storage: { collection(name: string): MapCollection };
  getAppData: Miro['board']['getAppData'];
  setAppData: Miro['board']['setAppData'];
}

/** A board item that can carry a link: any SDK item has `setMetadata`. */
export interface LinkableItem {
  id: string;
  setMetadata(key: string, value: AppDataValue): Promise<unknown>;
}

/** What is stored under the map's id: the map itself, or where its parts are. */
const StoredHead = z.discriminatedUnion('layout', [
  z.object({ format: z.literal('throughline-map'), layout: z.literal('inline'), map: z.unknown() }),
  z.object({
    format: z.literal('throughline-map'),
    layout: z.literal('parts'),
    /** Parts of one save share a generation, so a new save never overwrites the parts in use. */
    generation: z.number().int().nonnegative(),
    parts: z.number().int().positive(),
    length: z.number().int().nonnegative(),
    checksum: z.string(),
  }),
]);
type StoredHead = z.infer<typeof StoredHead>;

export interface SaveReport {
  mapId: string;
  /** Storage values written for the map: 1 when it fits one value, else the head and the parts. */
  values: number;
  bytes: number;
  /** Board items now linked to their map item. */
  linked: string[];
  /** Board items given but not linked: no map item came from them, or the link did not fit. */
  unlinked: string[];
}

export interface SaveOptions {
  /** Board items the map was read from; each is linked to its map item through its metadata. */
  items?: readonly LinkableItem[];
}

function bytesOf(value: Json): number {
  return new TextEncoder().encode(JSON.stringify(value)).length;
}

/** Map ids hold no whitespace, so a part's key never equals another map's id. */
function partKey(mapId: string, generation: number, index: number): string {
  return `${mapId} #${generation}.${index}`;
}

/** FNV-1a over the UTF-16 code units: enough to notice a part from another save. */
function checksum(text: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/** The bytes a character adds to a JSON string value. */
function jsonCharBytes(char: string): number {
  const code = char.codePointAt(0) ?? 0;
  if (code < 0x80) return JSON.stringify(char).length - 2;
  if (code >= 0xd800 && code <= 0xdfff) return 6; // a lone surrogate is written as \udxxx
  if (code < 0x800) return 2;
  return code < 0x10000 ? 3 : 4;
}

/** Split text into strings whose JSON is at most `budget` bytes, never inside a character. */
export function splitForStorage(text: string, budget = PART_BYTES): string[] {
  const parts: string[] = [];
  let current = '';
  let bytes = 2;
  for (const char of text) {
    const cost = jsonCharBytes(char);
    if (bytes + cost > budget && current !== '') {
      parts.push(current);
      current = '';
      bytes = 2;
    }
    current += char;
    bytes += cost;
  }
  if (current !== '' || parts.length === 0) parts.push(current);
  return parts;
}

function validMap(map: unknown): JourneyMap {
  const parsed = parseWith(JourneyMap, map);
  if (parsed.ok) return parsed.value;
  throw new MapStorageError(
    'invalid-map',
    `The map was not saved: it is not a valid journey map (${parsed.diagnostics.map(formatDiagnostic).join('; ')})`,
    parsed.diagnostics,
  );
}

async function readHead(board: MapStorageBoard, mapId: string): Promise<StoredHead | undefined> {
  const value = await board.storage.collection(MAPS_COLLECTION).get(mapId);
  if (value === undefined) return undefined;
  const head = StoredHead.safeParse(value);
  if (!head.success) {
    throw new MapStorageError(
      'corrupt-map',
      `The stored map ${mapId} is not in a form Throughline wrote`,
    );
  }
  return head.data;
}

/** Write a link into each given item that a map item came from; items are never read. */
async function linkItems(
  map: JourneyMap,
  items: readonly LinkableItem[],
): Promise<{ linked: string[]; unlinked: string[] }> {
  const mapItemBySource = new Map<string, string>();
  for (const item of map.items) {
    if (item.source?.provider === 'miro') mapItemBySource.set(item.source.itemId, item.id);
  }
  const linked: string[] = [];
  const unlinked: string[] = [];
  for (const item of items) {
    const mapItemId = mapItemBySource.get(item.id);
    const link: StickyLink | undefined =
      mapItemId === undefined ? undefined : { m: map.id, i: mapItemId };
    if (!link || !fitsItemMetadata(link)) {
      unlinked.push(item.id);
      continue;
    }
    await item.setMetadata(STICKY_LINK_KEY, link);
    linked.push(item.id);
  }
  return { linked, unlinked };
}

/**
 * Save `map` on the board and make it the board's current map. The map is validated first and
 * nothing is written when it is invalid or its id would overflow the board's app data.
 */
export async function saveMap(
  board: MapStorageBoard,
  input: JourneyMap,
  options: SaveOptions = {},
): Promise<SaveReport> {
  const map = validMap(input);
  const appData = await board.getAppData();
  const nextAppData = { ...appData, [CURRENT_MAP_KEY]: map.id };
  if (bytesOf(nextAppData) > APP_DATA_LIMIT_BYTES) {
    throw new MapStorageError(
      'app-data-full',
      `The map was not saved: its id does not fit the board's ${APP_DATA_LIMIT_BYTES}-byte app data`,
    );
  }

  const collection = board.storage.collection(MAPS_COLLECTION);
  const previous = await readHead(board, map.id).catch(() => undefined);
  const text = JSON.stringify(map);
  // The map as plain JSON data, the only kind of value board storage holds.
  const mapJson: Json = JSON.parse(text);
  const inline: Json = { format: 'throughline-map', layout: 'inline', map: mapJson };
  let values: number;
  let bytes: number;
  if (bytesOf(inline) <= PART_BYTES) {
    await collection.set(map.id, inline);
    values = 1;
    bytes = bytesOf(inline);
  } else {
    const parts = splitForStorage(text);
    const generation = previous?.layout === 'parts' ? previous.generation + 1 : 0;
    for (const [index, part] of parts.entries()) {
      await collection.set(partKey(map.id, generation, index), part);
    }
    const head = {
      format: 'throughline-map',
      layout: 'parts',
      generation,
      parts: parts.length,
      length: text.length,
      checksum: checksum(text),
    } satisfies StoredHead;
    // The head goes last: until it is written, the previous save stays whole and readable.
    await collection.set(map.id, head);
    values = parts.length + 1;
    bytes = parts.reduce((total, part) => total + bytesOf(part), bytesOf(head));
  }
  // The previous save's parts are unused once the new head is written.
  if (previous?.layout === 'parts') {
    for (let index = 0; index < previous.parts; index++) {
      await collection.remove(partKey(map.id, previous.generation, index));
    }
  }
  await board.setAppData(CURRENT_MAP_KEY, map.id);
  const links = await linkItems(map, options.items ?? []);
  return { mapId: map.id, values, bytes, ...links };
}

/** The id of the map this board holds, or null when none was saved. */
export async function currentMapId(board: MapStorageBoard): Promise<string | null> {
  const value = await board.getAppData(CURRENT_MAP_KEY);
  if (value === undefined || value === null) return null;
  const id = Id.safeParse(value);
  if (!id.success) {
    throw new MapStorageError(
      'corrupt-app-data',
      'The board names its current map with a value that is not a map id',
    );
  }
  return id.data;
}

/**
 * Load a saved map (by default the board's current one). Null when there is none: storage
 * collections are not copied with a board, so a copy may name a map it does not hold.
 * A stored value that is not a valid map is a `MapStorageError`, never a crash.
 */
export async function loadMap(board: MapStorageBoard, mapId?: string): Promise<JourneyMap | null> {
  const id = mapId ?? (await currentMapId(board));
  if (id === null) return null;
  const head = await readHead(board, id);
  if (!head) return null;
  let document: unknown;
  if (head.layout === 'inline') {
    document = head.map;
  } else {
    const collection = board.storage.collection(MAPS_COLLECTION);
    let text = '';
    for (let index = 0; index < head.parts; index++) {
      const part = await collection.get(partKey(id, head.generation, index));
      if (typeof part !== 'string') {
        throw new MapStorageError(
          'missing-part',
          `Part ${index + 1} of ${head.parts} of the stored map ${id} is missing`,
        );
      }
      text += part;
    }
    if (text.length !== head.length || checksum(text) !== head.checksum) {
      throw new MapStorageError(
        'corrupt-map',
        `The parts of the stored map ${id} do not fit together`,
      );
    }
    const json = parseJson(text);
    if (!json.ok) {
      throw new MapStorageError(
        'corrupt-map',
        `The stored map ${id} is not valid JSON`,
        json.diagnostics,
      );
    }
    document = json.value;
  }
  const parsed = parseMap(document);
  if (!parsed.ok) {
    throw new MapStorageError(
      'corrupt-map',
      `The stored map ${id} is not a valid journey map: ${parsed.diagnostics.map(formatDiagnostic).join('; ')}`,
      parsed.diagnostics,
    );
  }
  return parsed.value;
}
