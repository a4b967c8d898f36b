// Drops what a re-import flagged as gone from the board, once a person confirms, if nothing needs it.
import type { Diagnostic } from '../model/diagnostic';
import type { JourneyMap, MapItem } from '../model/journey-map';
import type { WorkLink } from '../model/work-link';

export interface ConfirmedRemovals {
  /** The map without the entries that could go; always as sound as the map given. */
  map: JourneyMap;
  /** Ids of the phases, stages, lanes and items dropped. */
  removed: string[];
  /** One error per id that was kept, saying why. */
  refused: Diagnostic[];
}

type Path = (string | number)[];

/** "pain point "Slow", KPI "NPS" and 2 more": enough for a person to find them. */
function listOf(users: readonly string[]): string {
  const shown = users.slice(0, 3).join(', ');
  return users.length > 3 ? `${shown} and ${users.length - 3} more` : shown;
}

function painPointsByItem(map: JourneyMap): Map<string, string[]> {
  const users = new Map<string, string[]>();
  for (const pain of map.painPoints) {
    if (pain.itemId === undefined) continue;
    const list = users.get(pain.itemId) ?? [];
    list.push(`pain point "${pain.title}"`);
    users.set(pain.itemId, list);
  }
  return users;
}

function usersByStage(map: JourneyMap, links: readonly WorkLink[]): Map<string, string[]> {
  const users = new Map<string, string[]>();
  const use = (stageId: string | undefined, user: string) => {
    if (stageId === undefined) return;
    const list = users.get(stageId);
    if (list) list.push(user);
    else users.set(stageId, [user]);
  };
  for (const pain of map.painPoints) use(pain.stageId, `pain point "${pain.title}"`);
  for (const opportunity of map.opportunities)
    use(opportunity.stageId, `opportunity "${opportunity.title}"`);
  for (const kpi of map.kpis) use(kpi.stageId, `KPI "${kpi.name}"`);
  for (const link of links) {
    if (link.mapId === map.id) use(link.stageId, `linked work ${link.key ?? link.id}`);
  }
  return users;
}

/**
 * Drop the phases, stages, lanes and items named in `ids` that a re-import flagged
 * `removedAtSource`. Refuses, with a diagnostic each, an id that is not flagged or not in the map,
 * a stage or lane that still holds items, a stage that a pain point, opportunity, KPI or one of
 * `links` uses, and an item a pain point was raised from. Items go first, so a stage can go with
 * its items. A dropped phase leaves its stages ungrouped; a dropped stage leaves its phase, and a
 * phase left with no stage goes with it (a name over nothing), listed in `removed`.
 */
export function confirmRemovals(
  map: JourneyMap,
  ids: readonly string[],
  links: readonly WorkLink[] = [],
): ConfirmedRemovals {
  const wanted = new Set(ids);
  const seen = new Set<string>();
  const removed: string[] = [];
  const refused: Diagnostic[] = [];
  const refuse = (code: string, path: Path, message: string) =>
    refused.push({ severity: 'error', code, path, message });

  /** Whether a wanted entry may go; says why not otherwise. */
  const mayGo = (
    entry: { id: string; removedAtSource?: boolean | undefined },
    path: Path,
    what: string,
    usedBy: readonly string[],
  ) => {
    seen.add(entry.id);
    if (!entry.removedAtSource) {
      refuse(
        'not-removed-at-source',
        path,
        `${what} is still on the board; only entries gone from it can be removed here`,
      );
      return false;
    }
    if (usedBy.length > 0) {
      refuse(
        'still-referenced',
        path,
        `${what} is still used by ${listOf(usedBy)}; move or remove those first`,
      );
      return false;
    }
    removed.push(entry.id);
    return true;
  };

  const painsByItem = painPointsByItem(map);
  const items = map.items.filter(
    (item, index) =>
      !wanted.has(item.id) ||
      !mayGo(item, ['items', index], `item "${item.text}"`, painsByItem.get(item.id) ?? []),
  );

  const holding = (field: keyof Pick<MapItem, 'stageId' | 'laneId'>) => {
    const counts = new Map<string, number>();
    for (const item of items) counts.set(item[field], (counts.get(item[field]) ?? 0) + 1);
    return (id: string) => {
      const count = counts.get(id) ?? 0;
      return count === 0 ? [] : [`${count} item(s)`];
    };
  };
  const itemsInStage = holding('stageId');
  const itemsInLane = holding('laneId');
  const stageUsers = usersByStage(map, links);
  const stages = map.stages.filter(
    (stage, index) =>
      !wanted.has(stage.id) ||
      !mayGo(stage, ['stages', index], `stage "${stage.name}"`, [
        ...itemsInStage(stage.id),
        ...(stageUsers.get(stage.id) ?? []),
      ]),
  );
  const lanes = map.lanes.filter(
    (lane, index) =>
      !wanted.has(lane.id) ||
      !mayGo(lane, ['lanes', index], `lane "${lane.name}"`, itemsInLane(lane.id)),
  );

  const kept = new Set(stages.map((stage) => stage.id));
  const phases = map.phases.flatMap((phase, index) => {
    if (wanted.has(phase.id) && mayGo(phase, ['phases', index], `phase "${phase.name}"`, []))
      return [];
    const stageIds = phase.stageIds.filter((stageId) => kept.has(stageId));
    if (stageIds.length === phase.stageIds.length) return [phase];
    if (stageIds.length === 0) {
      removed.push(phase.id);
      return [];
    }
    return [{ ...phase, stageIds }];
  });

  for (const id of wanted) {
    if (!seen.has(id))
      refuse('unknown-id', [], `no phase, stage, lane or item of this map has the id "${id}"`);
  }
  return { map: { ...map, phases, stages, lanes, items }, removed, refused };
}
