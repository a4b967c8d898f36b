// The managers' portfolio over Linear projects and Jira issues: journeys → stages → work, and where to invest.
import type { JourneyMap } from '../model/journey-map';
import type { WorkLink } from '../model/work-link';
import type { KpiAttainment } from '../rollup/kpi-attainment';
import { checkAsOf } from '../rollup/link-health';
import type { UnaddressedPainPoint } from '../rollup/rollup';
import type { MatchedJourney } from './label-journeys';
import { portfolio, type RankedJourney, type RankedStage } from './portfolio-rank';
import type { PortfolioStatus, Reason } from './portfolio-score';
import { distinctWork, type WorkSetFigures, workSetFigures } from './work-set-figures';
import {
  type PainPointView,
  painPointView,
  type UnlinkedWork,
  type WorkView,
  workView,
} from './work-views';

/** Where a journey or stage stands in the ranking of where to invest (1 needs it most). */
export interface Investment {
  rank: number;
  score: number;
  status: PortfolioStatus;
  reasons: Reason[];
}

/** Headline figures are the Linear projects'; the Jira issues' stand beside them. */
export interface PortfolioStage extends WorkSetFigures {
  id: string;
  name: string;
  key: string;
  projects: WorkView[];
  issues: WorkView[];
  /** Null when the portfolio holds no Jira issue at all (Jira not joined). */
  jira: WorkSetFigures | null;
  painPoints: PainPointView[];
  kpis: KpiAttainment[];
  invest: Investment;
}

export interface PortfolioJourney extends WorkSetFigures {
  name: string;
  mapId: string;
  key: string;
  groupId: string | null;
  fromMap: boolean;
  phases: { id: string; key: string; name: string; stageIds: string[] }[];
  stages: PortfolioStage[];
  /** Work on the journey but on no stage of its map (a label the map lacks): in the journey's figures only. */
  unstaged: { projects: WorkView[]; issues: WorkView[] };
  /** Stage labels the map has no stage for. */
  unmatchedLabels: { labelId: string; name: string }[];
  jira: WorkSetFigures | null;
  unaddressedPainPoints: UnaddressedPainPoint[];
  /** Journey-level KPIs (tied to no stage). */
  kpis: KpiAttainment[];
  invest: Investment;
}

export interface WorkPortfolio {
  asOf: string;
  /** Label groups first, in their order, then maps no group names. */
  journeys: PortfolioJourney[];
  /** Where to invest next, most needed first. */
  invest: {
    journeys: ({ mapId: string; name: string } & Investment)[];
    stages: ({ mapId: string; stageId: string; journey: string; name: string } & Investment)[];
  };
  unlinked: UnlinkedWork[];
}

export interface WorkPortfolioInput {
  journeys: readonly MatchedJourney[];
  /** Linear projects and Jira issues, each link on a map's stage. */
  links: readonly WorkLink[];
  unlinked: readonly UnlinkedWork[];
  /** `YYYY-MM-DD`. */
  asOf: string;
}

const invested = ({ rank, score, status, reasons }: RankedJourney | RankedStage): Investment => ({
  rank,
  score,
  status,
  reasons,
});

const stageKey = (mapId: string, stageId: string): string => `${mapId}\u0000${stageId}`;

/**
 * Linear projects name stages, not pain points: a live project on a stage is taken to address the
 * stage's open pain, so the ranking is given one more link per such pain point (the rollup counts
 * a piece of work once however many links it has).
 */
function withStagePain(maps: readonly JourneyMap[], links: readonly WorkLink[]): WorkLink[] {
  const pains = new Map<string, string[]>();
  for (const map of maps) {
    for (const pain of map.painPoints) {
      const key = stageKey(map.id, pain.stageId);
      const list = pains.get(key);
      if (list) list.push(pain.id);
      else pains.set(key, [pain.id]);
    }
  }
  const expanded = [...links];
  for (const link of links) {
    if (link.provider !== 'linear' || link.status === 'canceled') continue;
    for (const painPointId of pains.get(stageKey(link.mapId, link.stageId)) ?? []) {
      expanded.push({ ...link, painPointId });
    }
  }
  return expanded;
}

interface Split {
  projects: WorkLink[];
  issues: WorkLink[];
}

function split(links: readonly WorkLink[]): Split {
  const work = distinctWork(links);
  return {
    projects: work.filter((link) => link.provider === 'linear'),
    issues: work.filter((link) => link.provider === 'jira'),
  };
}

function groupBy(links: readonly WorkLink[], key: (link: WorkLink) => string) {
  const groups = new Map<string, WorkLink[]>();
  for (const link of links) {
    const list = groups.get(key(link));
    if (list) list.push(link);
    else groups.set(key(link), [link]);
  }
  return groups;
}

export function workPortfolio(input: WorkPortfolioInput): WorkPortfolio {
  const { asOf } = input;
  checkAsOf(asOf);
  const maps = input.journeys.map((journey) => journey.map);
  const ranked = portfolio(maps, withStagePain(maps, input.links), { asOf });
  const rankedJourneys = new Map(ranked.journeys.map((j) => [j.mapId, j]));
  const rankedStages = new Map(ranked.stages.map((s) => [stageKey(s.mapId, s.stageId), s]));
  const byMap = groupBy(input.links, (link) => link.mapId);
  const byStage = groupBy(input.links, (link) => stageKey(link.mapId, link.stageId));
  const withJira = input.links.some((link) => link.provider === 'jira');
  const jiraFigures = (issues: readonly WorkLink[]) =>
    withJira ? workSetFigures(issues, asOf) : null;
  const views = (links: readonly WorkLink[]) => links.map((link) => workView(link, asOf));

  const journeys = input.journeys.map((journey): PortfolioJourney => {
    const { map } = journey;
    // Every map is ranked, so both lookups find their entry.
    const rankedJourney = rankedJourneys.get(map.id) as RankedJourney;
    const stageIds = new Set(map.stages.map((stage) => stage.id));
    const stages = map.stages.map((stage): PortfolioStage => {
      const rankedStage = rankedStages.get(stageKey(map.id, stage.id)) as RankedStage;
      const unaddressed = new Set(rankedStage.figures.unaddressedPainPoints.map((p) => p.id));
      const work = split(byStage.get(stageKey(map.id, stage.id)) ?? []);
      return {
        id: stage.id,
        name: stage.name,
        key: stage.key,
        ...workSetFigures(work.projects, asOf),
        projects: views(work.projects),
        issues: views(work.issues),
        jira: jiraFigures(work.issues),
        painPoints: map.painPoints
          .filter((pain) => pain.stageId === stage.id && pain.status === 'open')
          .map((pain) => painPointView(pain, !unaddressed.has(pain.id))),
        kpis: rankedStage.figures.kpis,
        invest: invested(rankedStage),
      };
    });
    const work = split(byMap.get(map.id) ?? []);
    const unstaged = split(
      work.projects.concat(work.issues).filter((l) => !stageIds.has(l.stageId)),
    );
    return {
      name: journey.name,
      mapId: map.id,
      key: map.key,
      groupId: journey.groupId,
      fromMap: journey.fromMap,
      ...workSetFigures(work.projects, asOf),
      phases: map.phases.map(({ id, key, name, stageIds }) => ({ id, key, name, stageIds })),
      stages,
      unstaged: { projects: views(unstaged.projects), issues: views(unstaged.issues) },
      unmatchedLabels: journey.stageLabels
        .filter((label) => label.stageId === null)
        .map(({ labelId, name }) => ({ labelId, name })),
      jira: jiraFigures(work.issues),
      unaddressedPainPoints: rankedJourney.figures.unaddressedPainPoints,
      kpis: rankedJourney.figures.kpis.filter((kpi) => kpi.stageId === null),
      invest: invested(rankedJourney),
    };
  });

  const names = new Map(input.journeys.map((j) => [j.map.id, j.name]));
  return {
    asOf,
    journeys,
    invest: {
      journeys: ranked.journeys.map((j) => ({
        mapId: j.mapId,
        name: names.get(j.mapId) ?? j.title,
        ...invested(j),
      })),
      stages: ranked.stages.map((s) => ({
        mapId: s.mapId,
        stageId: s.stageId,
        journey: names.get(s.mapId) ?? s.mapTitle,
        name: s.name,
        ...invested(s),
      })),
    },
    unlinked: [...input.unlinked],
  };
}
