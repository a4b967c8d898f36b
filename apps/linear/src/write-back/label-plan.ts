// What `linear labels` writes for a map: its journey as a `Journey: …` label group with one label
// per stage, only what is missing. Groups and stage labels are matched to the map as the portfolio
// matches them (the core's matchJourneys), so what is created here is what the portfolio then reads.
import { type JourneyMap, matchJourneys } from '@throughline/journey-core';
import type { LabelGroup } from '../client/linear-model';
import { labelJourneys } from '../portfolio/journey-groups';

export interface LabelPlan {
  groupName: string;
  /** The group already there, matched by journey name (the map's title or key), case-insensitively. */
  group: LabelGroup | undefined;
  /** Stage names with no label in the group yet, in map order. */
  missing: string[];
  /** Stage names the group already has a label for (by the stage's name or key). */
  present: string[];
}

export function planLabels(map: JourneyMap, groups: readonly LabelGroup[]): LabelPlan {
  const journey = matchJourneys(labelJourneys(groups), [map]).find((j) => j.map === map);
  const group = journey?.groupId == null ? undefined : groups.find((g) => g.id === journey.groupId);
  const labelled = new Set(journey?.stageLabels.map((label) => label.stageId));
  const plan: LabelPlan = { groupName: `Journey: ${map.title}`, group, missing: [], present: [] };
  for (const stage of map.stages)
    (labelled.has(stage.id) ? plan.present : plan.missing).push(stage.name);
  return plan;
}
