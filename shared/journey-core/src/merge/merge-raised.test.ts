import { describe, expect, it } from 'vitest';
import { scoreOpportunity, scorePainPoint } from '../edit/score-and-phase-edits';
import { painPointsFromLanes } from '../infer/pain-points-from-lanes';
import { CURRENT_SCHEMA_VERSION, type JourneyMap } from '../model/journey-map';
import { mergeMaps } from './merge-maps';
import { hasChanges } from './merge-report';

const source = (itemId: string) => ({ provider: 'miro' as const, boardId: 'b', itemId });

/** A converted board: stickies 1 and 2 in the pain lane, 3 in the ideas lane. */
function board(change: (map: JourneyMap) => void = () => {}): JourneyMap {
  const map: JourneyMap = {
    schemaVersion: CURRENT_SCHEMA_VERSION,
    id: 'm',
    key: 'm',
    title: 'Onboarding',
    state: 'current',
    zoom: 'journey',
    phases: [{ id: 'ph', key: 'before', name: 'Before', stageIds: ['s1'] }],
    stages: [{ id: 's1', key: 'discover', name: 'Discover', source: source('h1') }],
    lanes: [
      { id: 'l1', key: 'doing', name: 'Doing', kind: 'actions', source: source('h2') },
      { id: 'l2', key: 'pains', name: 'Pains', kind: 'pain-points', source: source('h3') },
      { id: 'l3', key: 'ideas', name: 'Ideas', kind: 'opportunities', source: source('h4') },
    ],
    items: [
      { id: 'item-1', stageId: 's1', laneId: 'l2', text: 'Slow form', source: source('1') },
      { id: 'item-2', stageId: 's1', laneId: 'l2', text: 'No help', source: source('2') },
      { id: 'item-3', stageId: 's1', laneId: 'l3', text: 'Short form', source: source('3') },
    ],
    unplaced: [],
    painPoints: [],
    opportunities: [],
    kpis: [],
  };
  change(map);
  return painPointsFromLanes(map);
}

describe('mergeMaps of pain points and opportunities raised from stickies', () => {
  const scored = scoreOpportunity(
    scorePainPoint(board(), 'pain-1', { severity: 4, reach: 0.3 }),
    'opportunity-3',
    { impact: 2 },
  );

  it('keeps ids and every score a person set, and follows the sticky text', () => {
    const next = board((map) => {
      if (map.items[0]) map.items[0].text = 'Very slow form';
    });
    const { map, report } = mergeMaps(scored, next);
    expect(map.painPoints[0]).toMatchObject({
      id: 'pain-1',
      key: 'slow-form',
      title: 'Very slow form',
      severity: 4,
      reach: 0.3,
    });
    expect(map.opportunities[0]).toMatchObject({ id: 'opportunity-3', impact: 2 });
    expect(map.phases).toEqual(scored.phases);
    expect(report.raised.retitled).toEqual([{ id: 'pain-1', label: 'Very slow form' }]);
    expect(report.added.painPoints).toEqual([]);
  });

  it('keeps a title a person edited', () => {
    const retitled = {
      ...scored,
      painPoints: scored.painPoints.map((pain) =>
        pain.id === 'pain-1' ? { ...pain, title: 'Form', edited: ['title' as const] } : pain,
      ),
    };
    const next = board((map) => {
      if (map.items[0]) map.items[0].text = 'Very slow form';
    });
    expect(mergeMaps(retitled, next).map.painPoints[0]?.title).toBe('Form');
  });

  it('flags, never drops, a pain point whose sticky left the lane or the board, and restores it', () => {
    const next = board((map) => {
      map.items = map.items.filter((item) => item.id !== 'item-2');
      if (map.items[0]) map.items[0].laneId = 'l1';
    });
    const { map, report } = mergeMaps(scored, next);
    expect(map.painPoints.map((pain) => [pain.id, pain.removedAtSource, pain.severity])).toEqual([
      ['pain-1', true, 4],
      ['pain-2', true, undefined],
    ]);
    expect(report.raised.removed.map((entry) => entry.id)).toEqual(['pain-1', 'pain-2']);
    expect(hasChanges(report)).toBe(true);
    expect(mergeMaps(map, next).report.raised.removed).toEqual([]);
    const back = mergeMaps(map, board()).map;
    expect(back.painPoints[0]).toMatchObject({ id: 'pain-1', severity: 4 });
    expect(back.painPoints[0]?.removedAtSource).toBeUndefined();
  });

  it('adds a pain point for a new sticky, under a fresh key even if its text repeats one', () => {
    const next = board((map) => {
      map.items.push({
        id: 'item-4',
        stageId: 's1',
        laneId: 'l2',
        text: 'Slow form',
        source: source('4'),
      });
    });
    const { map, report } = mergeMaps(scored, next);
    expect(map.painPoints.map((pain) => pain.key)).toEqual(['slow-form', 'no-help', 'slow-form-2']);
    expect(report.added.painPoints).toEqual([{ id: 'pain-4', label: 'Slow form' }]);
  });

  it('takes the board phases when the map has none', () => {
    const { map } = mergeMaps({ ...scored, phases: [] }, board());
    expect(map.phases).toEqual([{ id: 'ph', key: 'before', name: 'Before', stageIds: ['s1'] }]);
  });
});
