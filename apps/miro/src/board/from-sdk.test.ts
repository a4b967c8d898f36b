import { readFileSync } from 'node:fs';
import type { StickyNoteColorType } from '@mirohq/websdk-types';
import { describe, expect, it } from 'vitest';
import { BoardReadError } from './board-read';
import { fromRestItems } from './from-rest';
import { fromSdkItems, type SdkBoardItem } from './from-sdk';
import {
  isRestFrame,
  isRestShape,
  isRestStickyNote,
  isRestText,
  RestItemsPage,
} from './rest-items';
import { sdkFrame, sdkOther, sdkShape, sdkSticky, sdkTag, sdkText } from './sdk-items.test-support';

const sample = RestItemsPage.parse(
  JSON.parse(
    readFileSync(
      new URL('../../../../tests/fixtures/miro/provided/sample-board.rest.json', import.meta.url),
      'utf8',
    ),
  ),
);

const centre = (box: { left: number; top: number; width: number; height: number }) => ({
  x: box.left + box.width / 2,
  y: box.top + box.height / 2,
});

/** The sample board as the Web SDK reports it: same positions, flat item fields. */
function sampleAsSdk(): SdkBoardItem[] {
  return sample.data.map((item) => {
    const place = {
      x: item.position?.x ?? 0,
      y: item.position?.y ?? 0,
      width: item.geometry?.width ?? 0,
      height: item.geometry?.height ?? 0,
      ...(item.parent === undefined ? {} : { parentId: item.parent.id }),
      ...(item.position === undefined ? {} : { relativeTo: item.position.relativeTo }),
    };
    if (isRestStickyNote(item)) {
      const shape = item.data.shape === 'rectangle' ? 'rectangle' : 'square';
      const fillColor = item.style?.fillColor as StickyNoteColorType | undefined;
      return sdkSticky(item.id, place, item.data.content ?? '', {
        shape,
        ...(fillColor ? { fillColor } : {}),
      });
    }
    if (isRestShape(item))
      return sdkShape(item.id, place, item.data?.content ?? '', item.style?.fillColor);
    if (isRestText(item)) return sdkText(item.id, place, item.data.content, item.style?.fillColor);
    if (isRestFrame(item)) {
      return sdkFrame(item.id, place, item.data?.title ?? '', item.style?.fillColor);
    }
    return sdkOther(item.id, item.type, place);
  });
}

describe('fromSdkItems', () => {
  it('reads the sample board exactly as the REST reader does', () => {
    const fromSdk = fromSdkItems(sampleAsSdk());
    const fromRest = fromRestItems(sample.data);
    expect(fromSdk.items).toEqual(fromRest.items);
    expect(fromSdk.warnings).toEqual([]);
  });

  it('resolves nested frames, parent_top_left and parent_center', () => {
    const read = fromSdkItems([
      sdkFrame('outer', { x: 1000, y: 1000, width: 2000, height: 1000 }, 'Outer'),
      sdkFrame('inner', { x: 500, y: 300, width: 400, height: 200, parentId: 'outer' }, 'Inner'),
      sdkSticky('a', { x: 100, y: 50, width: 100, height: 114, parentId: 'inner' }, 'A'),
      sdkSticky(
        'b',
        { x: 10, y: -20, width: 100, height: 114, parentId: 'inner', relativeTo: 'parent_center' },
        'B',
      ),
    ]);
    const boxes = new Map(read.items.map((item) => [item.id, item.box]));
    expect(boxes.get('inner')).toEqual({ left: 300, top: 700, width: 400, height: 200 });
    expect(centre(boxes.get('a')!)).toEqual({ x: 400, y: 750 });
    expect(centre(boxes.get('b')!)).toEqual({ x: 510, y: 780 });
    expect(read.items.map((item) => item.parentId)).toEqual([undefined, 'outer', 'inner', 'inner']);
  });

  it('finds parents the same way whether the ids come in ascending order or not', () => {
    // Ascending ids are looked up by binary search, any other order through a map.
    const board = [
      sdkFrame('1-outer', { x: 1000, y: 1000, width: 2000, height: 1000 }, 'Outer'),
      sdkFrame('2-inner', { x: 500, y: 300, width: 400, height: 200, parentId: '1-outer' }, 'In'),
      sdkSticky('3-a', { x: 100, y: 50, width: 100, height: 114, parentId: '2-inner' }, 'A'),
      sdkSticky('4-b', { x: 5, y: 5, width: 100, height: 114, parentId: '9-gone' }, 'B'),
    ];
    const ascending = fromSdkItems(board);
    const shuffled = fromSdkItems([board[2]!, board[0]!, board[3]!, board[1]!]);
    const byId = (read: typeof ascending) =>
      new Map(read.items.map((item) => [item.id, [item.box, item.parentId]]));
    expect(byId(shuffled)).toEqual(byId(ascending));
    expect(centre(ascending.items[2]!.box)).toEqual({ x: 400, y: 750 });
    expect(ascending.warnings.map((warning) => [warning.code, warning.itemId])).toEqual([
      ['missing-parent', '4-b'],
    ]);
    expect(shuffled.warnings.map((warning) => [warning.code, warning.itemId])).toEqual([
      ['missing-parent', '4-b'],
    ]);
  });

  it('names tags from the tag entities in the same list, lower-cased, and reports unknown ones', () => {
    const read = fromSdkItems([
      sdkTag('t1', 'Pain Point'),
      sdkSticky('s', { x: 0, y: 0, width: 100, height: 114 }, 'x', { tagIds: ['t1', 'gone'] }),
      sdkSticky('u', { x: 0, y: 0, width: 100, height: 114 }, 'y'),
    ]);
    expect(read.items.map((item) => item.id)).toEqual(['s', 'u']);
    expect(read.items[0]?.tags).toEqual(['pain point']);
    expect(read.items[1]).not.toHaveProperty('tags');
    expect(read.warnings.map((warning) => [warning.code, warning.itemId])).toEqual([
      ['missing-tag', 's'],
    ]);
  });

  it.each([
    [
      'sticky',
      sdkSticky('i', { x: 0, y: 0, width: 10, height: 10 }, '<p>a&amp;b</p>', {
        fillColor: 'light_pink',
        shape: 'rectangle',
      }),
      { kind: 'sticky', text: 'a&b', color: 'light_pink', shape: 'rectangle' },
    ],
    [
      'shape',
      sdkShape('i', { x: 0, y: 0, width: 10, height: 10 }, '<p>Sign&nbsp;up</p>', '#414BB2'),
      { kind: 'shape', text: 'Sign up', color: '#414bb2' },
    ],
    [
      'text',
      sdkText('i', { x: 0, y: 0, width: 10, height: 10 }, '<p>Actions</p>'),
      { kind: 'text', text: 'Actions' },
    ],
    [
      'frame',
      sdkFrame('i', { x: 0, y: 0, width: 10, height: 10 }, '  Stage   one '),
      { kind: 'frame', text: 'Stage one' },
    ],
    [
      'image',
      sdkOther('i', 'image', { x: 0, y: 0, width: 10, height: 10 }),
      { kind: 'other', text: '' },
    ],
    [
      'mind-map node',
      sdkOther('i', 'mindmap_node', { x: 0, y: 0, width: 10, height: 10 }),
      { kind: 'other' },
    ],
  ])('reads a %s', (_name, item, expected) => {
    expect(fromSdkItems([item]).items[0]).toMatchObject(expected);
  });

  it('leaves out groups and connectors, which have no box', () => {
    const read = fromSdkItems([
      sdkOther('g', 'group'),
      sdkOther('c', 'connector'),
      sdkOther('k', 'card'),
    ]);
    expect(read.items.map((item) => item.id)).toEqual(['k']);
  });

  it('keeps a child whose frame is not on the board, and reports it', () => {
    const read = fromSdkItems([
      sdkSticky('s', { x: 5, y: 6, width: 10, height: 10, parentId: 'gone' }, 'x'),
    ]);
    expect(centre(read.items[0]!.box)).toEqual({ x: 5, y: 6 });
    expect(read.warnings.map((warning) => warning.code)).toEqual(['missing-parent']);
  });

  it('turns hostile sticky HTML into inert text', () => {
    const read = fromSdkItems([
      sdkSticky(
        'a',
        { x: 0, y: 0, width: 10, height: 10 },
        '<img src=x onerror=alert(1)>Pay later',
      ),
      sdkSticky('b', { x: 0, y: 0, width: 10, height: 10 }, '<script>alert(1)</script>'),
    ]);
    expect(read.items.map((item) => item.text)).toEqual(['Pay later', '']);
  });

  it('removes control characters, as the REST reader does', () => {
    const place = { x: 0, y: 0, width: 10, height: 10 };
    const read = fromSdkItems([
      sdkTag('t1', 'Pa\u009bin'),
      sdkSticky('a', place, '<p>&#27;[31mRed&#x9b;0m</p>', { tagIds: ['t1'] }),
      sdkShape('b', place, 'Sign\u0085 up'),
      sdkText('c', place, 'Doing&#127;'),
      sdkFrame('d', place, 'Stage\u001b[0m one'),
    ]);
    expect(read.items.map((item) => item.text)).toEqual([
      '[31mRed\u203a0m',
      'Sign up',
      'Doing',
      'Stage[0m one',
    ]);
    expect(read.items[0]?.tags).toEqual(['pain']);
  });

  it('throws a readable BoardReadError for an item that is not what the SDK documents', () => {
    const broken = {
      ...sdkSticky('bad', { x: 0, y: 0, width: 10, height: 10 }, 'x'),
      x: Number.NaN,
    };
    const read = () => fromSdkItems([sdkTag('t', 'T'), broken as SdkBoardItem]);
    expect(read).toThrow(BoardReadError);
    expect(read).toThrow(
      'Web SDK items could not be read: item bad (sticky_note) x: Invalid input: expected number, received NaN',
    );
  });
});
