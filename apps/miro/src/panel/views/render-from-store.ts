// Keeps a view in step with the panel store: rendered now, and again on every change.
import type { Child } from '../element-builder';
import { renderKeepingFocus } from '../element-builder';
import type { PanelState, PanelStore } from '../panel-store';

export interface RenderFromStoreOptions {
  /** Hide the container while the view has nothing to show, so that it takes no room. */
  hideWhenEmpty?: boolean;
}

export function renderFromStore(
  container: HTMLElement,
  store: PanelStore,
  render: (state: PanelState) => Child[],
  options: RenderFromStoreOptions = {},
): void {
  const update = (state: PanelState) => {
    const children = render(state);
    if (options.hideWhenEmpty === true) container.hidden = children.length === 0;
    renderKeepingFocus(container, children);
  };
  store.subscribe(update);
  update(store.get());
}
