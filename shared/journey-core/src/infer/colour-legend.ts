// A user's colour legend ("pink stickies are pain points"): kinds by colour, and lanes made from it.
import type { LaneKind } from '../model/journey-map';
import type { ColourLegend } from './board-item';
import { plainName } from './plain-name';

/** What a lane made from the legend is called when its entry gives no label. */
export const DEFAULT_LANE_NAMES: Readonly<Record<LaneKind, string>> = {
  actions: 'Actions',
  touchpoints: 'Touchpoints',
  thoughts: 'Thoughts',
  emotions: 'Emotions',
  'pain-points': 'Pain points',
  opportunities: 'Opportunities',
  backstage: 'Backstage',
  custom: 'Notes',
};

/** Colours compare case-insensitively: `#FFD02F` and `#ffd02f` are one colour. */
const colourKey = (colour: string): string => colour.trim().toLowerCase();

/** Every kind the legend names, once each, in the legend's order. */
export function legendKinds(legend: ColourLegend): LaneKind[] {
  return [...new Set(legend.map((entry) => entry.kind))];
}

/** A legend read once, so that each sticky's colour is looked up, not searched for. */
export interface LegendIndex {
  /** Each colour's kind; the first entry for a colour wins. */
  byColour: ReadonlyMap<string, LaneKind>;
  /** Every kind the legend names, once each, in the legend's order. */
  kinds: readonly LaneKind[];
}

export function indexLegend(legend: ColourLegend): LegendIndex {
  const byColour = new Map<string, LaneKind>();
  for (const entry of legend) {
    const key = colourKey(entry.color);
    if (!byColour.has(key)) byColour.set(key, entry.kind);
  }
  return { byColour, kinds: legendKinds(legend) };
}

/** The kind the legend gives a colour. */
export function kindOfColour(
  legend: LegendIndex,
  colour: string | undefined,
): LaneKind | undefined {
  return colour === undefined ? undefined : legend.byColour.get(colourKey(colour));
}

/** A legend lane's name: the first label given for its kind, else the kind's default name. */
export function legendLaneName(legend: ColourLegend, kind: LaneKind): string {
  const label = legend
    .filter((entry) => entry.kind === kind)
    .map((entry) => plainName(entry.label ?? ''))
    .find((text) => text !== '');
  return label ?? DEFAULT_LANE_NAMES[kind];
}

/**
 * The kind most of the colours map to (colours the legend lacks do not vote); on a tie, the kind
 * the legend lists first. Undefined when no colour is in the legend.
 */
export function mostCommonKind(
  legend: LegendIndex,
  colours: readonly (string | undefined)[],
): LaneKind | undefined {
  const votes = new Map<LaneKind, number>();
  for (const colour of colours) {
    const kind = kindOfColour(legend, colour);
    if (kind) votes.set(kind, (votes.get(kind) ?? 0) + 1);
  }
  let winner: LaneKind | undefined;
  for (const kind of legend.kinds) {
    const count = votes.get(kind) ?? 0;
    if (count > 0 && (!winner || count > (votes.get(winner) ?? 0))) winner = kind;
  }
  return winner;
}
