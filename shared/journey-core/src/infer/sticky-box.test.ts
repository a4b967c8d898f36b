import { describe, expect, it } from 'vitest';
import { box } from './board-builder.test-support';
import { isSquareSticky, visibleBox } from './sticky-box';

describe('visibleBox', () => {
  it.each([
    ['declared square', { shape: 'square' as const, box: box(0, 0, 199, 228) }, true],
    ['square by its ratio', { box: box(0, 0, 100, 114.6) }, true],
    ['ratio within the tolerance', { box: box(0, 0, 100, 117.5) }, true],
    ['ratio past the tolerance', { box: box(0, 0, 100, 118) }, false],
    ['a rectangle', { shape: 'rectangle' as const, box: box(0, 0, 350, 228) }, false],
    ['no width', { box: box(0, 0, 0, 10) }, false],
  ])('%s', (_, item, square) => {
    expect(isSquareSticky(item)).toBe(square);
  });

  it('keeps the centre and makes the height the width for a square sticky', () => {
    expect(visibleBox({ shape: 'square', box: box(10, 20, 200, 230) })).toEqual(
      box(10, 35, 200, 200),
    );
  });

  it('leaves other stickies as reported', () => {
    const reported = box(10, 20, 350, 228);
    expect(visibleBox({ box: reported })).toBe(reported);
    const alreadySquare = box(10, 20, 200, 200);
    expect(visibleBox({ shape: 'square', box: alreadySquare })).toBe(alreadySquare);
  });
});
