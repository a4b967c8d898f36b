import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countDownward, countInRectangles, countRightward, type Point } from './range-count';

const coordinate = fc.integer({ min: -20, max: 20 });
const points = fc.array(fc.record({ x: coordinate, y: coordinate }), { maxLength: 40 });
const range = fc.record({ after: coordinate, from: coordinate, to: coordinate });
const rectangle = fc.record({
  left: coordinate,
  top: coordinate,
  right: coordinate,
  bottom: coordinate,
});

const count = (all: readonly Point[], keep: (point: Point) => boolean) => all.filter(keep).length;

describe('range counts agree with counting one by one', () => {
  it('rightward', () => {
    fc.assert(
      fc.property(points, fc.array(range, { maxLength: 10 }), (all, ranges) => {
        expect(countRightward(all, ranges)).toEqual(
          ranges.map((r) => count(all, (p) => p.x > r.after && p.y >= r.from && p.y <= r.to)),
        );
      }),
    );
  });

  it('downward', () => {
    fc.assert(
      fc.property(points, fc.array(range, { maxLength: 10 }), (all, ranges) => {
        expect(countDownward(all, ranges)).toEqual(
          ranges.map((r) => count(all, (p) => p.y > r.after && p.x >= r.from && p.x <= r.to)),
        );
      }),
    );
  });

  it('in rectangles, edges included', () => {
    fc.assert(
      fc.property(points, fc.array(rectangle, { maxLength: 10 }), (all, boxes) => {
        expect(countInRectangles(all, boxes)).toEqual(
          boxes.map((b) =>
            count(all, (p) => p.x >= b.left && p.x <= b.right && p.y >= b.top && p.y <= b.bottom),
          ),
        );
      }),
    );
  });
});
