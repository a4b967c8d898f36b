// Re-importing a board into its map: keeps ids, links and hand edits, and reports what changed.
import type { JourneyMap } from '../model/journey-map';
import { mergeItems } from './merge-items';
import { mergePersonMade } from './merge-person-made';
import { mergePhases } from './merge-phases';
import type { MapMerge } from './merge-report';
import { mergeLanes, mergeStages } from './merge-stages-and-lanes';

/**
 * Merge `next`, a fresh import of the board `previous` came from, into `previous`.
 *
 * - The map keeps `previous`'s identity, map-level fields, pain points, opportunities and KPIs;
 *   `next`'s pain points, opportunities and KPIs are added only under keys `previous` lacks.
 * - Stages and lanes match by board source, then by name (ignoring case and spaces), then by key.
 *   A match keeps its id, key and person-made fields and takes the board's name (and lane kind)
 *   unless a person edited it. New ones are added; those gone from the board are kept, flagged
 *   `removedAtSource`, right after the entry that preceded them.
 * - Pain points and opportunities raised from a sticky match by it: they keep their id, key,
 *   scores, status and links, take its new text unless a person retitled them, and are flagged
 *   `removedAtSource` (never dropped) when the sticky leaves its lane or the board.
 * - Phases match like stages, by board source, then name. A match keeps its id, key and a name a
 *   person edited; its stages follow the board unless a person regrouped the phase or made it by
 *   hand. No stage ends up in two phases, and a person's grouping claims its stages first. Phases
 *   gone from the board are kept when a person made or edited them, and dropped otherwise; both
 *   are reported (see `mergePhases`).
 * - Items match by sticky. A match keeps its id and takes the board's text and cell unless a person
 *   edited them. Hand-made items stay. An item whose sticky left the grid goes back to unplaced,
 *   unless a person placed it by hand or a pain point refers to it; an item whose sticky is gone
 *   is kept, flagged.
 *
 * Linear in the size of both maps; merging a map with itself gives the same map and no changes.
 */
export function mergeMaps(previous: JourneyMap, next: JourneyMap): MapMerge {
  const stages = mergeStages(previous.stages, next.stages);
  const lanes = mergeLanes(previous.lanes, next.lanes);
  const phases = mergePhases(
    previous.phases,
    next.phases,
    stages.idOf,
    stages.entries.map((stage) => stage.id),
  );
  const items = mergeItems({
    previous: previous.items,
    next: next.items,
    nextUnplaced: next.unplaced,
    stageIdOf: stages.idOf,
    laneIdOf: lanes.idOf,
    referenced: new Set(
      previous.painPoints.flatMap((pain) => (pain.itemId === undefined ? [] : [pain.itemId])),
    ),
  });
  const personMade = mergePersonMade({
    previous,
    next,
    items: items.items,
    lanes: lanes.entries,
    stageIdOf: stages.idOf,
    itemIdOf: items.idOf,
  });
  return {
    map: {
      ...previous,
      phases: phases.entries,
      stages: stages.entries,
      lanes: lanes.entries,
      items: items.items,
      unplaced: items.unplaced,
      painPoints: personMade.painPoints,
      opportunities: personMade.opportunities,
      kpis: personMade.kpis,
    },
    report: {
      phases: phases.changes,
      stages: stages.changes,
      lanes: lanes.changes,
      items: items.changes,
      added: personMade.added,
      raised: personMade.raised,
      conflicts: [
        ...phases.conflicts,
        ...stages.conflicts,
        ...lanes.conflicts,
        ...items.conflicts,
        ...personMade.conflicts,
      ],
    },
  };
}
