// The map's lanes: from the label rows (kinds from their words, or the legend when the words say
// nothing), or one lane per legend kind, ordered by where its stickies sit.
import type { LaneKind } from '../model/journey-map';
import type { ColourLegend } from './board-item';
import { indexLegend, legendLaneName, mostCommonKind } from './colour-legend';
import type { Interval } from './grid-axes';
import type { Grid } from './infer-grid';
import { laneKindOf } from './lane-kinds';
import type { Placements } from './place-stickies';
import type { StickyTable } from './sticky-table';

export interface InferredLane {
  name: string;
  kind: LaneKind;
  /** The label item naming the lane; none for a lane made from the legend. */
  itemId?: string;
  /** The vertical extent that emotion scores are read against. */
  extent: Interval;
}

export interface LanePlan {
  /** In map order, top to bottom. */
  lanes: InferredLane[];
  /** A placed fate's `lane` → the index of its lane in `lanes`. */
  indexOf: number[];
}

/** The index of every placed sticky in the given order, grouped by the `lane` its fate gave it. */
function stickiesByLane(placements: Placements, order: Int32Array, count: number): number[][] {
  const groups = Array.from({ length: count }, (): number[] => []);
  for (let at = 0; at < order.length; at++) {
    const index = order[at] ?? 0;
    if ((placements.stage[index] ?? -1) >= 0) groups[placements.lane[index] ?? 0]?.push(index);
  }
  return groups;
}

/**
 * The lanes of the map for a grid whose stickies met the given placements (by index), the
 * stickies read in the given order.
 */
export function inferLanes(
  grid: Grid,
  stickies: StickyTable,
  placements: Placements,
  order: Int32Array,
  legend: ColourLegend,
): LanePlan {
  const { lanes } = grid;
  if (lanes.by === 'none') return { lanes: [], indexOf: [] };
  if (lanes.by === 'labels') {
    const byWords = lanes.labels.map((label) => laneKindOf(label.name));
    // Only a lane whose words name no kind looks at its stickies' colours.
    const groups = byWords.includes('custom')
      ? stickiesByLane(placements, order, lanes.labels.length)
      : [];
    const legendIndex = indexLegend(legend);
    return {
      lanes: lanes.labels.map((label, index) => {
        const named = byWords[index] ?? 'custom';
        const colours = (groups[index] ?? []).map((sticky) => stickies.colors[sticky]);
        const kind =
          named === 'custom' ? (mostCommonKind(legendIndex, colours) ?? 'custom') : named;
        const extent = lanes.rows[index] ?? { start: 0, end: 0 };
        return { name: label.name, kind, itemId: label.itemId, extent };
      }),
      indexOf: lanes.labels.map((_, index) => index),
    };
  }
  const groups = stickiesByLane(placements, order, lanes.kinds.length);
  const { tops, heights } = stickies;
  const made = lanes.kinds.map((kind, index) => {
    const ys = (groups[index] ?? []).map(
      (sticky) => (tops[sticky] ?? 0) + (heights[sticky] ?? 0) / 2,
    );
    const mean = ys.length > 0 ? ys.reduce((sum, y) => sum + y, 0) / ys.length : undefined;
    // A legend lane has no drawn extent: its own stickies span it, highest to lowest.
    const extent = { start: ys[0] ?? 0, end: ys[0] ?? 0 };
    for (const y of ys) {
      extent.start = Math.min(extent.start, y);
      extent.end = Math.max(extent.end, y);
    }
    return { lane: { name: legendLaneName(legend, kind), kind, extent }, mean, index };
  });
  // Lanes with stickies top to bottom by their mean height, then empty ones in legend order.
  made.sort(
    (a, b) =>
      (a.mean ?? Number.POSITIVE_INFINITY) - (b.mean ?? Number.POSITIVE_INFINITY) ||
      a.index - b.index,
  );
  const indexOf: number[] = [];
  made.forEach((entry, at) => {
    indexOf[entry.index] = at;
  });
  return { lanes: made.map((entry) => entry.lane), indexOf };
}
