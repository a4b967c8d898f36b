import { moveItem, renameStage, scorePainPoint } from '@throughline/journey-core';
import type { BoardSeed } from '@throughline/platform-fakes';
import { InMemoryBoard, installFakeMiro, seedFromBoard } from '@throughline/platform-fakes';
import { describe, expect, it } from 'vitest';
import type { PanelActions } from '../panel-actions';
import type { PanelServices } from '../panel-services';
import { createStore, type PanelStore } from '../panel-store';
import { sdkServices } from '../sdk-services';
import { createActions } from './create-actions';
import { openBoard } from './open-board';

const FRAME = 'frame-1';

function sticky(id: string, left: number, top: number, text: string, color = 'yellow'): BoardSeed {
  return {
    id,
    kind: 'sticky',
    parentId: FRAME,
    content: `<p>${text}</p>`,
    color,
    box: { left, top, width: 199, height: 228 },
  };
}

function stageHeader(id: string, left: number, text: string): BoardSeed {
  const box = { left, top: 40, width: 300, height: 100 };
  return { id, kind: 'shape', parentId: FRAME, content: text, box };
}

function laneLabel(id: string, top: number, text: string): BoardSeed {
  const box = { left: 40, top, width: 200, height: 260 };
  return { id, kind: 'text', parentId: FRAME, content: text, box };
}

/** Two stages (shapes across the top), two lanes (texts down the left), three stickies. */
function workshop(): BoardSeed[] {
  return [
    {
      id: FRAME,
      kind: 'frame',
      content: 'Returns',
      box: { left: 0, top: 0, width: 1000, height: 900 },
    },
    stageHeader('h-1', 260, 'Ask'),
    stageHeader('h-2', 580, 'Ship'),
    laneLabel('l-1', 160, 'Actions'),
    laneLabel('l-2', 440, 'Pain points'),
    sticky('s-1', 310, 176, 'Opens the form'),
    sticky('s-2', 630, 176, 'Prints a label'),
    sticky('s-3', 310, 456, 'No printer', 'pink'),
  ];
}

interface Harness {
  board: InMemoryBoard;
  store: PanelStore;
  services: PanelServices;
  actions: PanelActions;
  downloads: { fileName: string; text: string; mimeType: string }[];
}

function harness(seeds: readonly BoardSeed[] = workshop()): Harness {
  const board = new InMemoryBoard({ boardId: 'board-1', ...seedFromBoard(seeds) });
  const { miro } = installFakeMiro({}, board);
  const downloads: Harness['downloads'] = [];
  const services: PanelServices = {
    ...sdkServices(miro.board),
    download: (fileName, text, mimeType) => downloads.push({ fileName, text, mimeType }),
  };
  const store = createStore();
  store.set({ scope: { kind: 'frame', frameId: FRAME } });
  return { board, store, services, actions: createActions(store, services), downloads };
}

describe('convert', () => {
  it('infers the grid of a frame', async () => {
    const { store, actions } = harness();
    await actions.convert();
    const { map, status, summary, dirty } = store.get();
    expect(status).toEqual({
      kind: 'success',
      message: 'Converted 3 stickies: 3 placed, 0 unsure, 0 unplaced.',
    });
    expect(summary).toMatchObject({ stickies: 3, placed: 3, unsure: 0, unplaced: 0 });
    expect(map?.title).toBe('Returns');
    expect(map?.stages.map((stage) => stage.name)).toEqual(['Ask', 'Ship']);
    expect(map?.lanes.map((lane) => lane.kind)).toEqual(['actions', 'pain-points']);
    expect(dirty).toBe(true);
    expect(store.get().boardColours).toEqual(['yellow', 'pink']);
  });

  it('asks for a selection when nothing is selected', async () => {
    const { store, actions, board } = harness();
    store.set({ scope: { kind: 'selection' } });
    await actions.convert();
    expect(store.get().status.kind).toBe('empty');
    expect(board.log.count('board.get')).toBe(0);
    expect(store.get().map).toBeNull();
  });

  it('says so when the scope holds no stickies', async () => {
    const { store, actions, board } = harness();
    board.selection = ['h-1', 'l-1'];
    store.set({ scope: { kind: 'selection' } });
    await actions.convert();
    expect(store.get().status).toMatchObject({
      kind: 'empty',
      message: /No stickies found in the selection/,
    });
  });

  it('reports a frame that is gone as a read error', async () => {
    const { store, actions } = harness();
    store.set({ scope: { kind: 'frame', frameId: 'deleted' } });
    await actions.convert();
    const { status } = store.get();
    expect(status.kind === 'error' && status.error.code).toBe('read-failed');
  });

  it('re-converts into the open map, keeping ids and hand edits', async () => {
    const { store, actions, board } = harness();
    await actions.convert();
    const first = store.get().map;
    const ids = first?.items.map((item) => item.id);
    const ship = first?.stages[1]?.id ?? '';
    const pains = first?.lanes[1]?.id ?? '';
    actions.edit((map) => moveItem(renameStage(map, ship, 'Send back'), 'item-s-1', ship, pains));
    board.log.clear();

    await actions.convert();
    const { map, lastMerge, status } = store.get();
    expect(map?.items.map((item) => item.id)).toEqual(ids);
    expect(map?.stages[1]).toMatchObject({ id: ship, name: 'Send back' });
    expect(map?.items.find((item) => item.id === 'item-s-1')).toMatchObject({
      stageId: ship,
      laneId: pains,
    });
    expect(lastMerge?.items.added).toEqual([]);
    expect(status).toMatchObject({ kind: 'success', message: /nothing changed/ });
    expect(board.log.count('board.get')).toBe(1);
  });
});

describe('save and open', () => {
  it('stores the map, links its stickies and opens it again', async () => {
    const { store, actions, board, services } = harness();
    await actions.convert();
    await actions.save();
    expect(store.get()).toMatchObject({ dirty: false, status: { kind: 'success' } });
    expect(board.appData).toEqual({ currentMapId: 'miro-board-1' });
    expect(board.items.get('s-2')?.metadata).not.toEqual({});

    const reopened = createStore();
    await openBoard(reopened, services);
    expect(reopened.get().map).toEqual(store.get().map);
    expect(reopened.get().frames).toEqual([{ id: FRAME, title: 'Returns' }]);
    expect(reopened.get().status).toMatchObject({
      kind: 'success',
      message: 'Opened "Returns", saved on this board.',
    });
  });

  it('writes nothing for a map that does not validate', async () => {
    const { store, actions, board } = harness();
    await actions.convert();
    actions.edit((map) => ({
      ...map,
      items: map.items.map((item) => ({ ...item, laneId: 'lane-gone' })),
    }));
    await actions.save();
    const { status } = store.get();
    expect(status.kind === 'error' && status.error.code).toBe('invalid-map');
    expect(status.kind === 'error' && status.error.message).toMatch(/lane-gone/);
    expect(board.log.count('collection.set')).toBe(0);
  });

  it('opens an empty panel on a board with nothing saved', async () => {
    const { services } = harness();
    const store = createStore();
    await openBoard(store, services);
    expect(store.get()).toMatchObject({ map: null, status: { kind: 'idle' } });
  });
});

describe('export', () => {
  it('offers the map as a JSON file that parses back to the map', async () => {
    const { store, actions, downloads } = harness();
    await actions.convert();
    actions.exportAs('json');
    expect(downloads).toHaveLength(1);
    expect(downloads[0]).toMatchObject({
      fileName: 'returns.json',
      mimeType: 'application/json;charset=utf-8',
    });
    expect(JSON.parse(downloads[0]?.text ?? '')).toEqual(store.get().map);
  });
});

describe('export as SVG', () => {
  it('offers an SVG file of the map, typed as SVG', async () => {
    const { store, actions, downloads } = harness();
    await actions.convert();
    actions.exportAs('svg');
    expect(store.get().status).toEqual({
      kind: 'success',
      message: 'Exported returns.svg (SVG).',
    });
    expect(downloads[0]).toMatchObject({
      fileName: 'returns.svg',
      mimeType: 'image/svg+xml;charset=utf-8',
    });
    expect(downloads[0]?.text).toMatch(/<svg[\s>]/);
  });
});

describe('scores', () => {
  it('saves a score made through the core edit with the map', async () => {
    const { store, actions, board } = harness();
    await actions.convert();
    const pain = store.get().map?.painPoints[0];
    expect(pain).toMatchObject({ title: 'No printer' });
    expect(pain?.severity).toBeUndefined();
    actions.edit((map) => scorePainPoint(map, pain?.id ?? '', { severity: 5, reach: 0.25 }));
    expect(store.get().dirty).toBe(true);
    await actions.save();
    const reopened = createStore();
    await openBoard(reopened, sdkServices(installFakeMiro({}, board).miro.board));
    expect(reopened.get().map?.painPoints[0]).toMatchObject({ severity: 5, reach: 0.25 });
  });
});

describe('review in a larger view', () => {
  it('opens review.html in a modal with the map, and keeps the map it closes with', async () => {
    const { store, actions, board } = harness();
    await actions.convert();
    const opened = store.get().map;
    const reviewing = actions.reviewInLargerView();
    await expect.poll(() => board.modal?.url).toBe('review.html');
    expect(board.modals[0]).toMatchObject({ width: 1200, height: 800, data: { map: opened } });
    expect(store.get().status).toMatchObject({ message: /larger view is open/ });

    const ship = opened?.stages[1]?.id ?? '';
    const renamed = opened && renameStage(opened, ship, 'Send back');
    board.closeModal({ map: renamed, dirty: true });
    await reviewing;
    expect(store.get().map?.stages[1]?.name).toBe('Send back');
    expect(store.get()).toMatchObject({
      dirty: true,
      status: { kind: 'success', message: 'Back from the larger view: your edits are kept.' },
    });
  });

  it('keeps the open map when the modal closes without a map, or with one that is not valid', async () => {
    const { store, actions, board } = harness();
    await actions.convert();
    await actions.save();
    const opened = store.get().map;
    for (const result of [undefined, { map: { title: 'not a map' } }]) {
      const reviewing = actions.reviewInLargerView();
      await expect.poll(() => board.modal).not.toBeNull();
      board.closeModal(result);
      await reviewing;
      expect(store.get().map).toBe(opened);
      expect(store.get()).toMatchObject({ dirty: false, status: { message: /no changes/ } });
    }
  });

  it('takes the draft the modal kept when it is closed by its own button', async () => {
    const { store, actions, board, services } = harness();
    await actions.convert();
    const opened = store.get().map;
    const reviewing = actions.reviewInLargerView();
    await expect.poll(() => board.modal).not.toBeNull();
    const data = board.modal?.data;
    const session =
      typeof data === 'object' && data !== null && 'session' in data ? String(data.session) : '';
    expect(session).not.toBe('');
    if (opened)
      await services.keepReviewDraft(
        session,
        renameStage(opened, opened.stages[0]?.id ?? '', 'Asked'),
      );
    board.closeModal();
    await reviewing;
    expect(store.get().map?.stages[0]?.name).toBe('Asked');
    expect(store.get().status).toMatchObject({ message: /your edits are kept/ });
    expect(board.storage.get('throughline-review-drafts')?.size).toBe(0);
  });

  it('says so when another modal is open', async () => {
    const { store, actions, board } = harness();
    await actions.convert();
    void board.openModal({ url: 'other.html' });
    await actions.reviewInLargerView();
    const { status } = store.get();
    expect(status.kind === 'error' && status.error.code).toBe('review-failed');
    expect(board.modals).toHaveLength(1);
  });
});

describe('draw', () => {
  it('draws every part, progress reaching the total', async () => {
    const { store, actions, board } = harness();
    await actions.convert();
    const seen: number[] = [];
    store.subscribe((state) => {
      if (state.drawing) seen.push(state.drawing.done);
    });
    await actions.draw();
    // One frame, two stage headers, two lane labels, three stickies.
    expect(store.get().drawing).toEqual({ done: 8, total: 8, running: false });
    expect(store.get().status).toMatchObject({
      kind: 'success',
      message: 'Drew "Returns": 8 items.',
    });
    expect(seen.at(-1)).toBe(8);
    expect(board.log.count('board.createFrame')).toBe(1);
    expect(board.log.count('board.createStickyNote')).toBe(3);
  });

  it('stops when cancelled and says how far it got', async () => {
    const { store, actions, board } = harness();
    await actions.convert();
    store.subscribe((state) => {
      if (state.drawing?.running && state.drawing.done >= 1) actions.cancelDraw();
    });
    await actions.draw();
    const { status, drawing } = store.get();
    expect(status.kind === 'error' && status.error.code).toBe('draw-cancelled');
    expect(drawing?.running).toBe(false);
    expect(board.log.count('board.createStickyNote')).toBeLessThan(3);
  });
});
