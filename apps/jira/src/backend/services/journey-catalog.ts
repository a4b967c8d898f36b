// Which journeys exist and which a project shows: the pickers' data and the project's choice.
import type { JourneyMap } from '@throughline/journey-core';
import type { ResponseOf } from '../../contract/resolver-contract';
import type { BackendDeps, ContextProject } from './backend-deps';
import { journeyOption } from './journey-views';
import { ServiceError } from './service-error';

/** Maps read at once: each read is a few KVS calls, and a site may hold dozens of maps. */
const LOADS_AT_ONCE = 8;

/** The stored maps with these ids, in this order; ids without a map are skipped. */
export async function loadJourneys(
  deps: BackendDeps,
  mapIds: readonly string[],
): Promise<JourneyMap[]> {
  const maps: JourneyMap[] = [];
  for (let start = 0; start < mapIds.length; start += LOADS_AT_ONCE) {
    const group = mapIds.slice(start, start + LOADS_AT_ONCE);
    const stored = await Promise.all(group.map((mapId) => deps.maps.load(mapId)));
    for (const entry of stored) if (entry) maps.push(entry.map);
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
