// The journey map document: stages × lanes of items, with pain points, opportunities and KPIs.
import { z } from 'zod';
import { Fraction, Id, IsoDate, ItemSource, Key, Name } from './primitives';

export const CURRENT_SCHEMA_VERSION = 4;

export const LaneKind = z.enum([
  'actions',
  'touchpoints',
  'thoughts',
  'emotions',
  'pain-points',
  'opportunities',
  'backstage',
  'custom',
]);
export type LaneKind = z.infer<typeof LaneKind>;

/** Fields a person changed by hand; a re-import from the board keeps them. */
export const StageEdits = z.array(z.enum(['name']));
export const LaneEdits = z.array(z.enum(['name', 'kind']));
export const ItemEdits = z.array(z.enum(['text', 'cell']));
export const PhaseEdits = z.array(z.enum(['name', 'stages']));
/** A score listed here was set by a person: a re-import never overwrites it. */
export const PainPointEdits = z.array(z.enum(['title', 'severity', 'reach']));
export const OpportunityEdits = z.array(
  z.enum(['title', 'reach', 'impact', 'confidence', 'effort']),
);

export const Stage = z.object({
  id: Id,
  key: Key,
  name: Name,
  description: z.string().optional(),
  owner: z.string().optional(),
  /** A more detailed map that zooms into this stage. */
  childMapId: Id.optional(),
  source: ItemSource.optional(),
  edited: StageEdits.optional(),
  /** Gone from the board at the last re-import; kept until a person confirms the removal. */
  removedAtSource: z.boolean().optional(),
});
export type Stage = z.infer<typeof Stage>;

/** A run of consecutive stages a workshop names together ("Before", "During", "After"). */
export const Phase = z.object({
  id: Id,
  key: Key,
  name: Name,
  /** In stage order. */
  stageIds: z.array(Id),
  source: ItemSource.optional(),
  edited: PhaseEdits.optional(),
  removedAtSource: z.boolean().optional(),
});
export type Phase = z.infer<typeof Phase>;

export const Lane = z.object({
  id: Id,
  key: Key,
  name: Name,
  kind: LaneKind,
  source: ItemSource.optional(),
  edited: LaneEdits.optional(),
  removedAtSource: z.boolean().optional(),
});
export type Lane = z.infer<typeof Lane>;

/** How board inference put an item in its cell; a person's move (`edited: ['cell']`) supersedes it. */
export const PlacementMethod = z.enum([
  /** The sticky's box lies in the cell formed by a stage header column and a lane label row. */
  'grid',
  /** The sticky is a child of, or sits on, the frame that stands for its stage. */
  'stage-frame',
  /** No lane label row holds the sticky; its colour's legend entry named the lane. */
  'colour-legend',
]);
export type PlacementMethod = z.infer<typeof PlacementMethod>;

export const Placement = z.object({
  method: PlacementMethod,
  /** 1 when the sticky lies wholly inside its cell; lower as it straddles a border. */
  confidence: Fraction,
});
export type Placement = z.infer<typeof Placement>;

export const MapItem = z.object({
  id: Id,
  stageId: Id,
  laneId: Id,
  text: z.string(),
  /** How the customer feels here, from -1 (very negative) to 1 (very positive); emotion lanes only. */
  emotion: z.number().min(-1).max(1).optional(),
  /** Set by board inference: how sure it was of the cell. Absent for items placed by hand. */
  placement: Placement.optional(),
  source: ItemSource.optional(),
  edited: ItemEdits.optional(),
  removedAtSource: z.boolean().optional(),
});
export type MapItem = z.infer<typeof MapItem>;

export const UnplacedReason = z.enum([
  'outside-grid',
  'no-stage',
  'no-lane',
  'ambiguous-cell',
  'empty-text',
]);
export type UnplacedReason = z.infer<typeof UnplacedReason>;

/** Board content that found no cell: reported so that nothing a person wrote is lost. */
export const UnplacedItem = z.object({
  source: ItemSource,
  text: z.string(),
  reason: UnplacedReason,
  detail: z.string().optional(),
});
export type UnplacedItem = z.infer<typeof UnplacedItem>;

export const PainPointStatus = z.enum(['open', 'resolved', 'accepted']);
export type PainPointStatus = z.infer<typeof PainPointStatus>;

export const PainPoint = z.object({
  id: Id,
  key: Key,
  title: Name,
  description: z.string().optional(),
  stageId: Id,
  /** The map item (usually a sticky in the pain-points lane) this pain point was raised from. */
  itemId: Id.optional(),
  /** 1 (annoyance) to 5 (customers give up); absent until a person scores it. */
  severity: z.number().int().min(1).max(5).optional(),
  /** Share of the journey's customers who meet it; absent until a person scores it. */
  reach: Fraction.optional(),
  evidence: z.array(z.string()).default([]),
  status: PainPointStatus.default('open'),
  edited: PainPointEdits.optional(),
  /** Its item is gone from the board or left the pain-points lane; kept until a person confirms. */
  removedAtSource: z.boolean().optional(),
});
export type PainPoint = z.infer<typeof PainPoint>;

export const Opportunity = z.object({
  id: Id,
  key: Key,
  title: Name,
  stageId: Id,
  /** The map item (usually a sticky in the opportunities lane) this opportunity was raised from. */
  itemId: Id.optional(),
  painPointIds: z.array(Id).default([]),
  // Every score is absent until a person sets it: inference has no basis for a number.
  reach: Fraction.optional(),
  /** 1 (minimal) to 5 (massive). */
  impact: z.number().min(1).max(5).optional(),
  confidence: Fraction.optional(),
  /** Person-weeks. */
  effort: z.number().positive().optional(),
  edited: OpportunityEdits.optional(),
  /** Its item is gone from the board or left the opportunities lane; kept until a person confirms. */
  removedAtSource: z.boolean().optional(),
});
export type Opportunity = z.infer<typeof Opportunity>;

export const KpiDirection = z.enum(['increase', 'decrease']);
export type KpiDirection = z.infer<typeof KpiDirection>;

export const KpiReading = z.object({ at: IsoDate, value: z.number() });
export type KpiReading = z.infer<typeof KpiReading>;

export const Kpi = z.object({
  id: Id,
  key: Key,
  name: Name,
  unit: z.string().default(''),
  direction: KpiDirection,
  target: z.number(),
  /** Where the measure stood when the target was set; attainment is progress from here. */
  baseline: z.number().optional(),
  /** The latest reading; when absent, the last entry of `history`. */
  current: z.number().optional(),
  history: z.array(KpiReading).default([]),
  /** The stage this KPI measures; absent for a journey-level KPI. */
  stageId: Id.optional(),
});
export type Kpi = z.infer<typeof Kpi>;

export const MapState = z.enum(['current', 'future']);
export const ZoomLevel = z.enum(['overview', 'journey', 'detail']);

export const JourneyMap = z.object({
  schemaVersion: z.literal(CURRENT_SCHEMA_VERSION),
  id: Id,
  key: Key,
  title: Name,
  persona: z.string().optional(),
  goal: z.string().optional(),
  owner: z.string().optional(),
  state: MapState.default('current'),
  zoom: ZoomLevel.default('journey'),
  /** The stage of a higher-level map that this map details. */
  parent: z.object({ mapId: Id, stageId: Id }).optional(),
  /** In stage order; a stage belongs to at most one phase, and a map need have none. */
  phases: z.array(Phase).default([]),
  stages: z.array(Stage),
  lanes: z.array(Lane),
  items: z.array(MapItem).default([]),
  unplaced: z.array(UnplacedItem).default([]),
  painPoints: z.array(PainPoint).default([]),
  opportunities: z.array(Opportunity).default([]),
  kpis: z.array(Kpi).default([]),
});
/** A map as stored and exchanged: every default filled in. */
export type JourneyMap = z.infer<typeof JourneyMap>;
/** A map as a person may write it: defaulted fields may be left out. */
export type JourneyMapInput = z.input<typeof JourneyMap>;
