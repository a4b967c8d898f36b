// The project page's view model: the core's portfolio of the project's journeys, with each stage's issues as cards.
import {
  type JourneyMap,
  portfolio,
  type RankedStage,
  type WorkLink,
} from '@throughline/journey-core';
import type { JiraIssue } from '../../client/jira-issue';
import { inStageJql } from '../../client/stage-jql';
import { toWorkLinks } from '../../client/to-work-links';
import type {
  BoardJourney,
  BoardStage,
  IssueCard,
  JourneyBoard,
  Settings,
} from '../../contract/resolver-contract';
import type { BackendDeps, ContextProject } from './backend-deps';
import { loadJourneys } from './journey-catalog';
import { issueCard, kpiView, mapJql, painPointView, safeSiteUrl } from './journey-views';

/** How many of the portfolio's stages the board calls out across journeys. */
const TOP_STAGES = 5;

export interface BoardInput {
  projectKey: string;
  asOf: string;
  maps: readonly JourneyMap[];
  /** Each map's linked issues, by map id. */
  issues: ReadonlyMap<string, readonly JiraIssue[]>;
  settings: Settings;
  siteUrl?: string;
}

interface Cards {
  /** Cards per stage id, then per pain point id (`''` for links without a pain point). */
  byStage: Map<string, Map<string, IssueCard[]>>;
}

function cardsOf(map: JourneyMap, issues: readonly JiraIssue[], input: BoardInput): Cards {
  const byStage = new Map<string, Map<string, IssueCard[]>>();
  for (const issue of issues) {
    for (const link of issue.links.links) {
      if (link.mapId !== map.id) continue;
      const stage = byStage.get(link.stageId) ?? new Map<string, IssueCard[]>();
      byStage.set(link.stageId, stage);
      const slot = link.painPointId ?? '';
      const list = stage.get(slot) ?? [];
      list.push(issueCard(issue, input.settings, input.siteUrl, link.painPointId));
      stage.set(slot, list);
    }
  }
  return { byStage };
}

function boardStage(map: JourneyMap, ranked: RankedStage, cards: Cards): BoardStage {
  const stage = map.stages.find((entry) => entry.id === ranked.stageId);
  const figures = ranked.figures;
  const unaddressed = new Set(figures.unaddressedPainPoints.map((pain) => pain.id));
  const slots = cards.byStage.get(ranked.stageId);
  const painIds = new Set<string>();
  const painPoints = map.painPoints
    .filter((pain) => pain.stageId === ranked.stageId)
    .map((pain) => {
      painIds.add(pain.id);
      const { stageId: _stage, ...view } = painPointView(pain);
      return { ...view, unaddressed: unaddressed.has(pain.id), issues: slots?.get(pain.id) ?? [] };
    });
  // Issues naming no pain point, or one this stage does not have, are the stage's own.
  const loose = [...(slots?.entries() ?? [])]
    .filter(([slot]) => slot === '' || !painIds.has(slot))
    .flatMap(([, list]) => list);
  return {
    stageId: ranked.stageId,
    key: ranked.key,
    name: ranked.name,
    ...(stage?.owner === undefined ? {} : { owner: stage.owner }),
    index: ranked.index,
    health: figures.health,
    progress: figures.progress,
    status: ranked.status,
    rank: ranked.rank,
    reasons: ranked.reasons.map((reason) => reason.message),
    counts: figures.counts,
    overdue: figures.overdue,
    painPoints,
    issues: loose,
    kpis: figures.kpis.map(kpiView),
    jql: inStageJql(map.id, ranked.stageId),
  };
}

function columns(map: JourneyMap, stages: Map<string, BoardStage>): BoardJourney['columns'] {
  const placed = new Set<string>();
  const result: BoardJourney['columns'] = [];
  for (const phase of map.phases) {
    const inPhase = phase.stageIds.flatMap((id) => stages.get(id) ?? []);
    for (const stage of inPhase) placed.add(stage.stageId);
    if (inPhase.length > 0)
      result.push({ phaseId: phase.id, phaseName: phase.name, stages: inPhase });
  }
  const rest = map.stages.flatMap((stage) =>
    placed.has(stage.id) ? [] : (stages.get(stage.id) ?? []),
  );
  if (rest.length > 0) result.push({ phaseId: null, phaseName: null, stages: rest });
  return result;
}

/** Pure: the same maps, issues and date always give the same board. */
export function buildJourneyBoard(input: BoardInput): JourneyBoard {
  const links: WorkLink[] = [];
  for (const map of input.maps) {
    const options = {
      canceledResolutions: input.settings.canceledResolutions,
      ...(input.siteUrl === undefined ? {} : { siteUrl: input.siteUrl }),
    };
    for (const link of toWorkLinks(input.issues.get(map.id) ?? [], map.id, options))
      links.push(link);
  }
  const ranked = portfolio(input.maps, links, { asOf: input.asOf });
  const mapsById = new Map(input.maps.map((map) => [map.id, map]));
  const stagesByMap = new Map<string, RankedStage[]>();
  for (const stage of ranked.stages) {
    const list = stagesByMap.get(stage.mapId) ?? [];
    list.push(stage);
    stagesByMap.set(stage.mapId, list);
  }
  const journeys = ranked.journeys.flatMap((journey): BoardJourney[] => {
    const map = mapsById.get(journey.mapId);
    if (!map) return [];
    const cards = cardsOf(map, input.issues.get(map.id) ?? [], input);
    const stages = new Map(
      (stagesByMap.get(map.id) ?? []).map((stage) => [
        stage.stageId,
        boardStage(map, stage, cards),
      ]),
    );
    const stageNames = new Map(map.stages.map((stage) => [stage.id, stage.name]));
    const known = new Set(map.stages.map((stage) => stage.id));
    const unmatched = [...cards.byStage.entries()]
      .filter(([stageId]) => !known.has(stageId))
      .flatMap(([, slots]) => [...slots.values()].flat());
    return [
      {
        mapId: map.id,
        key: map.key,
        title: map.title,
        rank: journey.rank,
        score: journey.score,
        status: journey.status,
        health: journey.figures.health,
        progress: journey.figures.progress,
        counts: journey.figures.counts,
        reasons: journey.reasons.map((reason) => reason.message),
        columns: columns(map, stages),
        unaddressedPainPoints: journey.figures.unaddressedPainPoints.map((pain) => ({
          id: pain.id,
          key: pain.key,
          title: pain.title,
          stageId: pain.stageId,
          stageName: stageNames.get(pain.stageId) ?? pain.stageId,
        })),
        unmatchedIssues: unmatched,
        jql: mapJql(map.id),
      },
    ];
  });
  return {
    projectKey: input.projectKey,
    asOf: input.asOf,
    journeys,
    topStages: ranked.stages.slice(0, TOP_STAGES).map((stage) => ({
      rank: stage.rank,
      mapId: stage.mapId,
      stageId: stage.stageId,
      name: stage.name,
      mapTitle: stage.mapTitle,
      status: stage.status,
      reasons: stage.reasons.map((reason) => reason.message),
    })),
  };
}

/** Today in UTC, `YYYY-MM-DD`. */
export const isoDay = (date: Date): string => date.toISOString().slice(0, 10);

/**
 * One search per page per journey (nothing per issue). The issues changed in the last minutes —
 * noted by the issue triggers and by our own writes — are named in `reconcileIssues`, so Jira reads
 * them fresh instead of from its eventually consistent index: the board needs no cache to be current.
 */
export async function loadJourneyBoard(
  deps: BackendDeps,
  project: ContextProject,
  asOf: string | undefined,
): Promise<JourneyBoard> {
  const maps = await loadJourneys(deps, await deps.app.projectJourneys(project.id));
  const reconcile = await deps.app.recentChanges(deps.now().getTime());
  const issues = new Map<string, JiraIssue[]>();
  for (const map of maps) {
    issues.set(map.id, await deps.jira.searchLinkedIssues(map.id, { reconcile }));
  }
  const siteUrl = safeSiteUrl(deps.siteUrl);
  return buildJourneyBoard({
    projectKey: project.key,
    asOf: asOf ?? isoDay(deps.now()),
    maps,
    issues,
    settings: deps.settings,
    ...(siteUrl === undefined ? {} : { siteUrl }),
  });
}
