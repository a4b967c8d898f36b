import { describe, expect, it } from 'vitest';
import { JourneyMap } from './journey-map';
import { sourceBoardIds } from './map-sources';

const source = (boardId: string, itemId: string) => ({
  provider: 'miro' as const,
  boardId,
  itemId,
});

describe('sourceBoardIds', () => {
  it('names every board behind the map, once each', () => {
    const map = JourneyMap.parse({
      schemaVersion: 4,
      id: 'm',
      key: 'm',
      title: 'Map',
      stages: [{ id: 's', key: 's', name: 'Stage', source: source('b1', '1') }],
      lanes: [{ id: 'l', key: 'l', name: 'Lane', kind: 'actions' }],
      items: [{ id: 'i', stageId: 's', laneId: 'l', text: 'x', source: source('b1', '2') }],
      unplaced: [{ source: source('b2', '3'), text: 'y', reason: 'outside-grid' }],
    });
    expect([...sourceBoardIds(map)].sort()).toEqual(['b1', 'b2']);
    expect(sourceBoardIds({ ...map, stages: [], items: [], unplaced: [] }).size).toBe(0);
  });
});
