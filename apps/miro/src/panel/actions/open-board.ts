// On open: the board's frames and colours for the pickers, and the map saved on the board, if any.
import { toPanelError } from '../panel-error';
import type { PanelServices } from '../panel-services';
import type { PanelStore } from '../panel-store';
import { stickyColours } from './convert-board';

export async function openBoard(store: PanelStore, services: PanelServices): Promise<void> {
  store.set({ status: { kind: 'loading', message: 'Opening the map saved on this board…' } });
  try {
    const boardId = await services.boardId();
    const { items } = await services.readBoard({ kind: 'board' });
    const frames = items
      .filter((item) => item.kind === 'frame')
      .map((item) => ({ id: item.id, title: item.text }));
    store.set({ boardId, frames, boardColours: stickyColours(items) });
    const saved = await services.loadMap();
    if (saved === null) {
      store.set({ status: { kind: 'idle' } });
      return;
    }
    store.set({
      map: saved,
      dirty: false,
      status: { kind: 'success', message: `Opened "${saved.title}", saved on this board.` },
    });
  } catch (cause) {
    store.set({
      status: {
        kind: 'error',
        error: toPanelError(cause, 'load-failed', 'Could not open the saved map'),
      },
    });
  }
}
