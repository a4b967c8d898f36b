import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromRestItems } from './from-rest';
import { type RestItem, RestItemsPage, type RestRelativeTo } from './rest-items';

const sample = RestItemsPage.parse(
  JSON.parse(
    readFileSync(
      new URL('../../../../tests/fixtures/miro/provided/sample-board.rest.json', import.meta.url),
      'utf8',
    ),
  ),
);

/** Miro's placing of an item centred at (x, y): on the canvas, or in its parent frame. */
function placedAt(x: number, y: number, parent?: string, relativeTo?: RestRelativeTo) {
  return {
    position: {
      x,
      y,
      origin: 'center' as const,
      relativeTo: relativeTo ?? (parent === undefined ? 'canvas_center' : 'parent_top_left'),
    },
    ...(parent === undefined ? {} : { parent: { id: parent } }),
  };
}

function frame(
  id: string,
  x: number,
  y: number,
  width: number,
  height: number,
  parent?: string,
): RestItem {
  return {
    id,
    type: 'frame',
    data: { title: `Frame ${id}` },
    geometry: { width, height },
    ...placedAt(x, y, parent),
  };
}

function sticky(
  id: string,
  x: number,
  y: number,
  parent?: string,
  relativeTo?: RestRelativeTo,
): RestItem {
  return {
    id,
    type: 'sticky_note',
    data: { content: `<p>Sticky ${id}</p>`, shape: 'square' },
    style: { fillColor: 'light_yellow' },
    geometry: { width: 100, height: 114.6 },
    ...placedAt(x, y, parent, relativeTo),
  };
}

const centre = (box: { left: number; top: number; width: number; height: number }) => ({
  x: box.left + box.width / 2,
  y: box.top + box.height / 2,
});

describe('fromRestItems on the sample board', () => {
  const read = fromRestItems(sample.data);
  const byId = new Map(read.items.map((item) => [item.id, item]));

  it('keeps every item, in order, with no warning', () => {
    expect(read.items.map((item) => item.id)).toEqual(sample.data.map((item) => item.id));
    expect(read.warnings).toEqual([]);
  });

  it.each([
    ['frame', '3458764600000000001', { left: -1500, top: -1000, width: 3000, height: 2000 }],
    // Frame top-left (-1500, -1000) + (900, 100) is the header's centre.
    ['header', '3458764600000000010', { left: -1000, top: -960, width: 800, height: 120 }],
    ['framed sticky', '3458764600000000100', { left: -779.5, top: -704, width: 199, height: 228 }],
    // Canvas-relative: the centre is the position itself.
    ['canvas sticky', '3458764600000000105', { left: 1000.5, top: 286, width: 199, height: 228 }],
  ])('turns centre positions into board-absolute boxes: %s', (_name, id, box) => {
    expect(byId.get(id)?.box).toEqual(box);
  });

  it.each([
    ['3458764600000000001', { kind: 'frame', text: 'Journey – Onboarding', color: '#ffffffff' }],
    [
      '3458764600000000010',
      { kind: 'shape', text: 'Discover', color: '#414bb2', parentId: '3458764600000000001' },
    ],
    ['3458764600000000011', { kind: 'shape', text: 'Sign up' }],
    ['3458764600000000012', { kind: 'shape', text: 'Use & renew' }],
    ['3458764600000000020', { kind: 'text', text: 'Actions', color: 'transparent' }],
    [
      '3458764600000000100',
      { kind: 'sticky', text: 'Googles "budget app"', color: 'light_yellow', shape: 'square' },
    ],
    ['3458764600000000101', { kind: 'sticky', text: 'Reads reviews\non app store' }],
    ['3458764600000000102', { kind: 'sticky', text: "Can't find pricing", color: 'light_pink' }],
    ['3458764600000000104', { kind: 'sticky', shape: 'rectangle', color: 'light_green' }],
  ])('reads item %s', (id, expected) => {
    expect(byId.get(id)).toMatchObject(expected);
  });

  it('names no parent for canvas items', () => {
    expect(byId.get('3458764600000000106')).not.toHaveProperty('parentId');
  });
});

describe('fromRestItems rules', () => {
  it.each([
    ['sticky_note', 'sticky'],
    ['shape', 'shape'],
    ['text', 'text'],
    ['frame', 'frame'],
    ['image', 'other'],
    ['card', 'other'],
    ['app_card', 'other'],
    ['embed', 'other'],
    ['usm', 'other'],
  ])('type %s is kind %s', (type, kind) => {
    const item = RestItemsPage.parse({
      data: [{ ...sticky('1', 0, 0), type, data: { content: '<p>x</p>' } }],
    }).data;
    expect(fromRestItems(item).items[0]?.kind).toBe(kind);
  });

  it('places an item with no position at the canvas centre with no size, as kind other', () => {
    const read = fromRestItems([{ id: 'm', type: 'mindmap_node' }]);
    expect(read.items).toEqual([
      {
        id: 'm',
        kind: 'other',
        text: '',
        platformType: 'mindmap_node',
        box: { left: 0, top: 0, width: 0, height: 0 },
      },
    ]);
  });

  it('resolves nested frames recursively', () => {
    const read = fromRestItems([
      sticky('s', 100, 50, 'inner'),
      frame('inner', 500, 300, 400, 200, 'outer'),
      frame('outer', 1000, 1000, 2000, 1000),
    ]);
    const boxes = new Map(read.items.map((item) => [item.id, item.box]));
    expect(boxes.get('outer')).toEqual({ left: 0, top: 500, width: 2000, height: 1000 });
    expect(boxes.get('inner')).toEqual({ left: 300, top: 700, width: 400, height: 200 });
    expect(centre(boxes.get('s')!)).toEqual({ x: 400, y: 750 });
    expect(read.items.map((item) => item.parentId)).toEqual(['inner', 'outer', undefined]);
  });

  it('keeps a child whose parent is missing, canvas-relative, and reports it', () => {
    const read = fromRestItems([sticky('s', 10, 20, 'gone')]);
    expect(read.items).toHaveLength(1);
    expect(centre(read.items[0]!.box)).toEqual({ x: 10, y: 20 });
    expect(read.items[0]).not.toHaveProperty('parentId');
    expect(read.warnings).toEqual([
      {
        code: 'missing-parent',
        itemId: 's',
        message:
          'item s names parent gone, which is not on the board: its position is read as canvas-relative',
      },
    ]);
  });

  it('reports a canvas-relative item whose parent is missing, keeping its position', () => {
    const read = fromRestItems([sticky('s', 10, 20, 'gone', 'canvas_center')]);
    expect(centre(read.items[0]!.box)).toEqual({ x: 10, y: 20 });
    expect(read.warnings.map((warning) => warning.code)).toEqual(['missing-parent']);
  });

  it('breaks a parent loop at one item and reports it', () => {
    const read = fromRestItems([
      frame('a', 10, 10, 100, 100, 'b'),
      frame('b', 20, 20, 100, 100, 'a'),
    ]);
    expect(read.items).toHaveLength(2);
    expect(read.warnings.map((warning) => [warning.code, warning.itemId])).toEqual([
      ['parent-cycle', 'b'],
    ]);
    const boxes = new Map(read.items.map((item) => [item.id, item.box]));
    // b is read as canvas-relative; a is then relative to b's top-left.
    expect(boxes.get('b')).toEqual({ left: -30, top: -30, width: 100, height: 100 });
    expect(centre(boxes.get('a')!)).toEqual({ x: -20, y: -20 });
  });

  it('resolves 20,000 nested frames without recursion, in linear time', () => {
    const depth = 20_000;
    const items: RestItem[] = [frame('f0', 0, 0, 10, 10)];
    for (let level = 1; level < depth; level++)
      items.push(frame(`f${level}`, 1, 2, 10, 10, `f${level - 1}`));
    items.reverse();
    const started = performance.now();
    const read = fromRestItems(items);
    expect(performance.now() - started).toBeLessThan(1_000);
    // Each level adds (1, 2) to the parent's top-left, which is its centre less (5, 5).
    const deepest = read.items.find((item) => item.id === `f${depth - 1}`)!;
    expect(centre(deepest.box)).toEqual({ x: (depth - 1) * -4, y: (depth - 1) * -3 });
  });

  it('sizes rotated items by their axis-aligned bounds, keeping the centre', () => {
    const turned = (rotation: number): RestItem => ({
      ...sticky('t', 0, 0),
      type: 'text',
      data: { content: 'Pain points' },
      geometry: { width: 300, height: 50, rotation },
    });
    const upright = { left: -25, top: -150, width: 50, height: 300 };
    expect(fromRestItems([turned(90)]).items[0]?.box).toEqual(upright);
    expect(fromRestItems([turned(-270)]).items[0]?.box).toEqual(upright);
    expect(fromRestItems([turned(180)]).items[0]?.box).toEqual({
      left: -150,
      top: -25,
      width: 300,
      height: 50,
    });
    const box = fromRestItems([turned(45)]).items[0]!.box;
    expect(box.width).toBeCloseTo(350 / Math.SQRT2);
    expect(centre(box).x).toBeCloseTo(0);
    // The angle goes along, so a label turned to read sideways is known as one.
    expect(fromRestItems([turned(270)]).items[0]?.rotation).toBe(270);
    expect(fromRestItems([turned(0)]).items[0]).not.toHaveProperty('rotation');
  });

  it('lower-cases colours and names tags from the board tags', () => {
    const read = fromRestItems(
      [
        {
          ...sticky('s', 0, 0),
          style: { fillColor: ' #FFD02F ' },
          tagIds: ['t1', 't2', 't9'],
        } as RestItem,
      ],
      {
        tags: [
          { id: 't1', title: 'Pain' },
          { id: 't2', title: 'Checkout' },
        ],
      },
    );
    expect(read.items[0]).toMatchObject({ color: '#ffd02f', tags: ['pain', 'checkout'] });
    expect(read.warnings.map((warning) => [warning.code, warning.itemId])).toEqual([
      ['missing-tag', 's'],
    ]);
  });

  it('removes control characters from text, frame titles and tag titles', () => {
    const read = fromRestItems(
      [
        {
          ...sticky('s', 0, 0),
          data: { content: '<p>&#27;[31mRed&#x9b;0m</p>', shape: 'square' },
          tagIds: ['t1'],
        } as RestItem,
        { ...frame('f', 0, 0, 10, 10), data: { title: 'Stage\u001b[0m\u0007 one' } } as RestItem,
      ],
      { tags: [{ id: 't1', title: 'Pa\u009bin' }] },
    );
    expect(read.items.map((item) => item.text)).toEqual(['[31mRed\u203a0m', 'Stage[0m one']);
    expect(read.items[0]?.tags).toEqual(['pain']);
  });

  it('turns sticky HTML into text and leaves no markup', () => {
    const hostile = {
      ...sticky('h', 0, 0),
      data: { content: '<p><img src=x onerror=alert(1)>Pay<script>alert(2)</script> later</p>' },
    };
    expect(fromRestItems([hostile as RestItem]).items[0]?.text).toBe('Pay later');
  });
});

// A random forest of frames and stickies: parents always come from earlier items (no loops).
const forest = fc
  .array(
    fc.record({
      x: fc.integer({ min: -5000, max: 5000 }),
      y: fc.integer({ min: -5000, max: 5000 }),
      width: fc.integer({ min: 1, max: 3000 }),
      height: fc.integer({ min: 1, max: 3000 }),
      isFrame: fc.boolean(),
      parent: fc.nat(),
      hasParent: fc.boolean(),
    }),
    { maxLength: 60 },
  )
  .map((specs) => {
    const frames: string[] = [];
    const items = specs.map((spec, index) => {
      const id = `i${index}`;
      const parent =
        spec.hasParent && frames.length > 0 ? frames[spec.parent % frames.length] : undefined;
      if (spec.isFrame) frames.push(id);
      return spec.isFrame
        ? frame(id, spec.x, spec.y, spec.width, spec.height, parent)
        : sticky(id, spec.x, spec.y, parent);
    });
    return fc.shuffledSubarray(items, { minLength: items.length, maxLength: items.length });
  })
  .chain((shuffled) => shuffled);

describe('fromRestItems properties', () => {
  it('keeps every item, in order, and places each child at its parent top-left plus its offset', () => {
    fc.assert(
      fc.property(forest, (items) => {
        const read = fromRestItems(items);
        expect(read.items.map((item) => item.id)).toEqual(items.map((item) => item.id));
        expect(read.warnings).toEqual([]);
        const boxes = new Map(read.items.map((item) => [item.id, item.box]));
        for (const item of items) {
          const box = boxes.get(item.id)!;
          const parentBox =
            item.parent === undefined ? { left: 0, top: 0 } : boxes.get(item.parent.id)!;
          expect(centre(box).x).toBeCloseTo(parentBox.left + (item.position?.x ?? 0));
          expect(centre(box).y).toBeCloseTo(parentBox.top + (item.position?.y ?? 0));
        }
      }),
    );
  });
});
