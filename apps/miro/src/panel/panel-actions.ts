// What the views can ask for: each action reads and writes the store; views never call the SDK.
import type { ColourLegend, ExportFormatValue, JourneyMap } from '@throughline/journey-core';
import type { ScopeChoice, Selection } from './panel-store';

/** The core's export formats, and SVG, which the core is adding (`exportMap(map, 'svg')`). */
export type PanelExportFormat = ExportFormatValue | 'svg';

export interface PanelActions {
  setScope(scope: ScopeChoice): void;
  /** Reads the chosen scope and infers a map; with a map already open, merges into it. */
  convert(): Promise<void>;
  /** Drops the open map from the panel (the map saved on the board stays). */
  startOver(): void;
  /** Applies a pure edit (the core's map edits) to the open map. */
  edit(change: (map: JourneyMap) => JourneyMap): void;
  select(selection: Selection | null): void;
  setLegend(legend: ColourLegend): void;
  save(): Promise<void>;
  exportAs(format: PanelExportFormat): void;
  /** Opens the grid in a Miro modal; the edits made there come back to the panel when it closes. */
  reviewInLargerView(): Promise<void>;
  draw(): Promise<void>;
  cancelDraw(): void;
}
