import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type JourneyMap, LaneKind, type MapItem, type UnplacedItem } from '../model/journey-map';
import { keyAllocator } from '../model/key-allocator';
import {
  journeyMapArbitrary,
  nameArbitrary,
  textArbitrary,
  workLinksArbitrary,
} from '../model/map-arbitraries.test-support';
import { type ItemSource, sourceKey } from '../model/primitives';
import { validateMap } from '../validate/validate-map';
import { mergeMaps } from './merge-maps';
import { hasChanges } from './merge-report';
import { freshImport } from './reimport.test-support';

const itemAction = fc.oneof(
  fc.constant({ do: 'keep' as const }),
  fc.constant({ do: 'drop' as const }),
  fc.constant({ do: 'unplace' as const }),
  fc.record({ do: fc.constant('move' as const), stage: fc.nat(), lane: fc.nat() }),
  fc.record({ do: fc.constant('retext' as const), text: textArbitrary }),
);

/** Choices that turn a fresh import of a board into a later one: what people did on the board since. */
function boardEdits(base: JourneyMap) {
  return fc.record({
    prefix: fc.constantFrom('', 'new-'),
    stages: fc.array(
      fc.record({ keep: fc.boolean(), rename: fc.option(nameArbitrary, { nil: undefined }) }),
      {
        minLength: base.stages.length,
        maxLength: base.stages.length,
      },
    ),
    lanes: fc.array(
      fc.record({
        rename: fc.option(nameArbitrary, { nil: undefined }),
        kind: fc.option(fc.constantFrom(...LaneKind.options), { nil: undefined }),
      }),
      { minLength: base.lanes.length, maxLength: base.lanes.length },
    ),
    items: fc.array(itemAction, { minLength: base.items.length, maxLength: base.items.length }),
    newStages: fc.array(
      fc.record({ name: nameArbitrary, sourced: fc.boolean(), idFrom: fc.nat() }),
      { maxLength: 2 },
    ),
    newItems: fc.array(
      fc.record({ stage: fc.nat(), lane: fc.nat(), text: textArbitrary, idFrom: fc.nat() }),
      {
        maxLength: 4,
      },
    ),
    newUnplaced: fc.array(textArbitrary, { maxLength: 2 }),
    newPainPoints: fc.array(fc.record({ title: nameArbitrary, stage: fc.nat(), item: fc.nat() }), {
      maxLength: 2,
    }),
  });
}

type Edits = ReturnType<typeof boardEdits> extends fc.Arbitrary<infer T> ? T : never;

/** `list[n mod length]`, or undefined for an empty list. */
const pick = <T>(list: readonly T[], n: number): T | undefined =>
  list[n % Math.max(1, list.length)];

/** A later import of `previous`'s board, with fresh ids that may collide with the map's own. */
function laterImport(previous: JourneyMap, edits: Edits): JourneyMap {
  const base = freshImport(previous, edits.prefix);
  const board = (itemId: string): ItemSource => ({
    provider: 'miro',
    boardId: 'later-board',
    itemId,
  });
  // An import's own ids are unique; they may still collide with ids of the previous map.
  const previousIds = (
    list: readonly { id: string }[],
    n: number,
    fallback: string,
    taken: readonly { id: string }[],
  ) => {
    const id = pick(list, n)?.id;
    return id === undefined || taken.some((entry) => entry.id === id) ? fallback : id;
  };
  const stageKey = keyAllocator(base.stages.map((stage) => stage.key));
  const stages = [
    ...base.stages.flatMap((stage, index) => {
      const edit = edits.stages[index];
      if (edit && !edit.keep) return [];
      return [{ ...stage, ...(edit?.rename === undefined ? {} : { name: edit.rename }) }];
    }),
    ...edits.newStages.map((added, index) => ({
      id: previousIds(previous.stages, added.idFrom, `added-s${index}`, base.stages),
      key: stageKey(added.name),
      name: added.name,
      ...(added.sourced ? { source: board(`frame-${index}`) } : {}),
    })),
  ];
  const lanes = base.lanes.map((lane, index) => {
    const edit = edits.lanes[index];
    return {
      ...lane,
      ...(edit?.rename === undefined ? {} : { name: edit.rename }),
      ...(edit?.kind === undefined ? {} : { kind: edit.kind }),
    };
  });
  const stageIds = new Set(stages.map((stage) => stage.id));
  const unplaced: UnplacedItem[] = [...base.unplaced];
  const items: MapItem[] = [];
  base.items.forEach((item, index) => {
    const edit = edits.items[index] ?? { do: 'keep' };
    if (edit.do === 'drop') return;
    if (edit.do === 'unplace' && item.source) {
      unplaced.push({ source: item.source, text: item.text, reason: 'outside-grid' });
      return;
    }
    const moved =
      edit.do === 'move'
        ? {
            stageId: pick(stages, edit.stage)?.id ?? item.stageId,
            laneId: pick(lanes, edit.lane)?.id ?? item.laneId,
          }
        : {};
    const changed = { ...item, ...moved, ...(edit.do === 'retext' ? { text: edit.text } : {}) };
    if (stageIds.has(changed.stageId)) items.push(changed);
  });
  edits.newItems.forEach((added, index) => {
    const stage = pick(stages, added.stage);
    const lane = pick(lanes, added.lane);
    if (!stage || !lane) return;
    const id = previousIds(previous.items, added.idFrom, `added-i${index}`, items);
    items.push({
      id,
      stageId: stage.id,
      laneId: lane.id,
      text: added.text,
      source: board(`sticky-${index}`),
    });
  });
  edits.newUnplaced.forEach((text, index) => {
    unplaced.push({ source: board(`parked-${index}`), text, reason: 'no-lane' });
  });
  const painKey = keyAllocator();
  const painPoints = edits.newPainPoints.flatMap((added, index) => {
    const stage = pick(stages, added.stage);
    const item = pick(items, added.item);
    if (!stage) return [];
    return [
      {
        id: `added-p${index}`,
        key: painKey(added.title),
        title: added.title,
        stageId: stage.id,
        ...(item ? { itemId: item.id } : {}),
        severity: 3,
        reach: 0.5,
        evidence: [],
        status: 'open' as const,
      },
    ];
  });
  return { ...base, stages, lanes, items, unplaced, painPoints };
}

/** A map, a later import of its board, and work linked to the map's stages and pain points. */
const reimportCase = journeyMapArbitrary().chain((previous) =>
  fc.record({
    previous: fc.constant(previous),
    next: boardEdits(freshImport(previous)).map((edits) => laterImport(previous, edits)),
    links: workLinksArbitrary(previous),
  }),
);

const errorsOf = (map: JourneyMap) => validateMap(map).filter((d) => d.severity === 'error');

describe('mergeMaps, for any map and any later import of its board', () => {
  it('keeps every linked stage and pain point, and every item, and gives a sound map', () => {
    fc.assert(
      fc.property(reimportCase, ({ previous, next, links }) => {
        const { map, report } = mergeMaps(previous, next);
        expect(errorsOf(map)).toEqual([]);

        const stageIds = new Set(map.stages.map((stage) => stage.id));
        const painIds = new Set(map.painPoints.map((pain) => pain.id));
        for (const link of links) {
          expect(stageIds.has(link.stageId)).toBe(true);
          if (link.painPointId !== undefined) expect(painIds.has(link.painPointId)).toBe(true);
        }
        // Never loses a pain point or opportunity, its scores, status or links; only a title
        // (from the sticky, unless a person retitled it) and the removal flag may change.
        const kept = <
          T extends {
            title: string;
            description?: string | undefined;
            removedAtSource?: boolean | undefined;
          },
        >(
          entry: T,
        ) => {
          const { title: _, description: __, removedAtSource: ___, ...rest } = entry;
          return rest;
        };
        const mergedPains = map.painPoints.slice(0, previous.painPoints.length);
        expect(mergedPains.map(kept)).toStrictEqual(previous.painPoints.map(kept));
        mergedPains.forEach((pain, index) => {
          const before = previous.painPoints[index];
          if (before?.edited?.includes('title')) expect(pain.title).toBe(before.title);
        });
        expect(map.opportunities.slice(0, previous.opportunities.length).map(kept)).toStrictEqual(
          previous.opportunities.map(kept),
        );
        expect(map.kpis.slice(0, previous.kpis.length)).toStrictEqual(previous.kpis);

        const itemIds = new Set(map.items.map((item) => item.id));
        const moved = new Map(report.items.movedToUnplaced.map((entry) => [entry.id, entry]));
        const unplaced = new Set(map.unplaced.map((entry) => sourceKey(entry.source)));
        for (const item of previous.items) {
          if (itemIds.has(item.id)) continue;
          const entry = moved.get(item.id);
          expect(entry?.source).toStrictEqual(item.source);
          expect(entry && unplaced.has(sourceKey(entry.source))).toBe(true);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('changes nothing more when the same import is merged again', () => {
    fc.assert(
      fc.property(reimportCase, ({ previous, next }) => {
        const once = mergeMaps(previous, next).map;
        expect(mergeMaps(once, next).map).toStrictEqual(once);
      }),
      { numRuns: 100 },
    );
  });
});

describe('mergeMaps of a map with itself', () => {
  it('gives the same map and reports no change', () => {
    fc.assert(
      fc.property(journeyMapArbitrary(), (map) => {
        const merged = mergeMaps(map, map);
        expect(merged.map).toStrictEqual(map);
        expect(hasChanges(merged.report)).toBe(false);
      }),
      { numRuns: 150 },
    );
  });
});
