// The panel's one status line: loading, empty, error (with its code) or success, read out politely.

import type { Child } from '../element-builder';
import { el, replaceChildren } from '../element-builder';
import type { PanelState, PanelStore, Status } from '../panel-store';

function render(status: Status): Child[] {
  switch (status.kind) {
    case 'idle':
      return [];
    case 'loading':
      return [
        el('span', { className: 'spinner', attrs: { 'aria-hidden': 'true' } }),
        status.message,
      ];
    case 'empty':
      return [el('strong', { text: 'Nothing to convert. ' }), status.message];
    case 'error':
      return [el('strong', { text: 'Error: ' }), status.error.message];
    case 'success':
      return [status.message];
  }
}

export function mountStatusView(container: HTMLElement, store: PanelStore): void {
  let shown: Status | null = null;
  const update = (state: PanelState) => {
    if (state.status === shown) return;
    shown = state.status;
    const status = state.status;
    container.className = `status status--${status.kind}`;
    container.dataset.status = status.kind;
    if (status.kind === 'error') container.dataset.code = status.error.code;
    else delete container.dataset.code;
    container.setAttribute('aria-busy', status.kind === 'loading' ? 'true' : 'false');
    container.hidden = status.kind === 'idle';
    replaceChildren(container, render(status));
  };
  store.subscribe(update);
  update(store.get());
}
