// The state of one journey from its linked work: per stage and overall counts, progress, health, gaps.
import type { JourneyMap, PainPoint } from '../model/journey-map';
import type { WorkLink } from '../model/work-link';
import { type KpiAttainment, kpiAttainment, meanAttainment } from './kpi-attainment';
import { checkAsOf, workKey } from './link-health';
import { addLink, emptyTally, tallyFigures, type WorkFigures, type WorkTally } from './work-tally';

export interface RollupOptions {
  /** Today, `YYYY-MM-DD`: active work due before it is overdue. Without it nothing is overdue. */
  asOf?: string;
}

/** An open pain point that no live work names; a score a person has not set yet is absent. */
export interface UnaddressedPainPoint {
  id: string;
  key: string;
  title: string;
  stageId: string;
  severity?: number;
  reach?: number;
}

/** A link to this map whose stage the map does not have (deleted or from another version). */
export interface UnmatchedLink {
  provider: WorkLink['provider'];
  id: string;
  key?: string;
  title: string;
  stageId: string;
}

export interface RollupFigures extends WorkFigures {
  /** Pain points still open, whether or not work names them. */
  openPainPoints: number;
  /** Of the open pain points, those a person has not given both a severity and a reach. */
  unscoredPainPoints: number;
  unaddressedPainPoints: UnaddressedPainPoint[];
  kpis: KpiAttainment[];
  /** Mean attainment of the KPIs with a reading; null when none has one. */
  kpiAttainment: number | null;
}

export interface StageRollup extends RollupFigures {
  stageId: string;
  key: string;
  name: string;
  /** Position in the map, from 0. */
  index: number;
}

export interface JourneyRollup extends RollupFigures {
  mapId: string;
  key: string;
  title: string;
  asOf: string | null;
  /** In map order. */
  stages: StageRollup[];
  /** Counted in the journey's figures, in no stage's. */
  unmatchedLinks: UnmatchedLink[];
}

interface StageBucket {
  tally: WorkTally;
  openPainPoints: number;
  unscoredPainPoints: number;
  unaddressed: UnaddressedPainPoint[];
  kpis: KpiAttainment[];
}

const emptyBucket = (): StageBucket => ({
  tally: emptyTally(),
  openPainPoints: 0,
  unscoredPainPoints: 0,
  unaddressed: [],
  kpis: [],
});

function unmatched(link: WorkLink): UnmatchedLink {
  const base = { provider: link.provider, id: link.id, title: link.title, stageId: link.stageId };
  return link.key === undefined ? base : { ...base, key: link.key };
}

function unaddressed(pain: PainPoint): UnaddressedPainPoint {
  const { id, key, title, stageId, severity, reach } = pain;
  const entry: UnaddressedPainPoint = { id, key, title, stageId };
  if (severity !== undefined) entry.severity = severity;
  if (reach !== undefined) entry.reach = reach;
  return entry;
}

/** Unscored until a person has set both: half a score ranks no better than none. */
export const isUnscored = (pain: {
  severity?: number | undefined;
  reach?: number | undefined;
}): boolean => pain.severity === undefined || pain.reach === undefined;

/** Spelled out, not `...tallyFigures()`: that spread tripled the cost of a 200,000-stage rollup. */
function figures(bucket: StageBucket): RollupFigures {
  const work = tallyFigures(bucket.tally);
  return {
    counts: work.counts,
    progress: work.progress,
    health: work.health,
    overdue: work.overdue,
    activeHealth: work.activeHealth,
    openPainPoints: bucket.openPainPoints,
    unscoredPainPoints: bucket.unscoredPainPoints,
    unaddressedPainPoints: bucket.unaddressed,
    kpis: bucket.kpis,
    kpiAttainment: meanAttainment(bucket.kpis),
  };
}

/** Each link is visited once and each stage is found by id, so the cost grows with links + map. */
export function rollup(
  map: JourneyMap,
  links: readonly WorkLink[],
  options: RollupOptions = {},
): JourneyRollup {
  const { asOf } = options;
  checkAsOf(asOf);
  const stages = map.stages.map((stage) => ({ stage, bucket: emptyBucket() }));
  const buckets = new Map(stages.map(({ stage, bucket }) => [stage.id, bucket]));
  const journey = emptyBucket();
  const namedPainPoints = new Set<string>();
  const unmatchedLinks: UnmatchedLink[] = [];

  // One piece of work may have several links: to a stage and to its pain points, to two stages.
  // It counts once in each stage it serves and once in the journey; each link names its pain point.
  const inJourney = new Set<string>();
  const onStage = new Set<string>();
  for (const link of links) {
    if (link.mapId !== map.id) continue;
    const work = workKey(link);
    if (!inJourney.has(work)) {
      inJourney.add(work);
      addLink(journey.tally, link, asOf);
    }
    if (link.status !== 'canceled' && link.painPointId !== undefined) {
      namedPainPoints.add(link.painPointId);
    }
    const bucket = buckets.get(link.stageId);
    const workOnStage = `${work}\u0000${link.stageId}`;
    if (!bucket) unmatchedLinks.push(unmatched(link));
    else if (!onStage.has(workOnStage)) {
      onStage.add(workOnStage);
      addLink(bucket.tally, link, asOf);
    }
  }

  for (const pain of map.painPoints) {
    if (pain.status !== 'open') continue;
    const bucket = buckets.get(pain.stageId);
    const unscored = isUnscored(pain) ? 1 : 0;
    journey.openPainPoints += 1;
    journey.unscoredPainPoints += unscored;
    if (bucket) {
      bucket.openPainPoints += 1;
      bucket.unscoredPainPoints += unscored;
    }
    if (namedPainPoints.has(pain.id)) continue;
    journey.unaddressed.push(unaddressed(pain));
    bucket?.unaddressed.push(unaddressed(pain));
  }

  const stageIds = new Set(buckets.keys());
  for (const kpi of map.kpis) {
    const attained = kpiAttainment(kpi, stageIds);
    journey.kpis.push(attained);
    if (attained.stageId !== null) buckets.get(attained.stageId)?.kpis.push(attained);
  }

  return {
    mapId: map.id,
    key: map.key,
    title: map.title,
    asOf: asOf ?? null,
    ...figures(journey),
    stages: stages.map(({ stage, bucket }, index) => ({
      stageId: stage.id,
      key: stage.key,
      name: stage.name,
      index,
      ...figures(bucket),
    })),
    unmatchedLinks,
  };
}
