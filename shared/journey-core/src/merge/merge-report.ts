// What a re-import changed, named the way a person knows it: plain data for the apps to show.
import type { JourneyMap, UnplacedReason } from '../model/journey-map';
import type { ItemSource } from '../model/primitives';

/** A stage, lane, item, pain point… by id, with the name or text a person recognises. */
export interface ReportedEntry {
  id: string;
  label: string;
}

export type StageField = 'name' | 'source' | 'restored';
export type LaneField = 'name' | 'kind' | 'source' | 'restored';
export type ItemField = 'text' | 'cell' | 'emotion' | 'restored';
export type PhaseField = 'name' | 'stages' | 'source' | 'restored';

export interface UpdatedEntry<Field extends string> extends ReportedEntry {
  fields: Field[];
}

export interface ListChanges<Field extends string> {
  added: ReportedEntry[];
  updated: UpdatedEntry<Field>[];
  unchanged: number;
  /** Newly gone from the board: kept with `removedAtSource` until a person confirms. */
  removed: ReportedEntry[];
}

/** A placed item whose sticky now sits outside the grid: it left the items for the unplaced list. */
export interface MovedToUnplaced extends ReportedEntry {
  source: ItemSource;
  reason: UnplacedReason;
}

export interface ItemChanges extends ListChanges<ItemField> {
  movedToUnplaced: MovedToUnplaced[];
}

export type ConflictCode =
  /** The board changed a field a person had edited by hand; the edit was kept. */
  | 'kept-edit'
  /** A pain point refers to an item whose sticky left the grid; the item kept its cell. */
  | 'kept-referenced-item'
  /** The import named one board element twice; the first was used. */
  | 'duplicate-source'
  /** The import referred to something it does not contain; the reference was left out. */
  | 'unknown-reference';

export type ConflictList =
  | 'phases'
  | 'stages'
  | 'lanes'
  | 'items'
  | 'unplaced'
  | 'painPoints'
  | 'opportunities'
  | 'kpis';

export interface MergeConflict {
  code: ConflictCode;
  list: ConflictList;
  /** The entry in the merged map, when there is one. */
  id?: string;
  message: string;
}

export interface MergeReport {
  /**
   * `removed` lists the phases newly gone from the board: kept, flagged `removedAtSource`, when a
   * person edited them; dropped otherwise, as they only grouped stages (the stages stay).
   */
  phases: ListChanges<PhaseField>;
  stages: ListChanges<StageField>;
  lanes: ListChanges<LaneField>;
  items: ItemChanges;
  /** Pain points, opportunities and KPIs the import brought under keys the map did not have. */
  added: { painPoints: ReportedEntry[]; opportunities: ReportedEntry[]; kpis: ReportedEntry[] };
  /**
   * Pain points and opportunities raised from stickies: retitled after their sticky's new text, or
   * newly flagged `removedAtSource` because their sticky left its lane or the board.
   */
  raised: { retitled: ReportedEntry[]; removed: ReportedEntry[] };
  conflicts: MergeConflict[];
}

export interface MapMerge {
  map: JourneyMap;
  report: MergeReport;
}

export function emptyListChanges<Field extends string>(): ListChanges<Field> {
  return { added: [], updated: [], unchanged: 0, removed: [] };
}

/** True when the merge changed anything or met a conflict; unchanged counts alone are no change. */
export function hasChanges(report: MergeReport): boolean {
  const lists = [report.phases, report.stages, report.lanes, report.items];
  return (
    lists.some((list) => list.added.length + list.updated.length + list.removed.length > 0) ||
    report.items.movedToUnplaced.length > 0 ||
    report.added.painPoints.length + report.added.opportunities.length + report.added.kpis.length >
      0 ||
    report.raised.retitled.length + report.raised.removed.length > 0 ||
    report.conflicts.length > 0
  );
}
