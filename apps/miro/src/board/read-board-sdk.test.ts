import { describe, expect, expectTypeOf, it } from 'vitest';
import { type BoardScope, BoardScopeError } from './board-scope';
import type { SdkBoardItem } from './from-sdk';
import { readBoard, type SdkBoard } from './read-board-sdk';
import { sdkFrame, sdkShape, sdkSticky, sdkTag, sdkText } from './sdk-items.test-support';

/** A generous bound for the large-input tests: linear code takes seconds, quadratic code hours. */
const LARGE_INPUT_MS = 60_000;

const size = { width: 100, height: 114 };

// Two stage frames inside a grid frame, a sticky dropped over stage B without being its child,
// and a parking-lot sticky off the grid.
const items: SdkBoardItem[] = [
  sdkTag('tag', 'Checkout'),
  sdkFrame('grid', { x: 0, y: 0, width: 2000, height: 1000 }, 'Onboarding journey'),
  sdkText('lane', { x: 100, y: 300, width: 150, height: 40, parentId: 'grid' }, '<p>Actions</p>'),
  sdkFrame('A', { x: 600, y: 500, width: 800, height: 900, parentId: 'grid' }, 'Discover'),
  sdkFrame('B', { x: 1500, y: 500, width: 800, height: 900, parentId: 'grid' }, 'Sign up'),
  sdkShape('head', { x: 400, y: 50, width: 600, height: 80, parentId: 'A' }, '<p>Discover</p>'),
  sdkSticky('a1', { x: 200, y: 300, ...size, parentId: 'A' }, 'in A'),
  sdkSticky('b1', { x: 300, y: 300, ...size, parentId: 'B' }, 'in B', { tagIds: ['tag'] }),
  // Canvas-relative, its centre inside B's box (B spans x 100..900, y -450..450 on the board).
  sdkSticky('over', { x: 300, y: 0, ...size }, 'over B, not a child'),
  sdkSticky('far', { x: 5000, y: 5000, ...size }, 'parking lot'),
];

function fakeBoard(boardItems: SdkBoardItem[]) {
  let calls = 0;
  const board = {
    get: async () => {
      calls += 1;
      return boardItems;
    },
  } satisfies SdkBoard;
  return { board, calls: () => calls };
}

const ids = async (scope: BoardScope) => {
  const { board, calls } = fakeBoard(items);
  const read = await readBoard(board, scope);
  expect(calls()).toBe(1);
  return read.items.map((item) => item.id);
};

describe('readBoard', () => {
  it('takes the real miro.board', () => {
    expectTypeOf<typeof miro.board>().toExtend<SdkBoard>();
  });

  it.each<[string, BoardScope, string[]]>([
    [
      'the whole board',
      { kind: 'board' },
      ['grid', 'lane', 'A', 'B', 'head', 'a1', 'b1', 'over', 'far'],
    ],
    ['a stage frame, with what lies over it', { kind: 'frame', frameId: 'B' }, ['B', 'b1', 'over']],
    [
      'the grid frame, with nested frames',
      { kind: 'frame', frameId: 'grid' },
      ['grid', 'lane', 'A', 'B', 'head', 'a1', 'b1', 'over'],
    ],
    ['selected items', { kind: 'items', itemIds: ['a1', 'far'] }, ['a1', 'far']],
    [
      'a selected frame and a sticky',
      { kind: 'items', itemIds: ['A', 'far'] },
      ['A', 'head', 'a1', 'far'],
    ],
  ])('reads %s with one board.get()', async (_name, scope, expected) => {
    expect(await ids(scope)).toEqual(expected);
  });

  it("gives a frame's title for the map title", async () => {
    const read = await readBoard(fakeBoard(items).board, { kind: 'frame', frameId: 'grid' });
    expect(read.title).toBe('Onboarding journey');
    expect((await readBoard(fakeBoard(items).board, { kind: 'board' })).title).toBeUndefined();
  });

  it('resolves boxes over the whole board before filtering', async () => {
    const read = await readBoard(fakeBoard(items).board, { kind: 'items', itemIds: ['b1'] });
    // Grid top-left (-1000, -500); B's centre (500, 0), top-left (100, -450); b1 adds (300, 300).
    expect(read.items[0]?.box).toEqual({ left: 350, top: -207, width: 100, height: 114 });
    expect(read.items[0]?.tags).toEqual(['checkout']);
  });

  it('drops parentId where the parent is out of scope', async () => {
    const read = await readBoard(fakeBoard(items).board, { kind: 'items', itemIds: ['a1'] });
    expect(read.items[0]).not.toHaveProperty('parentId');
    const frame = await readBoard(fakeBoard(items).board, { kind: 'frame', frameId: 'A' });
    expect(frame.items.find((item) => item.id === 'a1')?.parentId).toBe('A');
    expect(frame.items.find((item) => item.id === 'A')).not.toHaveProperty('parentId');
  });

  it('reports selected items that are gone', async () => {
    const read = await readBoard(fakeBoard(items).board, {
      kind: 'items',
      itemIds: ['a1', 'deleted'],
    });
    expect(read.items.map((item) => item.id)).toEqual(['a1']);
    expect(read.warnings).toEqual([
      {
        code: 'missing-item',
        itemId: 'deleted',
        message: 'selected item deleted is no longer on the board',
      },
    ]);
  });

  it.each(['nope', 'a1'])(
    'rejects frame scope %s when it is no frame on the board',
    async (frameId) => {
      await expect(readBoard(fakeBoard(items).board, { kind: 'frame', frameId })).rejects.toThrow(
        BoardScopeError,
      );
    },
  );

  it('reads a frame holding 160,000 stickies without overflowing the call stack', {
    timeout: LARGE_INPUT_MS,
  }, async () => {
    const count = 160_000;
    const big: SdkBoardItem[] = [
      sdkFrame('wall', { x: 0, y: 0, width: 40_000, height: 40_000 }, 'Wall'),
    ];
    for (let index = 0; index < count; index++) {
      const place = { x: 100 + (index % 400) * 100, y: 100 + Math.floor(index / 400) * 100 };
      big.push(sdkSticky(`s${index}`, { ...place, ...size, parentId: 'wall' }, `note ${index}`));
    }
    const read = await readBoard(fakeBoard(big).board, { kind: 'frame', frameId: 'wall' });
    expect(read.items).toHaveLength(count + 1);
    expect(read.title).toBe('Wall');
  });
});
