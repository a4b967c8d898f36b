// A lane's kind from the words on its label: "Pain points", "What are they thinking?", "Channels".
import { LaneKind } from '../model/journey-map';

/** Words and phrases facilitators write on lane labels, by the kind of lane they name. */
export const LANE_KIND_WORDS: Readonly<Record<Exclude<LaneKind, 'custom'>, readonly string[]>> = {
  actions: ['doing', 'action', 'actions', 'step', 'steps', 'task', 'tasks'],
  touchpoints: [
    'channel',
    'channels',
    'touchpoint',
    'touchpoints',
    'touch point',
    'touch points',
    'where',
  ],
  thoughts: ['thinking', 'thinks', 'think', 'thought', 'thoughts', 'question', 'questions'],
  emotions: [
    'feeling',
    'feelings',
    'feels',
    'feel',
    'emotion',
    'emotions',
    'emotional',
    'mood',
    'sentiment',
  ],
  'pain-points': [
    'pain',
    'pains',
    'pain point',
    'pain points',
    'painpoint',
    'painpoints',
    'frustration',
    'frustrations',
    'problem',
    'problems',
    'blocker',
    'blockers',
  ],
  opportunities: [
    'idea',
    'ideas',
    'opportunity',
    'opportunities',
    'how might we',
    'hmw',
    'improvement',
    'improvements',
  ],
  backstage: [
    'backstage',
    'back stage',
    'behind the scenes',
    'system',
    'systems',
    'support process',
    'support processes',
  ],
};

/** Lower-case words separated by single spaces, padded so that phrases match whole words only. */
function words(text: string): string {
  const plain = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  return ` ${plain} `;
}

const PHRASES: readonly { phrase: string; kind: LaneKind }[] = LaneKind.options.flatMap((kind) =>
  kind === 'custom' ? [] : LANE_KIND_WORDS[kind].map((phrase) => ({ phrase: words(phrase), kind })),
);

/**
 * The kind a lane label names, `custom` when no word says. When a label names several kinds
 * ("Thoughts and feelings"), its first word decides; at one place, the longer phrase.
 */
export function laneKindOf(label: string): LaneKind {
  const text = words(label);
  let found: { at: number; length: number; kind: LaneKind } | undefined;
  for (const { phrase, kind } of PHRASES) {
    const at = text.indexOf(phrase);
    if (at < 0) continue;
    if (!found || at < found.at || (at === found.at && phrase.length > found.length)) {
      found = { at, length: phrase.length, kind };
    }
  }
  return found?.kind ?? 'custom';
}
