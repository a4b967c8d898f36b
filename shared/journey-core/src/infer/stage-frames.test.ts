import { describe, expect, it } from 'vitest';
import { box } from './board-builder.test-support';
import type { Box } from './board-item';
import type { Candidate } from './candidate-bands';
import { indexPoints } from './range-count';
import { type Frame, findGridFrame, findStageFrames } from './stage-frames';

const frame = (id: string, at: Box): Frame => ({ id, title: id, box: at });
const candidate = (id: string, at: Box): Candidate => ({ id, name: id, box: at });
const point = (x: number, y: number) => ({ x, y });

// Three stage columns 300–900, 900–1500, 1500–2100 over the rows 100–600 and 600–1100; lane
// labels left of them and a grid frame around it all.
const grid = frame('grid', box(0, 0, 2200, 1200));
const discover = frame('discover', box(300, 100, 600, 1000));
const buy = frame('buy', box(900, 100, 600, 1000));
const use = frame('use', box(1500, 100, 600, 1000));
const stages = [discover, buy, use];
const labels = [
  candidate('Doing', box(50, 330, 200, 40)),
  candidate('Feeling', box(50, 830, 200, 40)),
];
/** A sticky in each cell. */
const stickies = indexPoints([600, 1200, 1800].flatMap((x) => [point(x, 350), point(x, 850)]));

/** A small frame in Discover's Doing cell, as facilitators group a few stickies. */
const emails = frame('emails', box(350, 150, 500, 400));

/** Stage headers over the three columns, above the frames; and the same drawn inside them. */
const headersAbove = [600, 1200, 1800].map((x) =>
  candidate(`above ${x}`, box(x - 250, -100, 500, 80)),
);
const headersInside = [600, 1200, 1800].map((x) =>
  candidate(`in ${x}`, box(x - 250, 120, 500, 60)),
);
/** A small frame in Buy's Doing cell, level with `emails` in Discover's. */
const quotes = frame('quotes', box(950, 150, 500, 400));

interface Case {
  name: string;
  frames: Frame[];
  /** Lane labels; the grid's labels unless given. */
  laneLabels?: Candidate[];
  stageHeaders?: Candidate[];
  expected: string[];
}

const cases: Case[] = [
  { name: 'one frame per stage, no grid frame', frames: stages, expected: stages.map((f) => f.id) },
  {
    name: 'a grid frame holding the lane labels and the stage frames',
    frames: [grid, ...stages],
    expected: ['discover', 'buy', 'use'],
  },
  {
    name: 'a grid frame with no labels, known by its row of stage frames',
    frames: [grid, ...stages],
    laneLabels: [],
    expected: ['discover', 'buy', 'use'],
  },
  {
    name: 'a stage frame holding a frame that groups stickies, in a grid frame',
    frames: [grid, ...stages, emails],
    expected: ['discover', 'buy', 'use'],
  },
  {
    name: 'a stage frame holding a grouping frame, with no grid frame',
    frames: [...stages, emails],
    expected: ['discover', 'buy', 'use'],
  },
  {
    name: 'only two stage frames, one holding a grouping frame',
    frames: [discover, buy, emails],
    expected: ['discover', 'buy'],
  },
  {
    name: 'only two stage frames and no labels, one holding a grouping frame',
    frames: [discover, buy, emails],
    laneLabels: [],
    expected: ['discover', 'buy'],
  },
  {
    name: 'grouping frames three deep inside a stage frame',
    frames: [
      grid,
      ...stages,
      emails,
      frame('first email', box(380, 180, 300, 300)),
      frame('subject line', box(400, 200, 150, 150)),
    ],
    expected: ['discover', 'buy', 'use'],
  },
  {
    name: 'two side-by-side grouping frames in a stage frame, in a grid frame with no labels',
    frames: [
      grid,
      ...stages,
      frame('chat', box(320, 150, 270, 400)),
      frame('phone', box(610, 150, 270, 400)),
    ],
    laneLabels: [],
    expected: ['discover', 'buy', 'use'],
  },
  {
    name: 'a grouping frame holding two side-by-side frames, in a labelled grid frame',
    frames: [
      grid,
      ...stages,
      emails,
      frame('opened', box(370, 200, 220, 300)),
      frame('ignored', box(610, 200, 220, 300)),
    ],
    expected: ['discover', 'buy', 'use'],
  },
  {
    name: 'a wall frame wrapping a grid frame that has no labels',
    frames: [frame('wall', box(-500, -500, 3200, 2200)), grid, ...stages, emails],
    laneLabels: [],
    expected: ['discover', 'buy', 'use'],
  },
  {
    name: 'two stacked grouping frames in a stage frame, with no grid frame',
    frames: [
      ...stages,
      frame('sent', box(350, 150, 500, 300)),
      frame('read', box(350, 420, 500, 300)),
    ],
    expected: ['discover', 'buy', 'use'],
  },
  {
    name: 'stage frames overlapping a little, in a grid frame with no labels',
    frames: [
      grid,
      frame('discover', box(300, 100, 620, 1000)),
      frame('buy', box(880, 100, 640, 1000)),
      frame('use', box(1480, 100, 620, 1000)),
      emails,
    ],
    laneLabels: [],
    expected: ['discover', 'buy', 'use'],
  },
  {
    name: 'a lone stage frame holding a grouping frame',
    frames: [discover, frame('middle', box(400, 400, 400, 400))],
    expected: ['discover'],
  },
  {
    name: 'with one stage header, two frames side by side still win',
    frames: [discover, buy],
    stageHeaders: headersAbove.slice(0, 1),
    expected: ['discover', 'buy'],
  },
  {
    name: 'stage frames under a header row, spanning the lanes',
    frames: stages,
    stageHeaders: headersAbove,
    expected: ['discover', 'buy', 'use'],
  },
  {
    name: 'stage frames each holding its header, in a grid frame',
    frames: [grid, ...stages],
    stageHeaders: headersInside,
    expected: ['discover', 'buy', 'use'],
  },
  {
    name: 'stage frames under a header row, no lane labels: each holds its column',
    frames: stages,
    stageHeaders: headersAbove,
    laneLabels: [],
    expected: ['discover', 'buy', 'use'],
  },
  {
    name: 'grouping frames in one lane across two stages, under a header row',
    frames: [emails, quotes],
    stageHeaders: headersAbove,
    expected: [],
  },
  {
    name: 'grouping frames in one lane across two stages, in a grid frame with a header row',
    frames: [grid, emails, quotes],
    stageHeaders: headersAbove,
    expected: [],
  },
  {
    name: 'grouping frames under a header row, no lane labels: each holds part of its column',
    frames: [emails, quotes],
    stageHeaders: headersAbove,
    laneLabels: [],
    expected: [],
  },
  {
    name: 'frames spanning the lanes under two of three headers',
    frames: [discover, buy],
    stageHeaders: headersAbove,
    expected: [],
  },
  {
    name: 'a frame under two headers beside a stage frame',
    frames: [frame('wide', box(300, 100, 1200, 1000)), use],
    stageHeaders: headersAbove,
    expected: [],
  },
];

describe('findStageFrames', () => {
  it.each(cases)('$name', ({ frames, laneLabels = labels, stageHeaders = [], expected }) => {
    const found = findStageFrames(frames, stickies, { stageHeaders, laneLabels });
    expect(found.map((entry) => entry.id)).toEqual(expected);
  });

  it('gives the same stages whatever order the frames come in', () => {
    const frames = [grid, ...stages, emails, frame('first email', box(380, 180, 300, 300))];
    const expected = findStageFrames(frames, stickies, { stageHeaders: [], laneLabels: labels });
    const reversed = findStageFrames([...frames].reverse(), stickies, {
      stageHeaders: [],
      laneLabels: labels,
    });
    expect(reversed).toEqual(expected);
    expect(expected.map((entry) => entry.id)).toEqual(['discover', 'buy', 'use']);
  });
});

describe('findGridFrame', () => {
  it('takes the smallest frame around the stage frames', () => {
    const wall = frame('wall', box(-500, -500, 3200, 2200));
    expect(findGridFrame([wall, grid, ...stages], stages)?.id).toBe('grid');
  });

  it('never takes a grouping frame that holds the centre of the lone stage frame', () => {
    const middle = frame('middle', box(400, 400, 400, 400));
    expect(findGridFrame([discover, middle], [discover])).toBeUndefined();
  });
});
