// Journeys named by label groups ("Journey: Onboarding" and its stage labels), matched to journey maps.
import { CURRENT_SCHEMA_VERSION, JourneyMap } from '../model/journey-map';
import { keyAllocator } from '../model/key-allocator';
import { slugify } from '../model/primitives';

/** A label group that names a journey, its child labels in order as the journey's stages. */
export interface LabelJourney {
  groupId: string;
  /** The group's name without the `Journey:` prefix. */
  name: string;
  stages: { labelId: string; name: string }[];
}

/** A stage label and the map stage it stands for; null when the map has no such stage. */
export interface StageLabel {
  labelId: string;
  name: string;
  stageId: string | null;
}

/** One journey of the portfolio: a label group, a map, or both. */
export interface MatchedJourney {
  name: string;
  /** Null for a map that no label group names (its work may come from Jira only). */
  groupId: string | null;
  map: JourneyMap;
  /** False when the map was made up from the labels because no map file matched. */
  fromMap: boolean;
  stageLabels: StageLabel[];
}

const JOURNEY_PREFIX = /^\s*journey:/i;

/** The journey a group name names (`journey: Onboarding` → `Onboarding`), or null for any other group. */
export function journeyNameOf(groupName: string): string | null {
  if (!JOURNEY_PREFIX.test(groupName)) return null;
  return groupName.replace(JOURNEY_PREFIX, '').trim();
}

/** Derived from the label's id, so a synthesized stage keeps its id from run to run. */
export const labelStageId = (labelId: string): string => `linear-label-${labelId}`;
export const groupMapId = (groupId: string): string => `linear-group-${groupId}`;

const same = (a: string, b: string): boolean => a.trim().toLowerCase() === b.trim().toLowerCase();

/** A map with the labels' stages in label order, for a journey no map file describes. */
export function synthesizeMap(journey: LabelJourney): JourneyMap {
  const stageKey = keyAllocator();
  return JourneyMap.parse({
    schemaVersion: CURRENT_SCHEMA_VERSION,
    id: groupMapId(journey.groupId),
    key: slugify(journey.name),
    title: journey.name === '' ? 'Untitled journey' : journey.name,
    stages: journey.stages.map((label) => ({
      id: labelStageId(label.labelId),
      key: stageKey(label.name),
      name: label.name.trim() === '' ? 'Untitled stage' : label.name,
    })),
    lanes: [],
  });
}

function labelsOnMap(journey: LabelJourney, map: JourneyMap): StageLabel[] {
  return journey.stages.map(({ labelId, name }) => {
    const stage = map.stages.find((s) => same(s.name, name) || same(s.key, name));
    return { labelId, name, stageId: stage?.id ?? null };
  });
}

/**
 * Each label journey takes the first unclaimed map whose title or key is its name; the rest get a
 * map made from their labels. Maps no group names follow, as journeys of their own.
 */
export function matchJourneys(
  groups: readonly LabelJourney[],
  maps: readonly JourneyMap[],
): MatchedJourney[] {
  const claimed = new Set<JourneyMap>();
  const journeys: MatchedJourney[] = groups.map((journey) => {
    const map = maps.find(
      (m) => !claimed.has(m) && (same(m.title, journey.name) || same(m.key, journey.name)),
    );
    if (!map) {
      const made = synthesizeMap(journey);
      return {
        name: journey.name,
        groupId: journey.groupId,
        map: made,
        fromMap: false,
        // By position, not by name: two labels may share a name.
        stageLabels: journey.stages.map(({ labelId, name }) => ({
          labelId,
          name,
          stageId: labelStageId(labelId),
        })),
      };
    }
    claimed.add(map);
    return {
      name: journey.name,
      groupId: journey.groupId,
      map,
      fromMap: true,
      stageLabels: labelsOnMap(journey, map),
    };
  });
  for (const map of maps) {
    if (!claimed.has(map))
      journeys.push({ name: map.title, groupId: null, map, fromMap: true, stageLabels: [] });
  }
  return journeys;
}
