// The panel's actions over one store and one set of services.
import type { PanelActions } from '../panel-actions';
import type { PanelServices } from '../panel-services';
import type { PanelStore } from '../panel-store';
import { convertBoard } from './convert-board';
import { drawMap } from './draw-map';
import { exportFile } from './export-file';
import { reviewInModal } from './review-in-modal';
import { saveMap } from './save-map';

export function createActions(store: PanelStore, services: PanelServices): PanelActions {
  let drawing: AbortController | null = null;
  return {
    setScope: (scope) => store.set({ scope }),
    convert: () => convertBoard(store, services),
    startOver: () =>
      store.set({
        map: null,
        summary: null,
        lastMerge: null,
        selection: null,
        dirty: false,
        drawing: null,
        status: {
          kind: 'success',
          message: 'Started over. The map saved on the board stays until you save again.',
        },
      }),
    edit(change) {
      const map = store.get().map;
      if (map === null) return;
      const next = change(map);
      if (next !== map) store.set({ map: next, dirty: true });
    },
    select: (selection) => store.set({ selection }),
    setLegend: (legend) => store.set({ legend }),
    save: () => saveMap(store, services),
    exportAs: (format) => exportFile(store, services, format),
    reviewInLargerView: () => reviewInModal(store, services),
    async draw() {
      if (drawing) return;
      const controller = new AbortController();
      drawing = controller;
      try {
        await drawMap(store, services, controller.signal);
      } finally {
        drawing = null;
      }
    },
    cancelDraw: () => drawing?.abort(),
  };
}
