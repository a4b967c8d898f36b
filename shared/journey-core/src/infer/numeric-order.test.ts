import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lowerBound, orderByRank, orderByValue, ranksIn, sortedNumbers } from './numeric-order';

// Few distinct values, so that many are equal; -0 equals 0 in every comparison.
const numbers = fc.array(
  fc.oneof(fc.integer({ min: -5, max: 5 }), fc.constantFrom(-0, 0.5, -1e-9, 1e300)),
  { maxLength: 60 },
);

describe('numbers sorted without a comparator', () => {
  it('sorts ascending', () => {
    // `+ 0` makes -0 and 0 alike: a comparator sort keeps them in the order given.
    const alike = (values: Iterable<number>) => [...values].map((value) => value + 0);
    fc.assert(
      fc.property(numbers, (values) => {
        expect(alike(sortedNumbers(values))).toEqual(alike([...values].sort((a, b) => a - b)));
      }),
    );
  });

  it('ranks each value by how many are smaller', () => {
    fc.assert(
      fc.property(numbers, (values) => {
        const typed = Float64Array.from(values);
        const ranks = ranksIn(sortedNumbers(values), typed);
        expect([...ranks]).toEqual(values.map((value) => values.filter((v) => v < value).length));
      }),
    );
  });

  it('orders indices by rank, equal values in index order, as a stable sort does', () => {
    fc.assert(
      fc.property(numbers, (values) => {
        const typed = Float64Array.from(values);
        const order = orderByRank(ranksIn(sortedNumbers(values), typed));
        const stable = values.map((_, index) => index).sort((a, b) => typed[a]! - typed[b]!);
        expect([...order]).toEqual(stable);
      }),
    );
  });

  it('orders indices by value in linear passes as the ranks do, however spread the values', () => {
    const spread = fc.array(
      fc.oneof(
        fc.double({ noNaN: true, noDefaultInfinity: true }),
        fc.double({ min: -1e4, max: 1e4, noNaN: true }),
        fc.constantFrom(-0, 0, 5e-324, -5e-324, Number.MAX_VALUE, -Number.MAX_VALUE),
        fc.integer({ min: -3, max: 3 }),
      ),
      { maxLength: 80 },
    );
    fc.assert(
      fc.property(fc.oneof(numbers, spread), (values) => {
        const typed = Float64Array.from(values);
        const byRank = orderByRank(ranksIn(sortedNumbers(typed), typed));
        expect([...orderByValue(typed)]).toEqual([...byRank]);
      }),
    );
  });

  it('ranks values spread over a wide range as a binary search does', () => {
    const spread = fc.array(fc.double({ noNaN: true, noDefaultInfinity: true }), { maxLength: 80 });
    fc.assert(
      fc.property(spread, (values) => {
        const typed = Float64Array.from(values);
        const sorted = sortedNumbers(typed);
        const ranks = ranksIn(sorted, typed);
        expect([...ranks]).toEqual(values.map((value) => lowerBound(sorted, value, false)));
      }),
    );
  });

  it('finds where a value would go among sorted values', () => {
    fc.assert(
      fc.property(numbers, fc.integer({ min: -6, max: 6 }), fc.boolean(), (values, at, strict) => {
        const index = lowerBound(sortedNumbers(values), at, strict);
        expect(index).toBe(values.filter((v) => v < at || (strict && v === at)).length);
      }),
    );
  });
});
