// Linking the context's issue to a stage (and pain point) of a stored map, unlinking it, and reading its links.
import type { JourneyMap } from '@throughline/journey-core';
import type { IssueLink, LinksProperty } from '../../client/links-property';
import type { IssueLinkView, LinkTarget, ResponseOf } from '../../contract/resolver-contract';
import type { BackendDeps, ContextIssue } from './backend-deps';
import { ServiceError } from './service-error';

type IssueLinks = ResponseOf<'getIssueLinks'>;

async function loadMaps(
  deps: BackendDeps,
  mapIds: Iterable<string>,
): Promise<Map<string, JourneyMap>> {
  const maps = new Map<string, JourneyMap>();
  for (const mapId of new Set(mapIds)) {
    const stored = await deps.maps.load(mapId);
    if (stored) maps.set(mapId, stored.map);
  }
  return maps;
}

function linkView(link: IssueLink, maps: Map<string, JourneyMap>): IssueLinkView {
  const map = maps.get(link.mapId);
  const stage = map?.stages.find((entry) => entry.id === link.stageId);
  const pain =
    link.painPointId === undefined
      ? undefined
      : map?.painPoints.find((entry) => entry.id === link.painPointId);
  const missing = !stage || (link.painPointId !== undefined && !pain);
  return {
    mapId: link.mapId,
    stageId: link.stageId,
    ...(link.painPointId === undefined ? {} : { painPointId: link.painPointId }),
    ...(map ? { mapTitle: map.title } : {}),
    ...(stage ? { stageName: stage.name } : {}),
    ...(pain ? { painPointTitle: pain.title } : {}),
    missing,
  };
}

async function viewOf(
  deps: BackendDeps,
  issue: ContextIssue,
  value: LinksProperty,
): Promise<IssueLinks> {
  const maps = await loadMaps(
    deps,
    value.links.map((link) => link.mapId),
  );
  return { issue, links: value.links.map((link) => linkView(link, maps)) };
}

export async function getIssueLinks(deps: BackendDeps, issue: ContextIssue): Promise<IssueLinks> {
  return viewOf(deps, issue, await deps.jira.getLinks(issue.id));
}

/** Refuses a target the stored map does not have, before Jira is asked anything. */
function checkTarget(map: JourneyMap | undefined, target: LinkTarget): void {
  if (!map) throw new ServiceError('not-found', `There is no journey map ${target.mapId}`);
  if (!map.stages.some((stage) => stage.id === target.stageId)) {
    throw new ServiceError(
      'not-found',
      `The journey "${map.title}" has no stage ${target.stageId}`,
    );
  }
  if (target.painPointId === undefined) return;
  const pain = map.painPoints.find((entry) => entry.id === target.painPointId);
  if (!pain) {
    throw new ServiceError(
      'not-found',
      `The journey "${map.title}" has no pain point ${target.painPointId}`,
    );
  }
  if (pain.stageId !== target.stageId) {
    throw new ServiceError(
      'invalid-request',
      `The pain point "${pain.title}" belongs to another stage`,
      [{ path: ['painPointId'], message: 'is not a pain point of this stage' }],
    );
  }
}

function issueLink(target: LinkTarget): IssueLink {
  return target.painPointId === undefined
    ? { mapId: target.mapId, stageId: target.stageId }
    : { mapId: target.mapId, stageId: target.stageId, painPointId: target.painPointId };
}

/**
 * Notes the issue as changed for the board's next read. Only a freshness hint, given after the
 * link is written: its failure must not report the link as not made (Jira's index catches up in
 * seconds anyway).
 */
async function noteChanged(deps: BackendDeps, issue: ContextIssue): Promise<void> {
  await deps.app.noteChanges([issue.id], deps.now().getTime()).catch(() => undefined);
}

export async function linkIssue(
  deps: BackendDeps,
  issue: ContextIssue,
  target: LinkTarget,
): Promise<IssueLinks> {
  const stored = await deps.maps.load(target.mapId);
  checkTarget(stored?.map, target);
  // The client checks EDIT_ISSUES as the user before it writes anything.
  const change = await deps.jira.linkIssue(issue.id, issueLink(target));
  if (change.changed) await noteChanged(deps, issue);
  return viewOf(deps, issue, change.after);
}

/** A link to a map or stage that no longer exists can still be removed. */
export async function unlinkIssue(
  deps: BackendDeps,
  issue: ContextIssue,
  target: LinkTarget,
): Promise<IssueLinks> {
  const change = await deps.jira.unlinkIssue(issue.id, issueLink(target));
  if (change.changed) await noteChanged(deps, issue);
  return viewOf(deps, issue, change.after);
}
