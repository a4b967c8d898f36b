import { describe, expect, expectTypeOf, it } from 'vitest';
import type { StickyFill } from './sticky-colours';
import { isStickyFill, STICKY_COLOURS } from './sticky-colours';

describe('STICKY_COLOURS', () => {
  it('holds every colour the Web SDK names, once each', () => {
    expectTypeOf<(typeof STICKY_COLOURS)[number]>().toEqualTypeOf<StickyFill>();
    expect(new Set(STICKY_COLOURS).size).toBe(STICKY_COLOURS.length);
    expect(STICKY_COLOURS).toHaveLength(16);
  });

  it.each([
    ['light_yellow', true],
    ['black', true],
    ['#fff9b1', false],
    ['Light_Yellow', false],
    ['', false],
  ])('isStickyFill(%j) is %s', (colour, expected) => {
    expect(isStickyFill(colour)).toBe(expected);
  });
});
