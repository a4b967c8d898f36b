// Edits made on the settings page: a stage's name and owner, a pain point's score; each saved as a new map version.
import { type JourneyMap, renameStage, scorePainPoint } from '@throughline/journey-core';
import type { ParsedRequestOf, ResponseOf } from '../../contract/resolver-contract';
import type { BackendDeps, ContextProject } from './backend-deps';
import { journeyOption } from './journey-views';
import { requireOwner } from './map-owner';
import { ServiceError } from './service-error';

type Edited = ResponseOf<'editStage'>;

async function edit(
  deps: BackendDeps,
  project: ContextProject,
  mapId: string,
  change: (map: JourneyMap) => JourneyMap,
): Promise<Edited> {
  const stored = await deps.maps.load(mapId);
  if (!stored) throw new ServiceError('not-found', `There is no journey map ${mapId}`);
  requireOwner(stored.pointer, project);
  const next = change(stored.map);
  if (next !== stored.map) {
    await deps.maps.save(next, {
      expectedVersion: stored.pointer.version,
      projectId: project.id,
      now: deps.now,
    });
  }
  return { journey: journeyOption(next) };
}

export function editStage(
  deps: BackendDeps,
  project: ContextProject,
  request: ParsedRequestOf<'editStage'>,
): Promise<Edited> {
  return edit(deps, project, request.mapId, (map) => {
    const stage = map.stages.find((entry) => entry.id === request.stageId);
    if (!stage)
      throw new ServiceError(
        'not-found',
        `The journey "${map.title}" has no stage ${request.stageId}`,
      );
    let next = request.name === undefined ? map : renameStage(map, stage.id, request.name);
    if (request.owner !== undefined) {
      const owner = request.owner === null || request.owner === '' ? undefined : request.owner;
      if (owner !== stage.owner) {
        next = {
          ...next,
          stages: next.stages.map((entry) => {
            if (entry.id !== stage.id) return entry;
            const { owner: _dropped, ...rest } = entry;
            return owner === undefined ? rest : { ...rest, owner };
          }),
        };
      }
    }
    return next;
  });
}

export function scorePain(
  deps: BackendDeps,
  project: ContextProject,
  request: ParsedRequestOf<'scorePainPoint'>,
): Promise<Edited> {
  return edit(deps, project, request.mapId, (map) => {
    if (!map.painPoints.some((pain) => pain.id === request.painPointId)) {
      throw new ServiceError(
        'not-found',
        `The journey "${map.title}" has no pain point ${request.painPointId}`,
      );
    }
    return scorePainPoint(map, request.painPointId, {
      ...(request.severity === undefined ? {} : { severity: request.severity }),
      ...(request.reach === undefined ? {} : { reach: request.reach }),
    });
  });
}
