// Builds the panel's page: its sections, each a view over the one store.
import { el } from './element-builder';
import type { PanelActions } from './panel-actions';
import type { PanelStore } from './panel-store';
import { mountActionsBar } from './views/actions-bar';
import { mountCardEditor } from './views/card-editor';
import { mountGridView } from './views/grid-view';
import { mountLegendEditor } from './views/legend-editor';
import { mountProgressView } from './views/progress-view';
import { mountScopePicker } from './views/scope-picker';
import { mountScoreList } from './views/score-list';
import { mountStatusView } from './views/status-view';
import { mountSummaryView } from './views/summary-view';
import { mountUnplacedList } from './views/unplaced-list';

export function mountPanel(root: HTMLElement, store: PanelStore, actions: PanelActions): void {
  const section = (className: string, label: string) =>
    el('section', { className, attrs: { 'aria-label': label } });
  const scope = section('scope-picker', 'What to convert');
  const legend = el('div', { className: 'legend-editor' });
  const status = el('div', { attrs: { role: 'status', 'aria-live': 'polite' } });
  const summary = section('summary', 'Summary');
  const grid = section('grid-view', 'Journey grid');
  const editor = section('card-editor', 'Picked card');
  const unplaced = section('unplaced', 'Unplaced stickies');
  const scores = section('scores', 'Scores');
  const bar = section('actions-bar', 'Save, export and draw');
  const progress = section('progress', 'Drawing progress');

  root.replaceChildren(
    el('header', { className: 'panel-header' }, [
      el('h1', { className: 'h2', text: 'Throughline' }),
      el('p', { className: 'p-small', text: 'Turn workshop stickies into a journey map.' }),
    ]),
    scope,
    el('details', { className: 'legend' }, [el('summary', { text: 'Colour legend' }), legend]),
    status,
    summary,
    grid,
    editor,
    unplaced,
    scores,
    bar,
    progress,
  );

  mountScopePicker(scope, store, actions);
  mountLegendEditor(legend, store, actions);
  mountStatusView(status, store);
  mountSummaryView(summary, store);
  mountGridView(grid, store, actions);
  mountCardEditor(editor, store, actions);
  mountUnplacedList(unplaced, store, actions);
  mountScoreList(scores, store, actions);
  mountActionsBar(bar, store, actions);
  mountProgressView(progress, store, actions);
}
