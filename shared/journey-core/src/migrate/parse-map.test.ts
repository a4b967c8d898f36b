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

describe('migrateMap', () => {
  it('upgrades a stored version 1 map through every step', () => {
    const result = migrateMap(clone(storedV1));
    if (!result.ok) throw new Error(JSON.stringify(result.diagnostics));
    for (const id of result.value.applied) ranMigrations.add(id);
    const { map } = result.value;
    expect(result.value.applied).toEqual([
      'journey-map/2-add-keys',
      'journey-map/3-unplaced-and-lane-kinds',
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

  it('upgrades a stored version 2 map with only the last step', () => {
    const first = migrateMap(clone(storedV1));
    if (!first.ok) throw new Error('v1 did not migrate');
    const v2 = { ...clone(first.value.map), schemaVersion: 2, unplaced: undefined };
    v2.lanes = v2.lanes.map((lane: JourneyMap['lanes'][number]) =>
      lane.kind === 'pain-points' ? { ...lane, kind: 'pains' as never } : lane,
    );
    const result = migrateMap(v2);
    if (!result.ok) throw new Error(JSON.stringify(result.diagnostics));
    for (const id of result.value.applied) ranMigrations.add(id);
    expect(result.value.applied).toEqual(['journey-map/3-unplaced-and-lane-kinds']);
    expect(result.value.map.lanes[1]?.kind).toBe('pain-points');
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
