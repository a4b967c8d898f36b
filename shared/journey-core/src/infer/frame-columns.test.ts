import { describe, expect, it } from 'vitest';
import { box } from './board-builder.test-support';
import type { Box } from './board-item';
import type { Candidate } from './candidate-bands';
import { headerColumns, pairsOff } from './frame-columns';
import { indexPoints } from './range-count';
import type { Frame } from './stage-frames';

const frame = (id: string, at: Box): Frame => ({ id, title: id, box: at });
const candidate = (id: string, at: Box): Candidate => ({ id, name: id, box: at });

// Header centres at 600, 1200, 1800 across; the row ends at 100. Lane labels centred at 350 and
// 850 down; a sticky in each of the six cells.
const stageHeaders = [600, 1200, 1800].map((x) => candidate(`h${x}`, box(x - 250, 0, 500, 100)));
const laneLabels = [
  candidate('Doing', box(0, 330, 200, 40)),
  candidate('Feeling', box(0, 830, 200, 40)),
];
const stickies = indexPoints(
  [600, 1200, 1800].flatMap((x) => [
    { x, y: 350 },
    { x, y: 850 },
  ]),
);

interface Case {
  name: string;
  frame: Frame;
  /** The grid's lane labels unless given. */
  labels?: Candidate[];
  /** The index of the header the frame is a column of, if any. */
  expected: number | undefined;
}

const cases: Case[] = [
  {
    name: 'under one header, reaching from the first lane to the last',
    frame: frame('column', box(300, 120, 600, 1000)),
    expected: 0,
  },
  {
    name: 'holding its header, with no lane below it',
    frame: frame('header frame', box(900, -50, 600, 200)),
    expected: 1,
  },
  {
    name: 'under one header, in one lane only',
    frame: frame('cluster', box(350, 150, 500, 400)),
    expected: undefined,
  },
  {
    name: 'under two headers, spanning the lanes',
    frame: frame('two columns', box(300, 120, 1200, 1000)),
    expected: undefined,
  },
  {
    name: 'between two headers’ centres, under neither',
    frame: frame('gap', box(650, 120, 500, 1000)),
    expected: undefined,
  },
  {
    name: 'no lane labels: holding every sticky of its column',
    frame: frame('column', box(1500, 300, 600, 600)),
    labels: [],
    expected: 2,
  },
  {
    name: 'no lane labels: holding one of its column’s two stickies',
    frame: frame('cluster', box(1500, 300, 600, 200)),
    labels: [],
    expected: undefined,
  },
];

describe('headerColumns', () => {
  it.each(cases)('a frame $name', ({ frame: drawn, labels = laneLabels, expected }) => {
    const columns = headerColumns([drawn], { stageHeaders, laneLabels: labels }, stickies);
    expect(columns.get(drawn.id)).toBe(expected);
  });
});

describe('pairsOff', () => {
  const columns = new Map([
    ['a', 0],
    ['b', 1],
    ['c', 2],
    ['b again', 1],
  ]);

  it.each([
    { row: ['a', 'b', 'c'], expected: true },
    { row: ['a', 'b'], expected: false },
    { row: ['a', 'b', 'b again', 'c'], expected: false },
    { row: ['a', 'b', 'loose', 'c'], expected: false },
  ])('$row → $expected', ({ row, expected }) => {
    const frames = row.map((id) => frame(id, box(0, 0, 1, 1)));
    expect(pairsOff(frames, columns, 3)).toBe(expected);
  });
});
