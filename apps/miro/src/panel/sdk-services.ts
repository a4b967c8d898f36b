// The panel's services over the real (or fake) `miro` global: the board readers, map storage,
// the drawing writer, and the browser's download.
import type { Miro } from '@mirohq/websdk-types';
import type { BoardItem } from '@throughline/journey-core';
import { loadMap, saveMap } from '../board/map-storage';
import { readBoard } from '../board/read-board-sdk';
import { describeReport, drawPlan } from '../draw/draw-plan';
import { el } from './element-builder';
import type { PanelServices, Point } from './panel-services';
import {
  draftValue,
  REVIEW_DRAFTS,
  REVIEW_MODAL_SIZE,
  REVIEW_PAGE,
  type ReviewData,
} from './review-channel';

type Board = Miro['board'];

/** Object URLs are revoked after the browser has had time to start the download. */
const REVOKE_AFTER_MS = 60_000;

function download(fileName: string, text: string, mimeType: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: mimeType }));
  const link = el('a', { attrs: { download: fileName }, className: 'download-link' });
  // An object URL of our own export, never board content: the builder refuses `href` on purpose.
  link.href = url;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}

/** Space left between the board's content and a drawing. */
const GAP = 400;

/** The top-left corner of a spot right of every item, level with the topmost one. */
export function rightOf(items: readonly BoardItem[]): Point {
  if (items.length === 0) return { x: 0, y: 0 };
  // A loop, not Math.max(...spread): a large board would exceed the engine's argument limit.
  let right = Number.NEGATIVE_INFINITY;
  let top = Number.POSITIVE_INFINITY;
  for (const { box } of items) {
    right = Math.max(right, box.left + box.width);
    top = Math.min(top, box.top);
  }
  return { x: right + GAP, y: top };
}

export function sdkServices(board: Board): PanelServices {
  return {
    boardId: async () => (await board.getInfo()).id,
    selectionIds: async () => (await board.getSelection()).map((item) => item.id),
    async readBoard(scope) {
      const read = await readBoard(board, scope);
      return {
        items: read.items,
        ...(read.title !== undefined && { title: read.title }),
        warnings: read.warnings.map((warning) => warning.message),
      };
    },
    loadMap: () => loadMap(board),
    async saveMap(map) {
      // The stickies the map came from get a link to their map item in their metadata.
      const boardId = (await board.getInfo()).id;
      const ids = map.items.flatMap((item) =>
        item.source?.provider === 'miro' && item.source.boardId === boardId
          ? [item.source.itemId]
          : [],
      );
      const found = ids.length === 0 ? [] : await board.get({ id: ids });
      // Tags come back from `get` too; only board items carry metadata.
      const items = found.filter((item) => 'setMetadata' in item);
      await saveMap(board, map, { items });
    },
    async freeSpot(size) {
      try {
        const view = await board.viewport.get();
        const spot = await board.findEmptySpace({
          x: view.x + view.width / 2,
          y: view.y + view.height / 2,
          width: size.width,
          height: size.height,
          offset: GAP,
        });
        // findEmptySpace answers with the area's centre; the layout wants its top-left corner.
        return { x: spot.x - size.width / 2, y: spot.y - size.height / 2 };
      } catch {
        // Older SDK clients lack findEmptySpace: draw to the right of everything on the board.
        const { items } = await readBoard(board, { kind: 'board' });
        return rightOf(items);
      }
    },
    async drawPlan(plan, { mapId, onProgress, signal }) {
      const report = await drawPlan(board, plan, {
        mapId,
        signal,
        onProgress: ({ done, total }) => onProgress(done, total),
      });
      return { status: report.status, frameId: report.frameId, message: describeReport(report) };
    },
    async showItem(itemId) {
      const item = await board.getById(itemId);
      await board.viewport.zoomTo(item);
    },
    download,
    canOpenReview: () => board.ui.canOpenModal(),
    async openReview(data) {
      const modal = await board.ui.openModal<ReviewData, unknown>({
        url: REVIEW_PAGE,
        ...REVIEW_MODAL_SIZE,
        data,
      });
      return modal.waitForClose();
    },
    async keepReviewDraft(session, map) {
      const value = draftValue(map);
      if (value === null) return;
      await board.storage.collection(REVIEW_DRAFTS).set(session, value);
    },
    async takeReviewDraft(session) {
      const drafts = board.storage.collection(REVIEW_DRAFTS);
      const value = await drafts.get(session);
      if (value !== undefined) await drafts.remove(session);
      return value;
    },
  };
}
