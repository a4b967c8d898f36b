import { describe, expect, it } from 'vitest';
import { CURRENT_SCHEMA_VERSION, JourneyMap } from '../model/journey-map';
import { MAX_NAME_LENGTH } from '../model/primitives';
import { validateMap } from '../validate/validate-map';
import { painPointsFromLanes, titleOf } from './pain-points-from-lanes';

const map = (extra: Partial<JourneyMap> = {}): JourneyMap => ({
  schemaVersion: CURRENT_SCHEMA_VERSION,
  id: 'm',
  key: 'm',
  title: 'Onboarding',
  state: 'current',
  zoom: 'journey',
  phases: [],
  stages: [
    { id: 's1', key: 'discover', name: 'Discover' },
    { id: 's2', key: 'sign-up', name: 'Sign up' },
  ],
  lanes: [
    { id: 'l1', key: 'actions', name: 'Actions', kind: 'actions' },
    { id: 'l2', key: 'pains', name: 'Pain points', kind: 'pain-points' },
    { id: 'l3', key: 'ideas', name: 'Ideas', kind: 'opportunities' },
  ],
  items: [
    { id: 'item-1', stageId: 's1', laneId: 'l1', text: 'Reads the offer' },
    { id: 'item-2', stageId: 's1', laneId: 'l2', text: 'Prices unclear\nno VAT shown' },
    { id: 'item-3', stageId: 's2', laneId: 'l2', text: 'Prices unclear' },
    { id: 'item-4', stageId: 's2', laneId: 'l2', text: '  ' },
    { id: 'item-5', stageId: 's2', laneId: 'l3', text: 'One-page sign-up' },
    { id: 'item-6', stageId: 's2', laneId: 'l2', text: 'Gone', removedAtSource: true },
  ],
  unplaced: [],
  painPoints: [],
  opportunities: [],
  kpis: [],
  ...extra,
});

describe('painPointsFromLanes', () => {
  it('raises an unscored, open pain point per pain sticky and an opportunity per idea sticky', () => {
    const raised = painPointsFromLanes(map());
    expect(raised.painPoints).toEqual([
      {
        id: 'pain-2',
        key: 'prices-unclear',
        title: 'Prices unclear',
        description: 'Prices unclear\nno VAT shown',
        stageId: 's1',
        itemId: 'item-2',
        evidence: [],
        status: 'open',
      },
      {
        id: 'pain-3',
        key: 'prices-unclear-2',
        title: 'Prices unclear',
        stageId: 's2',
        itemId: 'item-3',
        evidence: [],
        status: 'open',
      },
    ]);
    expect(raised.opportunities).toEqual([
      {
        id: 'opportunity-5',
        key: 'one-page-sign-up',
        title: 'One-page sign-up',
        stageId: 's2',
        itemId: 'item-5',
        painPointIds: [],
      },
    ]);
    expect(JourneyMap.parse(raised)).toEqual(raised);
    expect(validateMap(raised).filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('keeps the entries already raised from an item, and their ids and keys stay free', () => {
    const scored = {
      id: 'pain-3',
      key: 'prices-unclear',
      title: 'Price shock',
      stageId: 's1',
      itemId: 'item-2',
      severity: 4,
      reach: 0.5,
      evidence: [],
      status: 'open' as const,
    };
    const raised = painPointsFromLanes(map({ painPoints: [scored] }));
    expect(raised.painPoints[0]).toBe(scored);
    expect(raised.painPoints.map((pain) => [pain.id, pain.key, pain.itemId])).toEqual([
      ['pain-3', 'prices-unclear', 'item-2'],
      ['pain-3-2', 'prices-unclear-2', 'item-3'],
    ]);
  });

  it('gives the same ids for the same board, and returns a map without such lanes as it is', () => {
    expect(painPointsFromLanes(map())).toEqual(painPointsFromLanes(map()));
    const plain = map({ lanes: [{ id: 'l1', key: 'actions', name: 'Actions', kind: 'actions' }] });
    expect(painPointsFromLanes(plain)).toBe(plain);
  });
});

describe('titleOf', () => {
  it.each([
    ['Slow\nsecond line', 'Slow'],
    ['\n  \n  Late line  ', 'Late line'],
    ['   ', undefined],
  ])('titles %j as %j', (text, title) => {
    expect(titleOf(text)).toBe(title);
  });

  it('cuts a long first line to the name limit', () => {
    const title = titleOf('x'.repeat(MAX_NAME_LENGTH + 10));
    expect(title).toHaveLength(MAX_NAME_LENGTH);
    expect(title?.endsWith('…')).toBe(true);
  });
});
