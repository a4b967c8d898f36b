import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  columnBands,
  firstColumnBand,
  firstRowBand,
  type Placed,
  rowBands,
} from './candidate-bands';

/** Boxes on a coarse grid, so that equal edges, touching boxes and empty boxes are common. */
const placed = fc
  .array(
    fc.record({
      id: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'),
      left: fc.integer({ min: 0, max: 6 }),
      top: fc.integer({ min: 0, max: 6 }),
      width: fc.integer({ min: 0, max: 3 }),
      height: fc.integer({ min: 0, max: 3 }),
    }),
    { maxLength: 12 },
  )
  .map((boxes): Placed[] =>
    boxes.map(({ id, ...box }, index) => ({ id: `${id}${index % 3}`, box })),
  );

describe('first bands', () => {
  it('the top row band is the first of the row bands', () => {
    fc.assert(
      fc.property(placed, (candidates) => {
        expect(firstRowBand(candidates)).toEqual(rowBands(candidates)[0]?.members ?? []);
      }),
    );
  });

  it('the leftmost column band is the first of the column bands', () => {
    fc.assert(
      fc.property(placed, (candidates) => {
        expect(firstColumnBand(candidates)).toEqual(columnBands(candidates)[0]?.members ?? []);
      }),
    );
  });
});
