import { describe, expect, it } from 'vitest';
import { renamePhase, setPhaseStages } from '../edit/score-and-phase-edits';
import { CURRENT_SCHEMA_VERSION, JourneyMap, type Phase } from '../model/journey-map';
import { validateMap } from '../validate/validate-map';
import { mergeMaps } from './merge-maps';
import { hasChanges } from './merge-report';

const source = (itemId: string) => ({ provider: 'miro' as const, boardId: 'b', itemId });

/** Four stages from board items h1–h4; phases as given, stage ids prefixed as an import's are. */
function mapWith(phases: Phase[], prefix = ''): JourneyMap {
  return {
    schemaVersion: CURRENT_SCHEMA_VERSION,
    id: `${prefix}m`,
    key: 'm',
    title: 'Trip',
    state: 'current',
    zoom: 'journey',
    phases,
    stages: ['Search', 'Compare', 'Book', 'Travel'].map((name, index) => ({
      id: `${prefix}s${index + 1}`,
      key: name.toLowerCase(),
      name,
      source: source(`h${index + 1}`),
    })),
    lanes: [
      { id: `${prefix}l1`, key: 'doing', name: 'Doing', kind: 'actions', source: source('l') },
    ],
    items: [],
    unplaced: [],
    painPoints: [],
    opportunities: [],
    kpis: [],
  };
}

const phase = (id: string, name: string, stageIds: string[], itemId?: string): Phase => ({
  id,
  key: name.toLowerCase(),
  name,
  stageIds,
  ...(itemId === undefined ? {} : { source: source(itemId) }),
});

/** The map as converted last time: Before over Search and Compare, After over Book and Travel. */
const converted = () =>
  mapWith([
    phase('ph-1', 'Before', ['s1', 's2'], 'p1'),
    phase('ph-2', 'After', ['s3', 's4'], 'p2'),
  ]);

/** A fresh import of the board: new ids; stages given by their number. */
const board = (...phases: [string, number[], string][]) =>
  mapWith(
    phases.map(([name, stages, itemId]) =>
      phase(
        `new-phase-${itemId}`,
        name,
        stages.map((n) => `new-s${n}`),
        itemId,
      ),
    ),
    'new-',
  );

const summary = (map: JourneyMap) =>
  map.phases.map((entry) => `${entry.id} ${entry.key} ${entry.name}: ${entry.stageIds.join(' ')}`);

function sound(map: JourneyMap) {
  expect(validateMap(map).filter((found) => found.severity === 'error')).toEqual([]);
  expect(JourneyMap.parse(map)).toEqual(map);
  const stages = map.phases.flatMap((entry) => entry.stageIds);
  expect(new Set(stages).size).toBe(stages.length);
}

describe('mergePhases', () => {
  it('changes nothing when the board is as it was', () => {
    const { map, report } = mergeMaps(
      converted(),
      board(['Before', [1, 2], 'p1'], ['After', [3, 4], 'p2']),
    );
    expect(map.phases).toEqual(converted().phases);
    expect(report.phases).toEqual({ added: [], updated: [], unchanged: 2, removed: [] });
    expect(hasChanges(report)).toBe(false);
  });

  it.each([
    ['by source, taking the new name', ['Pre-trip', [1, 2], 'p1'], 'ph-1 before Pre-trip: s1 s2'],
    ['by name, taking the new source', ['before', [1, 2], 'p9'], 'ph-1 before before: s1 s2'],
  ] as const)('matches %s, keeping id and key', (_, drawn, expected) => {
    const { map, report } = mergeMaps(
      converted(),
      board([drawn[0], [...drawn[1]], drawn[2]], ['After', [3, 4], 'p2']),
    );
    expect(summary(map)[0]).toBe(expected);
    expect(map.phases[0]?.source).toEqual(source(drawn[2]));
    expect(report.phases.updated).toHaveLength(1);
    sound(map);
  });

  it('follows the board when it regroups stages no person regrouped', () => {
    const { map, report } = mergeMaps(
      converted(),
      board(['Before', [1, 2, 3], 'p1'], ['After', [4], 'p2']),
    );
    expect(summary(map)).toEqual(['ph-1 before Before: s1 s2 s3', 'ph-2 after After: s4']);
    expect(report.phases.updated.map((entry) => entry.fields)).toEqual([['stages'], ['stages']]);
    sound(map);
  });

  it('keeps a name a person edited, and says the board differs', () => {
    const edited = renamePhase(converted(), 'ph-1', 'Planning');
    const { map, report } = mergeMaps(
      edited,
      board(['Pre-trip', [1, 2], 'p1'], ['After', [3, 4], 'p2']),
    );
    expect(map.phases[0]).toMatchObject({ name: 'Planning', edited: ['name'] });
    expect(report.conflicts).toEqual([
      expect.objectContaining({ code: 'kept-edit', list: 'phases', id: 'ph-1' }),
    ]);
  });

  it('keeps a regrouping a person made, and the board phase loses the stage it claimed', () => {
    // A person moved Book into Before; the board still draws Before over Search and Compare.
    const regrouped = setPhaseStages(converted(), 'ph-1', ['s1', 's2', 's3']);
    const { map, report } = mergeMaps(
      regrouped,
      board(['Before', [1, 2], 'p1'], ['After', [3, 4], 'p2']),
    );
    expect(summary(map)).toEqual(['ph-1 before Before: s1 s2 s3', 'ph-2 after After: s4']);
    expect(report.conflicts.map((conflict) => conflict.id)).toEqual(['ph-1', 'ph-2']);
    sound(map);
  });

  it('never gives the board a stage a regrouped phase holds, whatever the order', () => {
    // After was regrouped to hold Compare as well; the board draws Before over it first.
    const regrouped = setPhaseStages(converted(), 'ph-2', ['s2', 's3', 's4']);
    const { map } = mergeMaps(regrouped, board(['Before', [1, 2], 'p1'], ['After', [3, 4], 'p2']));
    expect(summary(map)).toEqual(['ph-1 before Before: s1', 'ph-2 after After: s2 s3 s4']);
    sound(map);
  });

  it('adds new board phases under free ids and keys', () => {
    const { map, report } = mergeMaps(
      converted(),
      board(['Before', [1], 'p1'], ['Before', [2], 'p3'], ['After', [3, 4], 'p2']),
    );
    expect(summary(map)).toEqual([
      'ph-1 before Before: s1',
      'new-phase-p3 before-2 Before: s2',
      'ph-2 after After: s3 s4',
    ]);
    expect(report.phases.added).toEqual([{ id: 'new-phase-p3', label: 'Before' }]);
    sound(map);
  });

  it('drops a board phase gone from the board, keeps what a person made or edited', () => {
    const previous = renamePhase(
      mapWith([
        phase('ph-1', 'Before', ['s1'], 'p1'),
        phase('ph-2', 'During', ['s2'], 'p2'),
        phase('ph-3', 'After', ['s3'], 'p3'),
        phase('ph-4', 'Later', ['s4']),
      ]),
      'ph-2',
      'Meanwhile',
    );
    // The board draws Before over Search and Book: Compare stays with the phase a person renamed.
    const { map, report } = mergeMaps(previous, board(['Before', [1, 3], 'p1']));
    expect(summary(map)).toEqual([
      'ph-1 before Before: s1 s3',
      'ph-2 during Meanwhile: s2',
      'ph-4 later Later: s4',
    ]);
    expect(map.phases.map((entry) => entry.removedAtSource)).toEqual([undefined, true, undefined]);
    expect(report.phases.removed).toEqual([
      { id: 'ph-2', label: 'Meanwhile' },
      { id: 'ph-3', label: 'After' },
    ]);
    expect(report.phases.unchanged).toBe(1);
    sound(map);
  });

  it('restores a flagged phase the board draws again', () => {
    const flagged = converted();
    flagged.phases[1] = { ...flagged.phases[1], removedAtSource: true } as Phase;
    const { map, report } = mergeMaps(
      flagged,
      board(['Before', [1, 2], 'p1'], ['After', [3, 4], 'p2']),
    );
    expect(map.phases[1]?.removedAtSource).toBeUndefined();
    expect(report.phases.updated).toEqual([{ id: 'ph-2', label: 'After', fields: ['restored'] }]);
  });

  it('keeps the stages of a phase made by hand that the board now draws, marked regrouped', () => {
    const byHand = mapWith([phase('ph-1', 'Before', ['s1', 's2'])]);
    const { map } = mergeMaps(byHand, board(['Before', [1], 'p1'], ['After', [2, 3, 4], 'p2']));
    expect(summary(map)).toEqual(['ph-1 before Before: s1 s2', 'new-phase-p2 after After: s3 s4']);
    expect(map.phases[0]).toMatchObject({ source: source('p1'), edited: ['stages'] });
    sound(map);
    // The next re-import keeps that grouping too.
    const again = mergeMaps(map, board(['Before', [1], 'p1'], ['After', [2, 3, 4], 'p2']));
    expect(summary(again.map)).toEqual(summary(map));
  });

  it('takes the board phases into a map without any, on the merged stage ids', () => {
    const { map, report } = mergeMaps(
      mapWith([]),
      board(['Before', [1, 2], 'p1'], ['After', [3, 4], 'p2']),
    );
    expect(summary(map)).toEqual([
      'new-phase-p1 before Before: s1 s2',
      'new-phase-p2 after After: s3 s4',
    ]);
    expect(report.phases.added).toHaveLength(2);
    sound(map);
  });
});
