import { describe, expect, it } from 'vitest';
import { clone } from '../model/clone.test-support';
import { JourneyMap, type JourneyMapInput } from '../model/journey-map';
import { validateMap } from './validate-map';

const sound: JourneyMapInput = {
  schemaVersion: 4,
  id: 'm1',
  key: 'onboarding',
  title: 'Onboarding',
  phases: [
    { id: 'ph1', key: 'before', name: 'Before', stageIds: ['s1'] },
    { id: 'ph2', key: 'during', name: 'During', stageIds: ['s2'] },
  ],
  stages: [
    { id: 's1', key: 'discover', name: 'Discover' },
    { id: 's2', key: 'sign-up', name: 'Sign up' },
  ],
  lanes: [
    { id: 'l1', key: 'doing', name: 'Doing', kind: 'actions' },
    { id: 'l2', key: 'feeling', name: 'Feeling', kind: 'emotions' },
  ],
  items: [
    {
      id: 'i1',
      stageId: 's1',
      laneId: 'l1',
      text: 'Reads a review',
      source: { provider: 'miro', boardId: 'b', itemId: '1' },
    },
    {
      id: 'i2',
      stageId: 's2',
      laneId: 'l2',
      text: 'Anxious',
      emotion: -0.5,
      source: { provider: 'miro', boardId: 'b', itemId: '2' },
    },
  ],
  painPoints: [
    {
      id: 'p1',
      key: 'long-form',
      title: 'Long form',
      stageId: 's2',
      itemId: 'i2',
      severity: 3,
      reach: 0.5,
    },
  ],
  opportunities: [
    {
      id: 'o1',
      key: 'social-login',
      title: 'Social login',
      stageId: 's2',
      itemId: 'i2',
      painPointIds: ['p1'],
      reach: 0.5,
      impact: 3,
      confidence: 0.8,
      effort: 2,
    },
  ],
  kpis: [
    {
      id: 'k1',
      key: 'signup-rate',
      name: 'Sign-up rate',
      direction: 'increase',
      target: 0.4,
      baseline: 0.2,
      stageId: 's2',
    },
  ],
};

/** The sound map with one change applied, parsed as a stored map would be. */
function mapWith(change: (map: JourneyMap) => void): JourneyMap {
  const map = JourneyMap.parse(clone(sound));
  change(map);
  return map;
}

describe('validateMap', () => {
  it('finds nothing wrong with a sound map', () => {
    expect(validateMap(mapWith(() => {}))).toEqual([]);
  });

  it.each<[string, (map: JourneyMap) => void, string, (string | number)[], RegExp]>([
    [
      'an item in a missing stage',
      (m) => {
        m.items[0] = { ...m.items[0]!, stageId: 'gone' };
      },
      'dangling-reference',
      ['items', 0, 'stageId'],
      /stage "gone"/,
    ],
    [
      'an item in a missing lane',
      (m) => {
        m.items[0] = { ...m.items[0]!, laneId: 'gone' };
      },
      'dangling-reference',
      ['items', 0, 'laneId'],
      /lane "gone"/,
    ],
    [
      'a pain point in a missing stage',
      (m) => {
        m.painPoints[0]!.stageId = 'gone';
      },
      'dangling-reference',
      ['painPoints', 0, 'stageId'],
      /stage/,
    ],
    [
      'a pain point from a missing item',
      (m) => {
        m.painPoints[0]!.itemId = 'gone';
      },
      'dangling-reference',
      ['painPoints', 0, 'itemId'],
      /item "gone"/,
    ],
    [
      'an opportunity for a missing pain point',
      (m) => {
        m.opportunities[0]!.painPointIds = ['gone'];
      },
      'dangling-reference',
      ['opportunities', 0, 'painPointIds', 0],
      /pain point/,
    ],
    [
      'an opportunity in a missing stage',
      (m) => {
        m.opportunities[0]!.stageId = 'gone';
      },
      'dangling-reference',
      ['opportunities', 0, 'stageId'],
      /stage/,
    ],
    [
      'a KPI of a missing stage',
      (m) => {
        m.kpis[0]!.stageId = 'gone';
      },
      'dangling-reference',
      ['kpis', 0, 'stageId'],
      /stage/,
    ],
    [
      'two stages with one key',
      (m) => {
        m.stages[1]!.key = 'discover';
      },
      'duplicate-key',
      ['stages', 1, 'key'],
      /stages\[0\]/,
    ],
    [
      'two lanes with one id',
      (m) => {
        m.lanes[1]!.id = 'l1';
      },
      'duplicate-id',
      ['lanes', 1, 'id'],
      /lanes\[0\]/,
    ],
    [
      'two items from one sticky',
      (m) => {
        m.items[1]!.source = { provider: 'miro', boardId: 'b', itemId: '1' };
      },
      'duplicate-source',
      ['items', 1, 'source'],
      /items\[0\]/,
    ],
    [
      'a blank stage name',
      (m) => {
        m.stages[0]!.name = '  ';
      },
      'empty-name',
      ['stages', 0, 'name'],
      /no name/,
    ],
    [
      'a blank lane name',
      (m) => {
        m.lanes[0]!.name = '';
      },
      'empty-name',
      ['lanes', 0, 'name'],
      /no name/,
    ],
    [
      'a map that is its own parent',
      (m) => {
        m.parent = { mapId: 'm1', stageId: 's1' };
      },
      'self-parent',
      ['parent', 'mapId'],
      /own parent/,
    ],
    [
      'an opportunity from a missing item',
      (m) => {
        m.opportunities[0]!.itemId = 'gone';
      },
      'dangling-reference',
      ['opportunities', 0, 'itemId'],
      /item "gone"/,
    ],
    [
      'a phase with a missing stage',
      (m) => {
        m.phases[1]!.stageIds.push('gone');
      },
      'dangling-reference',
      ['phases', 1, 'stageIds', 1],
      /stage "gone"/,
    ],
    [
      'a stage in two phases',
      (m) => {
        m.phases[1]!.stageIds.unshift('s1');
      },
      'stage-in-two-phases',
      ['phases', 1, 'stageIds', 0],
      /phases\[0\]/,
    ],
    [
      'two phases with one key',
      (m) => {
        m.phases[1]!.key = 'before';
      },
      'duplicate-key',
      ['phases', 1, 'key'],
      /phases\[0\]/,
    ],
    [
      'two phases with one id',
      (m) => {
        m.phases[1]!.id = 'ph1';
      },
      'duplicate-id',
      ['phases', 1, 'id'],
      /phases\[0\]/,
    ],
    [
      'a stage that zooms into its own map',
      (m) => {
        m.stages[0]!.childMapId = 'm1';
      },
      'self-parent',
      ['stages', 0, 'childMapId'],
      /own map/,
    ],
  ])('reports %s as an error', (_, change, code, path, message) => {
    const diagnostics = validateMap(mapWith(change));
    expect(diagnostics[0]).toMatchObject({ severity: 'error', code, path });
    expect(diagnostics[0]?.message).toMatch(message);
  });

  it.each<[string, (map: JourneyMap) => void, string, (string | number)[]]>([
    [
      'a map with no stages or lanes',
      (m) => {
        m.phases = [];
        m.stages = [];
        m.lanes = [];
        m.items = [];
        m.painPoints = [];
        m.opportunities = [];
        m.kpis = [];
      },
      'no-stages',
      ['stages'],
    ],
    [
      'a stage with no items',
      (m) => {
        m.items = m.items.filter((item) => item.stageId !== 's1');
      },
      'empty-stage',
      ['stages', 0],
    ],
    [
      'an item with blank text',
      (m) => {
        m.items[0]!.text = ' ';
      },
      'empty-text',
      ['items', 0, 'text'],
    ],
    [
      'an emotion outside an emotions lane',
      (m) => {
        m.items[0]!.emotion = 0.5;
      },
      'emotion-outside-emotions-lane',
      ['items', 0, 'emotion'],
    ],
    [
      'an item gone from the board',
      (m) => {
        m.items[0]!.removedAtSource = true;
      },
      'removed-at-source',
      ['items', 0],
    ],
    [
      'a stage gone from the board',
      (m) => {
        m.stages[0]!.removedAtSource = true;
      },
      'removed-at-source',
      ['stages', 0],
    ],
    [
      'board content with no cell',
      (m) => {
        m.unplaced = [
          {
            source: { provider: 'miro', boardId: 'b', itemId: '9' },
            text: 'Parking lot',
            reason: 'outside-grid',
          },
        ];
      },
      'unplaced-items',
      ['unplaced'],
    ],
    [
      'a phase with no stages',
      (m) => {
        m.phases[1]!.stageIds = [];
      },
      'empty-phase',
      ['phases', 1],
    ],
    [
      'a phase whose stages are not next to each other',
      (m) => {
        m.stages.push({ id: 's3', key: 'use', name: 'Use' });
        m.items.push({ id: 'i3', stageId: 's3', laneId: 'l1', text: 'Logs in' });
        m.phases[0]!.stageIds.push('s3');
      },
      'phase-not-consecutive',
      ['phases', 0, 'stageIds'],
    ],
    [
      'a phase gone from the board',
      (m) => {
        m.phases[0]!.removedAtSource = true;
      },
      'removed-at-source',
      ['phases', 0],
    ],
    [
      'a pain point whose sticky is gone',
      (m) => {
        m.painPoints[0]!.removedAtSource = true;
      },
      'removed-at-source',
      ['painPoints', 0],
    ],
    [
      'a KPI whose target is its baseline',
      (m) => {
        m.kpis[0]!.target = 0.2;
      },
      'kpi-target-equals-baseline',
      ['kpis', 0, 'target'],
    ],
  ])('warns about %s', (_, change, code, path) => {
    const diagnostics = validateMap(mapWith(change));
    expect(diagnostics.some((d) => d.severity === 'error')).toBe(false);
    expect(diagnostics).toContainEqual(
      expect.objectContaining({ severity: 'warning', code, path }),
    );
  });

  it('lists errors before warnings', () => {
    const diagnostics = validateMap(
      mapWith((m) => {
        m.items[0]!.text = '';
        m.items[1]!.stageId = 'gone';
      }),
    );
    expect(diagnostics.map((d) => d.severity)).toEqual(['error', 'warning', 'warning']);
  });
});

describe('bidi controls in user text', () => {
  /** A right-to-left override: "invoice\u202Eexe.pdf" reads as "invoicefdp.exe". */
  const RLO = '\u202e';
  const tricky = `invoice${RLO}fdp.exe`;

  it.each<[string, (map: JourneyMap) => void, (string | number)[]]>([
    [
      'the title',
      (m) => {
        m.title = tricky;
      },
      ['title'],
    ],
    [
      'the persona',
      (m) => {
        m.persona = `Sam \u2066admin\u2069`;
      },
      ['persona'],
    ],
    [
      'the goal',
      (m) => {
        m.goal = `\u202apay\u202c`;
      },
      ['goal'],
    ],
    [
      'the owner',
      (m) => {
        m.owner = `\u202bteam`;
      },
      ['owner'],
    ],
    [
      'a stage name',
      (m) => {
        m.stages[1]!.name = tricky;
      },
      ['stages', 1, 'name'],
    ],
    [
      'a stage description',
      (m) => {
        m.stages[0]!.description = tricky;
      },
      ['stages', 0, 'description'],
    ],
    [
      'a stage owner',
      (m) => {
        m.stages[0]!.owner = `\u2067x`;
      },
      ['stages', 0, 'owner'],
    ],
    [
      'a lane name',
      (m) => {
        m.lanes[0]!.name = `\u202dDoing`;
      },
      ['lanes', 0, 'name'],
    ],
    [
      'an item text',
      (m) => {
        m.items[1]!.text = tricky;
      },
      ['items', 1, 'text'],
    ],
    [
      'an unplaced sticky',
      (m) => {
        m.unplaced = [
          {
            source: { provider: 'miro', boardId: 'b', itemId: '9' },
            text: tricky,
            reason: 'outside-grid',
          },
        ];
      },
      ['unplaced', 0, 'text'],
    ],
    [
      'an unplaced sticky detail',
      (m) => {
        m.unplaced = [
          {
            source: { provider: 'miro', boardId: 'b', itemId: '9' },
            text: 'x',
            reason: 'outside-grid',
            detail: `\u2068x`,
          },
        ];
      },
      ['unplaced', 0, 'detail'],
    ],
    [
      'a pain point title',
      (m) => {
        m.painPoints[0]!.title = tricky;
      },
      ['painPoints', 0, 'title'],
    ],
    [
      'a pain point description',
      (m) => {
        m.painPoints[0]!.description = tricky;
      },
      ['painPoints', 0, 'description'],
    ],
    [
      'pain point evidence',
      (m) => {
        m.painPoints[0]!.evidence = ['fine', tricky];
      },
      ['painPoints', 0, 'evidence', 1],
    ],
    [
      'an opportunity title',
      (m) => {
        m.opportunities[0]!.title = tricky;
      },
      ['opportunities', 0, 'title'],
    ],
    [
      'a KPI name',
      (m) => {
        m.kpis[0]!.name = tricky;
      },
      ['kpis', 0, 'name'],
    ],
    [
      'a KPI unit',
      (m) => {
        m.kpis[0]!.unit = `\u202e%`;
      },
      ['kpis', 0, 'unit'],
    ],
  ])('warns about bidi controls in %s', (_, change, path) => {
    const diagnostics = validateMap(mapWith(change));
    expect(diagnostics.filter((d) => d.code === 'bidi-control')).toEqual([
      {
        severity: 'warning',
        code: 'bidi-control',
        path,
        message: expect.stringContaining('can reorder how it is displayed'),
      },
    ]);
  });

  it('finds nothing in right-to-left text without controls, or with the marks that only hint', () => {
    const diagnostics = validateMap(
      mapWith((m) => {
        m.title = 'שלום عربي';
        m.items[0]!.text = 'price\u200f: 10\u200e';
      }),
    );
    expect(diagnostics).toEqual([]);
  });
});
