// Phases on re-import: a map's own phases were drawn or regrouped by a person and are kept; a map
// with none takes the board's, their stages renamed to the merged map's stage ids.
import type { Phase } from '../model/journey-map';

export function mergePhases(
  previous: readonly Phase[],
  next: readonly Phase[],
  stageIdOf: ReadonlyMap<string, string>,
): Phase[] {
  if (previous.length > 0 || next.length === 0) return [...previous];
  return next.map((phase) => ({
    ...phase,
    stageIds: phase.stageIds.flatMap((stageId) => stageIdOf.get(stageId) ?? []),
  }));
}
