// Inference at the scale a hostile review broke it: 160,000 stickies, 100,000 headers named alike.
import { describe, expect, it } from 'vitest';
import { box, shape, sticky, textItem } from './board-builder.test-support';
import type { BoardItem } from './board-item';
import { inferMapFromBoard } from './infer-map-from-board';

/** A generous bound for the large-input tests: linear code takes seconds, quadratic code hours. */
const LARGE_INPUT_MS = 60_000;

/** A seeded generator (an LCG), so the big board is the same on every run. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const CELL = 2_000;

describe('inference on a large board', { timeout: LARGE_INPUT_MS }, () => {
  it('places 160,000 stickies on a 10 × 8 grid', () => {
    const random = seeded(20261123);
    const items: BoardItem[] = [];
    // Headers centred at x = 1450 + stage × CELL, labels at y = 1300 + lane × CELL: cells reach
    // half a CELL either way, and each sticky lies well inside its own.
    for (let stage = 0; stage < 10; stage++) {
      items.push(
        shape(`h${stage}`, `Stage ${stage + 1}`, box(500 + stage * CELL, 0, CELL - 100, 150)),
      );
    }
    for (let lane = 0; lane < 8; lane++) {
      items.push(textItem(`l${lane}`, `Lane ${lane + 1}`, box(0, 1270 + lane * CELL, 400, 60)));
    }
    const count = 160_000;
    const within = () => (random() - 0.5) * (CELL - 600);
    for (let index = 0; index < count; index++) {
      const x = 1450 + Math.floor(random() * 10) * CELL + within();
      const y = 1300 + Math.floor(random() * 8) * CELL + within();
      items.push(
        sticky(`s${String(index).padStart(6, '0')}`, `note ${index}`, x, y, { width: 100 }),
      );
    }
    const { map, summary } = inferMapFromBoard(items, { boardId: 'large' });
    expect(summary).toMatchObject({ stickies: count, placed: count, unsure: 0, unplaced: 0 });
    expect(map.stages).toHaveLength(10);
    expect(map.lanes).toHaveLength(8);
  });

  it('gives 100,000 stage headers named alike unique keys in linear time', () => {
    const count = 100_000;
    const items: BoardItem[] = [textItem('label', 'Doing', box(-600, 300, 400, 60))];
    for (let index = 0; index < count; index++) {
      items.push(shape(`h${index}`, 'Stage', box(index * 300, 0, 250, 100)));
      if (index % 100 === 0) items.push(sticky(`s${index}`, 'note', index * 300 + 125, 330));
    }
    const { map, summary } = inferMapFromBoard(items, { boardId: 'wide' });
    expect(summary.placed).toBe(count / 100);
    const keys = map.stages.map((stage) => stage.key);
    expect(keys).toHaveLength(count);
    expect(keys.slice(0, 2)).toEqual(['stage', 'stage-2']);
    expect(keys.at(-1)).toBe(`stage-${count}`);
    expect(new Set(keys).size).toBe(count);
  });
});
