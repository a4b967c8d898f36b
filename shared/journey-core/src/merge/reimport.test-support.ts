// A fresh import of a map's board, as the board reader would produce it: new ids, no hand-made data.
import type { JourneyMap, Lane, MapItem, Phase, Stage } from '../model/journey-map';

/** What the board shows of a stage: no owner, description, child map or edits. */
function boardStage(stage: Stage, id: string): Stage {
  return {
    id,
    key: stage.key,
    name: stage.name,
    ...(stage.source ? { source: stage.source } : {}),
  };
}

/** What the board shows of a phase: its name and the stages drawn under it, no edits. */
function boardPhase(phase: Phase, prefix: string, stageIds: ReadonlySet<string>): Phase {
  return {
    id: `${prefix}${phase.id}`,
    key: phase.key,
    name: phase.name,
    stageIds: phase.stageIds.filter((id) => stageIds.has(id)).map((id) => `${prefix}${id}`),
    ...(phase.source ? { source: phase.source } : {}),
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
    phases: map.phases
      .filter((phase) => phase.source && !phase.removedAtSource)
      .map((phase) => boardPhase(phase, prefix, stageIds)),
    stages: stages.map((stage) => boardStage(stage, `${prefix}${stage.id}`)),
    lanes: lanes.map((lane) => boardLane(lane, `${prefix}${lane.id}`)),
    items,
    unplaced: map.unplaced,
    painPoints: [],
    opportunities: [],
    kpis: [],
  };
}
