import type { MapItem } from '@throughline/journey-core';
import { cellKey, isUnsurePlacement, JourneyMap, UNSURE_BELOW } from '@throughline/journey-core';
import { describe, expect, it } from 'vitest';
import { cardNote, gridCounts, groupCards, reasonLabel } from './grid-cells';

const item = (id: string, extra: Partial<MapItem> = {}): MapItem => ({
  id,
  stageId: 'st-a',
  laneId: 'ln-x',
  text: id,
  ...extra,
});

describe('unsure placements', () => {
  it.each([
    ['placed by hand', undefined, false],
    ['wholly inside its cell', 1, false],
    ['exactly at the threshold', UNSURE_BELOW, false],
    ['just below the threshold', UNSURE_BELOW - 0.01, true],
    ['straddling two cells', 0.3, true],
  ])('%s', (_case, confidence, unsure) => {
    const placed =
      confidence === undefined
        ? item('a')
        : item('a', { placement: { method: 'grid', confidence } });
    expect(isUnsurePlacement(placed)).toBe(unsure);
    expect(cardNote(placed) !== '').toBe(unsure);
  });

  it('names the confidence and how the card was placed', () => {
    const note = cardNote(item('a', { placement: { method: 'colour-legend', confidence: 0.42 } }));
    expect(note).toBe('Unsure placement: 42 % confidence, from the colour legend');
  });

  it('notes a card whose sticky is gone from the board', () => {
    expect(cardNote(item('a', { removedAtSource: true }))).toBe(
      'Gone from the board since the last convert',
    );
  });
});

describe('the grid', () => {
  const map = JourneyMap.parse({
    schemaVersion: 4,
    id: 'm',
    key: 'm',
    title: 'M',
    stages: [{ id: 'st-a', key: 'a', name: 'A' }],
    lanes: [
      { id: 'ln-x', key: 'x', name: 'X', kind: 'actions' },
      { id: 'ln-y', key: 'y', name: 'Y', kind: 'thoughts' },
    ],
    items: [
      item('one'),
      item('two', { laneId: 'ln-y', placement: { method: 'grid', confidence: 0.5 } }),
      item('three'),
    ],
    unplaced: [
      { source: { provider: 'miro', boardId: 'b', itemId: 's9' }, text: '', reason: 'empty-text' },
    ],
  });

  it('groups cards by cell in map order', () => {
    const cells = groupCards(map);
    expect(cells.get(cellKey('st-a', 'ln-x'))?.map((card) => card.item.id)).toEqual([
      'one',
      'three',
    ]);
    expect(cells.get(cellKey('st-a', 'ln-y'))?.map((card) => card.unsure)).toEqual([true]);
  });

  it('counts placed, unsure and unplaced', () => {
    expect(gridCounts(map)).toEqual({ placed: 3, unsure: 1, unplaced: 1 });
  });

  it('says every unplaced reason in words', () => {
    for (const reason of [
      'outside-grid',
      'no-stage',
      'no-lane',
      'ambiguous-cell',
      'empty-text',
    ] as const) {
      expect(reasonLabel(reason)).toMatch(/^[a-z ]+$/);
    }
  });
});
