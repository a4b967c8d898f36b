// The map as a grid: phases over stages across, lanes down, cards in cells. Headers rename and
// reorder inline, and each stage picks its phase; cards move by drag and drop, or by keyboard:
// pick a card, then "Move here" in the target cell. In the panel, a map with more stages than fit
// offers the larger view (a Miro modal) instead.
import type { JourneyMap, Lane, LaneKindValue, Phase, Stage } from '@throughline/journey-core';
import {
  cellKey,
  LaneKind,
  moveItem,
  moveLane,
  moveStage,
  placeUnplaced,
  renameLane,
  renamePhase,
  renameStage,
  setLaneKind,
  validateMap,
} from '@throughline/journey-core';
import type { Child } from '../element-builder';
import { el, selectOf } from '../element-builder';
import type { GridCard } from '../grid-cells';
import { groupCards } from '../grid-cells';
import { KIND_OPTIONS } from '../lane-kinds';
import type { PanelActions } from '../panel-actions';
import type { PanelState, PanelStore, Selection } from '../panel-store';
import { moveStageToPhase, phaseOfStage, phaseRuns } from '../phase-runs';
import { needsLargerView } from '../review-channel';
import { DRAG_TYPE, readDragged, writeDragged } from './drag-data';
import { renderFromStore } from './render-from-store';

/** Where the grid is shown: the narrow panel, or the larger view that has room for every stage. */
export type GridLayout = 'panel' | 'full';

/** Said next to the grid when a phase edit is refused; cleared by the next edit. */
type Refusal = (message: string) => void;

const NO_PHASE = '';

function iconButton(
  label: string,
  symbol: string,
  focusKey: string,
  disabled: boolean,
  onClick: () => void,
): HTMLButtonElement {
  return el('button', {
    className: 'icon-button',
    attrs: {
      type: 'button',
      'aria-label': label,
      title: label,
      disabled,
      'data-focus-key': focusKey,
    },
    text: symbol,
    on: { click: onClick },
  });
}

function nameInput(
  value: string,
  label: string,
  focusKey: string,
  onCommit: (name: string) => void,
) {
  return el('input', {
    className: 'input input-small header-name',
    attrs: { type: 'text', value, 'aria-label': label, 'data-focus-key': focusKey, maxlength: 500 },
    on: {
      change: (event) => {
        const input = event.target;
        if (!(input instanceof HTMLInputElement)) return;
        onCommit(input.value);
        // A refused name (empty) changes nothing and re-renders nothing: show the name kept.
        if (input.isConnected) input.value = value;
      },
      keydown: (event) => {
        if (event.key === 'Enter' && event.target instanceof HTMLInputElement) event.target.blur();
      },
    },
  });
}

function phasePicker(map: JourneyMap, stage: Stage, actions: PanelActions) {
  const current = phaseOfStage(map).get(stage.id);
  const options = [
    ...map.phases.map((phase) => ({ value: phase.id, label: phase.name })),
    { value: NO_PHASE, label: 'No phase' },
  ];
  return selectOf(options, current?.id ?? NO_PHASE, {
    className: 'select select-small phase-picker',
    attrs: {
      'aria-label': `Phase of stage "${stage.name}"`,
      title: 'Move this stage to another phase',
      'data-focus-key': `stage-phase:${stage.id}`,
    },
    on: {
      change: (event) => {
        if (!(event.target instanceof HTMLSelectElement)) return;
        const value = event.target.value;
        actions.edit((next) => moveStageToPhase(next, stage.id, value === NO_PHASE ? null : value));
      },
    },
  });
}

function stageHeader(map: JourneyMap, stage: Stage, index: number, actions: PanelActions) {
  const count = map.stages.length;
  return el('th', { attrs: { scope: 'col', 'data-stage-id': stage.id } }, [
    nameInput(stage.name, `Stage ${index + 1} name`, `stage-name:${stage.id}`, (name) =>
      actions.edit((map) => renameStage(map, stage.id, name)),
    ),
    el('div', { className: 'header-tools' }, [
      iconButton(
        `Move stage "${stage.name}" earlier`,
        '◀',
        `stage-left:${stage.id}`,
        index === 0,
        () => actions.edit((map) => moveStage(map, stage.id, -1)),
      ),
      iconButton(
        `Move stage "${stage.name}" later`,
        '▶',
        `stage-right:${stage.id}`,
        index === count - 1,
        () => actions.edit((map) => moveStage(map, stage.id, 1)),
      ),
    ]),
    map.phases.length > 0 ? phasePicker(map, stage, actions) : null,
    stage.removedAtSource
      ? el('span', { className: 'label label-warning', text: 'gone from board' })
      : null,
  ]);
}

function laneHeader(lane: Lane, index: number, count: number, actions: PanelActions) {
  const kind = selectOf(KIND_OPTIONS, lane.kind, {
    className: 'select select-small',
    attrs: {
      'aria-label': `Kind of lane "${lane.name}"`,
      'data-focus-key': `lane-kind:${lane.id}`,
    },
    on: {
      change: (event) => {
        const parsed = LaneKind.safeParse(
          event.target instanceof HTMLSelectElement ? event.target.value : undefined,
        );
        if (parsed.success) {
          const next: LaneKindValue = parsed.data;
          actions.edit((map) => setLaneKind(map, lane.id, next));
        }
      },
    },
  });
  return el('th', { attrs: { scope: 'row', 'data-lane-id': lane.id, 'data-kind': lane.kind } }, [
    nameInput(lane.name, `Lane ${index + 1} name`, `lane-name:${lane.id}`, (name) =>
      actions.edit((map) => renameLane(map, lane.id, name)),
    ),
    el('div', { className: 'header-tools' }, [
      kind,
      iconButton(`Move lane "${lane.name}" up`, '▲', `lane-up:${lane.id}`, index === 0, () =>
        actions.edit((map) => moveLane(map, lane.id, -1)),
      ),
      iconButton(
        `Move lane "${lane.name}" down`,
        '▼',
        `lane-down:${lane.id}`,
        index === count - 1,
        () => actions.edit((map) => moveLane(map, lane.id, 1)),
      ),
    ]),
    lane.removedAtSource
      ? el('span', { className: 'label label-warning', text: 'gone from board' })
      : null,
  ]);
}

function cardView(card: GridCard, selected: boolean, actions: PanelActions): HTMLLIElement {
  const { item } = card;
  const classes = ['card'];
  if (card.unsure) classes.push('card--unsure');
  if (item.removedAtSource) classes.push('card--removed');
  if (selected) classes.push('card--selected');
  const label = card.note === '' ? item.text : `${item.text} (${card.note})`;
  return el(
    'li',
    {
      className: classes.join(' '),
      attrs: {
        draggable: 'true',
        'data-item-id': item.id,
        title: card.note === '' ? undefined : card.note,
      },
      on: {
        dragstart: (event) => writeDragged(event, { kind: 'item', itemId: item.id }),
      },
    },
    [
      el('button', {
        className: 'card-button',
        attrs: {
          type: 'button',
          'aria-pressed': selected ? 'true' : 'false',
          'aria-label': `${label}. Pick to move`,
          'data-focus-key': `card:${item.id}`,
        },
        text: item.text === '' ? '(no text)' : item.text,
        on: {
          click: () => actions.select(selected ? null : { kind: 'item', itemId: item.id }),
        },
      }),
      card.unsure
        ? el('span', { className: 'card-flag', attrs: { 'aria-hidden': 'true' }, text: '?' })
        : null,
    ],
  );
}

/**
 * After a move the keyboard user's control is gone (its cell re-rendered): focus goes to the card
 * that arrived, found by its id, or else last in its cell, where a placed sticky lands.
 */
export function focusMovedCard(picked: Selection, stageId: string, laneId: string): void {
  for (const cell of document.querySelectorAll<HTMLElement>('td.cell')) {
    if (cell.dataset.stageId !== stageId || cell.dataset.laneId !== laneId) continue;
    const cards = [...cell.querySelectorAll<HTMLElement>('.card-button')];
    const wanted = picked.kind === 'item' ? `card:${picked.itemId}` : undefined;
    (cards.find((card) => card.dataset.focusKey === wanted) ?? cards.at(-1))?.focus();
    return;
  }
}

/** Moves the picked card or unplaced sticky into a cell. */
function dropInto(
  selection: Selection,
  stageId: string,
  laneId: string,
): (map: JourneyMap) => JourneyMap {
  return selection.kind === 'item'
    ? (map) => moveItem(map, selection.itemId, stageId, laneId)
    : (map) => placeUnplaced(map, selection.index, stageId, laneId);
}

function cellView(
  stage: Stage,
  lane: Lane,
  cards: readonly GridCard[],
  state: PanelState,
  actions: PanelActions,
): HTMLTableCellElement {
  const selection = state.selection;
  const place = (picked: Selection) => {
    actions.edit(dropInto(picked, stage.id, lane.id));
    actions.select(null);
    focusMovedCard(picked, stage.id, lane.id);
  };
  const where = `${stage.name} × ${lane.name}`;
  return el(
    'td',
    {
      className: 'cell',
      attrs: { 'data-stage-id': stage.id, 'data-lane-id': lane.id, 'aria-label': where },
      on: {
        dragover: (event) => {
          if (event.dataTransfer?.types.includes(DRAG_TYPE)) {
            event.preventDefault();
            event.dataTransfer.dropEffect = 'move';
            if (event.currentTarget instanceof HTMLElement) {
              event.currentTarget.classList.add('cell--over');
            }
          }
        },
        dragleave: (event) => {
          if (event.currentTarget instanceof HTMLElement) {
            event.currentTarget.classList.remove('cell--over');
          }
        },
        drop: (event) => {
          const picked = readDragged(event);
          if (picked) {
            event.preventDefault();
            place(picked);
          }
        },
      },
    },
    [
      el(
        'ul',
        { className: 'cards' },
        cards.map((card) =>
          cardView(card, selection?.kind === 'item' && selection.itemId === card.item.id, actions),
        ),
      ),
      selection
        ? el('button', {
            className: 'button button-secondary button-small move-here',
            attrs: {
              type: 'button',
              'aria-label': `Move here: ${where}`,
              'data-focus-key': `move-here:${cellKey(stage.id, lane.id)}`,
            },
            text: 'Move here',
            on: { click: () => place(selection) },
          })
        : null,
    ],
  );
}

function phaseHeader(
  phase: Phase,
  position: number,
  span: number,
  runIndex: number,
  actions: PanelActions,
  refuse: Refusal,
) {
  return el(
    'th',
    {
      className: 'phase-header',
      attrs: { scope: 'colgroup', colspan: span, 'data-phase-id': phase.id },
    },
    [
      nameInput(
        phase.name,
        `Phase ${position + 1} name`,
        `phase-name:${phase.id}:${runIndex}`,
        (name) => {
          if (name.trim() === '') {
            refuse(`A phase needs a name: "${phase.name}" is kept.`);
            return;
          }
          actions.edit((map) => renamePhase(map, phase.id, name));
        },
      ),
      phase.removedAtSource
        ? el('span', { className: 'label label-warning', text: 'gone from board' })
        : null,
    ],
  );
}

function phaseRow(map: JourneyMap, actions: PanelActions, refuse: Refusal) {
  const position = new Map(map.phases.map((phase, index) => [phase.id, index]));
  return el('tr', { className: 'phase-row' }, [
    el('th', { className: 'corner', attrs: { scope: 'row' }, text: 'Phases' }),
    ...phaseRuns(map).map((run, runIndex) =>
      run.phase === null
        ? el('td', {
            className: 'phase-none',
            attrs: { colspan: run.span, 'aria-label': 'In no phase' },
          })
        : phaseHeader(
            run.phase,
            position.get(run.phase.id) ?? 0,
            run.span,
            runIndex,
            actions,
            refuse,
          ),
    ),
  ]);
}

function gridTable(
  map: JourneyMap,
  state: PanelState,
  actions: PanelActions,
  refuse: Refusal,
): HTMLTableElement {
  const cells = groupCards(map);
  const head = el('thead', {}, [
    map.phases.length > 0 ? phaseRow(map, actions, refuse) : null,
    el('tr', {}, [
      el('th', { className: 'corner', attrs: { scope: 'col' }, text: 'Lanes \\ Stages' }),
      ...map.stages.map((stage, index) => stageHeader(map, stage, index, actions)),
    ]),
  ]);
  const body = el(
    'tbody',
    {},
    map.lanes.map((lane, index) =>
      el('tr', {}, [
        laneHeader(lane, index, map.lanes.length, actions),
        ...map.stages.map((stage) =>
          cellView(stage, lane, cells.get(cellKey(stage.id, lane.id)) ?? [], state, actions),
        ),
      ]),
    ),
  );
  return el(
    'table',
    { className: 'grid-table', attrs: { 'aria-label': `Journey map: ${map.title}` } },
    [head, body],
  );
}

function largerViewOffer(map: JourneyMap, actions: PanelActions, busy: boolean): Child[] {
  return [
    el('div', { className: 'larger-view' }, [
      el('p', {
        className: 'p-medium',
        text: `This map has ${map.stages.length} stages and ${map.lanes.length} lanes: too wide for the panel.`,
      }),
      el('p', {
        className: 'p-small',
        text: 'Review and correct the grid in a larger view; your edits come back here when you close it.',
      }),
      el('button', {
        className: 'button button-primary button-small',
        attrs: {
          type: 'button',
          disabled: busy,
          'data-action': 'review-larger',
          'data-focus-key': 'review-larger',
        },
        text: 'Review in a larger view',
        on: { click: () => void actions.reviewInLargerView() },
      }),
    ]),
  ];
}

function render(
  state: PanelState,
  actions: PanelActions,
  layout: GridLayout,
  refuse: Refusal,
): Child[] {
  const map = state.map;
  if (map === null) {
    return [
      el('div', { className: 'empty-state' }, [
        el('p', { className: 'p-medium', text: 'No journey map yet.' }),
        el('p', {
          className: 'p-small',
          text: 'Select the workshop stickies (or their frame) on the board, or pick a frame above, then Convert.',
        }),
      ]),
    ];
  }
  if (map.stages.length === 0 || map.lanes.length === 0) {
    return [
      el('div', { className: 'empty-state' }, [
        el('p', {
          className: 'p-medium',
          text: 'No grid found: the stickies had no stage headers or lane labels to line up with.',
        }),
        el('p', {
          className: 'p-small',
          text: 'Add a colour legend above, or put stage headers across the top, then re-convert.',
        }),
      ]),
    ];
  }
  if (layout === 'panel' && needsLargerView(map)) {
    const busy = state.status.kind === 'loading' || state.drawing?.running === true;
    return largerViewOffer(map, actions, busy);
  }
  return [el('div', { className: 'grid-scroll' }, [gridTable(map, state, actions, refuse)])];
}

/** What the core doubts about the phases (a phase left with no stages, one split in two). */
function phaseNotes(map: JourneyMap | null): string[] {
  if (map === null || map.phases.length === 0) return [];
  return validateMap(map)
    .filter((finding) => finding.path[0] === 'phases')
    .map((finding) => `${finding.severity === 'error' ? 'Error' : 'Check'}: ${finding.message}.`);
}

export function mountGridView(
  container: HTMLElement,
  store: PanelStore,
  actions: PanelActions,
  layout: GridLayout = 'panel',
): void {
  const grid = el('div', { className: 'grid-body' });
  // Outlives re-renders, so that what it says is read out when it changes.
  const notes = el('div', { className: 'grid-notes', attrs: { 'aria-live': 'polite' } });
  container.replaceChildren(grid, notes);
  let refusal: string | null = null;
  let shownMap: JourneyMap | null = null;
  const showNotes = (map: JourneyMap | null) => {
    const lines = [...(refusal === null ? [] : [refusal]), ...phaseNotes(map)];
    notes.hidden = lines.length === 0;
    notes.replaceChildren(...lines.map((line) => el('p', { className: 'p-small', text: line })));
  };
  const refuse: Refusal = (message) => {
    refusal = message;
    showNotes(store.get().map);
  };
  store.subscribe((state) => {
    if (state.map === shownMap) return;
    // Any edit that went through replaces the last refusal.
    refusal = null;
    shownMap = state.map;
    showNotes(state.map);
  });
  shownMap = store.get().map;
  showNotes(shownMap);
  renderFromStore(grid, store, (state) => render(state, actions, layout, refuse));
}
