// Where to invest next: every journey and every stage, ranked by need, with the reasons why.
import type { JourneyMap } from '../model/journey-map';
import type { WorkLink } from '../model/work-link';
import {
  type JourneyRollup,
  type RollupOptions,
  rollup,
  type StageRollup,
  type UnaddressedPainPoint,
} from '../rollup/rollup';
import {
  byWeight,
  journeyKpiReason,
  listed,
  type PortfolioStatus,
  plural,
  type Reason,
  roundScore,
  type StageReasonCode,
  stageReasons,
  statusOf,
  unscoredNote,
  worstStatus,
} from './portfolio-score';

/** How many of a journey's stages stand where. */
export interface StageStatusCounts {
  offTrack: number;
  underfunded: number;
  atRisk: number;
  onTrack: number;
  noWork: number;
  total: number;
}

/** A journey's own rollup figures, its stages left to the stage ranking. */
export type JourneyFigures = Omit<JourneyRollup, 'stages'>;

export interface RankedStage {
  /** 1 is the stage that most needs investment. */
  rank: number;
  mapId: string;
  mapKey: string;
  mapTitle: string;
  stageId: string;
  key: string;
  name: string;
  /** Position in its map, from 0. */
  index: number;
  /** The sum of the reasons' weights. */
  score: number;
  status: PortfolioStatus;
  reasons: Reason<StageReasonCode>[];
  figures: StageRollup;
}

export interface RankedJourney {
  /** 1 is the journey that most needs investment. */
  rank: number;
  mapId: string;
  key: string;
  title: string;
  /** Its stages' scores plus the gap of its journey-level KPIs. */
  score: number;
  /** The worst status among its stages (and its work on stages the map no longer has). */
  status: PortfolioStatus;
  stageStatus: StageStatusCounts;
  reasons: Reason[];
  figures: JourneyFigures;
}

export interface Portfolio {
  asOf: string | null;
  journeys: RankedJourney[];
  /** Every stage of every journey, ranked together. */
  stages: RankedStage[];
}

type Unranked<T> = Omit<T, 'rank'>;

const STATUS_FIELD: Record<PortfolioStatus, keyof Omit<StageStatusCounts, 'total'>> = {
  'off-track': 'offTrack',
  underfunded: 'underfunded',
  'at-risk': 'atRisk',
  'on-track': 'onTrack',
  'no-work': 'noWork',
};

/** What a journey says about the stages that share a reason. */
const JOURNEY_MESSAGES: Record<
  StageReasonCode,
  (stages: string, count: number, pains: readonly UnaddressedPainPoint[]) => string
> = {
  'unaddressed-pain': (stages, count, pains) =>
    `${plural(pains.length, 'open pain point')} with no linked work${unscoredNote(pains)} in ${plural(count, 'stage')}: ${stages}`,
  underfunded: (stages, count) => `${plural(count, 'stage')} underfunded: ${stages}`,
  'off-track': (stages, count) => `${plural(count, 'stage')} off track: ${stages}`,
  'at-risk': (stages, count) => `${plural(count, 'stage')} at risk: ${stages}`,
  'kpi-gap': (stages, count) => `${plural(count, 'stage')} short of KPI targets: ${stages}`,
};

/** Plain code-unit order: the same on every machine, whatever its locale. */
const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function compareJourneys(a: Unranked<RankedJourney>, b: Unranked<RankedJourney>): number {
  return b.score - a.score || compareText(a.title, b.title) || compareText(a.mapId, b.mapId);
}

function compareStages(a: Unranked<RankedStage>, b: Unranked<RankedStage>): number {
  return (
    b.score - a.score ||
    compareText(a.mapTitle, b.mapTitle) ||
    compareText(a.mapId, b.mapId) ||
    a.index - b.index
  );
}

function linksByMap(links: readonly WorkLink[]): Map<string, WorkLink[]> {
  const byMap = new Map<string, WorkLink[]>();
  for (const link of links) {
    const list = byMap.get(link.mapId);
    if (list) list.push(link);
    else byMap.set(link.mapId, [link]);
  }
  return byMap;
}

function rankStage(journey: JourneyRollup, stage: StageRollup): Unranked<RankedStage> {
  const reasons = stageReasons(stage);
  return {
    mapId: journey.mapId,
    mapKey: journey.key,
    mapTitle: journey.title,
    stageId: stage.stageId,
    key: stage.key,
    name: stage.name,
    index: stage.index,
    score: roundScore(reasons.reduce((sum, reason) => sum + reason.weight, 0)),
    status: statusOf(stage),
    reasons,
    figures: stage,
  };
}

function countStatuses(stages: readonly Unranked<RankedStage>[]): StageStatusCounts {
  const counts = { offTrack: 0, underfunded: 0, atRisk: 0, onTrack: 0, noWork: 0, total: 0 };
  for (const stage of stages) {
    counts[STATUS_FIELD[stage.status]] += 1;
    counts.total += 1;
  }
  return counts;
}

/** One reason per code, summed over the stages that have it, naming the stages heaviest first. */
function journeyReasons(stages: readonly Unranked<RankedStage>[]): Reason[] {
  const shared = new Map<StageReasonCode, { weight: number; stage: Unranked<RankedStage> }[]>();
  for (const stage of stages) {
    for (const reason of stage.reasons) {
      const list = shared.get(reason.code) ?? [];
      list.push({ weight: reason.weight, stage });
      shared.set(reason.code, list);
    }
  }
  return [...shared].map(([code, entries]) => {
    const names = [...entries].sort((a, b) => b.weight - a.weight).map((entry) => entry.stage.name);
    const pains = entries.flatMap((entry) => entry.stage.figures.unaddressedPainPoints);
    return {
      code,
      message: JOURNEY_MESSAGES[code](listed(names), entries.length, pains),
      weight: roundScore(entries.reduce((sum, entry) => sum + entry.weight, 0)),
    };
  });
}

function rankJourney(
  journey: JourneyRollup,
  stages: readonly Unranked<RankedStage>[],
): Unranked<RankedJourney> {
  const { stages: _stages, ...figures } = journey;
  const journeyKpi = journeyKpiReason(journey);
  const reasons = [...journeyReasons(stages), ...(journeyKpi ? [journeyKpi] : [])].sort(byWeight);
  const stageScores = stages.reduce((sum, stage) => sum + stage.score, 0);
  return {
    mapId: journey.mapId,
    key: journey.key,
    title: journey.title,
    score: roundScore(stageScores + (journeyKpi?.weight ?? 0)),
    status: worstStatus([statusOf(journey), ...stages.map((stage) => stage.status)]),
    stageStatus: countStatuses(stages),
    reasons,
    figures,
  };
}

const withRank = <T>(entry: T, index: number): T & { rank: number } => ({
  rank: index + 1,
  ...entry,
});

/** Links are grouped by map once, so each journey's rollup reads only its own work. */
export function portfolio(
  maps: readonly JourneyMap[],
  links: readonly WorkLink[],
  options: RollupOptions = {},
): Portfolio {
  const byMap = linksByMap(links);
  const journeys: Unranked<RankedJourney>[] = [];
  const stages: Unranked<RankedStage>[] = [];
  for (const map of maps) {
    const journey = rollup(map, byMap.get(map.id) ?? [], options);
    const ranked = journey.stages.map((stage) => rankStage(journey, stage));
    // One at a time: spread into push, a map of 200,000 stages would overflow the call stack.
    for (const stage of ranked) stages.push(stage);
    journeys.push(rankJourney(journey, ranked));
  }
  return {
    asOf: options.asOf ?? null,
    journeys: journeys.sort(compareJourneys).map(withRank),
    stages: stages.sort(compareStages).map(withRank),
  };
}
