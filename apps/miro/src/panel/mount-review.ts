// Builds the larger view's page (review.html, in a Miro modal): the grid at full width, the picked
// card, the unplaced stickies, and a button that takes the edits back to the panel.
import { el } from './element-builder';
import type { PanelActions } from './panel-actions';
import type { PanelStore } from './panel-store';
import { mountCardEditor } from './views/card-editor';
import { mountGridView } from './views/grid-view';
import { mountSummaryView } from './views/summary-view';
import { mountUnplacedList } from './views/unplaced-list';

export function mountReview(
  root: HTMLElement,
  store: PanelStore,
  actions: PanelActions,
  done: () => void,
): void {
  const section = (className: string, label: string) =>
    el('section', { className, attrs: { 'aria-label': label } });
  const summary = section('summary', 'Summary');
  const grid = section('grid-view', 'Journey grid');
  const editor = section('card-editor', 'Picked card');
  const unplaced = section('unplaced', 'Unplaced stickies');
  root.replaceChildren(
    el('header', { className: 'review-header' }, [
      el('div', {}, [
        el('h1', { className: 'h3', text: 'Review the journey grid' }),
        el('p', {
          className: 'p-small',
          text: 'Rename, reorder and regroup; move cards. Your edits go back to the panel.',
        }),
      ]),
      el('button', {
        className: 'button button-primary button-small',
        attrs: { type: 'button', 'data-action': 'review-done' },
        text: 'Back to the panel',
        on: { click: done },
      }),
    ]),
    summary,
    grid,
    el('div', { className: 'review-side' }, [editor, unplaced]),
  );
  mountSummaryView(summary, store);
  mountGridView(grid, store, actions, 'full');
  mountCardEditor(editor, store, actions);
  mountUnplacedList(unplaced, store, actions);
}
