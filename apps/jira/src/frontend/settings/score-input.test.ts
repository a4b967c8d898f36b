import { describe, expect, it } from 'vitest';
import { parseReach, parseResolutions, reachText } from './score-input';

describe('reach as typed', () => {
  it.each([
    ['35', 0.35],
    [' 35 % ', 0.35],
    ['0', 0],
    ['100', 1],
    ['12.5', 0.125],
    ['', undefined],
    ['   ', undefined],
    ['101', null],
    ['-1', null],
    ['half', null],
  ])('%j reads as %j', (text, reach) => {
    expect(parseReach(text)).toBe(reach);
  });

  it('shows a stored reach as the percentage it was typed as', () => {
    expect(reachText(0.35)).toBe('35');
    expect(reachText(0.355)).toBe('35.5');
    expect(reachText(undefined)).toBe('');
    expect(parseReach(reachText(0.2))).toBe(0.2);
  });
});

describe('canceled resolutions as typed', () => {
  it('splits on commas, trims, and drops blanks', () => {
    expect(parseResolutions("Won't Do, Duplicate,, Declined ")).toEqual([
      "Won't Do",
      'Duplicate',
      'Declined',
    ]);
    expect(parseResolutions('  ')).toEqual([]);
  });
});
