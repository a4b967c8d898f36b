// Journey maps in Forge KVS: a map's JSON split into chunks under a fresh version, the pointer to it written last.
// One KVS value holds at most 240 KiB, and a real map can be megabytes. A reader follows the pointer, so it sees the
// old map or the new one, never half of one; chunks of a failed write are never pointed at. Two saves on top of the
// same version race for one claim key, created only if absent: one wins, the other is told to reload.
import { createHash, randomUUID } from 'node:crypto';
import { kvs } from '@forge/kvs';
import { type JourneyMap, parseMapJson, serializeMap } from '@throughline/journey-core';
import { z } from 'zod';
import { StorageError } from './storage-error';

/** Well under the 240 KiB value limit, whatever JSON escaping adds to a chunk. */
export const CHUNK_BYTES = 180 * 1024;
/** A batch holds at most 25 keys and 4 MB; chunks are grouped to stay under both. */
const BATCH_KEYS = 25;
const BATCH_BYTES = 3 * 1024 * 1024;
const POINTER_PREFIX = 'map-pointer:';
const QUERY_PAGE = 100;

export const MapPointer = z.object({
  mapId: z.string(),
  key: z.string(),
  title: z.string(),
  /** Names this write's chunks; a new write never reuses one. */
  version: z.string(),
  chunks: z.number().int().positive(),
  bytes: z.number().int().nonnegative(),
  savedAt: z.string(),
  /**
   * The project whose administrators may change the map: the one it was first stored from. Other
   * projects may show it. Absent on maps stored before maps had one: the next save records it.
   */
  projectId: z.string().optional(),
});
export type MapPointer = z.infer<typeof MapPointer>;

export interface StoredMap {
  map: JourneyMap;
  pointer: MapPointer;
}

/**
 * KVS keys allow `[a-zA-Z0-9:._\s#-]` and 500 characters; a map id allows any printable text of
 * 128 characters. A digest of the id is a key that fits, and the pointer keeps the id itself.
 */
const idDigest = (mapId: string): string => createHash('sha256').update(mapId).digest('hex');
const pointerKey = (mapId: string) => `${POINTER_PREFIX}${idDigest(mapId)}`;
const chunkKey = (mapId: string, version: string, index: number) =>
  `map-chunk:${idDigest(mapId)}:${version}:${index}`;
/** The claim to be the one save on top of `version` (null: the first save of the map). */
const claimKey = (mapId: string, version: string | null) =>
  `map-claim:${idDigest(mapId)}:${version ?? 'none'}`;
/**
 * Forge ends a resolver after 25 s: a claim outlives any save that made it, and one whose save
 * died before writing the pointer stops blocking the map after a minute.
 */
const CLAIM_TTL = { value: 60, unit: 'SECONDS' } as const;

const utf8Bytes = (text: string): number => Buffer.byteLength(text, 'utf8');

/** Bytes a character takes once the chunk is stored as a JSON string (escapes counted). */
function storedBytes(codePoint: number): number {
  if (codePoint === 0x22 || codePoint === 0x5c) return 2;
  // Control characters and lone surrogates are written as `\uXXXX`.
  if (codePoint < 0x20 || (codePoint >= 0xd800 && codePoint <= 0xdfff)) return 6;
  if (codePoint < 0x80) return 1;
  if (codePoint < 0x800) return 2;
  return codePoint < 0x10000 ? 3 : 4;
}

/** Splits text into pieces of at most `limit` stored bytes, never inside a surrogate pair. */
export function splitText(text: string, limit: number = CHUNK_BYTES): string[] {
  const chunks: string[] = [];
  let start = 0;
  let bytes = 0;
  let index = 0;
  for (const char of text) {
    const size = storedBytes(char.codePointAt(0) ?? 0);
    if (bytes + size > limit && index > start) {
      chunks.push(text.slice(start, index));
      start = index;
      bytes = 0;
    }
    bytes += size;
    index += char.length;
  }
  chunks.push(text.slice(start));
  return chunks;
}

function batches(keys: { key: string; value: string }[]): { key: string; value: string }[][] {
  const groups: { key: string; value: string }[][] = [];
  let current: { key: string; value: string }[] = [];
  let bytes = 0;
  for (const item of keys) {
    const size = utf8Bytes(JSON.stringify(item.value)) + item.key.length + 64;
    if (current.length === BATCH_KEYS || (current.length > 0 && bytes + size > BATCH_BYTES)) {
      groups.push(current);
      current = [];
      bytes = 0;
    }
    current.push(item);
    bytes += size;
  }
  if (current.length > 0) groups.push(current);
  return groups;
}

async function readPointer(mapId: string): Promise<MapPointer | undefined> {
  const raw = await StorageError.around('read the map', () => kvs.get(pointerKey(mapId)));
  if (raw === undefined) return undefined;
  const parsed = MapPointer.safeParse(raw);
  if (!parsed.success) throw new StorageError(`The stored pointer of map ${mapId} is damaged`);
  return parsed.data;
}

async function readChunks(pointer: MapPointer): Promise<string | undefined> {
  const keys = Array.from({ length: pointer.chunks }, (_, index) =>
    chunkKey(pointer.mapId, pointer.version, index),
  );
  const texts = new Map<string, string>();
  for (let start = 0; start < keys.length; start += BATCH_KEYS) {
    const group = keys.slice(start, start + BATCH_KEYS).map((key) => ({ key }));
    const answer = await StorageError.around('read the map', () => kvs.batchGet<string>(group));
    for (const item of answer.successfulKeys) texts.set(item.key, item.value);
  }
  const parts: string[] = [];
  for (const key of keys) {
    const text = texts.get(key);
    if (text === undefined) return undefined;
    parts.push(text);
  }
  return parts.join('');
}

/** The owner stays the first project that stored the map. */
function ownerOf(previous: MapPointer | undefined, projectId: string | undefined) {
  const owner = previous?.projectId ?? projectId;
  return owner === undefined ? {} : { projectId: owner };
}

const conflict = (mapId: string) =>
  new StorageError(
    `Map ${mapId} was changed by someone else meanwhile; reload it and try again`,
    'conflict',
  );

/**
 * Claims the right to save on top of `onTopOf`. KVS creates a key with FAIL_IF_EXISTS atomically,
 * so of two saves that read the same version, exactly one gets the claim.
 */
async function claimSuccessor(mapId: string, onTopOf: string | null, version: string) {
  try {
    await StorageError.around('save the map', () =>
      kvs.set(
        claimKey(mapId, onTopOf),
        { version },
        { keyPolicy: 'FAIL_IF_EXISTS', ttl: CLAIM_TTL },
      ),
    );
  } catch (error) {
    if (error instanceof StorageError && error.code === 'conflict') throw conflict(mapId);
    throw error;
  }
}

async function deleteChunks(mapId: string, version: string, count: number): Promise<void> {
  const keys = Array.from({ length: count }, (_, index) => ({
    key: chunkKey(mapId, version, index),
  }));
  for (let start = 0; start < keys.length; start += BATCH_KEYS) {
    await kvs.batchDelete(keys.slice(start, start + BATCH_KEYS));
  }
}

export interface SaveOptions {
  /** The version the caller read and edited: a newer one stored meanwhile is a conflict. */
  expectedVersion?: string | null;
  /** The project saving it: recorded as the map's owner when it has none yet. */
  projectId?: string;
  now?: () => Date;
}

export const mapStore = {
  /** The map, or undefined when none has this id. */
  async load(mapId: string): Promise<StoredMap | undefined> {
    // Twice at most: a writer may replace the map (and drop the old chunks) between our two reads.
    for (let attempt = 0; attempt < 2; attempt++) {
      const pointer = await readPointer(mapId);
      if (pointer === undefined) return undefined;
      const text = await readChunks(pointer);
      if (text === undefined) continue;
      const parsed = parseMapJson(text);
      if (!parsed.ok) throw new StorageError(`The stored map ${mapId} no longer parses`);
      return { map: parsed.value, pointer };
    }
    throw new StorageError(`The stored map ${mapId} is incomplete`);
  },

  /** Every stored map's pointer (title, key, size), without reading the maps. */
  async list(): Promise<MapPointer[]> {
    const pointers: MapPointer[] = [];
    let cursor: string | undefined;
    do {
      let query = kvs
        .query()
        .where('key', { condition: 'BEGINS_WITH', values: [POINTER_PREFIX] })
        .limit(QUERY_PAGE);
      if (cursor !== undefined) query = query.cursor(cursor);
      const page = await StorageError.around('list the maps', () => query.getMany());
      for (const result of page.results) {
        const parsed = MapPointer.safeParse(result.value);
        if (parsed.success) pointers.push(parsed.data);
      }
      cursor = page.nextCursor;
    } while (cursor !== undefined);
    return pointers;
  },

  /** Writes every chunk, then the pointer; a failure before the pointer leaves the old map as it was. */
  async save(map: JourneyMap, options: SaveOptions = {}): Promise<MapPointer> {
    const text = serializeMap(map);
    const chunks = splitText(text);
    const version = randomUUID();
    const items = chunks.map((value, index) => ({ key: chunkKey(map.id, version, index), value }));
    let written = 0;
    let claimed: string | undefined;
    try {
      for (const group of batches(items)) {
        const answer = await StorageError.around('save the map', () => kvs.batchSet(group));
        written += answer.successfulKeys.length;
        if (answer.failedKeys.length > 0) {
          throw new StorageError(
            `Storage refused part of map ${map.id}; the stored map is unchanged`,
          );
        }
      }
      const previous = await readPointer(map.id);
      const current = previous?.version ?? null;
      if (options.expectedVersion !== undefined && current !== options.expectedVersion) {
        throw conflict(map.id);
      }
      await claimSuccessor(map.id, current, version);
      claimed = claimKey(map.id, current);
      const pointer: MapPointer = {
        mapId: map.id,
        key: map.key,
        title: map.title,
        version,
        chunks: chunks.length,
        bytes: utf8Bytes(text),
        savedAt: (options.now?.() ?? new Date()).toISOString(),
        ...ownerOf(previous, options.projectId),
      };
      await StorageError.around('save the map', () => kvs.set(pointerKey(map.id), pointer));
      if (previous !== undefined) {
        // Best effort: a leftover chunk is never read, and the next save of the map tries no harder.
        await deleteChunks(map.id, previous.version, previous.chunks).catch(() => undefined);
      }
      return pointer;
    } catch (error) {
      if (written > 0) await deleteChunks(map.id, version, chunks.length).catch(() => undefined);
      // A save that failed after its claim frees it, so that a retry need not wait for the ttl.
      if (claimed !== undefined) await kvs.delete(claimed).catch(() => undefined);
      throw error;
    }
  },
};

export type MapStore = typeof mapStore;
