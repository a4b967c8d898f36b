// One REST page of 160,000 items, the size at which spreading items into a call overflowed the
// stack, converted to a map. In a file of its own: its heap would slow the other benchmarks.
import { inferMapFromBoard } from '@throughline/journey-core';
import { fromRestItems } from '@throughline/miro';
import { bench, describe } from 'vitest';
import { largeBoard } from '../fixtures/miro/large-board';

const board = largeBoard({ stickies: 160_000, seed: 20261123 });

/** The last result, kept where the engine can see it is used, so that it cannot skip the work. */
export let lastResult: unknown;

describe('convert one 160,000-item page', () => {
  bench(
    'REST items → board items → map, 160,000 stickies',
    () => {
      const { items } = fromRestItems(board.items);
      lastResult = inferMapFromBoard(items, { boardId: board.boardId });
    },
    { time: 4000, warmupTime: 500, iterations: 5 },
  );
});
