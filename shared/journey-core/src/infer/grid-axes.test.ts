import { describe, expect, it } from 'vitest';
import { intervalsFromHeaders, intervalsFromSpans, largestShare } from './grid-axes';

describe('intervalsFromHeaders', () => {
  const headers = [
    { start: 100, end: 300 },
    { start: 400, end: 800 },
    { start: 900, end: 1000 },
  ];

  it('puts borders halfway between neighbours and reaches half a pitch past the ends', () => {
    // Centres 200, 600, 950: pitches 400 and 350, median 375.
    expect(intervalsFromHeaders(headers, {}, 0)).toEqual([
      { start: 12.5, end: 350 },
      { start: 350, end: 850 },
      { start: 850, end: 1137.5 },
    ]);
  });

  it('takes given outer edges, never ending inside a header', () => {
    expect(intervalsFromHeaders(headers, { first: 50, last: 990 }, 0)).toEqual([
      { start: 50, end: 350 },
      { start: 350, end: 850 },
      { start: 850, end: 1000 },
    ]);
  });

  it('keeps a border between the centres of overlapping headers', () => {
    // Halfway across the "gap" would be 775, past the second header's centre.
    const overlapping = [
      { start: 0, end: 1000 },
      { start: 550, end: 650 },
    ];
    expect(intervalsFromHeaders(overlapping, {}, 0)).toEqual([
      { start: 0, end: 600 },
      { start: 600, end: 650 },
    ]);
  });

  it('uses the fallback pitch for a lone header', () => {
    expect(intervalsFromHeaders([{ start: 0, end: 100 }], {}, 400)).toEqual([
      { start: -150, end: 250 },
    ]);
    expect(intervalsFromHeaders([], {}, 400)).toEqual([]);
  });
});

describe('intervalsFromSpans', () => {
  it('keeps gaps and trims overlaps', () => {
    expect(
      intervalsFromSpans([
        { start: 0, end: 100 },
        { start: 150, end: 300 },
        { start: 250, end: 400 },
      ]),
    ).toEqual([
      { start: 0, end: 100 },
      { start: 150, end: 250 },
      { start: 250, end: 400 },
    ]);
  });
});

describe('largestShare', () => {
  const columns = [
    { start: 0, end: 100 },
    { start: 100, end: 200 },
    { start: 300, end: 400 },
  ];

  it.each([
    ['wholly inside', 10, 90, { index: 0, share: 1, tiedWith: undefined }],
    ['mostly in the second', 80, 180, { index: 1, share: 0.8, tiedWith: undefined }],
    ['half and half on a border', 50, 150, { index: 0, share: 0.5, tiedWith: 1 }],
    ['partly in a gap', 180, 320, { index: 1, share: 20 / 140, tiedWith: 2 }],
    ['a point inside', 50, 50, { index: 0, share: 1, tiedWith: undefined }],
    ['a point on a border', 100, 100, { index: 0, share: 1, tiedWith: 1 }],
    ['beyond the last', 450, 500, undefined],
    ['before the first', -50, -10, undefined],
    ['in a gap', 220, 280, undefined],
    ['touching an edge only', 200, 250, undefined],
  ])('%s', (_, start, end, share) => {
    expect(largestShare(columns, start, end)).toEqual(share);
  });

  it('counts a span wholly inside as exactly 1 despite float noise', () => {
    expect(largestShare([{ start: 0.1, end: 0.30000000000000004 }], 0.1, 0.3)?.share).toBe(1);
  });
});
