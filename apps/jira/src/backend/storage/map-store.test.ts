import { serializeMap } from '@throughline/journey-core';
import { KVS_VALUE_LIMIT_BYTES } from '@throughline/platform-fakes';
import { describe, expect, it } from 'vitest';
import { backendHarness, sampleMap } from '../backend.test-support';
import { CHUNK_BYTES, mapStore, splitText } from './map-store';

const { kvs } = backendHarness({ accountId: 'user-1', users: [], issues: [] });

/** The sample map with enough items to need several KVS values. */
function largeMap(
  items: number,
  text = (index: number) => `Sticky ${index} “quoted” ✓ ${'x'.repeat(200)}`,
) {
  return sampleMap({
    items: Array.from({ length: items }, (_, index) => ({
      id: `it-${index}`,
      stageId: 'st-pay',
      laneId: 'ln-actions',
      text: text(index),
    })),
  });
}

describe('the chunked map store', () => {
  it('round-trips a map larger than one KVS value', async () => {
    const map = largeMap(3000);
    expect(serializeMap(map).length).toBeGreaterThan(3 * KVS_VALUE_LIMIT_BYTES);
    const pointer = await mapStore.save(map);
    expect(pointer.chunks).toBeGreaterThan(3);
    expect((await mapStore.load(map.id))?.map).toEqual(map);
    expect(await mapStore.list()).toEqual([pointer]);
  });

  it('leaves the old map readable when a write fails, and leaves no chunk behind', async () => {
    const old = largeMap(1500);
    await mapStore.save(old);
    const keysBefore = new Set(kvs.store.keys());
    let batches = 0;
    // The second batch of chunks fails: part of the new map is written, the pointer is not.
    kvs.failWhen((operation) => operation === 'batch/set' && ++batches === 2);
    // Over 3 MB of chunks: more than one batch.
    await expect(
      mapStore.save(largeMap(3000, (index) => `New ${index} ${'y'.repeat(1200)}`)),
    ).rejects.toThrow(/save the map/);
    kvs.clearFailures();
    expect((await mapStore.load(old.id))?.map).toEqual(old);
    expect(new Set(kvs.store.keys())).toEqual(keysBefore);
  });

  it('leaves the old map readable when the pointer write fails', async () => {
    const old = sampleMap();
    await mapStore.save(old);
    kvs.failWhen((operation) => operation === 'set');
    await expect(mapStore.save(sampleMap({ title: 'Renamed' }))).rejects.toThrow();
    kvs.clearFailures();
    expect((await mapStore.load(old.id))?.map.title).toBe('Checkout');
  });

  it('drops the previous version’s chunks once the new pointer is written', async () => {
    await mapStore.save(largeMap(1500));
    await mapStore.save(largeMap(10));
    const chunks = [...kvs.store.keys()].filter((key) => key.startsWith('map-chunk:'));
    expect(chunks).toHaveLength(1);
  });

  it('refuses to save over a version someone else stored meanwhile', async () => {
    const first = await mapStore.save(sampleMap());
    await mapStore.save(sampleMap({ title: 'Theirs' }), { expectedVersion: first.version });
    await expect(
      mapStore.save(sampleMap({ title: 'Mine' }), { expectedVersion: first.version }),
    ).rejects.toMatchObject({
      code: 'conflict',
    });
    expect((await mapStore.load('map-checkout'))?.map.title).toBe('Theirs');
  });

  it('lets exactly one of two concurrent saves on the same version through', async () => {
    const first = await mapStore.save(sampleMap());
    const outcomes = await Promise.allSettled([
      mapStore.save(sampleMap({ title: 'Theirs' }), { expectedVersion: first.version }),
      mapStore.save(sampleMap({ title: 'Mine' }), { expectedVersion: first.version }),
    ]);
    const saved = outcomes.flatMap((outcome) =>
      outcome.status === 'fulfilled' ? [outcome.value] : [],
    );
    const refused = outcomes.flatMap((outcome) =>
      outcome.status === 'rejected' ? [outcome.reason] : [],
    );
    expect(saved).toHaveLength(1);
    expect(refused).toEqual([expect.objectContaining({ code: 'conflict' })]);
    const stored = await mapStore.load('map-checkout');
    expect(stored?.pointer).toEqual(saved[0]);
    // The loser's chunks are gone; only the winner's are left.
    const chunks = [...kvs.store.keys()].filter((key) => key.startsWith('map-chunk:'));
    expect(chunks.every((key) => key.includes(stored?.pointer.version ?? '?'))).toBe(true);
  });

  it('frees its claim when the pointer write fails, so a retry is not refused', async () => {
    const first = await mapStore.save(sampleMap());
    let sets = 0;
    // The first `set` is the claim, the second the pointer.
    kvs.failWhen((operation) => operation === 'set' && ++sets === 2);
    await expect(
      mapStore.save(sampleMap({ title: 'Renamed' }), { expectedVersion: first.version }),
    ).rejects.toThrow(/save the map/);
    kvs.clearFailures();
    await mapStore.save(sampleMap({ title: 'Renamed' }), { expectedVersion: first.version });
    expect((await mapStore.load('map-checkout'))?.map.title).toBe('Renamed');
  });

  it('keys any map id, whatever characters it has', async () => {
    const map = sampleMap({ id: 'board/uXjV?o=1#map' });
    await mapStore.save(map);
    expect((await mapStore.load('board/uXjV?o=1#map'))?.map.id).toBe('board/uXjV?o=1#map');
    expect(await mapStore.load('another')).toBeUndefined();
  });
});

describe('splitText', () => {
  it.each([
    ['empty', '', 8],
    ['ascii', 'abcdefghijklmnopqrstuvwxyz', 8],
    ['escapes', '"\\"\\"\\"\\', 8],
    ['emoji pairs', '😀😀😀😀😀😀😀', 9],
    ['accents', 'ééééééééééé', 7],
    ['lone surrogates', '\uD800a\uDC00b\uD800', 8],
    ['control characters', '\u0001\u0002\u0003abc', 8],
  ])(
    'joins back to the text (%s), each stored piece within the limit, no pair split',
    (_name, text, limit) => {
      const pieces = splitText(text, limit);
      expect(pieces.join('')).toBe(text);
      for (const piece of pieces) {
        expect(new TextEncoder().encode(JSON.stringify(piece)).length).toBeLessThanOrEqual(
          limit + 2,
        );
        if (text.includes('😀')) expect(piece.length % 2).toBe(0);
      }
    },
  );

  it('keeps chunks well under the KVS value limit', () => {
    expect(CHUNK_BYTES).toBeLessThan(KVS_VALUE_LIMIT_BYTES);
  });
});
