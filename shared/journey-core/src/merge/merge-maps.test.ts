import { describe, expect, it } from 'vitest';
import { JourneyMap, type JourneyMapInput } from '../model/journey-map';
import type { ItemSource } from '../model/primitives';
import { validateMap } from '../validate/validate-map';
import { idAllocator } from './id-allocator';
import { matchEntries } from './match-entries';
import { mergeMaps } from './merge-maps';
import { inNextOrder } from './merge-order';
import { hasChanges, type MapMerge } from './merge-report';
import { freshImport } from './reimport.test-support';

const sticky = (itemId: string): ItemSource => ({ provider: 'miro', boardId: 'b1', itemId });

const onboarding: JourneyMapInput = {
  schemaVersion: 4,
  id: 'map-1',
  key: 'onboarding',
  title: 'Onboarding',
  persona: 'New workspace admin',
  goal: 'Get the team working',
  stages: [
    {
      id: 's-discover',
      key: 'discover',
      name: 'Discover',
      owner: 'ana',
      source: sticky('frame-1'),
    },
    { id: 's-sign-up', key: 'sign-up', name: 'Sign up', source: sticky('frame-2') },
    { id: 's-invite', key: 'invite', name: 'Invite team', description: 'Bring colleagues in' },
  ],
  lanes: [
    { id: 'l-doing', key: 'doing', name: 'Doing', kind: 'actions', source: sticky('label-1') },
    { id: 'l-feeling', key: 'feeling', name: 'Feeling', kind: 'emotions' },
  ],
  items: [
    {
      id: 'i-1',
      stageId: 's-discover',
      laneId: 'l-doing',
      text: 'Reads a review',
      source: sticky('st-1'),
    },
    {
      id: 'i-2',
      stageId: 's-sign-up',
      laneId: 'l-doing',
      text: 'Fills the form',
      source: sticky('st-2'),
    },
    {
      id: 'i-3',
      stageId: 's-sign-up',
      laneId: 'l-feeling',
      text: 'Anxious',
      emotion: -0.5,
      source: sticky('st-3'),
    },
    {
      id: 'i-4',
      stageId: 's-invite',
      laneId: 'l-doing',
      text: 'Sends invites',
      source: sticky('st-4'),
    },
    { id: 'i-hand', stageId: 's-invite', laneId: 'l-feeling', text: 'Relieved (added in Jira)' },
  ],
  unplaced: [{ source: sticky('st-parked'), text: 'Parking lot', reason: 'outside-grid' }],
  painPoints: [
    {
      id: 'p-1',
      key: 'long-form',
      title: 'Long form',
      stageId: 's-sign-up',
      itemId: 'i-2',
      severity: 3,
      reach: 0.5,
    },
  ],
  opportunities: [
    {
      id: 'o-1',
      key: 'social-login',
      title: 'Social login',
      stageId: 's-sign-up',
      painPointIds: ['p-1'],
      reach: 0.5,
      impact: 3,
      confidence: 0.8,
      effort: 2,
    },
  ],
  kpis: [
    {
      id: 'k-1',
      key: 'signup-rate',
      name: 'Sign-up rate',
      direction: 'increase',
      target: 0.4,
      stageId: 's-sign-up',
    },
  ],
};

const previousMap = (): JourneyMap => JourneyMap.parse(JSON.parse(JSON.stringify(onboarding)));

function find<T>(list: readonly T[], matches: (entry: T) => boolean): T {
  const found = list.find(matches);
  if (found === undefined) throw new Error('the fixture has no such entry');
  return found;
}
const stageNamed = (map: JourneyMap, name: string) =>
  find(map.stages, (stage) => stage.name === name);
const laneNamed = (map: JourneyMap, name: string) => find(map.lanes, (lane) => lane.name === name);
const itemFrom = (map: JourneyMap, itemId: string) =>
  find(map.items, (item) => item.source?.itemId === itemId);
const itemWithId = (map: JourneyMap, id: string) => find(map.items, (item) => item.id === id);

/** Re-import `previous` after `change` edited it and its board's fresh import. */
function reimport(
  change: (previous: JourneyMap, next: JourneyMap) => void,
): MapMerge & { previous: JourneyMap } {
  const previous = previousMap();
  const next = freshImport(previous);
  change(previous, next);
  const merged = mergeMaps(previous, next);
  expect(validateMap(merged.map).filter((d) => d.severity === 'error')).toEqual([]);
  return { ...merged, previous };
}

describe('mergeMaps', () => {
  it('changes nothing when the board did not change', () => {
    const { map, report, previous } = reimport(() => {});
    expect(map).toEqual(previous);
    expect(hasChanges(report)).toBe(false);
    expect([report.stages.unchanged, report.lanes.unchanged, report.items.unchanged]).toEqual([
      3, 2, 5,
    ]);
  });

  it('merges a map with itself into the same map, with nothing to report', () => {
    const map = previousMap();
    map.stages.push({ id: 's-old', key: 'old', name: 'Old', removedAtSource: true });
    map.items.push({
      id: 'i-old',
      stageId: 's-old',
      laneId: 'l-doing',
      text: 'Old',
      source: sticky('st-old'),
      removedAtSource: true,
    });
    const merged = mergeMaps(map, map);
    expect(merged.map).toEqual(map);
    expect(hasChanges(merged.report)).toBe(false);
  });

  describe('stages and lanes', () => {
    it.each<[string, (previous: JourneyMap, next: JourneyMap) => void, (merged: MapMerge) => void]>(
      [
        [
          'a stage renamed on the board takes the new name and keeps its id, key and owner',
          (_, next) => {
            stageNamed(next, 'Discover').name = 'Find us';
          },
          ({ map, report }) => {
            expect(map.stages[0]).toEqual({
              id: 's-discover',
              key: 'discover',
              name: 'Find us',
              owner: 'ana',
              source: sticky('frame-1'),
            });
            expect(report.stages.updated).toEqual([
              { id: 's-discover', label: 'Find us', fields: ['name'] },
            ]);
          },
        ],
        [
          'a stage name a person edited keeps the edit, and the report says so',
          (previous, next) => {
            stageNamed(previous, 'Discover').edited = ['name'];
            stageNamed(next, 'Discover').name = 'Find us';
          },
          ({ map, report }) => {
            expect(map.stages[0]?.name).toBe('Discover');
            expect(report.stages.updated).toEqual([]);
            expect(report.conflicts).toEqual([
              expect.objectContaining({ code: 'kept-edit', list: 'stages', id: 's-discover' }),
            ]);
            expect(report.conflicts[0]?.message).toBe(
              'stage "Discover": kept the name "Discover" a person edited; the board says "Find us"',
            );
          },
        ],
        [
          'a stage with no source matches by name, whatever its case and spacing',
          (_, next) => {
            stageNamed(next, 'Invite team').name = 'INVITE  Team';
          },
          ({ map, report }) => {
            expect(map.stages[2]).toMatchObject({
              id: 's-invite',
              key: 'invite',
              name: 'INVITE  Team',
              description: 'Bring colleagues in',
            });
            expect(report.stages.updated).toEqual([
              { id: 's-invite', label: 'INVITE  Team', fields: ['name'] },
            ]);
          },
        ],
        [
          'a stage with no source and a new name matches by key',
          (_, next) => {
            stageNamed(next, 'Invite team').name = 'Bring colleagues';
          },
          ({ map }) =>
            expect(map.stages[2]).toMatchObject({ id: 's-invite', name: 'Bring colleagues' }),
        ],
        [
          'a stage redrawn on the board matches by name and follows its new frame',
          (_, next) => {
            stageNamed(next, 'Discover').source = sticky('frame-9');
          },
          ({ map, report }) => {
            expect(map.stages[0]).toMatchObject({ id: 's-discover', source: sticky('frame-9') });
            expect(report.stages.updated).toEqual([
              { id: 's-discover', label: 'Discover', fields: ['source'] },
            ]);
          },
        ],
        [
          'a new stage keeps its import id and key, made unique against the map',
          (_, next) => {
            next.stages.push({
              id: 's-discover',
              key: 'discover',
              name: 'Discover again',
              source: sticky('frame-7'),
            });
          },
          ({ map, report }) => {
            expect(map.stages[3]).toEqual({
              id: 's-discover-2',
              key: 'discover-2',
              name: 'Discover again',
              source: sticky('frame-7'),
            });
            expect(report.stages.added).toEqual([{ id: 's-discover-2', label: 'Discover again' }]);
          },
        ],
        [
          'a stage gone from the board stays, flagged, right after the stage before it',
          (_, next) => {
            next.stages = next.stages.filter((stage) => stage.name !== 'Sign up');
            next.items = next.items.filter((item) => item.stageId !== 'new-s-sign-up');
            next.stages.push({ id: 'new-s-pay', key: 'pay', name: 'Pay' });
          },
          ({ map, report }) => {
            expect(map.stages.map((stage) => [stage.id, stage.removedAtSource ?? false])).toEqual([
              ['s-discover', false],
              ['s-sign-up', true],
              ['s-invite', false],
              ['new-s-pay', false],
            ]);
            expect(report.stages.removed).toEqual([{ id: 's-sign-up', label: 'Sign up' }]);
            expect(report.items.removed.map((item) => item.id)).toEqual(['i-2', 'i-3']);
          },
        ],
        [
          'the first stage gone from the board stays first',
          (_, next) => {
            next.stages = next.stages.filter((stage) => stage.name !== 'Discover');
            next.items = next.items.filter((item) => item.stageId !== 'new-s-discover');
          },
          ({ map }) =>
            expect(map.stages.map((stage) => stage.id)).toEqual([
              's-discover',
              's-sign-up',
              's-invite',
            ]),
        ],
        [
          'a stage back on the board loses its flag',
          (previous) => {
            stageNamed(previous, 'Invite team').removedAtSource = true;
          },
          ({ map, report }) => {
            expect(map.stages[2]?.removedAtSource).toBeUndefined();
            expect(report.stages.updated).toEqual([
              { id: 's-invite', label: 'Invite team', fields: ['restored'] },
            ]);
          },
        ],
        [
          'a lane whose kind changed on the board takes the new kind',
          (_, next) => {
            laneNamed(next, 'Doing').kind = 'touchpoints';
          },
          ({ map, report }) => {
            expect(map.lanes[0]).toMatchObject({ id: 'l-doing', kind: 'touchpoints' });
            expect(report.lanes.updated).toEqual([
              { id: 'l-doing', label: 'Doing', fields: ['kind'] },
            ]);
          },
        ],
        [
          'a lane a person edited keeps its name and kind',
          (previous, next) => {
            laneNamed(previous, 'Doing').edited = ['name', 'kind'];
            Object.assign(laneNamed(next, 'Doing'), { name: 'Steps', kind: 'touchpoints' });
          },
          ({ map, report }) => {
            expect(map.lanes[0]).toMatchObject({ id: 'l-doing', name: 'Doing', kind: 'actions' });
            expect(report.conflicts.map((c) => c.code)).toEqual(['kept-edit', 'kept-edit']);
            expect(report.conflicts[1]?.message).toBe(
              'lane "Doing": kept the kind "actions" a person edited; the board says "touchpoints"',
            );
          },
        ],
        [
          'a lane renamed on the board and a new lane',
          (_, next) => {
            laneNamed(next, 'Doing').name = 'Actions';
            next.lanes.push({
              id: 'new-l-feelings',
              key: 'feeling',
              name: 'Feelings',
              kind: 'emotions',
            });
          },
          ({ map, report }) => {
            expect(map.lanes.map((lane) => [lane.id, lane.key, lane.name])).toEqual([
              ['l-doing', 'doing', 'Actions'],
              ['l-feeling', 'feeling', 'Feeling'],
              ['new-l-feelings', 'feeling-2', 'Feelings'],
            ]);
            expect(report.lanes.added).toEqual([{ id: 'new-l-feelings', label: 'Feelings' }]);
          },
        ],
      ],
    )('%s', (_, change, check) => check(reimport(change)));
  });

  describe('items', () => {
    it.each<[string, (previous: JourneyMap, next: JourneyMap) => void, (merged: MapMerge) => void]>(
      [
        [
          'a sticky whose text changed gives its item the new text',
          (_, next) => {
            itemFrom(next, 'st-1').text = 'Reads two reviews';
          },
          ({ map, report }) => {
            expect(itemWithId(map, 'i-1').text).toBe('Reads two reviews');
            expect(report.items.updated).toEqual([
              { id: 'i-1', label: 'Reads two reviews', fields: ['text'] },
            ]);
          },
        ],
        [
          'an item text a person edited keeps the edit',
          (previous, next) => {
            itemWithId(previous, 'i-1').edited = ['text'];
            itemFrom(next, 'st-1').text = 'Reads two reviews';
          },
          ({ map, report }) => {
            expect(itemWithId(map, 'i-1').text).toBe('Reads a review');
            expect(report.conflicts).toEqual([
              expect.objectContaining({ code: 'kept-edit', list: 'items', id: 'i-1' }),
            ]);
          },
        ],
        [
          'a sticky moved on the board moves its item',
          (_, next) => {
            itemFrom(next, 'st-1').stageId = 'new-s-invite';
          },
          ({ map, report }) => {
            expect(itemWithId(map, 'i-1')).toMatchObject({
              stageId: 's-invite',
              laneId: 'l-doing',
            });
            expect(report.items.updated).toEqual([
              { id: 'i-1', label: 'Reads a review', fields: ['cell'] },
            ]);
          },
        ],
        [
          'an item a person placed keeps its cell when the sticky moves',
          (previous, next) => {
            itemWithId(previous, 'i-1').edited = ['cell'];
            itemFrom(next, 'st-1').laneId = 'new-l-feeling';
          },
          ({ map, report }) => {
            expect(itemWithId(map, 'i-1')).toMatchObject({
              stageId: 's-discover',
              laneId: 'l-doing',
            });
            expect(report.conflicts.map((c) => c.code)).toEqual(['kept-edit']);
          },
        ],
        [
          'an emotion comes from the board',
          (_, next) => {
            itemFrom(next, 'st-3').emotion = -0.9;
          },
          ({ map, report }) => {
            expect(itemWithId(map, 'i-3').emotion).toBe(-0.9);
            expect(report.items.updated).toEqual([
              { id: 'i-3', label: 'Anxious', fields: ['emotion'] },
            ]);
          },
        ],
        [
          'a hand-made item stays where it was',
          (_, next) => {
            next.items.reverse();
          },
          ({ map }) => {
            expect(map.items.map((item) => item.id)).toEqual([
              'i-4',
              'i-hand',
              'i-3',
              'i-2',
              'i-1',
            ]);
            expect(itemWithId(map, 'i-hand')).toEqual(previousMap().items[4]);
          },
        ],
        [
          'an item whose sticky left the grid goes back to unplaced',
          (_, next) => {
            next.items = next.items.filter((item) => item.source?.itemId !== 'st-1');
            next.unplaced = [
              { source: sticky('st-1'), text: 'Reads a review', reason: 'outside-grid' },
            ];
          },
          ({ map, report }) => {
            expect(map.items.some((item) => item.id === 'i-1')).toBe(false);
            expect(map.unplaced).toEqual([
              { source: sticky('st-1'), text: 'Reads a review', reason: 'outside-grid' },
            ]);
            expect(report.items.movedToUnplaced).toEqual([
              {
                id: 'i-1',
                label: 'Reads a review',
                source: sticky('st-1'),
                reason: 'outside-grid',
              },
            ]);
          },
        ],
        [
          'an item a person placed stays placed when its sticky leaves the grid',
          (previous, next) => {
            itemWithId(previous, 'i-1').edited = ['cell'];
            next.items = next.items.filter((item) => item.source?.itemId !== 'st-1');
            next.unplaced = [
              { source: sticky('st-1'), text: 'Reads three reviews', reason: 'no-stage' },
            ];
          },
          ({ map, report }) => {
            expect(itemWithId(map, 'i-1')).toMatchObject({
              stageId: 's-discover',
              text: 'Reads three reviews',
            });
            expect(map.unplaced).toEqual([]);
            expect(report.items.updated).toEqual([
              { id: 'i-1', label: 'Reads three reviews', fields: ['text'] },
            ]);
          },
        ],
        [
          'an item a pain point refers to stays placed when its sticky leaves the grid',
          (previous, next) => {
            itemWithId(previous, 'i-2').removedAtSource = true;
            next.items = next.items.filter((item) => item.source?.itemId !== 'st-2');
            next.unplaced = [
              { source: sticky('st-2'), text: 'Fills the form', reason: 'ambiguous-cell' },
            ];
          },
          ({ map, report }) => {
            expect(itemWithId(map, 'i-2')).toMatchObject({
              stageId: 's-sign-up',
              laneId: 'l-doing',
            });
            expect(itemWithId(map, 'i-2').removedAtSource).toBeUndefined();
            expect(map.unplaced).toEqual([]);
            expect(report.items.updated).toEqual([
              { id: 'i-2', label: 'Fills the form', fields: ['restored'] },
            ]);
            expect(report.conflicts).toEqual([
              expect.objectContaining({ code: 'kept-referenced-item', id: 'i-2' }),
            ]);
          },
        ],
        [
          'an item whose sticky is gone stays, flagged, in its place',
          (_, next) => {
            next.items = next.items.filter((item) => item.source?.itemId !== 'st-2');
          },
          ({ map, report }) => {
            expect(map.items.map((item) => item.id)).toEqual([
              'i-1',
              'i-2',
              'i-3',
              'i-4',
              'i-hand',
            ]);
            expect(itemWithId(map, 'i-2').removedAtSource).toBe(true);
            expect(report.items.removed).toEqual([{ id: 'i-2', label: 'Fills the form' }]);
          },
        ],
        [
          'an item flagged before and still gone is not reported again',
          (previous, next) => {
            itemWithId(previous, 'i-2').removedAtSource = true;
            next.items = next.items.filter((item) => item.source?.itemId !== 'st-2');
          },
          ({ map, report }) => {
            expect(itemWithId(map, 'i-2').removedAtSource).toBe(true);
            expect(hasChanges(report)).toBe(false);
          },
        ],
        [
          'an item back on the board loses its flag',
          (previous) => {
            itemWithId(previous, 'i-4').removedAtSource = true;
          },
          ({ map, report }) => {
            expect(itemWithId(map, 'i-4').removedAtSource).toBeUndefined();
            expect(report.items.updated).toEqual([
              { id: 'i-4', label: 'Sends invites', fields: ['restored'] },
            ]);
          },
        ],
        [
          'a new sticky becomes an item with an id unique in the map',
          (_, next) => {
            next.items.push({
              id: 'i-1',
              stageId: 'new-s-discover',
              laneId: 'new-l-feeling',
              text: 'Curious',
              source: sticky('st-9'),
            });
          },
          ({ map, report }) => {
            expect(itemFrom(map, 'st-9')).toEqual({
              id: 'i-1-2',
              stageId: 's-discover',
              laneId: 'l-feeling',
              text: 'Curious',
              source: sticky('st-9'),
            });
            expect(report.items.added).toEqual([{ id: 'i-1-2', label: 'Curious' }]);
          },
        ],
        [
          "the board's unplaced stickies replace the old list",
          (_, next) => {
            next.unplaced = [{ source: sticky('st-new'), text: 'Legend', reason: 'no-lane' }];
          },
          ({ map }) =>
            expect(map.unplaced).toEqual([
              { source: sticky('st-new'), text: 'Legend', reason: 'no-lane' },
            ]),
        ],
      ],
    )('%s', (_, change, check) => check(reimport(change)));
  });

  it("keeps the map's pain points, opportunities and KPIs and adds the import's new ones", () => {
    const { map, report } = reimport((_, next) => {
      next.painPoints = [
        {
          id: 'p-1',
          key: 'long-form',
          title: 'Long form (import)',
          stageId: 'new-s-discover',
          severity: 1,
          reach: 0,
          evidence: [],
          status: 'open',
        },
        {
          id: 'p-1b',
          key: 'slow-invites',
          title: 'Slow invites',
          stageId: 'new-s-invite',
          itemId: 'new-i-4',
          severity: 4,
          reach: 0.3,
          evidence: [],
          status: 'open',
        },
      ];
      next.opportunities = [
        {
          id: 'o-1',
          key: 'bulk-invite',
          title: 'Bulk invite',
          stageId: 'new-s-invite',
          painPointIds: ['p-1', 'p-1b'],
          reach: 0.3,
          impact: 4,
          confidence: 0.5,
          effort: 3,
        },
      ];
      next.kpis = [
        {
          id: 'k-1',
          key: 'invites-sent',
          name: 'Invites sent',
          unit: '',
          direction: 'increase',
          target: 5,
          history: [],
          stageId: 'new-s-invite',
        },
        {
          id: 'k-2',
          key: 'nps',
          name: 'NPS',
          unit: 'points',
          direction: 'increase',
          target: 40,
          history: [],
        },
      ];
    });
    expect(map.painPoints.map((pain) => [pain.id, pain.title, pain.stageId, pain.itemId])).toEqual([
      ['p-1', 'Long form', 's-sign-up', 'i-2'],
      ['p-1b', 'Slow invites', 's-invite', 'i-4'],
    ]);
    expect(map.opportunities[1]).toMatchObject({
      id: 'o-1-2',
      stageId: 's-invite',
      painPointIds: ['p-1', 'p-1b'],
    });
    expect(map.kpis.map((kpi) => [kpi.id, kpi.stageId])).toEqual([
      ['k-1', 's-sign-up'],
      ['k-1-2', 's-invite'],
      ['k-2', undefined],
    ]);
    expect(report.added).toEqual({
      painPoints: [{ id: 'p-1b', label: 'Slow invites' }],
      opportunities: [{ id: 'o-1-2', label: 'Bulk invite' }],
      kpis: [
        { id: 'k-1-2', label: 'Invites sent' },
        { id: 'k-2', label: 'NPS' },
      ],
    });
  });

  it('reports as removed what the import itself marks as gone from the board', () => {
    const { map, report } = reimport((_, next) => {
      stageNamed(next, 'Invite team').removedAtSource = true;
      itemFrom(next, 'st-4').removedAtSource = true;
    });
    expect(map.stages[2]?.removedAtSource).toBe(true);
    expect(itemWithId(map, 'i-4').removedAtSource).toBe(true);
    expect(report.stages.removed).toEqual([{ id: 's-invite', label: 'Invite team' }]);
    expect(report.items.removed).toEqual([{ id: 'i-4', label: 'Sends invites' }]);
  });

  it('brings a lane back with the source of its redrawn label', () => {
    const { map, report } = reimport((previous, next) => {
      laneNamed(previous, 'Feeling').removedAtSource = true;
      laneNamed(next, 'Feeling').source = sticky('label-9');
    });
    expect(map.lanes[1]).toEqual({
      id: 'l-feeling',
      key: 'feeling',
      name: 'Feeling',
      kind: 'emotions',
      source: sticky('label-9'),
    });
    expect(report.lanes.updated).toEqual([
      { id: 'l-feeling', label: 'Feeling', fields: ['source', 'restored'] },
    ]);
  });

  it('reports what it could not use from a malformed import, and still gives a sound map', () => {
    const { map, report } = reimport((_, next) => {
      next.items.push(
        {
          id: 'dup',
          stageId: 'new-s-discover',
          laneId: 'new-l-doing',
          text: 'Reads a review (copy)',
          source: sticky('st-1'),
        },
        {
          id: 'lost',
          stageId: 'nowhere',
          laneId: 'new-l-doing',
          text: 'Lost sticky',
          source: sticky('st-10'),
        },
        {
          id: 'lost-lane',
          stageId: 'new-s-discover',
          laneId: 'nowhere',
          text: 'Lost lane',
          source: sticky('st-12'),
        },
        { id: 'floating', stageId: 'new-s-discover', laneId: 'nowhere', text: 'No sticky' },
      );
      itemFrom(next, 'st-2').stageId = 'nowhere';
      next.unplaced = [
        { source: sticky('st-11'), text: 'Twice', reason: 'outside-grid' },
        { source: sticky('st-11'), text: 'Twice', reason: 'outside-grid' },
        { source: sticky('st-3'), text: 'Anxious', reason: 'outside-grid' },
      ];
      next.painPoints = [
        {
          id: 'np-1',
          key: 'nowhere',
          title: 'Nowhere',
          stageId: 'nowhere',
          severity: 1,
          reach: 0,
          evidence: [],
          status: 'open',
        },
        {
          id: 'np-2',
          key: 'lost-item',
          title: 'Lost item',
          stageId: 'new-s-invite',
          itemId: 'gone',
          severity: 1,
          reach: 0,
          evidence: [],
          status: 'open',
        },
      ];
      next.opportunities = [
        {
          id: 'no-1',
          key: 'half',
          title: 'Half',
          stageId: 'new-s-invite',
          painPointIds: ['np-1', 'np-2'],
          reach: 0,
          impact: 1,
          confidence: 0,
          effort: 1,
        },
        {
          id: 'no-2',
          key: 'nowhere',
          title: 'Nowhere',
          stageId: 'nowhere',
          painPointIds: [],
          reach: 0,
          impact: 1,
          confidence: 0,
          effort: 1,
        },
      ];
      next.kpis = [
        {
          id: 'nk-1',
          key: 'lost',
          name: 'Lost',
          unit: '',
          direction: 'decrease',
          target: 1,
          history: [],
          stageId: 'nowhere',
        },
      ];
    });
    expect(report.conflicts.map((c) => [c.code, c.list])).toEqual([
      ['duplicate-source', 'unplaced'],
      ['unknown-reference', 'items'],
      ['duplicate-source', 'items'],
      ['unknown-reference', 'unplaced'],
      ['unknown-reference', 'unplaced'],
      ['unknown-reference', 'items'],
      ['duplicate-source', 'unplaced'],
      ['unknown-reference', 'painPoints'],
      ['unknown-reference', 'painPoints'],
      ['unknown-reference', 'opportunities'],
      ['unknown-reference', 'opportunities'],
      ['unknown-reference', 'kpis'],
    ]);
    expect(itemWithId(map, 'i-2').stageId).toBe('s-sign-up');
    expect(map.items.filter((item) => item.source?.itemId === 'st-1')).toHaveLength(1);
    expect(map.unplaced.map((entry) => [entry.source.itemId, entry.reason])).toEqual([
      ['st-11', 'outside-grid'],
      ['st-10', 'no-stage'],
      ['st-12', 'no-lane'],
    ]);
    expect(map.painPoints.find((pain) => pain.key === 'lost-item')?.itemId).toBeUndefined();
    expect(map.opportunities.find((o) => o.key === 'half')?.painPointIds).toEqual(['np-2']);
    expect(map.kpis.map((kpi) => kpi.key)).toEqual(['signup-rate']);
  });

  it('detaches the second of two previous items from one sticky instead of merging both into it', () => {
    const { map, report } = reimport((previous) => {
      previous.items.push({
        id: 'i-copy',
        stageId: 's-discover',
        laneId: 'l-feeling',
        text: 'Copy',
        source: sticky('st-1'),
      });
    });
    expect(itemWithId(map, 'i-copy').source).toBeUndefined();
    expect(itemWithId(map, 'i-1').source).toEqual(sticky('st-1'));
    expect(report.conflicts).toEqual([
      expect.objectContaining({ code: 'duplicate-source', id: 'i-copy' }),
    ]);
  });

  it('merges a board of ten thousand stickies, keeping every id', () => {
    const big = previousMap();
    big.items = Array.from({ length: 10_000 }, (_, n) => ({
      id: `i-${n}`,
      stageId: big.stages[n % 3]?.id ?? 's-discover',
      laneId: 'l-doing',
      text: `Sticky ${n}`,
      source: sticky(`st-${n}`),
    }));
    big.painPoints = [];
    const next = freshImport(big);
    next.items.reverse();
    const { map, report } = mergeMaps(big, next);
    expect(new Set(map.items.map((item) => item.id))).toEqual(
      new Set(big.items.map((item) => item.id)),
    );
    expect(report.items.unchanged).toBe(10_000);
  });
});

describe('idAllocator', () => {
  it.each<[string, string[], string[], string[]]>([
    ['keeps a free id', [], ['a'], ['a']],
    ['suffixes a taken id', ['a'], ['a'], ['a-2']],
    ['skips suffixes already taken', ['a', 'a-2'], ['a', 'a'], ['a-3', 'a-4']],
    [
      'keeps a long id within the limit',
      ['x'.repeat(128)],
      ['x'.repeat(128)],
      [`${'x'.repeat(120)}-2`],
    ],
  ])('%s', (_, taken, wanted, expected) => {
    const allocate = idAllocator(taken);
    expect(wanted.map(allocate)).toEqual(expected);
  });
});

describe('matchEntries', () => {
  it('tries every source before any name, so a renamed stage keeps its own match', () => {
    const previous = [
      { key: 'a', name: 'Alpha', source: sticky('1') },
      { key: 'b', name: 'Beta', source: sticky('2') },
      { key: 'd', name: 'Delta' },
    ];
    const next = [
      { key: 'beta', name: 'Beta', source: sticky('1') },
      { key: 'gamma', name: 'Gamma', source: sticky('2') },
      { key: 'c', name: 'New' },
      { key: 'delta', name: 'Delta' },
      { key: 'delta-2', name: 'delta' },
    ];
    expect(matchEntries(previous, next)).toEqual([0, 1, undefined, 2, undefined]);
  });
});

describe('inNextOrder', () => {
  it('puts each entry only the previous list has after the one that preceded it there', () => {
    const entry = (id: string) => ({ id });
    const kept = new Map(['a', 'c', 'd'].map((id) => [id, entry(id)]));
    const ordered = inNextOrder(
      ['a', 'b', 'c', 'd', 'e'],
      [entry('e'), entry('x'), entry('b')],
      kept,
    );
    expect(ordered.map((e) => e.id)).toEqual(['a', 'e', 'x', 'b', 'c', 'd']);
  });
});
