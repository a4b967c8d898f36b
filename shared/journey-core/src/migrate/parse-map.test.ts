import { describe, expect, it } from 'vitest';
import { clone } from '../model/clone.test-support';
import { CURRENT_SCHEMA_VERSION, type JourneyMap } from '../model/journey-map';
import { journeyMapMigrations } from './journey-map-migrations';
import { migrateMap, parseMap, parseMapJson, serializeMap } from './parse-map';

/** A generous bound for the large-input tests: linear code takes seconds, quadratic code hours. */
const LARGE_INPUT_MS = 60_000;

/** A map as version 1 stored it: no keys, old lane kinds, no unplaced list. */
const storedV1 = {
  schemaVersion: 1,
  id: 'map-checkout',
  title: 'Checkout & Pay',
  stages: [
    { id: 's1', name: 'Browse' },
    { id: 's2', name: 'Browse' },
    { id: 's3', name: 'Pay!' },
  ],
  lanes: [
    { id: 'l1', name: 'Doing', kind: 'actions' },
    { id: 'l2', name: 'Pains', kind: 'pains' },
    { id: 'l3', name: 'Ideas', kind: 'ideas' },
  ],
  items: [{ id: 'i1', stageId: 's3', laneId: 'l2', text: 'Card declined without a reason' }],
  painPoints: [{ id: 'p1', title: 'Declined cards', stageId: 's3', severity: 4, reach: 0.2 }],
  kpis: [{ id: 'k1', name: 'Checkout conversion', direction: 'increase', target: 0.6 }],
};

const ranMigrations = new Set<string>();

/** A document as an older Throughline stored it under tests/fixtures/maps (outside this package). */
async function storedFixture(file: string): Promise<unknown> {
  // A computed file URL: the fixture lies outside the package's rootDir, so tsc must not follow it,
  // and the core's tsconfig knows no Node or DOM globals such as URL.
  const meta: { url?: string } = import.meta;
  const specifier = (meta.url ?? '').replace(
    /shared\/journey-core\/src\/migrate\/[^/]+$/,
    `tests/fixtures/maps/${file}`,
  );
  const loaded: { default: unknown } = await import(/* @vite-ignore */ specifier);
  return loaded.default;
}

describe('migrateMap', () => {
  it('upgrades a stored version 1 map through every step', () => {
    const result = migrateMap(clone(storedV1));
    if (!result.ok) throw new Error(JSON.stringify(result.diagnostics));
    for (const id of result.value.applied) ranMigrations.add(id);
    const { map } = result.value;
    expect(result.value.applied).toEqual([
      'journey-map/2-add-keys',
      'journey-map/3-unplaced-and-lane-kinds',
      'journey-map/4-phases-and-unscored-pains',
    ]);
    expect(map.schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
    expect(map.key).toBe('checkout-pay');
    expect(map.stages.map((stage) => stage.key)).toEqual(['browse', 'browse-2', 'pay']);
    expect(map.lanes.map((lane) => lane.kind)).toEqual(['actions', 'pain-points', 'opportunities']);
    expect(map.painPoints[0]).toMatchObject({
      key: 'declined-cards',
      status: 'open',
      evidence: [],
    });
    expect(map.kpis[0]).toMatchObject({ key: 'checkout-conversion', history: [], unit: '' });
    expect(map.unplaced).toEqual([]);
    expect(map.items[0]?.text).toBe('Card declined without a reason');
  });

  it('upgrades a stored version 2 map with the steps after it', () => {
    const first = migrateMap(clone(storedV1));
    if (!first.ok) throw new Error('v1 did not migrate');
    const v2 = { ...clone(first.value.map), schemaVersion: 2, unplaced: undefined };
    v2.lanes = v2.lanes.map((lane: JourneyMap['lanes'][number]) =>
      lane.kind === 'pain-points' ? { ...lane, kind: 'pains' as never } : lane,
    );
    const result = migrateMap(v2);
    if (!result.ok) throw new Error(JSON.stringify(result.diagnostics));
    for (const id of result.value.applied) ranMigrations.add(id);
    expect(result.value.applied).toEqual([
      'journey-map/3-unplaced-and-lane-kinds',
      'journey-map/4-phases-and-unscored-pains',
    ]);
    expect(result.value.map.lanes[1]?.kind).toBe('pain-points');
  });

  it.each([
    ['v1', 'returns-v1.map.json', 3],
    ['v3', 'onboarding-v3.map.json', 1],
  ])('upgrades the stored %s fixture: no phases, its scores kept', async (_, file, steps) => {
    const stored = await storedFixture(file);
    const result = migrateMap(stored);
    if (!result.ok) throw new Error(JSON.stringify(result.diagnostics));
    for (const id of result.value.applied) ranMigrations.add(id);
    expect(result.value.applied).toHaveLength(steps);
    expect(result.value.applied.at(-1)).toBe('journey-map/4-phases-and-unscored-pains');
    const { map } = result.value;
    expect(map.phases).toEqual([]);
    expect(map.painPoints.length).toBeGreaterThan(0);
    for (const pain of map.painPoints) {
      expect(pain.severity).toBeTypeOf('number');
      expect(pain.reach).toBeTypeOf('number');
    }
  });

  it('keeps phases a version 3 document already carried', () => {
    const first = migrateMap(clone(storedV1));
    if (!first.ok) throw new Error('v1 did not migrate');
    const phase = { id: 'ph1', key: 'before', name: 'Before', stageIds: ['s1', 's2'] };
    const v3 = { ...clone(first.value.map), schemaVersion: 3, phases: [phase] };
    const result = migrateMap(v3);
    if (!result.ok) throw new Error(JSON.stringify(result.diagnostics));
    expect(result.value.map.phases).toEqual([phase]);
  });

  it('leaves a current map as it is', () => {
    const first = migrateMap(clone(storedV1));
    if (!first.ok) throw new Error('v1 did not migrate');
    const again = migrateMap(JSON.parse(serializeMap(first.value.map)));
    expect(again).toEqual({ ok: true, value: { map: first.value.map, applied: [] } });
  });

  it('refuses a map from a newer Throughline', () => {
    const result = migrateMap({ ...storedV1, schemaVersion: CURRENT_SCHEMA_VERSION + 1 });
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.diagnostics[0]).toMatchObject({
        code: 'newer-version',
        path: ['schemaVersion'],
      });
  });

  it('says which step failed when an old document is malformed', () => {
    const result = migrateMap({ schemaVersion: 1, id: 'x', title: 'T', stages: [{ id: 's' }] });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.diagnostics[0]).toMatchObject({ code: 'migration-failed' });
      expect(result.diagnostics[1]).toMatchObject({ path: ['stages', 0, 'name'] });
    }
  });

  it('reports a gap in the migration chain', () => {
    const result = migrateMap(storedV1, journeyMapMigrations.slice(1));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.diagnostics[0]?.code).toBe('no-migration');
  });

  it('gives 100,000 stages named alike unique keys in linear time', {
    timeout: LARGE_INPUT_MS,
  }, () => {
    const count = 100_000;
    const stages = Array.from({ length: count }, (_, index) => ({
      id: `s${index}`,
      name: 'Browse',
    }));
    const result = migrateMap({ ...clone(storedV1), stages, items: [], painPoints: [] });
    if (!result.ok) throw new Error(JSON.stringify(result.diagnostics));
    for (const id of result.value.applied) ranMigrations.add(id);
    const keys = result.value.map.stages.map((stage) => stage.key);
    expect(keys.slice(0, 3)).toEqual(['browse', 'browse-2', 'browse-3']);
    expect(keys.at(-1)).toBe(`browse-${count}`);
    expect(new Set(keys).size).toBe(count);
  });

  it('has run every migration and the chain is complete', () => {
    expect([...ranMigrations].sort()).toEqual(journeyMapMigrations.map((m) => m.id).sort());
    journeyMapMigrations.forEach((migration, index) => {
      expect(migration.from).toBe(index + 1);
      expect(migration.to).toBe(migration.from + 1);
      expect(migration.id).toMatch(new RegExp(`^journey-map/${migration.to}-[a-z-]+$`));
    });
    expect(journeyMapMigrations.at(-1)?.to).toBe(CURRENT_SCHEMA_VERSION);
  });
});

describe('parseMap', () => {
  it.each([
    ['a string', 'map', 'not-a-map'],
    ['an array', [], 'not-a-map'],
    ['null', null, 'not-a-map'],
  ])('rejects %s as not a map', (_, input, code) => {
    const result = parseMap(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.diagnostics[0]?.code).toBe(code);
  });

  it('names the missing version', () => {
    const result = parseMap({ id: 'x' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.diagnostics[0]?.path).toEqual(['schemaVersion']);
  });

  it('points at the field that breaks the schema', () => {
    const first = migrateMap(clone(storedV1));
    if (!first.ok) throw new Error('v1 did not migrate');
    const broken = {
      ...first.value.map,
      painPoints: [{ ...first.value.map.painPoints[0], severity: 9 }],
    };
    const result = parseMap(broken);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.diagnostics[0]?.path).toEqual(['painPoints', 0, 'severity']);
  });

  it('reads JSON text and says when it is not JSON', () => {
    const bad = parseMapJson('{ "schemaVersion": ');
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.diagnostics[0]?.code).toBe('invalid-json');
    expect(parseMapJson(JSON.stringify(storedV1)).ok).toBe(true);
  });
});
