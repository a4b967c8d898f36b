// The pickers' options from the journeys the project shows: stages grouped by phase, pain points of a stage.
import type { JourneyOption } from '../../contract/resolver-contract';

export interface PickOption {
  label: string;
  value: string;
}

export interface PickGroup {
  label: string;
  options: PickOption[];
}

export function journeyOptions(journeys: readonly JourneyOption[]): PickOption[] {
  return journeys.map((journey) => ({ label: journey.title, value: journey.mapId }));
}

/** Stages in map order, under their phase's name; stages in no phase come last, under "Other stages". */
export function stageGroups(journey: JourneyOption): PickGroup[] {
  const byId = new Map(journey.stages.map((stage) => [stage.id, stage]));
  const grouped = new Set<string>();
  const groups: PickGroup[] = [];
  for (const phase of journey.phases) {
    const options = phase.stageIds.flatMap((stageId) => {
      const stage = byId.get(stageId);
      if (!stage) return [];
      grouped.add(stageId);
      return [{ label: stage.name, value: stage.id }];
    });
    if (options.length > 0) groups.push({ label: phase.name, options });
  }
  const rest = journey.stages
    .filter((stage) => !grouped.has(stage.id))
    .map((stage) => ({ label: stage.name, value: stage.id }));
  if (rest.length > 0)
    groups.push({ label: groups.length > 0 ? 'Other stages' : 'Stages', options: rest });
  return groups;
}

export function painPointOptions(journey: JourneyOption, stageId: string): PickOption[] {
  return journey.painPoints
    .filter((painPoint) => painPoint.stageId === stageId)
    .map((painPoint) => ({ label: painPoint.title, value: painPoint.id }));
}

export function findOption<T extends PickOption>(
  options: readonly (T | { options: T[] })[],
  value: string | undefined,
): T | null {
  for (const option of options) {
    if ('options' in option) {
      const found = option.options.find((inner) => inner.value === value);
      if (found) return found;
    } else if (option.value === value) {
      return option;
    }
  }
  return null;
}
