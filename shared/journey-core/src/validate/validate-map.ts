// Checks a parsed map for what its schema cannot express: references, uniqueness, empty parts,
// and text that bidi controls can make read other than it is.
import type { Diagnostic } from '../model/diagnostic';
import type { JourneyMap } from '../model/journey-map';
import { sourceKey } from '../model/primitives';
import { bidiControlWarnings } from './bidi-controls';

type Path = (string | number)[];

/** Everything wrong or doubtful in a map, errors first; an empty list means the map is sound. */
export function validateMap(map: JourneyMap): Diagnostic[] {
  const found: Diagnostic[] = [];
  const error = (code: string, path: Path, message: string) =>
    found.push({ severity: 'error', code, path, message });
  const warn = (code: string, path: Path, message: string) =>
    found.push({ severity: 'warning', code, path, message });

  const unique = <T>(list: keyof JourneyMap, entries: T[], field: keyof T & string) => {
    const seen = new Map<unknown, number>();
    entries.forEach((entry, index) => {
      const value = entry[field];
      const first = seen.get(value);
      if (first === undefined) seen.set(value, index);
      else
        error(
          field === 'id' ? 'duplicate-id' : 'duplicate-key',
          [list, index, field],
          `${field} "${String(value)}" is already used by ${list}[${first}]`,
        );
    });
    return new Set(seen.keys());
  };

  const stageIds = unique('stages', map.stages, 'id');
  unique('stages', map.stages, 'key');
  const laneIds = unique('lanes', map.lanes, 'id');
  unique('lanes', map.lanes, 'key');
  const itemIds = unique('items', map.items, 'id');
  const painIds = unique('painPoints', map.painPoints, 'id');
  unique('painPoints', map.painPoints, 'key');
  unique('opportunities', map.opportunities, 'id');
  unique('opportunities', map.opportunities, 'key');
  unique('kpis', map.kpis, 'id');
  unique('kpis', map.kpis, 'key');

  const reference = (ids: Set<unknown>, id: string | undefined, path: Path, what: string) => {
    if (id !== undefined && !ids.has(id)) {
      error('dangling-reference', path, `refers to ${what} "${id}", which is not in this map`);
    }
  };

  if (map.stages.length === 0) warn('no-stages', ['stages'], 'the map has no stages');
  if (map.lanes.length === 0) warn('no-lanes', ['lanes'], 'the map has no lanes');
  if (map.parent?.mapId === map.id)
    error('self-parent', ['parent', 'mapId'], 'a map cannot be its own parent');
  map.stages.forEach((stage, index) => {
    if (stage.name.trim() === '')
      error('empty-name', ['stages', index, 'name'], 'the stage has no name');
    if (stage.childMapId === map.id) {
      error('self-parent', ['stages', index, 'childMapId'], 'a stage cannot zoom into its own map');
    }
    if (stage.removedAtSource) {
      warn(
        'removed-at-source',
        ['stages', index],
        `stage "${stage.name}" is gone from the board; confirm or restore it`,
      );
    }
  });
  map.lanes.forEach((lane, index) => {
    if (lane.name.trim() === '')
      error('empty-name', ['lanes', index, 'name'], 'the lane has no name');
  });

  const emotionLanes = new Set(
    map.lanes.filter((lane) => lane.kind === 'emotions').map((lane) => lane.id),
  );
  const stagesWithItems = new Set<string>();
  const sources = new Map<string, number>();
  map.items.forEach((item, index) => {
    reference(stageIds, item.stageId, ['items', index, 'stageId'], 'stage');
    reference(laneIds, item.laneId, ['items', index, 'laneId'], 'lane');
    stagesWithItems.add(item.stageId);
    if (item.text.trim() === '')
      warn('empty-text', ['items', index, 'text'], 'the item has no text');
    if (item.emotion !== undefined && !emotionLanes.has(item.laneId)) {
      warn(
        'emotion-outside-emotions-lane',
        ['items', index, 'emotion'],
        'an emotion score on an item outside an emotions lane',
      );
    }
    if (item.removedAtSource) {
      warn(
        'removed-at-source',
        ['items', index],
        `"${item.text}" is gone from the board; confirm or restore it`,
      );
    }
    if (item.source) {
      const key = sourceKey(item.source);
      const first = sources.get(key);
      if (first === undefined) sources.set(key, index);
      else
        error(
          'duplicate-source',
          ['items', index, 'source'],
          `the same board item as items[${first}]`,
        );
    }
  });
  map.stages.forEach((stage, index) => {
    if (!stagesWithItems.has(stage.id))
      warn('empty-stage', ['stages', index], `stage "${stage.name}" has no items`);
  });
  if (map.unplaced.length > 0) {
    warn(
      'unplaced-items',
      ['unplaced'],
      `${map.unplaced.length} board item(s) found no cell; place them or leave them out`,
    );
  }

  map.painPoints.forEach((pain, index) => {
    reference(stageIds, pain.stageId, ['painPoints', index, 'stageId'], 'stage');
    reference(itemIds, pain.itemId, ['painPoints', index, 'itemId'], 'item');
  });
  map.opportunities.forEach((opportunity, index) => {
    reference(stageIds, opportunity.stageId, ['opportunities', index, 'stageId'], 'stage');
    opportunity.painPointIds.forEach((painId, at) => {
      reference(painIds, painId, ['opportunities', index, 'painPointIds', at], 'pain point');
    });
  });
  map.kpis.forEach((kpi, index) => {
    reference(stageIds, kpi.stageId, ['kpis', index, 'stageId'], 'stage');
    if (kpi.baseline !== undefined && kpi.baseline === kpi.target) {
      warn(
        'kpi-target-equals-baseline',
        ['kpis', index, 'target'],
        `KPI "${kpi.name}" has its target at its baseline`,
      );
    }
  });

  for (const warning of bidiControlWarnings(map)) found.push(warning);

  return [
    ...found.filter((d) => d.severity === 'error'),
    ...found.filter((d) => d.severity === 'warning'),
  ];
}
