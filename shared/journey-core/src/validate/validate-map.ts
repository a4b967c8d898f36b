// Checks a parsed map for what its schema cannot express: references, uniqueness, empty parts,
// and text that bidi controls can make read other than it is.
import type { Diagnostic } from '../model/diagnostic';
import type { JourneyMap } from '../model/journey-map';
import { sourceKey } from '../model/primitives';
import { bidiControlWarnings } from './bidi-controls';

type Path = (string | number)[];

interface Report {
  error(code: string, path: Path, message: string): void;
  warn(code: string, path: Path, message: string): void;
}

/**
 * Phases group runs of stages: each stage they name must exist and belong to one phase only; a
 * phase whose stages are not next to each other in stage order, or that has none, is doubtful.
 */
function checkPhases(map: JourneyMap, stageIds: Set<unknown>, report: Report): void {
  const position = new Map(map.stages.map((stage, index) => [stage.id, index]));
  const phaseOfStage = new Map<string, number>();
  map.phases.forEach((phase, index) => {
    if (phase.stageIds.length === 0) {
      report.warn('empty-phase', ['phases', index], `phase "${phase.name}" has no stages`);
    }
    const positions: number[] = [];
    phase.stageIds.forEach((stageId, at) => {
      const path = ['phases', index, 'stageIds', at];
      if (!stageIds.has(stageId)) {
        report.error(
          'dangling-reference',
          path,
          `refers to stage "${stageId}", which is not in this map`,
        );
        return;
      }
      const first = phaseOfStage.get(stageId);
      if (first !== undefined) {
        report.error(
          'stage-in-two-phases',
          path,
          `stage "${stageId}" is already in phases[${first}]`,
        );
        return;
      }
      phaseOfStage.set(stageId, index);
      positions.push(position.get(stageId) ?? 0);
    });
    const consecutive = positions.every(
      (stagePosition, at) => at === 0 || stagePosition === (positions[at - 1] ?? 0) + 1,
    );
    if (!consecutive) {
      report.warn(
        'phase-not-consecutive',
        ['phases', index, 'stageIds'],
        `phase "${phase.name}" holds stages that are not next to each other in stage order`,
      );
    }
    if (phase.removedAtSource) {
      report.warn(
        'removed-at-source',
        ['phases', index],
        `phase "${phase.name}" is gone from the board; confirm or restore it`,
      );
    }
  });
}

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
  unique('phases', map.phases, 'id');
  unique('phases', map.phases, 'key');
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

  checkPhases(map, stageIds, { error, warn });

  map.painPoints.forEach((pain, index) => {
    reference(stageIds, pain.stageId, ['painPoints', index, 'stageId'], 'stage');
    reference(itemIds, pain.itemId, ['painPoints', index, 'itemId'], 'item');
    if (pain.removedAtSource) {
      warn(
        'removed-at-source',
        ['painPoints', index],
        `pain point "${pain.title}" lost its sticky on the board; confirm or restore it`,
      );
    }
  });
  map.opportunities.forEach((opportunity, index) => {
    reference(stageIds, opportunity.stageId, ['opportunities', index, 'stageId'], 'stage');
    reference(itemIds, opportunity.itemId, ['opportunities', index, 'itemId'], 'item');
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
