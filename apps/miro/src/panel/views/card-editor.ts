// The picked card or unplaced sticky: its text, why it is flagged, and stage / lane pickers to move it.
import type { JourneyMap } from '@throughline/journey-core';
import { isUnsurePlacement, moveItem, placeUnplaced } from '@throughline/journey-core';
import type { Child } from '../element-builder';
import { el, labelled, selectOf } from '../element-builder';
import { cardNote, reasonLabel } from '../grid-cells';
import type { PanelActions } from '../panel-actions';
import type { PanelState, PanelStore, Selection } from '../panel-store';
import { focusMovedCard } from './grid-view';
import { renderFromStore } from './render-from-store';

interface Picked {
  text: string;
  note: string;
  stageId: string;
  laneId: string;
  verb: string;
}

function describe(map: JourneyMap, selection: Selection): Picked | null {
  const firstStage = map.stages[0]?.id ?? '';
  const firstLane = map.lanes[0]?.id ?? '';
  if (selection.kind === 'unplaced') {
    const entry = map.unplaced[selection.index];
    if (!entry) return null;
    const why = reasonLabel(entry.reason);
    return {
      text: entry.text,
      note: `Unplaced: ${entry.detail ? `${why} (${entry.detail})` : why}`,
      stageId: firstStage,
      laneId: firstLane,
      verb: 'Place in cell',
    };
  }
  const item = map.items.find((entry) => entry.id === selection.itemId);
  if (!item) return null;
  return {
    text: item.text,
    note: cardNote(item),
    stageId: item.stageId,
    laneId: item.laneId,
    verb: isUnsurePlacement(item) ? 'Move or confirm' : 'Move card',
  };
}

function render(state: PanelState, actions: PanelActions): Child[] {
  const { map, selection } = state;
  if (map === null || selection === null) return [];
  const picked = describe(map, selection);
  if (picked === null) return [];
  const stage = selectOf(
    map.stages.map((entry) => ({ value: entry.id, label: entry.name })),
    picked.stageId,
    {
      className: 'select select-small',
      attrs: { id: 'pick-stage', 'data-focus-key': 'pick-stage' },
    },
  );
  const lane = selectOf(
    map.lanes.map((entry) => ({ value: entry.id, label: entry.name })),
    picked.laneId,
    { className: 'select select-small', attrs: { id: 'pick-lane', 'data-focus-key': 'pick-lane' } },
  );
  const apply = () => {
    const stageId = stage.value;
    const laneId = lane.value;
    actions.edit((current) =>
      selection.kind === 'item'
        ? moveItem(current, selection.itemId, stageId, laneId)
        : placeUnplaced(current, selection.index, stageId, laneId),
    );
    actions.select(null);
    focusMovedCard(selection, stageId, laneId);
  };
  return [
    el('h3', {
      className: 'h4',
      text: selection.kind === 'item' ? 'Picked card' : 'Picked sticky',
    }),
    el('p', { className: 'picked-text', text: picked.text === '' ? '(no text)' : picked.text }),
    picked.note === '' ? null : el('p', { className: 'p-small picked-note', text: picked.note }),
    el('div', { className: 'picker-row' }, [labelled('Stage', stage), labelled('Lane', lane)]),
    el('div', { className: 'button-row' }, [
      el('button', {
        className: 'button button-primary button-small',
        attrs: { type: 'button', 'data-action': 'apply-move', 'data-focus-key': 'apply-move' },
        text: picked.verb,
        on: { click: apply },
      }),
      el('button', {
        className: 'button button-tertiary button-small',
        attrs: { type: 'button', 'data-action': 'cancel-move' },
        text: 'Cancel',
        on: { click: () => actions.select(null) },
      }),
    ]),
  ];
}

export function mountCardEditor(
  container: HTMLElement,
  store: PanelStore,
  actions: PanelActions,
): void {
  renderFromStore(container, store, (state) => render(state, actions), { hideWhenEmpty: true });
}
