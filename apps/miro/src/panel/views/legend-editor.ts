// The colour legend ("pink stickies are pain points"): edit its rows, then re-convert with it.
import type { ColourLegend, ColourLegendEntry } from '@throughline/journey-core';
import { LaneKind } from '@throughline/journey-core';
import { STICKY_COLOURS } from '../../board/sticky-colours';
import type { Child } from '../element-builder';
import { el, selectOf } from '../element-builder';
import { colourLabel, KIND_OPTIONS, swatchClass } from '../lane-kinds';
import type { PanelActions } from '../panel-actions';
import type { PanelState, PanelStore } from '../panel-store';
import { renderFromStore } from './render-from-store';

function colourOptions(state: PanelState): { value: string; label: string }[] {
  const seen = new Set(state.boardColours);
  const colours = [...state.boardColours, ...STICKY_COLOURS.filter((colour) => !seen.has(colour))];
  return colours.map((colour) => ({
    value: colour,
    label: seen.has(colour) ? `${colourLabel(colour)} (on board)` : colourLabel(colour),
  }));
}

function replaceAt(legend: ColourLegend, index: number, entry: ColourLegendEntry): ColourLegend {
  return legend.map((current, at) => (at === index ? entry : current));
}

function legendRow(
  entry: ColourLegendEntry,
  index: number,
  state: PanelState,
  actions: PanelActions,
): HTMLLIElement {
  const legend = state.legend;
  const swatch = swatchClass(entry.color);
  const colour = selectOf(colourOptions(state), entry.color, {
    className: 'select select-small',
    attrs: { 'aria-label': `Colour ${index + 1}`, 'data-focus-key': `legend-colour:${index}` },
    on: {
      change: (event) => {
        if (event.target instanceof HTMLSelectElement && event.target.value !== '') {
          actions.setLegend(replaceAt(legend, index, { ...entry, color: event.target.value }));
        }
      },
    },
  });
  const kind = selectOf(KIND_OPTIONS, entry.kind, {
    className: 'select select-small',
    attrs: {
      'aria-label': `Lane kind for colour ${index + 1}`,
      'data-focus-key': `legend-kind:${index}`,
    },
    on: {
      change: (event) => {
        const parsed = LaneKind.safeParse(
          event.target instanceof HTMLSelectElement ? event.target.value : undefined,
        );
        if (parsed.success)
          actions.setLegend(replaceAt(legend, index, { ...entry, kind: parsed.data }));
      },
    },
  });
  const label = el('input', {
    className: 'input input-small',
    attrs: {
      type: 'text',
      value: entry.label ?? '',
      placeholder: 'Lane name (optional)',
      'aria-label': `Lane name for colour ${index + 1}`,
      'data-focus-key': `legend-label:${index}`,
      maxlength: 500,
    },
    on: {
      change: (event) => {
        if (!(event.target instanceof HTMLInputElement)) return;
        const text = event.target.value.trim();
        const { label: _old, ...rest } = entry;
        actions.setLegend(replaceAt(legend, index, text === '' ? rest : { ...rest, label: text }));
      },
    },
  });
  return el('li', { className: 'legend-row' }, [
    el('span', {
      className: swatch ? `swatch ${swatch}` : 'swatch',
      attrs: { 'aria-hidden': 'true' },
    }),
    colour,
    kind,
    label,
    el('button', {
      className: 'icon-button',
      attrs: { type: 'button', 'aria-label': `Remove colour ${index + 1}`, title: 'Remove' },
      text: '✕',
      on: { click: () => actions.setLegend(legend.filter((_, at) => at !== index)) },
    }),
  ]);
}

function render(state: PanelState, actions: PanelActions): Child[] {
  const busy = state.status.kind === 'loading' || state.drawing?.running === true;
  const used = new Set(state.legend.map((entry) => entry.color));
  const nextColour =
    state.boardColours.find((colour) => !used.has(colour)) ??
    STICKY_COLOURS.find((colour) => !used.has(colour)) ??
    'yellow';
  return [
    el('p', {
      className: 'p-small',
      text: 'Tell the converter which sticky colour means which lane, when the board has no lane labels.',
    }),
    el(
      'ul',
      { className: 'legend-rows' },
      state.legend.map((entry, index) => legendRow(entry, index, state, actions)),
    ),
    el('div', { className: 'button-row' }, [
      el('button', {
        className: 'button button-secondary button-small',
        attrs: { type: 'button', 'data-action': 'add-colour', 'data-focus-key': 'add-colour' },
        text: 'Add colour',
        on: {
          click: () => actions.setLegend([...state.legend, { color: nextColour, kind: 'custom' }]),
        },
      }),
      el('button', {
        className: 'button button-primary button-small',
        attrs: { type: 'button', disabled: busy, 'data-action': 'apply-legend' },
        text: state.map ? 'Re-convert with legend' : 'Convert with legend',
        on: { click: () => void actions.convert() },
      }),
    ]),
  ];
}

export function mountLegendEditor(
  container: HTMLElement,
  store: PanelStore,
  actions: PanelActions,
): void {
  renderFromStore(container, store, (state) => render(state, actions));
}
