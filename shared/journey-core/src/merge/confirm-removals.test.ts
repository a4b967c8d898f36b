import { describe, expect, it } from 'vitest';
import { JourneyMap, type JourneyMapInput } from '../model/journey-map';
import type { WorkLink } from '../model/work-link';
import { validateMap } from '../validate/validate-map';
import { confirmRemovals } from './confirm-removals';

/** A map after a re-import flagged a stage, a lane and some items as gone from the board. */
const flagged: JourneyMapInput = {
  schemaVersion: 4,
  id: 'map-1',
  key: 'checkout',
  title: 'Checkout',
  stages: [
    { id: 's-cart', key: 'cart', name: 'Cart' },
    { id: 's-gone', key: 'gone', name: 'Gone stage', removedAtSource: true },
    { id: 's-used', key: 'used', name: 'Used stage', removedAtSource: true },
    { id: 's-empty', key: 'empty', name: 'Empty stage', removedAtSource: true },
  ],
  lanes: [
    { id: 'l-doing', key: 'doing', name: 'Doing', kind: 'actions' },
    { id: 'l-gone', key: 'gone', name: 'Gone lane', kind: 'custom', removedAtSource: true },
    { id: 'l-empty', key: 'empty', name: 'Empty lane', kind: 'custom', removedAtSource: true },
  ],
  items: [
    { id: 'i-cart', stageId: 's-cart', laneId: 'l-doing', text: 'Adds to cart' },
    {
      id: 'i-gone',
      stageId: 's-gone',
      laneId: 'l-doing',
      text: 'Gone sticky',
      removedAtSource: true,
    },
    {
      id: 'i-lane',
      stageId: 's-cart',
      laneId: 'l-gone',
      text: 'In a gone lane',
      removedAtSource: true,
    },
    {
      id: 'i-pain',
      stageId: 's-cart',
      laneId: 'l-doing',
      text: 'Raised a pain',
      removedAtSource: true,
    },
  ],
  painPoints: [
    {
      id: 'p-1',
      key: 'slow',
      title: 'Slow',
      stageId: 's-used',
      itemId: 'i-pain',
      severity: 2,
      reach: 0.1,
    },
    { id: 'p-2', key: 'queue', title: 'Queue', stageId: 's-cart', severity: 1, reach: 0.1 },
  ],
};

const map = () => JourneyMap.parse(JSON.parse(JSON.stringify(flagged)));

const link: WorkLink = {
  provider: 'jira',
  id: '10001',
  key: 'SHOP-1',
  title: 'Faster cart',
  status: 'todo',
  mapId: 'map-1',
  stageId: 's-empty',
};

describe('confirmRemovals', () => {
  it('drops confirmed flagged entries, items before the stage and lane that held them', () => {
    const result = confirmRemovals(map(), [
      's-gone',
      'i-gone',
      'l-gone',
      'i-lane',
      'l-empty',
      's-empty',
    ]);
    expect(result.refused).toEqual([]);
    expect(result.removed).toEqual(['i-gone', 'i-lane', 's-gone', 's-empty', 'l-gone', 'l-empty']);
    expect(result.map.stages.map((stage) => stage.id)).toEqual(['s-cart', 's-used']);
    expect(result.map.lanes.map((lane) => lane.id)).toEqual(['l-doing']);
    expect(result.map.items.map((item) => item.id)).toEqual(['i-cart', 'i-pain']);
    expect(validateMap(result.map).filter((d) => d.severity === 'error')).toEqual([]);
  });

  it.each<[string, string[], WorkLink[], string, (string | number)[], RegExp]>([
    [
      'a stage that still holds items',
      ['s-gone'],
      [],
      'still-referenced',
      ['stages', 1],
      /1 item\(s\)/,
    ],
    [
      'a lane that still holds items',
      ['l-gone'],
      [],
      'still-referenced',
      ['lanes', 1],
      /1 item\(s\)/,
    ],
    [
      'a stage a pain point is about',
      ['s-used'],
      [],
      'still-referenced',
      ['stages', 2],
      /pain point "Slow"/,
    ],
    [
      'a stage linked work is for',
      ['s-empty'],
      [link],
      'still-referenced',
      ['stages', 3],
      /linked work SHOP-1/,
    ],
    [
      'an item a pain point was raised from',
      ['i-pain'],
      [],
      'still-referenced',
      ['items', 3],
      /pain point "Slow"/,
    ],
    [
      'an entry still on the board',
      ['s-cart'],
      [],
      'not-removed-at-source',
      ['stages', 0],
      /still on the board/,
    ],
    ['an id the map does not have', ['nope'], [], 'unknown-id', [], /"nope"/],
  ])('refuses %s and says why', (_, ids, links, code, path, message) => {
    const before = map();
    const result = confirmRemovals(before, ids, links);
    expect(result.map).toEqual(before);
    expect(result.removed).toEqual([]);
    expect(result.refused).toEqual([expect.objectContaining({ severity: 'error', code, path })]);
    expect(result.refused[0]?.message).toMatch(message);
  });

  it('names the first few users of a stage and counts the rest', () => {
    const crowded = map();
    crowded.opportunities = [
      {
        id: 'o-1',
        key: 'o1',
        title: 'Cache',
        stageId: 's-used',
        painPointIds: [],
        reach: 0.1,
        impact: 1,
        confidence: 1,
        effort: 1,
      },
    ];
    crowded.kpis = [
      {
        id: 'k-1',
        key: 'k1',
        name: 'Speed',
        unit: 's',
        direction: 'decrease',
        target: 1,
        history: [],
        stageId: 's-used',
      },
      {
        id: 'k-2',
        key: 'k2',
        name: 'Overall',
        unit: '',
        direction: 'increase',
        target: 1,
        history: [],
      },
    ];
    const unkeyed: WorkLink = {
      provider: 'linear',
      id: 'project-9',
      title: 'Cache',
      status: 'done',
      mapId: 'map-1',
      stageId: 's-used',
    };
    const elsewhere: WorkLink = { ...link, mapId: 'other-map', stageId: 's-used' };
    const result = confirmRemovals(crowded, ['s-used'], [unkeyed, elsewhere]);
    expect(result.refused[0]?.message).toBe(
      'stage "Used stage" is still used by pain point "Slow", opportunity "Cache", KPI "Speed" and 1 more; move or remove those first',
    );
  });
});

describe('confirmRemovals with phases', () => {
  const phased = (): JourneyMap =>
    JourneyMap.parse({
      ...JSON.parse(JSON.stringify(flagged)),
      phases: [
        { id: 'ph-before', key: 'before', name: 'Before', stageIds: ['s-cart', 's-gone'] },
        { id: 'ph-after', key: 'after', name: 'After', stageIds: ['s-empty'] },
        {
          id: 'ph-old',
          key: 'old',
          name: 'Old phase',
          stageIds: ['s-used'],
          removedAtSource: true,
        },
      ],
    });

  it('takes a dropped stage out of its phase, and drops a phase left with no stage', () => {
    const result = confirmRemovals(phased(), ['i-gone', 's-gone', 's-empty'], []);
    expect(result.removed).toEqual(['i-gone', 's-gone', 's-empty', 'ph-after']);
    expect(result.map.phases.map((phase) => [phase.id, phase.stageIds])).toEqual([
      ['ph-before', ['s-cart']],
      ['ph-old', ['s-used']],
    ]);
    expect(validateMap(result.map).filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('drops a phase gone from the board once confirmed, leaving its stages ungrouped', () => {
    const result = confirmRemovals(phased(), ['ph-old']);
    expect(result.removed).toEqual(['ph-old']);
    expect(result.map.phases.map((phase) => phase.id)).toEqual(['ph-before', 'ph-after']);
    expect(result.map.stages.map((stage) => stage.id)).toContain('s-used');
  });

  it('refuses a phase still on the board', () => {
    const result = confirmRemovals(phased(), ['ph-before']);
    expect(result.removed).toEqual([]);
    expect(result.refused.map((d) => d.code)).toEqual(['not-removed-at-source']);
    expect(result.map.phases).toHaveLength(3);
  });
});
