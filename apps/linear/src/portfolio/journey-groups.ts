// Linear's project label groups → the journeys they name (only groups called "Journey: …").
import { journeyNameOf, type LabelJourney } from '@throughline/journey-core';
import type { LabelGroup } from '../client/linear-model';

export function labelJourneys(groups: readonly LabelGroup[]): LabelJourney[] {
  const journeys: LabelJourney[] = [];
  for (const group of groups) {
    const name = journeyNameOf(group.name);
    if (name === null) continue;
    journeys.push({
      groupId: group.id,
      name,
      stages: group.children.map((label) => ({ labelId: label.id, name: label.name })),
    });
  }
  return journeys;
}
