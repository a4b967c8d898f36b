// Scores for the pain points and opportunities the workshop raised: a compact list of small
// inputs. Enter (or Tab to the next input) commits through the core's score edits, Escape puts the
// stored score back, and a value out of range is refused with a message next to its input.
import type { JourneyMap, Opportunity, PainPoint, ScoreField } from '@throughline/journey-core';
import {
  formatScore,
  OPPORTUNITY_FIELDS,
  PAIN_FIELDS,
  parseScore,
  SCORE_FIELDS,
  scoreOpportunity,
  scorePainPoint,
} from '@throughline/journey-core';
import type { Child } from '../element-builder';
import { el, renderKeepingFocus } from '../element-builder';
import type { PanelActions } from '../panel-actions';
import type { PanelState, PanelStore } from '../panel-store';

type Kind = 'pain' | 'opportunity';

/** What a person typed and has not committed, and why it was refused, by input. */
interface Draft {
  kind: Kind;
  entryId: string;
  text: string;
  message: string;
}

interface Scored {
  kind: Kind;
  index: number;
  entry: PainPoint | Opportunity;
  fields: readonly ScoreField[];
}

function storedScore(entry: PainPoint | Opportunity, field: ScoreField): number | undefined {
  return field in entry ? (entry as Partial<Record<ScoreField, number>>)[field] : undefined;
}

function scoreEdit(kind: Kind, id: string, field: ScoreField, value: number) {
  return (map: JourneyMap) =>
    kind === 'pain'
      ? scorePainPoint(map, id, { [field]: value })
      : scoreOpportunity(map, id, { [field]: value });
}

function findEntry(map: JourneyMap | null, kind: Kind, id: string) {
  if (map === null) return undefined;
  const list: readonly (PainPoint | Opportunity)[] =
    kind === 'pain' ? map.painPoints : map.opportunities;
  return list.find((entry) => entry.id === id);
}

function isUnscored(scored: Scored): boolean {
  return scored.fields.every((field) => storedScore(scored.entry, field) === undefined);
}

export function mountScoreList(
  container: HTMLElement,
  store: PanelStore,
  actions: PanelActions,
): void {
  const drafts = new Map<string, Draft>();
  const list = el('div', { className: 'score-body' });
  // One live region that outlives re-renders, so that a refusal is read out when it happens.
  const announcer = el('p', {
    className: 'visually-hidden',
    attrs: { 'aria-live': 'assertive', 'data-score-announcer': 'true' },
  });
  container.replaceChildren(list, announcer);

  const rerender = () => update(store.get());

  function commit(scored: Scored, field: ScoreField, key: string, text: string): void {
    const { kind, entry } = scored;
    const stored = storedScore(entry, field);
    const parsed = parseScore(field, text);
    if (parsed.kind === 'empty' || (parsed.kind === 'value' && parsed.value === stored)) {
      // Nothing typed, or the score it already has: keep what is stored.
      if (drafts.delete(key)) rerender();
      return;
    }
    if (parsed.kind === 'invalid') {
      drafts.set(key, { kind, entryId: entry.id, text, message: parsed.message });
      announcer.textContent = parsed.message;
      rerender();
      return;
    }
    drafts.delete(key);
    announcer.textContent = '';
    actions.edit(scoreEdit(kind, entry.id, field, parsed.value));
    const after = findEntry(store.get().map, kind, entry.id);
    if (after && storedScore(after, field) !== parsed.value) {
      const message = `${SCORE_FIELDS[field].label} ${text.trim()} was not accepted for this map.`;
      drafts.set(key, { kind, entryId: entry.id, text, message });
      announcer.textContent = message;
    }
    rerender();
  }

  function revert(key: string): void {
    drafts.delete(key);
    announcer.textContent = '';
    rerender();
  }

  function scoreInput(scored: Scored, field: ScoreField): HTMLElement {
    const spec = SCORE_FIELDS[field];
    const key = `score:${scored.kind}:${scored.entry.id}:${field}`;
    const id = `score-${scored.kind}-${scored.index}-${field}`;
    const draft = drafts.get(key);
    const message = draft?.message ?? '';
    const messageId = `${id}-message`;
    const rangeId = `${id}-range`;
    const input = el('input', {
      className:
        message === ''
          ? 'input input-small score-input'
          : 'input input-small score-input score-input--invalid',
      attrs: {
        id,
        type: 'text',
        inputmode: 'decimal',
        autocomplete: 'off',
        value: draft?.text ?? formatScore(field, storedScore(scored.entry, field)),
        placeholder: '–',
        'aria-invalid': message === '' ? 'false' : 'true',
        'aria-describedby': message === '' ? rangeId : `${messageId} ${rangeId}`,
        'data-focus-key': key,
        'data-score-field': field,
        maxlength: 12,
      },
      on: {
        input: (event) => {
          if (event.target instanceof HTMLInputElement) {
            // Kept so that a re-render for another reason does not drop what is being typed.
            const { kind, entry } = scored;
            drafts.set(key, { kind, entryId: entry.id, text: event.target.value, message });
          }
        },
        keydown: (event) => {
          if (!(event.target instanceof HTMLInputElement)) return;
          if (event.key === 'Enter') {
            event.preventDefault();
            commit(scored, field, key, event.target.value);
          } else if (event.key === 'Escape') {
            // Escape belongs to the field here, not to the modal or panel around it.
            event.preventDefault();
            event.stopPropagation();
            revert(key);
          } else if (event.key === 'Tab') {
            // Committed before focus moves on: the re-render keeps focus here, and Tab then
            // moves from the rebuilt input to its neighbour.
            commit(scored, field, key, event.target.value);
          }
        },
        change: (event) => {
          // Left by the mouse: commit once focus has settled where the person clicked.
          const target = event.target;
          if (target instanceof HTMLInputElement && target.isConnected) {
            const text = target.value;
            setTimeout(() => {
              const entry = findEntry(store.get().map, scored.kind, scored.entry.id);
              if (entry) commit({ ...scored, entry }, field, key, text);
            }, 0);
          }
        },
      },
    });
    return el('div', { className: 'score-field' }, [
      el('label', { attrs: { for: id }, text: spec.label }),
      el('span', { className: 'score-control' }, [
        input,
        el('span', { className: 'score-unit', attrs: { 'aria-hidden': 'true' }, text: spec.unit }),
      ]),
      el('span', { className: 'visually-hidden', attrs: { id: rangeId }, text: spec.range }),
      el('p', {
        className: 'score-message',
        attrs: { id: messageId, 'aria-live': 'polite', hidden: message === '' },
        text: message,
      }),
    ]);
  }

  function row(scored: Scored, stageName: string): HTMLLIElement {
    const unscored = isUnscored(scored);
    const { entry } = scored;
    return el(
      'li',
      {
        className: 'score-row',
        attrs: { [`data-${scored.kind}-id`]: entry.id, 'data-unscored': unscored },
      },
      [
        el('div', { className: 'score-head' }, [
          el('span', { className: 'score-title', text: entry.title }),
          el('span', { className: 'score-stage', text: stageName }),
          unscored ? el('span', { className: 'label score-unscored', text: 'unscored' }) : null,
          entry.removedAtSource
            ? el('span', { className: 'label label-warning', text: 'gone from board' })
            : null,
        ]),
        el(
          'div',
          {
            className: 'score-fields',
            attrs: { role: 'group', 'aria-label': `Scores of "${entry.title}"` },
          },
          scored.fields.map((field) => scoreInput(scored, field)),
        ),
      ],
    );
  }

  function render(state: PanelState): Child[] {
    const map = state.map;
    if (map === null || (map.painPoints.length === 0 && map.opportunities.length === 0)) return [];
    const stageNames = new Map(map.stages.map((stage) => [stage.id, stage.name]));
    const stageOf = (stageId: string) => stageNames.get(stageId) ?? 'no stage';
    const section = (
      kind: Kind,
      title: string,
      entries: readonly (PainPoint | Opportunity)[],
      fields: readonly ScoreField[],
    ): Child[] =>
      entries.length === 0
        ? []
        : [
            el('h3', { className: 'h4', text: `${title} (${entries.length})` }),
            el(
              'ul',
              { className: 'score-rows', attrs: { 'data-score-kind': kind } },
              entries.map((entry, index) =>
                row({ kind, index, entry, fields }, stageOf(entry.stageId)),
              ),
            ),
          ];
    return [
      el('p', {
        className: 'p-small score-help',
        text: 'Score what the workshop raised. Enter or Tab saves a score, Escape puts it back.',
      }),
      ...section('pain', 'Pain points', map.painPoints, PAIN_FIELDS),
      ...section('opportunity', 'Opportunities', map.opportunities, OPPORTUNITY_FIELDS),
    ];
  }

  const update = (state: PanelState) => {
    // Drafts of entries that are gone (a re-convert, start over) go with them.
    for (const [key, draft] of drafts) {
      if (!findEntry(state.map, draft.kind, draft.entryId)) drafts.delete(key);
    }
    const children = render(state);
    container.hidden = children.length === 0;
    renderKeepingFocus(list, children);
  };
  store.subscribe(update);
  update(store.get());
}
