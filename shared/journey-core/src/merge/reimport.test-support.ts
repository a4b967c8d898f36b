// A fresh import of a map's board, as the board reader would produce it: new ids, no hand-made data.
import type { JourneyMap, Lane, MapItem, Stage } from '../model/journey-map';

/** What the board shows of a stage: no owner, description, child map or edits. */
function boardStage(stage: Stage, id: string): Stage {
  return {
    id,
    key: stage.key,
    name: stage.name,
    ...(stage.source ? { source: stage.source } : {}),
  };
}

function boardLane(lane: Lane, id: string): Lane {
  return {
    id,
    key: lane.key,
    name: lane.name,
    kind: lane.kind,
    ...(lane.source ? { source: lane.source } : {}),
  };
}

/**
 * `map` as a new import of its board would read it: every id prefixed with `prefix`, only what is
 * on the board (no flagged or hand-made entries), no pain points, opportunities or KPIs.
 */
export function freshImport(map: JourneyMap, prefix = 'new-'): JourneyMap {
  const stages = map.stages.filter((stage) => !stage.removedAtSource);
  const lanes = map.lanes.filter((lane) => !lane.removedAtSource);
  const stageIds = new Set(stages.map((stage) => stage.id));
  const laneIds = new Set(lanes.map((lane) => lane.id));
  const items: MapItem[] = [];
  for (const item of map.items) {
    if (!item.source || item.removedAtSource) continue;
    if (!stageIds.has(item.stageId) || !laneIds.has(item.laneId)) continue;
    items.push({
      id: `${prefix}${item.id}`,
      stageId: `${prefix}${item.stageId}`,
      laneId: `${prefix}${item.laneId}`,
      text: item.text,
      source: item.source,
      ...(item.emotion === undefined ? {} : { emotion: item.emotion }),
    });
  }
  return {
    schemaVersion: map.schemaVersion,
    id: `${prefix}${map.id}`,
    key: map.key,
    title: map.title,
    state: 'current',
    zoom: 'journey',
    phases: [],
    stages: stages.map((stage) => boardStage(stage, `${prefix}${stage.id}`)),
    lanes: lanes.map((lane) => boardLane(lane, `${prefix}${lane.id}`)),
    items,
    unplaced: map.unplaced,
    painPoints: [],
    opportunities: [],
    kpis: [],
  };
}
