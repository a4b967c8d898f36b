// Save, export and draw: what to do with the map once it looks right.
import type { Child } from '../element-builder';
import { el } from '../element-builder';
import type { PanelActions, PanelExportFormat } from '../panel-actions';
import type { PanelState, PanelStore } from '../panel-store';
import { renderFromStore } from './render-from-store';

const EXPORTS: { format: PanelExportFormat; label: string; title: string }[] = [
  {
    format: 'json',
    label: 'JSON',
    title: 'The journey map document, for the Jira app and the CLI',
  },
  { format: 'csv', label: 'CSV', title: 'One row per card, for spreadsheets' },
  { format: 'md', label: 'Markdown', title: 'A readable table, for docs and wikis' },
  { format: 'svg', label: 'SVG', title: 'A picture of the grid, for slides and documents' },
];

function render(state: PanelState, actions: PanelActions): Child[] {
  const noMap = state.map === null;
  const busy = state.status.kind === 'loading' || state.drawing?.running === true;
  const button = (
    label: string,
    action: string,
    className: string,
    onClick: () => void,
    title?: string,
  ) =>
    el('button', {
      className: `button button-small ${className}`,
      attrs: {
        type: 'button',
        disabled: noMap || busy,
        'data-action': action,
        'data-focus-key': action,
        title,
      },
      text: label,
      on: { click: onClick },
    });
  return [
    el('div', { className: 'button-row' }, [
      button(
        state.dirty ? 'Save to board' : 'Saved',
        'save',
        'button-primary',
        () => void actions.save(),
      ),
      button(
        'Draw on board',
        'draw',
        'button-secondary',
        () => void actions.draw(),
        'Draw this map as a clean grid next to the board content',
      ),
    ]),
    el('div', { className: 'export-row', attrs: { role: 'group', 'aria-label': 'Export' } }, [
      el('span', { className: 'p-small export-label', text: 'Export' }),
      ...EXPORTS.map((entry) =>
        button(
          entry.label,
          `export-${entry.format}`,
          'button-tertiary',
          () => actions.exportAs(entry.format),
          entry.title,
        ),
      ),
    ]),
  ];
}

export function mountActionsBar(
  container: HTMLElement,
  store: PanelStore,
  actions: PanelActions,
): void {
  renderFromStore(container, store, (state) => render(state, actions));
}
