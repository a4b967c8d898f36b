import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createFakeMiro } from './fake-miro';
import { InMemoryBoard } from './in-memory-board';
import { type BoardSeed, seedFromBoard } from './seed-from-board';

const box = fc.record({
  left: fc.integer({ min: -5000, max: 5000 }),
  top: fc.integer({ min: -5000, max: 5000 }),
  width: fc.integer({ min: 1, max: 2000 }),
  height: fc.integer({ min: 1, max: 2000 }),
});

describe('seedFromBoard', () => {
  it('puts every item back at its board box, through nested frames', () => {
    fc.assert(
      fc.property(fc.array(box, { minLength: 1, maxLength: 8 }), (boxes) => {
        // Each item is a child of the one before: a chain of nested frames ending in a sticky.
        const seeds: BoardSeed[] = boxes.map((itemBox, index) => ({
          id: `i${index}`,
          kind: index === boxes.length - 1 ? 'sticky' : 'frame',
          box: itemBox,
          ...(index > 0 && { parentId: `i${index - 1}` }),
        }));
        const board = new InMemoryBoard(seedFromBoard(seeds));
        for (const seed of seeds) expect(board.boardBox(seed.id)).toEqual(seed.box);
      }),
    );
  });

  it('reports children relative to their frame top-left, with content, colour and tags', async () => {
    const seeds: BoardSeed[] = [
      {
        id: 'f',
        kind: 'frame',
        box: { left: 100, top: 100, width: 1000, height: 600 },
        content: 'Journey',
      },
      {
        id: 's',
        kind: 'sticky',
        box: { left: 300, top: 200, width: 100, height: 115 },
        content: '<p>Pay &amp; go</p>',
        color: 'light_pink',
        tags: ['pain', 'urgent'],
        parentId: 'f',
      },
      {
        id: 'h',
        kind: 'shape',
        box: { left: 0, top: 0, width: 200, height: 80 },
        content: 'Discover',
      },
      { id: 'c', kind: 'other', box: { left: 0, top: 0, width: 10, height: 10 } },
    ];
    const board = new InMemoryBoard(seedFromBoard(seeds));
    const miro = createFakeMiro(board);
    const items = await miro.board.get();
    expect(items).toMatchObject([
      { id: 'f', type: 'frame', title: 'Journey', x: 600, y: 400, childrenIds: ['s'] },
      {
        id: 's',
        type: 'sticky_note',
        x: 250,
        y: 157.5,
        width: 100,
        height: 115,
        parentId: 'f',
        relativeTo: 'parent_top_left',
        content: '<p>Pay &amp; go</p>',
        style: { fillColor: 'light_pink' },
        tagIds: ['tag-1', 'tag-2'],
      },
      { id: 'h', type: 'shape', content: 'Discover', x: 100, y: 40 },
      { id: 'c', type: 'card' },
    ]);
    const tags = await miro.board.get({ type: 'tag' });
    expect(tags.map((tag) => ('title' in tag ? tag.title : ''))).toEqual(['pain', 'urgent']);
  });

  it('refuses a parent that is not a frame among the seeds, and an unknown sticky colour', () => {
    const sticky: BoardSeed = {
      id: 's',
      kind: 'sticky',
      box: { left: 0, top: 0, width: 1, height: 1 },
    };
    expect(() => seedFromBoard([{ ...sticky, parentId: 'nope' }])).toThrow(/not a frame/);
    expect(() => seedFromBoard([{ ...sticky, color: '#ff0000' }])).toThrow(/not a Miro sticky/);
  });
});
