import type { BoardItem } from '@throughline/journey-core';
import { describe, expect, it } from 'vitest';
import { journeyFrames } from './board-scope';

const frame = (id: string, left: number, parentId?: string): BoardItem => ({
  id,
  kind: 'frame',
  text: `Frame ${id}`,
  box: { left, top: 0, width: 1000, height: 1000 },
  ...(parentId === undefined ? {} : { parentId }),
});
const sticky = (id: string, left: number): BoardItem => ({
  id,
  kind: 'sticky',
  text: id,
  box: { left, top: 100, width: 100, height: 100 },
});

describe('journeyFrames', () => {
  const items = [
    frame('a', 0),
    frame('b', 2000),
    frame('empty', 4000),
    frame('inner', 100, 'a'),
    sticky('s1', 200),
    sticky('s2', 400),
    sticky('s3', 2200),
    sticky('outside', 6000),
  ];

  it('lists the top-level frames holding stickies, with how many', () => {
    expect(journeyFrames(items)).toEqual([
      { id: 'a', title: 'Frame a', stickies: 2 },
      { id: 'b', title: 'Frame b', stickies: 1 },
    ]);
  });

  it('leaves out the frames a map already reads as its stages', () => {
    expect(journeyFrames(items, new Set(['a', 'b']))).toEqual([]);
  });
});
