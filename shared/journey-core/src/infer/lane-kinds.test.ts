import { describe, expect, it } from 'vitest';
import { LaneKind } from '../model/journey-map';
import { DEFAULT_LANE_NAMES } from './colour-legend';
import { LANE_KIND_WORDS, laneKindOf } from './lane-kinds';

describe('laneKindOf', () => {
  it.each([
    ['Doing', 'actions'],
    ['What are they DOING?', 'actions'],
    ['Customer actions', 'actions'],
    ['Steps', 'actions'],
    ['Tasks', 'actions'],
    ['Channel', 'touchpoints'],
    ['Channels', 'touchpoints'],
    ['Touchpoints', 'touchpoints'],
    ['Touch points', 'touchpoints'],
    ['Where?', 'touchpoints'],
    ['Thinking', 'thoughts'],
    ['Thoughts', 'thoughts'],
    ['What do they think?', 'thoughts'],
    ['Thinks', 'thoughts'],
    ['Questions', 'thoughts'],
    ['Feeling', 'emotions'],
    ['feelings', 'emotions'],
    ['Emotions', 'emotions'],
    ['Mood', 'emotions'],
    ['Sentiment', 'emotions'],
    ['Pain', 'pain-points'],
    ['Pains', 'pain-points'],
    ['Pain points', 'pain-points'],
    ['Pain-points', 'pain-points'],
    ['PAINPOINTS', 'pain-points'],
    ['Frustrations', 'pain-points'],
    ['Problems', 'pain-points'],
    ['Blockers', 'pain-points'],
    ['Ideas', 'opportunities'],
    ['Opportunities', 'opportunities'],
    ['How might we…', 'opportunities'],
    ['HMW', 'opportunities'],
    ['Improvements', 'opportunities'],
    ['Backstage', 'backstage'],
    ['Back-stage', 'backstage'],
    ['Behind the scenes', 'backstage'],
    ['Systems', 'backstage'],
    ['Support processes', 'backstage'],
    // The first word that names a kind decides.
    ['Thoughts and feelings', 'thoughts'],
    ['Feelings & thoughts', 'emotions'],
    // Whole words only.
    ['Painting', 'custom'],
    ['Ecosystem', 'custom'],
    ['Widea', 'custom'],
    ['Persona', 'custom'],
    ['', 'custom'],
  ] as const)('%j → %s', (label, kind) => {
    expect(laneKindOf(label)).toBe(kind);
  });

  it('reads every kind back from its default lane name', () => {
    for (const kind of LaneKind.options) expect(laneKindOf(DEFAULT_LANE_NAMES[kind])).toBe(kind);
  });

  it('matches each listed word to its own kind', () => {
    for (const [kind, words] of Object.entries(LANE_KIND_WORDS)) {
      for (const word of words) expect(laneKindOf(word)).toBe(kind);
    }
  });
});
