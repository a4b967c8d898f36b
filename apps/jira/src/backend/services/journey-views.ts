// Core maps and Jira issues as the contract's view shapes: journey options, KPIs, issue cards, stage JQL.
import type { JourneyMap, KpiAttainment, PainPoint } from '@throughline/journey-core';
import { workStatus } from '../../client/issue-status';
import type { JiraIssue } from '../../client/jira-issue';
import { jqlString } from '../../client/jql-string';
import { LINKS_PROPERTY_KEY } from '../../client/links-property';
import type { IssueCard, JourneyOption, KpiView, Settings } from '../../contract/resolver-contract';

export function painPointView(pain: PainPoint): JourneyOption['painPoints'][number] {
  return {
    id: pain.id,
    key: pain.key,
    title: pain.title,
    stageId: pain.stageId,
    status: pain.status,
    ...(pain.severity === undefined ? {} : { severity: pain.severity }),
    ...(pain.reach === undefined ? {} : { reach: pain.reach }),
  };
}

export function journeyOption(map: JourneyMap): JourneyOption {
  return {
    mapId: map.id,
    key: map.key,
    title: map.title,
    phases: map.phases.map((phase) => ({
      id: phase.id,
      name: phase.name,
      stageIds: phase.stageIds,
    })),
    stages: map.stages.map((stage) => ({
      id: stage.id,
      key: stage.key,
      name: stage.name,
      ...(stage.owner === undefined ? {} : { owner: stage.owner }),
    })),
    painPoints: map.painPoints.map(painPointView),
  };
}

/** The core's KPI attainment (rollup) as the contract's KPI view. */
export function kpiView(kpi: KpiAttainment): KpiView {
  return {
    id: kpi.kpiId,
    name: kpi.name,
    unit: kpi.unit,
    direction: kpi.direction,
    target: kpi.target,
    ...(kpi.value === null ? {} : { current: kpi.value }),
    ...(kpi.attainment === null ? {} : { attainment: kpi.attainment }),
  };
}

/** The issue as a card; `painPointId` set when the card stands for one link to a pain point. */
export function issueCard(
  issue: JiraIssue,
  settings: Settings,
  siteUrl: string | undefined,
  painPointId?: string,
): IssueCard {
  const status = workStatus(
    { categoryKey: issue.statusCategory, resolution: issue.resolution },
    settings.canceledResolutions,
  );
  const { assignee } = issue;
  return {
    id: issue.id,
    key: issue.key,
    title: issue.summary,
    status,
    ...(siteUrl === undefined ? {} : { url: `${siteUrl}/browse/${encodeURIComponent(issue.key)}` }),
    ...(issue.statusName === undefined ? {} : { statusName: issue.statusName }),
    ...(assignee?.accountId === undefined
      ? {}
      : {
          assignee: {
            accountId: assignee.accountId,
            displayName: assignee.displayName ?? assignee.accountId,
          },
        }),
    ...(issue.dueDate === undefined ? {} : { dueDate: issue.dueDate }),
    ...(painPointId === undefined ? {} : { painPointId }),
  };
}

/** Every issue of a stage, by the indexed property (works without the app's JQL function). */
export function mapJql(mapId: string): string {
  return `issue.property[${LINKS_PROPERTY_KEY}].mapIds = ${jqlString(mapId)}`;
}

/** Only an http(s) site makes issue URLs. */
export function safeSiteUrl(siteUrl: string | undefined): string | undefined {
  if (siteUrl === undefined) return undefined;
  try {
    const url = new URL(siteUrl);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.origin : undefined;
  } catch {
    return undefined;
  }
}
