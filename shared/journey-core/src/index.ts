// The journey core's public API: the model, and the pure functions computed from it.

export {
  moveItem,
  moveLane,
  moveStage,
  placeUnplaced,
  renameLane,
  renameStage,
  setLaneKind,
} from './edit/map-edits';
export type { OpportunityScore, PainScore } from './edit/score-and-phase-edits';
export {
  renamePhase,
  scoreOpportunity,
  scorePainPoint,
  setPhaseStages,
} from './edit/score-and-phase-edits';
export type {
  OpportunityField,
  PainField,
  ParsedScore,
  ScoreField,
  ScoreFieldSpec,
} from './edit/score-input';
export {
  formatScore,
  OPPORTUNITY_FIELDS,
  PAIN_FIELDS,
  parseScore,
  SCORE_FIELDS,
} from './edit/score-input';
export type { ExportFormat as ExportFormatValue } from './export/export-map';
export { ExportFormat, exportMap } from './export/export-map';
export { journeyMapJsonSchema, MAP_JSON_SCHEMA_PATH } from './export/map-json-schema';
export { toCsv } from './export/to-csv';
export { toJson } from './export/to-json';
export { toMarkdown } from './export/to-markdown';
export { toSvg } from './export/to-svg';
export type { BoardInference, InferenceSummary, InferOptions } from './infer/board-item';
export {
  BoardItem,
  BoardItemKind,
  Box,
  ColourLegend,
  ColourLegendEntry,
  isUnsurePlacement,
  UNSURE_BELOW,
} from './infer/board-item';
export { DEFAULT_LANE_NAMES } from './infer/colour-legend';
export { inferMapFromBoard } from './infer/infer-map-from-board';
export { laneKindOf } from './infer/lane-kinds';
export { painPointsFromLanes } from './infer/pain-points-from-lanes';
export type {
  BoardPlan,
  LayoutOptions,
  PlannedFrame,
  PlannedHeader,
  PlannedSticky,
} from './layout/board-plan';
export { layoutMapOnBoard } from './layout/layout-map-on-board';
export type { ConfirmedRemovals } from './merge/confirm-removals';
export { confirmRemovals } from './merge/confirm-removals';
export { mergeMaps } from './merge/merge-maps';
export type {
  ConflictCode,
  ConflictList,
  ItemChanges,
  ItemField,
  LaneField,
  ListChanges,
  MapMerge,
  MergeConflict,
  MergeReport,
  MovedToUnplaced,
  PhaseField,
  ReportedEntry,
  StageField,
  UpdatedEntry,
} from './merge/merge-report';
export { hasChanges } from './merge/merge-report';
export type { Migration } from './migrate/journey-map-migrations';
export { journeyMapMigrations } from './migrate/journey-map-migrations';
export type { MigratedMap } from './migrate/parse-map';
export { migrateMap, parseMap, parseMapJson, serializeMap } from './migrate/parse-map';
export { cleanText } from './model/clean-text';
export type { Diagnostic, Result, Severity } from './model/diagnostic';
export { formatDiagnostic, formatPath } from './model/diagnostic';
export type {
  JourneyMapInput,
  LaneKind as LaneKindValue,
  PainPointStatus as PainPointStatusValue,
  UnplacedReason as UnplacedReasonValue,
} from './model/journey-map';
export {
  CURRENT_SCHEMA_VERSION,
  JourneyMap,
  Kpi,
  KpiReading,
  Lane,
  LaneKind,
  MapItem,
  Opportunity,
  OpportunityEdits,
  PainPoint,
  PainPointEdits,
  PainPointStatus,
  Phase,
  PhaseEdits,
  Placement,
  PlacementMethod,
  Stage,
  UnplacedItem,
  UnplacedReason,
} from './model/journey-map';
export { jsonText } from './model/json-text';
export type { KeyAllocator } from './model/key-allocator';
export { keyAllocator } from './model/key-allocator';
export { cellKey, itemsByCell } from './model/map-cells';
export { sourceBoardIds } from './model/map-sources';
export { parseJson, parseWith } from './model/parse-document';
export { Id, IsoDate, ItemSource, Key, Name, slugify, sourceKey } from './model/primitives';
export { Health, WorkLink, WorkStatus } from './model/work-link';
export type { LabelJourney, MatchedJourney, StageLabel } from './portfolio/label-journeys';
export {
  groupMapId,
  journeyNameOf,
  labelStageId,
  matchJourneys,
  synthesizeMap,
} from './portfolio/label-journeys';
export type {
  JourneyFigures,
  Portfolio,
  RankedJourney,
  RankedStage,
  StageStatusCounts,
} from './portfolio/portfolio-rank';
export { portfolio } from './portfolio/portfolio-rank';
export type {
  PortfolioStatus,
  Reason,
  ReasonCode,
  StageReasonCode,
} from './portfolio/portfolio-score';
export {
  AT_RISK_WEIGHT,
  JOURNEY_KPI_GAP_WEIGHT,
  KPI_GAP_WEIGHT,
  OFF_TRACK_WEIGHT,
  PAIN_WEIGHT,
  UNDERFUNDED_WEIGHT,
  UNSCORED_REACH,
  UNSCORED_SEVERITY,
} from './portfolio/portfolio-score';
export type {
  Investment,
  PortfolioJourney,
  PortfolioStage,
  WorkPortfolio,
  WorkPortfolioInput,
} from './portfolio/work-portfolio';
export { workPortfolio } from './portfolio/work-portfolio';
export type { SetHealth, WorkSetFigures } from './portfolio/work-set-figures';
export { workSetFigures } from './portfolio/work-set-figures';
export type { PainPointView, UnlinkedWork, WorkView } from './portfolio/work-views';
export type { KpiAttainment } from './rollup/kpi-attainment';
export type { RollupHealth } from './rollup/link-health';
export type {
  JourneyRollup,
  RollupFigures,
  RollupOptions,
  StageRollup,
  UnaddressedPainPoint,
  UnmatchedLink,
} from './rollup/rollup';
export { isUnscored, rollup } from './rollup/rollup';
export type { ActiveHealthCounts, StatusCounts, WorkFigures } from './rollup/work-tally';
export { validateMap } from './validate/validate-map';
