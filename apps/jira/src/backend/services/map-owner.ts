// Who may change a stored map: administrators of the project it belongs to, not of every project that shows it.
import type { MapPointer } from '../storage/map-store';
import type { ContextProject } from './backend-deps';
import { ServiceError } from './service-error';

/**
 * Throws `forbidden` unless the context's project owns the map. A project administrator is
 * checked against the context's project only, and a map can be shown by several projects: without
 * this, an administrator of one could rename or rescore the journey another team runs. A map
 * stored before maps had owners goes to the first project that changes it.
 */
export function requireOwner(pointer: MapPointer, project: ContextProject): void {
  if (pointer.projectId === undefined || pointer.projectId === project.id) return;
  throw new ServiceError(
    'forbidden',
    `The journey "${pointer.title}" belongs to another project; only its administrators can change it. Nothing was changed`,
  );
}
