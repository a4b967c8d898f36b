// The larger view's entry point (review.html, opened by the panel in a Miro modal): the map comes
// in as the modal's data, is edited here over a store of its own, and goes back as its result.
import './review.css';
import type { JourneyMap } from '@throughline/journey-core';
import { createActions } from './actions/create-actions';
import { el } from './element-builder';
import { mountReview } from './mount-review';
import { createStore, initialState, type PanelStore } from './panel-store';
import { type ReviewData, readReviewData } from './review-channel';
import { sdkServices } from './sdk-services';

function reviewRoot(): HTMLElement {
  const existing = document.getElementById('review');
  if (existing) return existing;
  const created = el('main', { className: 'review', attrs: { id: 'review' } });
  document.body.append(created);
  return created;
}

function fail(root: HTMLElement, message: string, code: string): void {
  root.replaceChildren(
    el('p', { className: 'status status--error', attrs: { role: 'alert' }, text: message }),
  );
  root.dataset.ready = code;
}

/**
 * Keeps the latest map as the session's draft after every edit, one write at a time: Miro's own
 * close button gives the panel no result, and the draft is what it takes back then.
 */
function keepDrafts(store: PanelStore, keep: (map: JourneyMap) => Promise<void>): void {
  let kept = store.get().map;
  let writing: Promise<void> = Promise.resolve();
  store.subscribe(({ map }) => {
    if (map === null || map === kept) return;
    kept = map;
    // A failed write loses only the draft: "Back to the panel" still returns the map.
    writing = writing.then(() => keep(map)).catch(() => undefined);
  });
}

async function start(): Promise<void> {
  const root = reviewRoot();
  if (typeof miro === 'undefined') {
    fail(root, 'This page opens from the Throughline panel inside Miro.', 'board-unavailable');
    return;
  }
  const ui = miro.board.ui;
  const data = readReviewData(await ui.getModalData<unknown>());
  if (data === null) {
    fail(
      root,
      'The larger view got no journey map from the panel: close it and open it again.',
      'invalid-map',
    );
    return;
  }
  const store = createStore({ ...initialState(), map: data.map, dirty: data.dirty });
  const services = sdkServices(miro.board);
  const actions = createActions(store, services);
  const { session } = data;
  if (session !== undefined) keepDrafts(store, (map) => services.keepReviewDraft(session, map));
  const done = () => {
    const { map, dirty } = store.get();
    if (map === null) return;
    const result: ReviewData = { map, dirty };
    void ui.closeModal(result);
  };
  mountReview(root, store, actions, done);
  root.dataset.ready = 'true';
}

void start();
