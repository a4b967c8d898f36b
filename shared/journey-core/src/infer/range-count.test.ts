import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  countDownward,
  countInRectangles,
  countRightward,
  indexPoints,
  type Point,
  type Rectangle,
  type RightwardRange,
} from './range-count';

// Few distinct values, so that points share coordinates and ranges end on them; -0 as well.
const coordinate = fc.oneof(fc.integer({ min: -20, max: 20 }), fc.constantFrom(-0, 0.5, -7.25));
const points = fc.array(fc.record({ x: coordinate, y: coordinate }), { maxLength: 40 });
/** A few ranges are counted point by point, many by a sweep: both ways are drawn. */
const batch = <T>(item: fc.Arbitrary<T>) =>
  fc.oneof(fc.array(item, { maxLength: 10 }), fc.array(item, { minLength: 33, maxLength: 80 }));
const range = fc.record({ after: coordinate, from: coordinate, to: coordinate });
const rectangle = fc.record({
  left: coordinate,
  top: coordinate,
  right: coordinate,
  bottom: coordinate,
});

const count = (all: readonly Point[], keep: (point: Point) => boolean) => all.filter(keep).length;
const rightward = (all: readonly Point[], ranges: readonly RightwardRange[]) =>
  ranges.map((r) => count(all, (p) => p.x > r.after && p.y >= r.from && p.y <= r.to));
const downward = (all: readonly Point[], ranges: readonly RightwardRange[]) =>
  ranges.map((r) => count(all, (p) => p.y > r.after && p.x >= r.from && p.x <= r.to));
const inRectangles = (all: readonly Point[], boxes: readonly Rectangle[]) =>
  boxes.map((b) =>
    count(all, (p) => p.x >= b.left && p.x <= b.right && p.y >= b.top && p.y <= b.bottom),
  );

describe('range counts agree with counting one by one', () => {
  it('rightward', () => {
    fc.assert(
      fc.property(points, batch(range), (all, ranges) => {
        expect(countRightward(indexPoints(all), ranges)).toEqual(rightward(all, ranges));
      }),
    );
  });

  it('downward', () => {
    fc.assert(
      fc.property(points, batch(range), (all, ranges) => {
        expect(countDownward(indexPoints(all), ranges)).toEqual(downward(all, ranges));
      }),
    );
  });

  it('in rectangles, edges included', () => {
    fc.assert(
      fc.property(points, batch(rectangle), (all, boxes) => {
        expect(countInRectangles(indexPoints(all), boxes)).toEqual(inRectangles(all, boxes));
      }),
    );
  });

  it('on one index counted again and again, both ways and in every direction', () => {
    fc.assert(
      fc.property(
        points,
        fc.array(fc.tuple(batch(range), batch(rectangle)), { maxLength: 4 }),
        (all, batches) => {
          const index = indexPoints(all);
          for (const [ranges, boxes] of batches) {
            expect(countDownward(index, ranges)).toEqual(downward(all, ranges));
            expect(countInRectangles(index, boxes)).toEqual(inRectangles(all, boxes));
            expect(countRightward(index, ranges)).toEqual(rightward(all, ranges));
          }
        },
      ),
    );
  });
});
