// A person's corrections to an inferred map, as pure functions: each returns a new map, marks what
// was edited by hand (so a re-convert keeps it) and returns the same map when nothing changes.
import { safeId } from '../infer/board-ids';
import { idAllocator } from '../merge/id-allocator';
import type { JourneyMap, LaneKind, MapItem } from '../model/journey-map';
import { Name } from '../model/primitives';

type Edit<Field extends string> = readonly Field[] | undefined;

function withEdit<Field extends string>(edited: Edit<Field>, field: Field): Field[] {
  const fields = [...(edited ?? [])];
  if (!fields.includes(field)) fields.push(field);
  return fields;
}

function moveEntry<T extends { id: string }>(list: readonly T[], id: string, delta: number): T[] {
  const from = list.findIndex((entry) => entry.id === id);
  const to = from + delta;
  if (from < 0 || to < 0 || to >= list.length) return [...list];
  const moved = [...list];
  const [entry] = moved.splice(from, 1);
  if (entry !== undefined) moved.splice(to, 0, entry);
  return moved;
}

/** The typed name as the `Name` schema keeps it; undefined when it is invalid or unchanged. */
function newName(typed: string, current: string): string | undefined {
  const parsed = Name.safeParse(typed);
  return parsed.success && parsed.data !== current ? parsed.data : undefined;
}

export function renameStage(map: JourneyMap, stageId: string, name: string): JourneyMap {
  const stage = map.stages.find((entry) => entry.id === stageId);
  const trimmed = stage && newName(name, stage.name);
  if (trimmed === undefined) return map;
  return {
    ...map,
    stages: map.stages.map((entry) =>
      entry.id === stageId
        ? { ...entry, name: trimmed, edited: withEdit(entry.edited, 'name') }
        : entry,
    ),
  };
}

export function renameLane(map: JourneyMap, laneId: string, name: string): JourneyMap {
  const lane = map.lanes.find((entry) => entry.id === laneId);
  const trimmed = lane && newName(name, lane.name);
  if (trimmed === undefined) return map;
  return {
    ...map,
    lanes: map.lanes.map((entry) =>
      entry.id === laneId
        ? { ...entry, name: trimmed, edited: withEdit(entry.edited, 'name') }
        : entry,
    ),
  };
}

export function setLaneKind(map: JourneyMap, laneId: string, kind: LaneKind): JourneyMap {
  const lane = map.lanes.find((entry) => entry.id === laneId);
  if (!lane || lane.kind === kind) return map;
  return {
    ...map,
    lanes: map.lanes.map((entry) =>
      entry.id === laneId ? { ...entry, kind, edited: withEdit(entry.edited, 'kind') } : entry,
    ),
  };
}

/** Moves a stage `delta` places along the journey (-1 is earlier); at either end nothing moves. */
export function moveStage(map: JourneyMap, stageId: string, delta: -1 | 1): JourneyMap {
  const stages = moveEntry(map.stages, stageId, delta);
  return stages.every((stage, index) => stage === map.stages[index]) ? map : { ...map, stages };
}

/** Moves a lane `delta` rows (-1 is up); at either end nothing moves. */
export function moveLane(map: JourneyMap, laneId: string, delta: -1 | 1): JourneyMap {
  const lanes = moveEntry(map.lanes, laneId, delta);
  return lanes.every((lane, index) => lane === map.lanes[index]) ? map : { ...map, lanes };
}

function hasCell(map: JourneyMap, stageId: string, laneId: string): boolean {
  return (
    map.stages.some((stage) => stage.id === stageId) && map.lanes.some((lane) => lane.id === laneId)
  );
}

/**
 * A hand move: the item takes the cell, is marked `edited: cell` and loses its inferred placement.
 * A card moved to another cell goes last in it, where a person dropping it expects it.
 */
export function moveItem(
  map: JourneyMap,
  itemId: string,
  stageId: string,
  laneId: string,
): JourneyMap {
  const item = map.items.find((entry) => entry.id === itemId);
  if (!item || !hasCell(map, stageId, laneId)) return map;
  const sameCell = item.stageId === stageId && item.laneId === laneId;
  if (sameCell && item.placement === undefined) return map;
  const { placement: _inferred, ...rest } = item;
  const moved: MapItem = { ...rest, stageId, laneId, edited: withEdit(item.edited, 'cell') };
  const items = sameCell
    ? map.items.map((entry) => (entry.id === itemId ? moved : entry))
    : [...map.items.filter((entry) => entry.id !== itemId), moved];
  return { ...map, items };
}

/**
 * An id for a sticky placed by hand, unique in the map: `item-<sticky id>`, as inference names the
 * items it places, so the same sticky gets the same id whichever way it entered the map.
 */
function placedItemId(map: JourneyMap, stickyId: string): string {
  return idAllocator(map.items.map((item) => item.id))(safeId(`item-${stickyId}`));
}

/** Puts the `index`th unplaced sticky into a cell as an item placed by hand. */
export function placeUnplaced(
  map: JourneyMap,
  index: number,
  stageId: string,
  laneId: string,
): JourneyMap {
  const entry = map.unplaced[index];
  if (!entry || !hasCell(map, stageId, laneId)) return map;
  const item: MapItem = {
    id: placedItemId(map, entry.source.itemId),
    stageId,
    laneId,
    text: entry.text,
    source: entry.source,
    edited: ['cell'],
  };
  return {
    ...map,
    items: [...map.items, item],
    unplaced: map.unplaced.filter((_, at) => at !== index),
  };
}
