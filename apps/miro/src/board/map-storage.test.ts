import {
  CURRENT_SCHEMA_VERSION,
  JourneyMap,
  type JourneyMapInput,
} from '@throughline/journey-core';
import {
  APP_DATA_LIMIT_BYTES as FAKE_APP_DATA_LIMIT,
  STORAGE_VALUE_LIMIT_BYTES as FAKE_STORAGE_LIMIT,
  InMemoryBoard,
  installFakeMiro,
  jsonBytes,
} from '@throughline/platform-fakes';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { STICKY_LINK_KEY } from '../draw/sticky-link';
import {
  APP_DATA_LIMIT_BYTES,
  CURRENT_MAP_KEY,
  loadMap,
  MAPS_COLLECTION,
  type MapStorageBoard,
  MapStorageError,
  STORAGE_VALUE_LIMIT_BYTES,
  saveMap,
  splitForStorage,
} from './map-storage';

function journey(input: Partial<JourneyMapInput> = {}): JourneyMap {
  return JourneyMap.parse({
    schemaVersion: CURRENT_SCHEMA_VERSION,
    id: 'map-onboarding',
    key: 'onboarding',
    title: 'Onboarding',
    stages: [{ id: 'st-1', key: 'discover', name: 'Discover' }],
    lanes: [{ id: 'ln-1', key: 'actions', name: 'Actions', kind: 'actions' }],
    items: [
      {
        id: 'it-1',
        stageId: 'st-1',
        laneId: 'ln-1',
        text: 'Reads a review',
        source: { provider: 'miro', boardId: 'b1', itemId: 'sticky-1' },
      },
      {
        id: 'it-2',
        stageId: 'st-1',
        laneId: 'ln-1',
        text: 'Asks a friend',
        source: { provider: 'miro', boardId: 'b1', itemId: 'sticky-2' },
      },
    ],
    ...input,
  });
}

/** A map whose JSON is several times Miro's per-key storage limit. */
function bigMap(items = 600): JourneyMap {
  return journey({
    items: Array.from({ length: items }, (_, index) => ({
      id: `it-${index}`,
      stageId: 'st-1',
      laneId: 'ln-1',
      text: `Sticky ${index}: ${'a "quoted" word, ünïcödé and emoji 🙂 '.repeat(8)}`,
    })),
  });
}

function setup(options: ConstructorParameters<typeof InMemoryBoard>[0] = {}) {
  const board = new InMemoryBoard(options);
  const { miro } = installFakeMiro({}, board);
  return { board, sdk: miro.board };
}

function stored(board: InMemoryBoard): Map<string, unknown> {
  return board.storage.get(MAPS_COLLECTION) ?? new Map();
}

describe('limits', () => {
  it('are the ones the fake SDK enforces', () => {
    expect(STORAGE_VALUE_LIMIT_BYTES).toBe(FAKE_STORAGE_LIMIT);
    expect(APP_DATA_LIMIT_BYTES).toBe(FAKE_APP_DATA_LIMIT);
  });
});

describe('saveMap and loadMap', () => {
  it('saves a map under its id, names it in app data, and loads it back equal', async () => {
    const { board, sdk } = setup();
    const map = journey();
    const report = await saveMap(sdk, map);
    expect(report).toMatchObject({ mapId: map.id, values: 1, linked: [], unlinked: [] });
    expect([...stored(board).keys()]).toEqual([map.id]);
    expect(board.appData).toEqual({ [CURRENT_MAP_KEY]: map.id });
    expect(await loadMap(sdk)).toEqual(map);
    expect(await loadMap(sdk, map.id)).toEqual(map);
  });

  it('splits a map larger than one storage value into parts and reassembles it', async () => {
    const { board, sdk } = setup();
    const map = bigMap();
    expect(jsonBytes(JSON.stringify(map))).toBeGreaterThan(3 * STORAGE_VALUE_LIMIT_BYTES);
    const report = await saveMap(sdk, map);
    expect(report.values).toBeGreaterThan(4);
    expect(stored(board).size).toBe(report.values);
    expect(board.log.count((call) => call.rejected !== undefined)).toBe(0);
    expect(await loadMap(sdk)).toEqual(map);
  });

  it('replaces an earlier save, leaving no stale parts behind', async () => {
    const { board, sdk } = setup();
    await saveMap(sdk, bigMap(600));
    const second = await saveMap(sdk, bigMap(400));
    expect(stored(board).size).toBe(second.values);
    expect(await loadMap(sdk)).toEqual(bigMap(400));
    const small = journey({ title: 'Small again' });
    await saveMap(sdk, small);
    expect([...stored(board).keys()]).toEqual([small.id]);
    expect(await loadMap(sdk)).toEqual(small);
  });

  it('keeps the previous save readable until the new one is complete', async () => {
    const { board, sdk } = setup();
    await saveMap(sdk, bigMap(300));
    // Miro refuses every write after the first two parts of the next save.
    let writes = 0;
    const flaky: MapStorageBoard = {
      getAppData: sdk.getAppData,
      setAppData: sdk.setAppData,
      storage: {
        collection: (name) => {
          const collection = sdk.storage.collection(name);
          return {
            get: (key) => collection.get(key),
            remove: (key) => collection.remove(key),
            set: async (key, value) => {
              writes += 1;
              if (writes > 2) throw new Error('Network error');
              return collection.set(key, value);
            },
          };
        },
      },
    };
    await expect(saveMap(flaky, bigMap(500))).rejects.toThrow('Network error');
    expect(await loadMap(sdk)).toEqual(bigMap(300));
    expect(board.appData).toEqual({ [CURRENT_MAP_KEY]: 'map-onboarding' });
  });

  it('refuses an invalid map and writes nothing', async () => {
    const { board, sdk } = setup();
    const invalid = { ...journey(), title: '   ', lanes: [{ id: 'x' }] };
    // @ts-expect-error -- an invalid map, as untyped code could pass one
    const saving = saveMap(sdk, invalid);
    await expect(saving).rejects.toBeInstanceOf(MapStorageError);
    await expect(saving).rejects.toMatchObject({ code: 'invalid-map' });
    const error = await saving.catch((caught: unknown) => caught);
    expect(error instanceof MapStorageError && error.diagnostics.length).toBeGreaterThan(0);
    expect(board.log.calls).toEqual([]);
    expect(board.storage.size).toBe(0);
    expect(board.appData).toEqual({});
  });

  it('refuses a map whose id would overflow the board app data, before writing', async () => {
    const { board, sdk } = setup({ appData: { note: 'n'.repeat(400) } });
    const map = journey({ id: `m${'x'.repeat(120)}` });
    await expect(saveMap(sdk, map)).rejects.toMatchObject({ code: 'app-data-full' });
    expect(board.storage.size).toBe(0);
    expect(board.appData).toEqual({ note: 'n'.repeat(400) });
  });

  it('loads nothing from a board without a map, or from a copy that kept only the app data', async () => {
    expect(await loadMap(setup().sdk)).toBeNull();
    const copied = setup({ appData: { [CURRENT_MAP_KEY]: 'map-onboarding' } });
    expect(await loadMap(copied.sdk)).toBeNull();
  });
});

describe('loadMap of corrupt storage', () => {
  async function corrupt(values: [string, unknown][], appData = { [CURRENT_MAP_KEY]: 'm1' }) {
    const { board, sdk } = setup({ appData });
    const collection = sdk.storage.collection(MAPS_COLLECTION);
    for (const [key, value] of values) {
      await collection.set(key, JSON.parse(JSON.stringify(value)));
    }
    board.log.clear();
    return loadMap(sdk).catch((error: unknown) => error);
  }

  it.each([
    ['a value Throughline did not write', [['m1', { hello: 'world' }]], 'corrupt-map'],
    ['a plain string', [['m1', 'not a map']], 'corrupt-map'],
    [
      'an invalid map',
      [['m1', { format: 'throughline-map', layout: 'inline', map: { schemaVersion: 3 } }]],
      'corrupt-map',
    ],
    [
      'a map from a newer Throughline',
      [['m1', { format: 'throughline-map', layout: 'inline', map: { schemaVersion: 99 } }]],
      'corrupt-map',
    ],
    [
      'a missing part',
      [
        [
          'm1',
          {
            format: 'throughline-map',
            layout: 'parts',
            generation: 0,
            parts: 2,
            length: 4,
            checksum: '0',
          },
        ],
        ['m1 #0.0', '{"a"'],
      ],
      'missing-part',
    ],
    [
      'parts that do not fit together',
      [
        [
          'm1',
          {
            format: 'throughline-map',
            layout: 'parts',
            generation: 0,
            parts: 1,
            length: 2,
            checksum: '0',
          },
        ],
        ['m1 #0.0', '{}'],
      ],
      'corrupt-map',
    ],
  ] as const)('%s is a typed error', async (_name, values, code) => {
    const error = await corrupt(values.map(([key, value]) => [key, value]));
    expect(error).toBeInstanceOf(MapStorageError);
    expect(error).toMatchObject({ code });
  });

  it('a current map id that is not an id is a typed error', async () => {
    const error = await corrupt([], { [CURRENT_MAP_KEY]: 'has spaces in it' });
    expect(error).toMatchObject({ code: 'corrupt-app-data' });
  });
});

describe('sticky links on save', () => {
  it('links only the given items a map item came from, through their metadata', async () => {
    const { board, sdk } = setup({
      items: [
        { id: 'sticky-1', type: 'sticky_note' },
        { id: 'sticky-2', type: 'sticky_note' },
        { id: 'sticky-3', type: 'sticky_note' },
      ],
    });
    const given = (await sdk.get({ type: 'sticky_note' })).filter((item) => item.id !== 'sticky-2');
    board.log.clear();
    const report = await saveMap(sdk, journey(), { items: given });
    expect(report.linked).toEqual(['sticky-1']);
    expect(report.unlinked).toEqual(['sticky-3']);
    expect(board.item('sticky-1').metadata).toEqual({
      [STICKY_LINK_KEY]: { m: 'map-onboarding', i: 'it-1' },
    });
    expect(board.item('sticky-2').metadata).toEqual({});
    expect(board.item('sticky-3').metadata).toEqual({});
    expect(board.log.count('item.setMetadata')).toBe(1);
    expect(board.log.count('board.get')).toBe(0);
  });

  it('skips a link too long for item metadata', async () => {
    const { board, sdk } = setup({ items: [{ id: 'sticky-1', type: 'sticky_note' }] });
    const map = journey({
      id: `m${'x'.repeat(127)}`,
      items: [
        {
          id: `i${'y'.repeat(127)}`,
          stageId: 'st-1',
          laneId: 'ln-1',
          text: 'long',
          source: { provider: 'miro', boardId: 'b1', itemId: 'sticky-1' },
        },
      ],
    });
    const report = await saveMap(sdk, map, { items: await sdk.get({ type: 'sticky_note' }) });
    expect(report.unlinked).toEqual(['sticky-1']);
    expect(board.item('sticky-1').metadata).toEqual({});
  });
});

describe('splitForStorage', () => {
  it('splits any text into parts within the budget that join back to it', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', maxLength: 400 }),
        fc.integer({ min: 8, max: 64 }),
        (text, budget) => {
          const parts = splitForStorage(text, budget);
          expect(parts.join('')).toBe(text);
          for (const part of parts) expect(jsonBytes(part)).toBeLessThanOrEqual(budget);
          // No part begins with the second half of a character split from the part before.
          for (const part of parts.slice(1)) {
            const first = part.codePointAt(0) ?? 0;
            const previous = parts[parts.indexOf(part) - 1] ?? '';
            const last = previous.charCodeAt(previous.length - 1);
            expect(first >= 0xdc00 && first <= 0xdfff && last >= 0xd800 && last <= 0xdbff).toBe(
              false,
            );
          }
        },
      ),
    );
  });
});
