// Stickies that found no cell, each with its reason; pick or drag one to place it by hand.

import type { Child } from '../element-builder';
import { el } from '../element-builder';
import { reasonLabel } from '../grid-cells';
import type { PanelActions } from '../panel-actions';
import type { PanelState, PanelStore } from '../panel-store';
import { writeDragged } from './drag-data';
import { renderFromStore } from './render-from-store';

function render(state: PanelState, actions: PanelActions): Child[] {
  const map = state.map;
  if (map === null || map.unplaced.length === 0) return [];
  const selection = state.selection;
  return [
    el('h3', { className: 'h4', text: `Unplaced stickies (${map.unplaced.length})` }),
    el('p', {
      className: 'p-small',
      text: 'These found no cell. Pick one and choose its cell, or drag it onto the grid.',
    }),
    el(
      'ul',
      { className: 'unplaced-items' },
      map.unplaced.map((entry, index) => {
        const picked = selection?.kind === 'unplaced' && selection.index === index;
        const why = reasonLabel(entry.reason);
        const reason = entry.detail ? `${why}: ${entry.detail}` : why;
        return el(
          'li',
          {
            className: picked ? 'unplaced-item card--selected' : 'unplaced-item',
            attrs: {
              draggable: 'true',
              'data-reason': entry.reason,
              'data-source-id': entry.source.itemId,
            },
            on: { dragstart: (event) => writeDragged(event, { kind: 'unplaced', index }) },
          },
          [
            el('span', {
              className: 'unplaced-text',
              text: entry.text === '' ? '(no text)' : entry.text,
            }),
            el('span', { className: 'unplaced-reason', text: reason }),
            el('button', {
              className: 'button button-secondary button-small',
              attrs: {
                type: 'button',
                'aria-pressed': picked ? 'true' : 'false',
                'aria-label': `Place "${entry.text}" (${reason})`,
                'data-focus-key': `place:${entry.source.itemId}`,
              },
              text: 'Place…',
              on: { click: () => actions.select(picked ? null : { kind: 'unplaced', index }) },
            }),
          ],
        );
      }),
    ),
  ];
}

export function mountUnplacedList(
  container: HTMLElement,
  store: PanelStore,
  actions: PanelActions,
): void {
  renderFromStore(container, store, (state) => render(state, actions), { hideWhenEmpty: true });
}
