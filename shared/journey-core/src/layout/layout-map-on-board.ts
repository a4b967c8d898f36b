// Lays a journey map out as a clean board grid: a frame, phase and stage headers across the top,
// lane labels down the left, and each cell's items in a small block of square stickies.
import type { Box } from '../infer/board-item';
import type { JourneyMap, LaneKind, MapItem } from '../model/journey-map';
import type { BoardPlan, LayoutOptions, PlannedHeader, PlannedSticky } from './board-plan';
import { PHASE_HEADER_HEIGHT, planPhaseHeaders } from './phase-headers';

/** Miro's default square sticky is 199 px wide; 200 keeps the grid on round numbers. */
export const STICKY_SIZE = 200;
export const GAP = 24;
export const HEADER_HEIGHT = 120;
export const LABEL_WIDTH = 280;
/** Wider cells would make a stage column unreadable at the zoom that shows the whole journey. */
export const MAX_STICKIES_ACROSS = 4;
const PADDING = 80;

/** One cell that holds items: its stage and lane by index, and its items in map order. */
interface Cell {
  stage: number;
  lane: number;
  kind: LaneKind;
  items: MapItem[];
}

/** A map's items by cell, and the ids of those that have no cell. */
interface Cells {
  /** By `stage index × lane count + lane index`. */
  byKey: Map<number, Cell>;
  skipped: string[];
}

/** Index by id; an id that appears twice names its first entry. */
function firstIndex(entries: readonly { id: string }[]): Map<string, number> {
  const indexes = new Map<string, number>();
  entries.forEach((entry, index) => {
    if (!indexes.has(entry.id)) indexes.set(entry.id, index);
  });
  return indexes;
}

/** One pass over the items. */
function cellsOf(map: JourneyMap): Cells {
  const stageAt = firstIndex(map.stages);
  const laneAt = firstIndex(map.lanes);
  const cells: Cells = { byKey: new Map(), skipped: [] };
  for (const item of map.items) {
    const stage = stageAt.get(item.stageId);
    const lane = laneAt.get(item.laneId);
    const kind = lane === undefined ? undefined : map.lanes[lane]?.kind;
    if (stage === undefined || lane === undefined || kind === undefined) {
      cells.skipped.push(item.id);
      continue;
    }
    const key = stage * map.lanes.length + lane;
    const cell = cells.byKey.get(key);
    if (cell) cell.items.push(item);
    else cells.byKey.set(key, { stage, lane, kind, items: [item] });
  }
  return cells;
}

/**
 * Stickies across each stage column (enough for its fullest cell to stay roughly square), and
 * sticky rows each lane needs (its tallest cell, given that stage's columns). Only cells that
 * hold items are visited, so the cost grows with the items, not with stages × lanes.
 */
function gridSize(map: JourneyMap, cells: Cells): { across: number[]; rows: number[] } {
  const fullest = map.stages.map(() => 1);
  for (const { stage, items } of cells.byKey.values()) {
    fullest[stage] = Math.max(fullest[stage] ?? 1, items.length);
  }
  const across = fullest.map((count) => Math.min(MAX_STICKIES_ACROSS, Math.ceil(Math.sqrt(count))));
  const rows = map.lanes.map(() => 1);
  for (const { stage, lane, items } of cells.byKey.values()) {
    rows[lane] = Math.max(rows[lane] ?? 1, Math.ceil(items.length / (across[stage] ?? 1)));
  }
  return { across, rows };
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
  const cells = cellsOf(map);
  const { across, rows } = gridSize(map, cells);
  const widths = across.map(span);
  const heights = rows.map(span);
  const gridLeft = origin.x + PADDING + LABEL_WIDTH;
  const lefts = starts(gridLeft, widths);
  const phases =
    map.phases.length === 0
      ? []
      : planPhaseHeaders(map.phases, firstIndex(map.stages), { lefts, widths }, origin.y + PADDING);
  // Only a drawn phase row moves the grid down, so a map without phases plans as it always did.
  const phaseRow = phases.length > 0 ? PHASE_HEADER_HEIGHT : 0;
  const stageTop = origin.y + PADDING + phaseRow;
  const gridTop = stageTop + HEADER_HEIGHT;
  const tops = starts(gridTop, heights);
  const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);

  const headers: PlannedHeader[] = [...phases];
  map.stages.forEach((stage, index) => {
    const box = {
      left: lefts[index] ?? gridLeft,
      top: stageTop,
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
  const inOrder = [...cells.byKey.values()].sort((a, b) => a.stage - b.stage || a.lane - b.lane);
  for (const cell of inOrder) {
    const columns = across[cell.stage] ?? 1;
    cell.items.forEach((item, position) => {
      const box: Box = {
        left: (lefts[cell.stage] ?? gridLeft) + GAP + (position % columns) * (STICKY_SIZE + GAP),
        top:
          (tops[cell.lane] ?? gridTop) + GAP + Math.floor(position / columns) * (STICKY_SIZE + GAP),
        width: STICKY_SIZE,
        height: STICKY_SIZE,
      };
      stickies.push({ itemId: item.id, text: item.text, box, kind: cell.kind });
    });
  }

  const frame = {
    title: map.title,
    box: {
      left: origin.x,
      top: origin.y,
      width: PADDING + LABEL_WIDTH + sum(widths) + PADDING,
      height: PADDING + phaseRow + HEADER_HEIGHT + sum(heights) + PADDING,
    },
  };
  return {
    frame,
    headers,
    stickies,
    skipped: cells.skipped,
    total: 1 + headers.length + stickies.length,
  };
}
