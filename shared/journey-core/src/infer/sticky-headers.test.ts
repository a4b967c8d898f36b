import { describe, expect, it } from 'vitest';
import {
  box,
  frame,
  type InferenceView,
  shape,
  sticky,
  textItem,
  viewOf,
} from './board-builder.test-support';
import type { BoardItem, InferenceSummary } from './board-item';
import { inferMapFromBoard } from './infer-map-from-board';

// Stage columns centred on x = 500, 900, 1300; lane rows centred on y = 400, 700.
const STAGE_X = [500, 900, 1300];
const LANE_Y = [400, 700];
const stageNames = ['Discover', 'Sign up', 'Use'];

const darkHeaders = (extras: { color?: string; width?: number } = {}) =>
  stageNames.map((name, index) =>
    sticky(`h${index}`, name, STAGE_X[index] ?? 0, 150, {
      color: extras.color ?? 'dark_gray',
      ...(extras.width === undefined ? {} : { width: extras.width, height: 150 }),
    }),
  );
const greyLabels = (names = ['Actions', 'Pain points']) =>
  names.map((name, index) => sticky(`l${index}`, name, 150, LANE_Y[index] ?? 0, { color: 'gray' }));
const textLabels = (names = ['Actions', 'Pain points']) =>
  names.map((name, index) =>
    textItem(`l${index}`, name, box(20, (LANE_Y[index] ?? 0) - 20, 200, 40)),
  );
const content = (colour = 'light_yellow') => [
  sticky('c1', 'Searches', 500, 400, { color: colour }),
  sticky('c2', 'Creates account', 900, 400, { color: 'light_green' }),
  sticky('c3', 'Form too long', 900, 700, { color: colour }),
  sticky('c4', 'Renews', 1300, 700, { color: colour }),
];
const contentCells = {
  c1: 'Discover × Actions',
  c2: 'Sign up × Actions',
  c3: 'Sign up × Pain points',
  c4: 'Use × Pain points',
};
const lanes = ['Actions (actions)', 'Pain points (pain-points)'];
const allUnplaced = (reason: string) =>
  Object.fromEntries(['c1', 'c2', 'c3', 'c4'].map((id) => [id, reason]));

interface Case {
  name: string;
  items: BoardItem[];
  expected: Partial<InferenceView>;
  headers?: { stages?: string; lanes?: string };
}

const cases: Case[] = [
  {
    name: 'dark sticky headers over text labels',
    items: [...darkHeaders(), ...textLabels(), ...content()],
    expected: { stages: stageNames, lanes, cells: contentCells, unplaced: {} },
    headers: { stages: 'stickies', lanes: 'text' },
  },
  {
    name: 'sticky headers and sticky labels, no frames',
    items: [...darkHeaders(), ...greyLabels(), ...content()],
    expected: { stages: stageNames, lanes, cells: contentCells, unplaced: {} },
    headers: { stages: 'stickies', lanes: 'stickies' },
  },
  {
    name: 'sticky headers and labels in a frame around the grid',
    items: [
      frame('f', 'Onboarding', box(-100, -100, 1700, 1000)),
      ...darkHeaders(),
      ...greyLabels(),
      ...content(),
    ],
    expected: { title: 'Onboarding', stages: stageNames, lanes, cells: contentCells },
    headers: { stages: 'stickies', lanes: 'stickies' },
  },
  {
    name: 'text headers over sticky labels',
    items: [
      ...stageNames.map((name, index) =>
        textItem(`h${index}`, name, box((STAGE_X[index] ?? 0) - 100, 130, 200, 40)),
      ),
      ...greyLabels(),
      ...content(),
    ],
    expected: { stages: stageNames, lanes, cells: contentCells, unplaced: {} },
    headers: { stages: 'text', lanes: 'stickies' },
  },
  {
    name: 'headers set apart by size alone: wide yellow stickies',
    items: [...darkHeaders({ color: 'light_yellow', width: 300 }), ...textLabels(), ...content()],
    expected: { stages: stageNames, lanes, cells: contentCells },
    headers: { stages: 'stickies', lanes: 'text' },
  },
  {
    name: 'numbered and emoji names keep their text and their kinds',
    items: [...darkHeaders(), ...greyLabels(['1. Feeling 😊', '😖 Pain points']), ...content()],
    expected: {
      lanes: ['1. Feeling 😊 (emotions)', '😖 Pain points (pain-points)'],
    },
    headers: { stages: 'stickies', lanes: 'stickies' },
  },
  {
    name: 'negative: a sparse grid whose top row is content of the same colour',
    items: [...textLabels(), ...content()],
    expected: { stages: [], unplaced: allUnplaced('no-stage') },
    headers: { lanes: 'text' },
  },
  {
    name: 'negative: a one-colour top row beside the first lane label is a lane, not headers',
    items: [
      ...textLabels(),
      sticky('c1', 'Searches', 500, 400, { color: 'light_pink' }),
      sticky('c2', 'Creates account', 900, 400, { color: 'light_pink' }),
      sticky('c3', 'Form too long', 900, 700),
      sticky('c4', 'Renews', 1300, 700),
    ],
    expected: { stages: [], unplaced: allUnplaced('no-stage') },
    headers: { lanes: 'text' },
  },
  {
    name: 'negative: no headers at all, the top row a colour of its own',
    items: [
      sticky('c1', 'Searches', 500, 400, { color: 'light_pink' }),
      sticky('c2', 'Creates account', 900, 400, { color: 'light_pink' }),
      sticky('c3', 'Form too long', 900, 700),
      sticky('c4', 'Renews', 1300, 700),
    ],
    // Read as headers would leave no lane: position and colour then explain nothing.
    expected: { stages: [], unplaced: allUnplaced('no-stage') },
  },
  {
    name: 'vertical text labels (turned 90°, tall and narrow) beside shape headers',
    items: [
      ...stageNames.map((name, index) =>
        shape(`h${index}`, name, box((STAGE_X[index] ?? 0) - 180, 100, 360, 100)),
      ),
      ...['Actions', 'Pain points'].map(
        (name, index): BoardItem => ({
          ...textItem(`l${index}`, name, box(180, (LANE_Y[index] ?? 0) - 140, 40, 280)),
          rotation: index === 0 ? 270 : 90,
        }),
      ),
      ...content(),
    ],
    expected: { stages: stageNames, lanes, cells: contentCells, unplaced: {} },
    headers: { stages: 'shapes', lanes: 'text' },
  },
];

describe('stage headers and lane labels drawn as stickies', () => {
  it.each(cases)('$name', ({ items, expected, headers }) => {
    const inference = inferMapFromBoard(items, { boardId: 'b' });
    expect(viewOf(inference)).toMatchObject(expected);
    const { summary } = inference;
    expect(summary.headers.stages?.from).toBe(headers?.stages);
    expect(summary.headers.lanes?.from).toBe(headers?.lanes);
    expect(summary.stickies).toBe(summary.placed + summary.unplaced);
  });

  it('explains a sticky header row by what sets it apart', () => {
    const { summary } = inferMapFromBoard([...darkHeaders(), ...greyLabels(), ...content()], {
      boardId: 'b',
    });
    expect(summary.headers).toEqual({
      stages: {
        from: 'stickies',
        itemIds: ['h0', 'h1', 'h2'],
        why: 'a row of 3 stickies above the other stickies: dark_gray, a colour no content sticky uses',
      },
      lanes: {
        from: 'stickies',
        itemIds: ['l0', 'l1'],
        why: 'a column of 2 stickies left of the other stickies: gray, a colour no content sticky uses',
      },
    } satisfies InferenceSummary['headers']);
  });

  it('counts the items it does not read by their platform type', () => {
    const others: BoardItem[] = [
      { id: 'x1', kind: 'other', platformType: 'connector', text: '', box: box(0, 0, 0, 0) },
      { id: 'x2', kind: 'other', platformType: 'connector', text: '', box: box(0, 0, 0, 0) },
      { id: 'x3', kind: 'other', platformType: 'image', text: '', box: box(600, 600, 90, 90) },
      { id: 'x4', kind: 'other', text: '', box: box(0, 0, 10, 10) },
    ];
    const { summary, map } = inferMapFromBoard(
      [...darkHeaders(), ...textLabels(), ...content(), ...others],
      {
        boardId: 'b',
      },
    );
    expect(summary.ignored).toEqual({ connector: 2, image: 1, other: 1 });
    expect(map.items).toHaveLength(4);
  });
});
