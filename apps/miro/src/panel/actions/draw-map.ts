// Draw: lay the map out as a clean grid in free space on the board and create it, with progress.
import { layoutMapOnBoard } from '@throughline/journey-core';
import { PanelError, toPanelError } from '../panel-error';
import type { PanelServices } from '../panel-services';
import type { PanelStore } from '../panel-store';
import { requireMap } from './convert-board';
import { checkedMap } from './save-map';

export async function drawMap(
  store: PanelStore,
  services: PanelServices,
  signal: AbortSignal,
): Promise<void> {
  let total = 0;
  try {
    const map = checkedMap(requireMap(store));
    const size = layoutMapOnBoard(map).frame.box;
    const origin = await services.freeSpot({ width: size.width, height: size.height });
    const plan = layoutMapOnBoard(map, { origin });
    total = plan.total;
    store.set({
      drawing: { done: 0, total, running: true },
      status: { kind: 'loading', message: `Drawing ${total} items on the board…` },
    });
    const result = await services.drawPlan(plan, {
      mapId: map.id,
      signal,
      onProgress: (done, of) => store.set({ drawing: { done, total: of, running: true } }),
    });
    if (result.status === 'aborted') {
      throw new PanelError(
        'draw-cancelled',
        `Drawing cancelled. ${result.message} What was drawn stays on the board.`,
      );
    }
    if (result.status === 'failed') throw new PanelError('draw-failed', result.message);
    if (result.frameId !== null) {
      // Showing the drawing is a courtesy: the map is on the board whether or not the view moves.
      await services.showItem(result.frameId).catch(() => undefined);
    }
    const skipped = plan.skipped.length;
    store.set({
      drawing: { done: total, total, running: false },
      status: {
        kind: 'success',
        message:
          skipped === 0
            ? `Drew "${map.title}": ${total} items.`
            : `Drew "${map.title}": ${total} items; ${skipped} cards without a stage or lane were left out.`,
      },
    });
  } catch (cause) {
    const done = store.get().drawing?.done ?? 0;
    const error =
      cause instanceof PanelError
        ? cause
        : toPanelError(cause, 'draw-failed', `Drawing stopped after ${done} of ${total} items`);
    store.set({ drawing: { done, total, running: false }, status: { kind: 'error', error } });
  }
}
