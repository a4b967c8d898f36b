// What the issue panel shows about a stage: its pain points, KPIs, and the other issues linked to it.
import { rollup } from '@throughline/journey-core';
import { inStageJql } from '../../client/stage-jql';
import { toWorkLinks } from '../../client/to-work-links';
import type { ResponseOf } from '../../contract/resolver-contract';
import type { BackendDeps, ContextIssue } from './backend-deps';
import { isoDay } from './journey-board';
import { issueCard, kpiView, painPointView, safeSiteUrl } from './journey-views';
import { ServiceError } from './service-error';

export async function getStageContext(
  deps: BackendDeps,
  issue: ContextIssue,
  mapId: string,
  stageId: string,
): Promise<ResponseOf<'getStageContext'>> {
  const stored = await deps.maps.load(mapId);
  if (!stored) throw new ServiceError('not-found', `There is no journey map ${mapId}`);
  const { map } = stored;
  const stage = map.stages.find((entry) => entry.id === stageId);
  if (!stage)
    throw new ServiceError('not-found', `The journey "${map.title}" has no stage ${stageId}`);
  const reconcile = [...(await deps.app.recentChanges(deps.now().getTime())), issue.id];
  const found = await deps.jira.searchLinkedIssues(mapId, {
    jql: inStageJql(mapId, stageId),
    reconcile,
  });
  const onStage = found.filter(
    (other) =>
      other.id !== issue.id &&
      other.links.links.some((link) => link.mapId === mapId && link.stageId === stageId),
  );
  const siteUrl = safeSiteUrl(deps.siteUrl);
  // The context's issue is in `found` (it is reconciled), so its own work counts in the stage's health.
  const work = toWorkLinks(found, mapId, {
    canceledResolutions: deps.settings.canceledResolutions,
    ...(siteUrl === undefined ? {} : { siteUrl }),
  });
  const figures = rollup(map, work, { asOf: isoDay(deps.now()) }).stages.find(
    (entry) => entry.stageId === stageId,
  );
  const phase = map.phases.find((entry) => entry.stageIds.includes(stageId));
  return {
    mapId,
    mapTitle: map.title,
    stage: {
      id: stage.id,
      key: stage.key,
      name: stage.name,
      ...(stage.owner === undefined ? {} : { owner: stage.owner }),
      ...(phase === undefined ? {} : { phaseName: phase.name }),
    },
    health: figures?.health ?? 'none',
    progress: figures?.progress ?? null,
    painPoints: map.painPoints.filter((pain) => pain.stageId === stageId).map(painPointView),
    kpis: (figures?.kpis ?? []).map(kpiView),
    issues: onStage.map((other) => issueCard(other, deps.settings, siteUrl)),
    jql: inStageJql(mapId, stageId),
  };
}
