// Lays a journey map out as a clean board grid: a frame, stage headers across the top, lane labels
// down the left, and each cell's items in a small block of square stickies.
import type { Box } from '../infer/board-item';
import type { JourneyMap, MapItem } from '../model/journey-map';
import { cellKey, itemsByCell } from '../model/map-cells';
import type { BoardPlan, LayoutOptions, PlannedHeader, PlannedSticky } from './board-plan';

/** Miro's default square sticky is 199 px wide; 200 keeps the grid on round numbers. */
export const STICKY_SIZE = 200;
export const GAP = 24;
export const HEADER_HEIGHT = 120;
export const LABEL_WIDTH = 280;
/** Wider cells would make a stage column unreadable at the zoom that shows the whole journey. */
export const MAX_STICKIES_ACROSS = 4;
const PADDING = 80;

/** Stickies across each stage column: enough for its fullest cell to stay roughly square. */
function columnsPerStage(map: JourneyMap, cells: Map<string, MapItem[]>): number[] {
  return map.stages.map((stage) => {
    const fullest = Math.max(
      1,
      ...map.lanes.map((lane) => cells.get(cellKey(stage.id, lane.id))?.length ?? 0),
    );
    return Math.min(MAX_STICKIES_ACROSS, Math.ceil(Math.sqrt(fullest)));
  });
}

/** Sticky rows each lane needs: its tallest cell, given that stage's columns. */
function rowsPerLane(map: JourneyMap, cells: Map<string, MapItem[]>, across: number[]): number[] {
  return map.lanes.map((lane) =>
    Math.max(
      1,
      ...map.stages.map((stage, index) => {
        const count = cells.get(cellKey(stage.id, lane.id))?.length ?? 0;
        return Math.ceil(count / (across[index] ?? 1));
      }),
    ),
  );
}

const span = (stickies: number) => stickies * (STICKY_SIZE + GAP) + GAP;

/** Running starts of consecutive spans from `start`. */
function starts(start: number, sizes: readonly number[]): number[] {
  const result: number[] = [];
  let at = start;
  for (const size of sizes) {
    result.push(at);
    at += size;
  }
  return result;
}

export function layoutMapOnBoard(map: JourneyMap, options: LayoutOptions = {}): BoardPlan {
  const origin = options.origin ?? { x: 0, y: 0 };
  const cells = itemsByCell(map.items);
  const across = columnsPerStage(map, cells);
  const rows = rowsPerLane(map, cells, across);
  const widths = across.map(span);
  const heights = rows.map(span);
  const gridLeft = origin.x + PADDING + LABEL_WIDTH;
  const gridTop = origin.y + PADDING + HEADER_HEIGHT;
  const lefts = starts(gridLeft, widths);
  const tops = starts(gridTop, heights);
  const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);

  const headers: PlannedHeader[] = [];
  map.stages.forEach((stage, index) => {
    const box = {
      left: lefts[index] ?? gridLeft,
      top: origin.y + PADDING,
      width: widths[index] ?? span(1),
      height: HEADER_HEIGHT,
    };
    headers.push({ refId: stage.id, role: 'stage', text: stage.name, box });
  });
  map.lanes.forEach((lane, index) => {
    const box = {
      left: origin.x + PADDING,
      top: tops[index] ?? gridTop,
      width: LABEL_WIDTH,
      height: heights[index] ?? span(1),
    };
    headers.push({ refId: lane.id, role: 'lane', text: lane.name, box, kind: lane.kind });
  });

  const stickies: PlannedSticky[] = [];
  const laneById = new Map(map.lanes.map((lane, index) => [lane.id, { lane, index }] as const));
  map.stages.forEach((stage, stageIndex) => {
    const columns = across[stageIndex] ?? 1;
    for (const [laneId, { lane, index: laneIndex }] of laneById) {
      const items = cells.get(cellKey(stage.id, laneId)) ?? [];
      items.forEach((item, position) => {
        const box: Box = {
          left: (lefts[stageIndex] ?? gridLeft) + GAP + (position % columns) * (STICKY_SIZE + GAP),
          top:
            (tops[laneIndex] ?? gridTop) +
            GAP +
            Math.floor(position / columns) * (STICKY_SIZE + GAP),
          width: STICKY_SIZE,
          height: STICKY_SIZE,
        };
        stickies.push({ itemId: item.id, text: item.text, box, kind: lane.kind });
      });
    }
  });

  const drawn = new Set(stickies.map((sticky) => sticky.itemId));
  const skipped = map.items.filter((item) => !drawn.has(item.id)).map((item) => item.id);
  const frame = {
    title: map.title,
    box: {
      left: origin.x,
      top: origin.y,
      width: PADDING + LABEL_WIDTH + sum(widths) + PADDING,
      height: PADDING + HEADER_HEIGHT + sum(heights) + PADDING,
    },
  };
  return { frame, headers, stickies, skipped, total: 1 + headers.length + stickies.length };
}
