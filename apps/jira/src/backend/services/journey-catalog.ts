// Which journeys exist and which a project shows: the pickers' data and the project's choice.
import type { JourneyMap } from '@throughline/journey-core';
import type { ResponseOf } from '../../contract/resolver-contract';
import type { BackendDeps, ContextProject } from './backend-deps';
import { journeyOption } from './journey-views';
import { ServiceError } from './service-error';

/** The stored maps with these ids, in this order; ids without a map are skipped. */
export async function loadJourneys(
  deps: BackendDeps,
  mapIds: readonly string[],
): Promise<JourneyMap[]> {
  const maps: JourneyMap[] = [];
  for (const mapId of mapIds) {
    const stored = await deps.maps.load(mapId);
    if (stored) maps.push(stored.map);
  }
  return maps;
}

export async function listJourneys(
  deps: BackendDeps,
  project: ContextProject | undefined,
  scope: 'project' | 'all',
): Promise<ResponseOf<'listJourneys'>> {
  const projectJourneyIds = project ? await deps.app.projectJourneys(project.id) : [];
  const ids =
    scope === 'project' && project
      ? projectJourneyIds
      : (await deps.maps.list())
          .sort((a, b) => a.title.localeCompare(b.title) || a.mapId.localeCompare(b.mapId))
          .map((pointer) => pointer.mapId);
  const maps = await loadJourneys(deps, ids);
  return { journeys: maps.map(journeyOption), projectJourneyIds };
}

export async function setProjectJourneys(
  deps: BackendDeps,
  project: ContextProject,
  mapIds: readonly string[],
): Promise<ResponseOf<'setProjectJourneys'>> {
  const stored = new Set((await deps.maps.list()).map((pointer) => pointer.mapId));
  const unknown = mapIds.filter((mapId) => !stored.has(mapId));
  if (unknown.length > 0) {
    throw new ServiceError(
      'not-found',
      `No journey map has the id ${unknown.join(', ')}; nothing was changed`,
      unknown.map((mapId) => ({ path: ['mapIds', mapIds.indexOf(mapId)], message: 'no such map' })),
    );
  }
  return { projectJourneyIds: await deps.app.setProjectJourneys(project.id, mapIds) };
}
