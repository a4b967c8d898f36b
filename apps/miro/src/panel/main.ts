// The panel's entry point (panel.html): one store, the actions over the `miro` global, the views.
import 'mirotone/dist/styles.css';
import './panel.css';
import { createActions } from './actions/create-actions';
import { openBoard } from './actions/open-board';
import { el } from './element-builder';
import { mountPanel } from './mount-panel';
import { PanelError } from './panel-error';
import { createStore } from './panel-store';
import { sdkServices } from './sdk-services';

function panelRoot(): HTMLElement {
  const existing = document.getElementById('panel');
  if (existing) return existing;
  const created = el('main', { className: 'panel', attrs: { id: 'panel' } });
  document.body.append(created);
  return created;
}

async function start(): Promise<void> {
  const root = panelRoot();
  const store = createStore();
  // Opened outside Miro (or before its SDK loaded) there is no board to work on.
  if (typeof miro === 'undefined') {
    const error = new PanelError(
      'board-unavailable',
      'This panel runs inside Miro: open it from the Throughline icon on a board.',
    );
    root.replaceChildren(
      el('p', { className: 'status status--error', attrs: { role: 'alert' }, text: error.message }),
    );
    root.dataset.ready = error.code;
    return;
  }
  const services = sdkServices(miro.board);
  mountPanel(root, store, createActions(store, services));
  await openBoard(store, services);
  root.dataset.ready = 'true';
}

void start();
