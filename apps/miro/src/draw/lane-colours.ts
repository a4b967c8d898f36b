// The colour each lane kind is drawn in: its stickies' fill (by the Web SDK's colour names) and
// its lane label's fill (the same colour, as a hex value, since shapes take any colour).
import type { LaneKindValue } from '@throughline/journey-core';
import type { StickyFill } from '../board/sticky-colours';

export interface LaneColour {
  sticky: StickyFill;
  /** The hex value Miro shows for that sticky colour. */
  hex: string;
}

/** Conventional journey-map colours: yellow actions, blue touchpoints, pink pain points… */
export const LANE_COLOURS: Readonly<Record<LaneKindValue, LaneColour>> = {
  actions: { sticky: 'light_yellow', hex: '#fff9b1' },
  touchpoints: { sticky: 'light_blue', hex: '#a6ccf5' },
  thoughts: { sticky: 'violet', hex: '#c6a2d2' },
  emotions: { sticky: 'orange', hex: '#ff9d48' },
  'pain-points': { sticky: 'light_pink', hex: '#ffcee0' },
  opportunities: { sticky: 'light_green', hex: '#d5f692' },
  backstage: { sticky: 'gray', hex: '#e6e6e6' },
  custom: { sticky: 'cyan', hex: '#67c6c0' },
};

/** Stage headers are neutral: the colour belongs to the lanes. */
export const STAGE_HEADER_FILL = '#f2f2f2';
