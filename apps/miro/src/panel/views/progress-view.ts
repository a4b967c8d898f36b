// Drawing progress: a bar, the percentage, and a cancel button while the writer works.

import type { Child } from '../element-builder';
import { el, replaceChildren } from '../element-builder';
import type { PanelActions } from '../panel-actions';
import type { DrawProgress, PanelState, PanelStore } from '../panel-store';

export function percent(progress: DrawProgress): number {
  return progress.total === 0 ? 100 : Math.floor((progress.done / progress.total) * 100);
}

function progressText(progress: DrawProgress): string {
  return `${percent(progress)} % (${progress.done} of ${progress.total} items)`;
}

function render(progress: DrawProgress, actions: PanelActions): Child[] {
  const value = percent(progress);
  return [
    el('label', {
      attrs: { for: 'draw-progress' },
      className: 'p-small',
      text: progress.running ? 'Drawing on the board' : 'Drawing',
    }),
    el('progress', {
      attrs: {
        id: 'draw-progress',
        max: Math.max(progress.total, 1),
        value: progress.done,
        'aria-valuetext': `${value} %`,
      },
    }),
    el('span', {
      className: 'progress-text',
      attrs: { 'data-percent': value },
      text: progressText(progress),
    }),
    progress.running
      ? el('button', {
          className: 'button button-danger button-small',
          attrs: { type: 'button', 'data-action': 'cancel-draw' },
          text: 'Cancel',
          on: { click: () => actions.cancelDraw() },
        })
      : null,
  ];
}

export function mountProgressView(
  container: HTMLElement,
  store: PanelStore,
  actions: PanelActions,
): void {
  let shownRunning: boolean | null = null;
  const update = (state: PanelState) => {
    const progress = state.drawing;
    container.hidden = progress === null;
    if (progress === null) {
      shownRunning = null;
      replaceChildren(container, []);
      return;
    }
    const bar = container.querySelector('progress');
    const text = container.querySelector<HTMLElement>('.progress-text');
    // Between ticks only the numbers change: rebuilding would take keyboard focus off Cancel.
    if (bar && text && shownRunning === progress.running) {
      bar.max = Math.max(progress.total, 1);
      bar.value = progress.done;
      bar.setAttribute('aria-valuetext', `${percent(progress)} %`);
      text.dataset.percent = String(percent(progress));
      text.textContent = progressText(progress);
      return;
    }
    shownRunning = progress.running;
    replaceChildren(container, render(progress, actions));
  };
  store.subscribe(update);
  update(store.get());
}
