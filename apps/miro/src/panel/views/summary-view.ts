// The counts above the grid (placed / unsure / unplaced), where the stages and lanes were read
// from, and what the last re-convert changed.

import type { Child } from '../element-builder';
import { el, replaceChildren } from '../element-builder';
import { gridCounts } from '../grid-cells';
import { headerLines } from '../header-explanation';
import { mergeSummaryLines } from '../merge-summary';
import type { PanelState, PanelStore } from '../panel-store';

function render(state: PanelState): Child[] {
  const map = state.map;
  if (map === null) return [];
  const counts = gridCounts(map);
  const parts = [
    el('span', { className: 'count count--placed', text: `${counts.placed} placed` }),
    ' · ',
    el('span', {
      className: counts.unsure > 0 ? 'count count--unsure' : 'count',
      text: `${counts.unsure} unsure`,
    }),
    ' · ',
    el('span', {
      className: counts.unplaced > 0 ? 'count count--unplaced' : 'count',
      text: `${counts.unplaced} unplaced`,
    }),
  ];
  const nodes: Child[] = [
    el('h2', { className: 'h3 map-title', text: map.title }),
    el('p', { className: 'summary-line', attrs: { 'data-summary': 'counts' } }, [
      ...parts,
      state.dirty ? el('span', { className: 'unsaved', text: ' · unsaved changes' }) : null,
    ]),
  ];
  const headers = state.summary ? headerLines(state.summary) : [];
  if (headers.length > 0) {
    // Sticky colours and counts only, but the reasons name board content: text, never markup.
    nodes.push(
      el(
        'ul',
        { className: 'header-notes p-small', attrs: { 'aria-label': 'How the grid was read' } },
        headers.map((line) => el('li', { attrs: { 'data-header': line.part }, text: line.text })),
      ),
    );
  }
  if (state.lastMerge) {
    nodes.push(
      el(
        'div',
        {
          className: 'merge-report',
          attrs: { role: 'note', 'aria-label': 'What re-convert changed' },
        },
        [
          el('strong', { text: 'Re-convert kept your ids and edits.' }),
          el(
            'ul',
            {},
            mergeSummaryLines(state.lastMerge).map((line) => el('li', { text: line })),
          ),
        ],
      ),
    );
  }
  return nodes;
}

export function mountSummaryView(container: HTMLElement, store: PanelStore): void {
  const update = (state: PanelState) => replaceChildren(container, render(state));
  store.subscribe(update);
  update(store.get());
}
