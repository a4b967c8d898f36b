// What to convert (selection, a frame, the whole board) and the convert / start-over buttons.

import type { Child } from '../element-builder';
import { el, labelled, selectOf } from '../element-builder';
import type { PanelActions } from '../panel-actions';
import type { PanelState, PanelStore, ScopeChoice } from '../panel-store';
import { renderFromStore } from './render-from-store';

function scopeValue(scope: ScopeChoice): string {
  return scope.kind === 'frame' ? `frame:${scope.frameId}` : scope.kind;
}

function scopeFromValue(value: string): ScopeChoice {
  if (value.startsWith('frame:')) return { kind: 'frame', frameId: value.slice('frame:'.length) };
  return value === 'board' ? { kind: 'board' } : { kind: 'selection' };
}

function render(state: PanelState, actions: PanelActions): Child[] {
  const busy = state.status.kind === 'loading' || state.drawing?.running === true;
  const options = [
    { value: 'selection', label: 'Selected items' },
    ...state.frames.map((frame) => ({
      value: `frame:${frame.id}`,
      label: `Frame: ${frame.title === '' ? 'Untitled frame' : frame.title}`,
    })),
    { value: 'board', label: 'Whole board' },
  ];
  const picker = selectOf(options, scopeValue(state.scope), {
    className: 'select select-small',
    attrs: { id: 'scope', 'data-focus-key': 'scope' },
    on: {
      change: (event) => {
        const target = event.target;
        if (target instanceof HTMLSelectElement) actions.setScope(scopeFromValue(target.value));
      },
    },
  });
  const hasMap = state.map !== null;
  return [
    labelled('Convert from', picker),
    el('div', { className: 'button-row' }, [
      el('button', {
        className: 'button button-primary button-small',
        attrs: {
          type: 'button',
          disabled: busy,
          'data-action': 'convert',
          'data-focus-key': 'convert',
          title: hasMap
            ? 'Read the board again and merge: your edits and ids stay'
            : 'Read the board and infer a journey map',
        },
        text: hasMap ? 'Re-convert' : 'Convert',
        on: { click: () => void actions.convert() },
      }),
      hasMap &&
        el('button', {
          className: 'button button-tertiary button-small',
          attrs: { type: 'button', disabled: busy, 'data-action': 'start-over' },
          text: 'Start over',
          on: { click: () => actions.startOver() },
        }),
    ]),
  ];
}

export function mountScopePicker(
  container: HTMLElement,
  store: PanelStore,
  actions: PanelActions,
): void {
  renderFromStore(container, store, (state) => render(state, actions));
}
