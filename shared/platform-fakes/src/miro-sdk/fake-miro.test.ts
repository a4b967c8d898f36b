import type { Frame, Miro, Shape, StickyNote, Tag, Text } from '@mirohq/websdk-types';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { createFakeMiro } from './fake-miro';
import { InMemoryBoard } from './in-memory-board';
import type {
  FakeFrame,
  FakeShape,
  FakeStickyNote,
  FakeTag,
  FakeText,
  ItemData,
} from './sdk-shapes';

function setup(options: ConstructorParameters<typeof InMemoryBoard>[0] = {}) {
  const board = new InMemoryBoard(options);
  return { board, miro: createFakeMiro(board) };
}

type Board = Miro['board'];

describe('types of the fake against @mirohq/websdk-types', () => {
  it('takes the SDK create props and returns items with the SDK data fields', () => {
    type Fake = ReturnType<typeof createFakeMiro>['board'];
    expectTypeOf<Parameters<Fake['createStickyNote']>>().toEqualTypeOf<
      Parameters<Board['createStickyNote']>
    >();
    expectTypeOf<Parameters<Fake['createShape']>>().toEqualTypeOf<
      Parameters<Board['createShape']>
    >();
    expectTypeOf<Parameters<Fake['createText']>>().toEqualTypeOf<Parameters<Board['createText']>>();
    expectTypeOf<Parameters<Fake['createFrame']>>().toEqualTypeOf<
      Parameters<Board['createFrame']>
    >();
    expectTypeOf<Parameters<Fake['setAppData']>>().toEqualTypeOf<Parameters<Board['setAppData']>>();
    expectTypeOf<FakeStickyNote>().toExtend<ItemData<StickyNote>>();
    expectTypeOf<FakeShape>().toExtend<ItemData<Shape>>();
    expectTypeOf<FakeText>().toExtend<ItemData<Text>>();
    expectTypeOf<FakeFrame>().toExtend<ItemData<Frame>>();
    expectTypeOf<FakeTag>().toExtend<ItemData<Tag>>();
    expectTypeOf<Parameters<FakeStickyNote['setMetadata']>>().toEqualTypeOf<
      Parameters<StickyNote['setMetadata']>
    >();
  });
});

describe('board.get', () => {
  it('returns every item in one call, and filters by type and by id', async () => {
    const { board, miro } = setup({
      items: [
        { id: 's1', type: 'sticky_note', x: 0, y: 0, content: '<p>a</p>' },
        { id: 'h1', type: 'shape', x: 300, y: 0, content: 'Stage' },
        { id: 't1', type: 'text', x: 600, y: 0, content: 'note' },
        { id: 'c1', type: 'card', x: 900, y: 0 },
      ],
    });
    const all = await miro.board.get();
    expect(all.map((item) => item.id)).toEqual(['s1', 'h1', 't1', 'c1']);
    expect(board.log.count('board.get')).toBe(1);

    const stickies = await miro.board.get({ type: 'sticky_note' });
    expect(stickies.map((item) => item.id)).toEqual(['s1']);
    const some = await miro.board.get({ type: ['shape', 'text'] });
    expect(some.map((item) => item.id)).toEqual(['h1', 't1']);
    const byId = await miro.board.get({ id: ['t1', 'c1'] });
    expect(byId.map((item) => item.type)).toEqual(['text', 'card']);
  });

  it('returns tags when asked by type, and filters items by tag title', async () => {
    const { miro } = setup({
      tags: [{ id: 'g1', title: 'pain' }],
      items: [
        { id: 's1', type: 'sticky_note', tagIds: ['g1'] },
        { id: 's2', type: 'sticky_note' },
      ],
    });
    const tags = await miro.board.get({ type: 'tag' });
    expect(tags).toMatchObject([{ type: 'tag', id: 'g1', title: 'pain' }]);
    const tagged = await miro.board.get({ tags: 'pain' });
    expect(tagged.map((item) => item.id)).toEqual(['s1']);
  });

  it('hands out copies: changing one does nothing until sync()', async () => {
    const { board, miro } = setup({ items: [{ id: 's1', type: 'sticky_note', content: 'old' }] });
    const sticky = await miro.board.getById('s1');
    if (!('content' in sticky)) throw new Error('expected an item with content');
    sticky.content = 'new';
    sticky.id = 'forged';
    expect(board.item('s1').data).toMatchObject({ content: 'old' });
    await sticky.sync();
    expect(board.item('s1').data).toMatchObject({ id: 's1', content: 'new' });
    expect(board.items.has('forged')).toBe(false);
  });
});

describe('create calls', () => {
  it('creates SDK-shaped items with Miro defaults', async () => {
    const { miro } = setup();
    const sticky = await miro.board.createStickyNote({
      content: '<p>Hi</p>',
      x: 10,
      y: 20,
      width: 200,
      style: { fillColor: 'light_pink' },
    });
    expect(sticky).toMatchObject({
      type: 'sticky_note',
      content: '<p>Hi</p>',
      x: 10,
      y: 20,
      width: 200,
      shape: 'square',
      parentId: null,
      relativeTo: 'canvas_center',
      origin: 'center',
      tagIds: [],
      style: { fillColor: 'light_pink', textAlign: 'center', textAlignVertical: 'middle' },
    });
    // A square sticky reports a height of ~1.146 × its width.
    expect(sticky.height).toBeCloseTo(229.15, 1);
    expect(sticky.id).toMatch(/^\d{19}$/);

    const shape = await miro.board.createShape({ content: 'Stage', width: 300, height: 120 });
    expect(shape).toMatchObject({ type: 'shape', shape: 'rectangle', width: 300, height: 120 });
    const frame = await miro.board.createFrame({ title: 'Journey', width: 1000, height: 800 });
    expect(frame).toMatchObject({ type: 'frame', title: 'Journey', childrenIds: [] });
    const text = await miro.board.createText({ content: 'hello' });
    expect(text).toMatchObject({ type: 'text', content: 'hello' });
  });

  it('refuses a sticky note given both a width and a height, as Miro does', async () => {
    const { board, miro } = setup();
    await expect(miro.board.createStickyNote({ width: 200, height: 200 })).rejects.toThrow(
      /width or a height/,
    );
    expect(board.items.size).toBe(0);
    expect(board.log.calls[0]?.rejected).toMatch(/width or a height/);
  });
});

describe('frames', () => {
  it('keeps children relative to the frame top-left and their board place unchanged', async () => {
    const { board, miro } = setup();
    const frame = await miro.board.createFrame({ x: 500, y: 400, width: 1000, height: 800 });
    const sticky = await miro.board.createStickyNote({ x: 100, y: 150, width: 100 });
    const before = board.boardBox(sticky.id);
    const added = await frame.add(sticky);
    expect(added).toBe(sticky);
    expect(sticky).toMatchObject({
      parentId: frame.id,
      relativeTo: 'parent_top_left',
      x: 100,
      y: 150,
    });
    expect(board.boardBox(sticky.id)).toEqual(before);
    expect(frame.childrenIds).toEqual([sticky.id]);

    const [stored] = await miro.board.get({ id: sticky.id });
    expect(stored).toMatchObject({ parentId: frame.id, x: 100, y: 150 });
    const children = await frame.getChildren();
    expect(children.map((child) => child.id)).toEqual([sticky.id]);

    await frame.remove(sticky);
    expect(sticky).toMatchObject({ parentId: null, x: 100, y: 150 });
    expect(board.frame(frame.id).childrenIds).toEqual([]);
  });

  it('places items in nested frames through every parent', () => {
    const board = new InMemoryBoard({
      items: [
        { id: 'outer', type: 'frame', x: 0, y: 0, width: 2000, height: 1000 },
        { id: 'inner', type: 'frame', x: 500, y: 250, width: 400, height: 300, parentId: 'outer' },
        { id: 's', type: 'sticky_note', x: 100, y: 100, width: 50, height: 50, parentId: 'inner' },
      ],
    });
    // outer's top-left is (-1000,-500); inner's is (-1000+300, -500+100); the sticky's centre is 100 in.
    expect(board.boardBox('s')).toEqual({ left: -625, top: -325, width: 50, height: 50 });
    expect(board.frame('outer').childrenIds).toEqual(['inner']);
  });
});

describe('metadata and app data', () => {
  it('stores metadata per item and refuses more than 256 bytes, keeping what was there', async () => {
    const { board, miro } = setup();
    const sticky = await miro.board.createStickyNote({});
    await sticky.setMetadata('throughline', { m: 'map-1', i: 'item-1' });
    expect(await sticky.getMetadata('throughline')).toEqual({ m: 'map-1', i: 'item-1' });
    await expect(sticky.setMetadata('big', 'x'.repeat(240))).rejects.toThrow(/256 bytes/);
    expect(await sticky.getMetadata()).toEqual({ throughline: { m: 'map-1', i: 'item-1' } });
    expect(board.log.calls.at(-2)?.rejected).toMatch(/256 bytes/);
    expect(await miro.board.getMetadata(sticky, 'throughline')).toEqual({
      m: 'map-1',
      i: 'item-1',
    });
  });

  it('keeps board app data within 512 bytes', async () => {
    const { board, miro } = setup();
    await miro.board.setAppData('currentMap', 'journey-1');
    expect(await miro.board.getAppData('currentMap')).toBe('journey-1');
    await expect(miro.board.setAppData('blob', 'x'.repeat(500))).rejects.toThrow(/512 bytes/);
    expect(board.appData).toEqual({ currentMap: 'journey-1' });
    expect(await miro.board.getAppData()).toEqual({ currentMap: 'journey-1' });
  });
});

describe('board storage', () => {
  it('sets, gets and removes JSON values by key, as copies', async () => {
    const { miro } = setup();
    const maps = miro.board.storage.collection('maps');
    const value = { title: 'Onboarding', stages: ['a', 'b'] };
    await maps.set('m1', value);
    value.title = 'changed';
    expect(await maps.get('m1')).toEqual({ title: 'Onboarding', stages: ['a', 'b'] });
    expect(await miro.board.storage.collection('other').get('m1')).toBeUndefined();
    await maps.remove('m1');
    expect(await maps.get('m1')).toBeUndefined();
  });

  it('refuses a value over 64 KB and tells watchers of changes', async () => {
    const { miro } = setup();
    const maps = miro.board.storage.collection('maps');
    await expect(maps.set('big', 'x'.repeat(64 * 1024))).rejects.toThrow(/65536 bytes/);
    expect(await maps.get('big')).toBeUndefined();
    const seen: unknown[] = [];
    await maps.onValue('m1', (value) => seen.push(value));
    await maps.set('m1', 1);
    await maps.remove('m1');
    expect(seen).toEqual([1, undefined]);
  });
});

describe('simulated rate limit', () => {
  it('rejects creates past the limit within the window and accepts them again after it', async () => {
    let now = 0;
    const { board, miro } = setup({ now: () => now, rateLimit: { calls: 2, windowMs: 1000 } });
    await miro.board.createStickyNote({});
    await miro.board.createShape({});
    await expect(miro.board.createStickyNote({})).rejects.toThrow(/Rate limit exceeded/);
    expect(board.items.size).toBe(2);
    expect(board.log.count((call) => call.rejected !== undefined)).toBe(1);
    now = 999;
    await expect(miro.board.createFrame({})).rejects.toThrow(/Rate limit/);
    now = 1000;
    await miro.board.createFrame({});
    expect(board.items.size).toBe(3);
    // Reads are not creates.
    await miro.board.get();
    expect(board.log.count('board.get')).toBe(1);
  });
});

describe('selection, UI, notifications and viewport', () => {
  it('selects, reports the selection and deselects', async () => {
    const { board, miro } = setup({
      items: [
        { id: 'a', type: 'sticky_note' },
        { id: 'b', type: 'shape' },
      ],
    });
    board.selection = ['b'];
    expect((await miro.board.getSelection()).map((item) => item.id)).toEqual(['b']);
    await miro.board.select({ type: 'sticky_note' });
    expect(board.selection).toEqual(['a']);
    await miro.board.deselect();
    expect(await miro.board.getSelection()).toEqual([]);
  });

  it('opens panels, delivers UI events, shows notifications and zooms', async () => {
    const { board, miro } = setup({ items: [{ id: 'a', type: 'frame' }] });
    let clicks = 0;
    await miro.board.ui.on('icon:click', () => {
      clicks += 1;
    });
    board.emit('icon:click');
    expect(clicks).toBe(1);
    await miro.board.ui.openPanel({ url: 'panel.html' });
    expect(board.panels).toEqual([{ url: 'panel.html' }]);
    await miro.board.notifications.showInfo('Saved');
    await miro.board.notifications.showError('Failed');
    expect(board.notifications).toEqual([
      { type: 'info', message: 'Saved' },
      { type: 'error', message: 'Failed' },
    ]);
    await miro.board.viewport.zoomTo(await miro.board.get({ id: 'a' }));
    expect(board.zoomedTo).toEqual([['a']]);
    expect(board.log.tally()).toMatchObject({
      'ui.on': 1,
      'ui.openPanel': 1,
      'viewport.zoomTo': 1,
    });
  });

  it('finds empty space clear of every item, nearest to the right of the point asked', async () => {
    const { miro } = setup({
      items: [{ id: 'f', type: 'frame', x: 0, y: 0, width: 1000, height: 1000 }],
    });
    const clear = await miro.board.findEmptySpace({ x: 5000, y: 0, width: 100, height: 100 });
    expect(clear).toEqual({ x: 5000, y: 0, width: 100, height: 100 });
    const moved = await miro.board.findEmptySpace({
      x: 0,
      y: 0,
      width: 200,
      height: 100,
      offset: 50,
    });
    // The frame ends at x = 500: the area starts 50 past it.
    expect(moved).toEqual({ x: 650, y: 0, width: 200, height: 100 });
  });

  it('removes items, taking a frame’s children out first', async () => {
    const { board, miro } = setup({
      items: [
        { id: 'f', type: 'frame', x: 0, y: 0, width: 100, height: 100 },
        { id: 's', type: 'sticky_note', x: 10, y: 10, parentId: 'f' },
      ],
    });
    await miro.board.remove({ id: 'f' });
    expect([...board.items.keys()]).toEqual(['s']);
    expect(board.item('s').data).toMatchObject({ parentId: null, x: -40, y: -40 });
  });
});

describe('modals', () => {
  it('types openModal, getModalData and closeModal as the SDK does', () => {
    type Ui = ReturnType<typeof createFakeMiro>['board']['ui'];
    expectTypeOf<Ui['openModal']>().toExtend<Board['ui']['openModal']>();
    expectTypeOf<Ui['getModalData']>().toExtend<Board['ui']['getModalData']>();
    expectTypeOf<Ui['closeModal']>().toExtend<Board['ui']['closeModal']>();
    expectTypeOf<Ui['canOpenModal']>().toExtend<Board['ui']['canOpenModal']>();
  });

  it('records the modal, hands it its data, and resolves waitForClose with its result', async () => {
    const { board, miro } = setup();
    const shown: (string | null)[] = [];
    board.onModalChange = (modal) => shown.push(modal?.url ?? null);
    const modal = await miro.board.ui.openModal<{ n: number }, { done: boolean }>({
      url: 'review.html',
      width: 1200,
      height: 800,
      data: { n: 1 },
    });
    expect(board.modals).toEqual([
      { url: 'review.html', width: 1200, height: 800, data: { n: 1 } },
    ]);
    expect(await miro.board.ui.canOpenModal()).toBe(false);
    expect(await miro.board.ui.getModalData<{ n: number }>()).toEqual({ n: 1 });
    await expect(miro.board.ui.openModal({ url: 'other.html' })).rejects.toThrow(/already open/);

    await miro.board.ui.closeModal({ done: true });
    expect(await modal.waitForClose()).toEqual({ done: true });
    expect(board.modal).toBeNull();
    expect(await miro.board.ui.canOpenModal()).toBe(true);
    expect(shown).toEqual(['review.html', null]);
    expect(board.log.calls.find((call) => call.name === 'ui.openModal')?.args).toBe(
      '{"url":"review.html","width":1200,"height":800,"data":"{n}"}',
    );
  });

  it('resolves with no result when the person closes the modal', async () => {
    const { board, miro } = setup();
    const modal = await miro.board.ui.openModal({ url: 'review.html' });
    board.closeModal();
    expect(await modal.waitForClose()).toBeUndefined();
  });
});
