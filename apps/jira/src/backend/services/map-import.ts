// Importing a map file: parse and validate it, merge it into the stored map of the same id, store the result.
import {
  type Diagnostic,
  type JourneyMap,
  type MergeReport,
  mergeMaps,
  parseMapJson,
  validateMap,
} from '@throughline/journey-core';
import type { DiagnosticView, ResponseOf } from '../../contract/resolver-contract';
import type { BackendDeps, ContextProject } from './backend-deps';
import { requireOwner } from './map-owner';

type ImportResult = ResponseOf<'importMap'>;

const view = (diagnostic: Diagnostic): DiagnosticView => ({
  severity: diagnostic.severity,
  code: diagnostic.code,
  path: diagnostic.path,
  message: diagnostic.message,
});

function changes(report: MergeReport | undefined) {
  return {
    stagesAdded: report?.stages.added.length ?? 0,
    stagesRemoved: report?.stages.removed.length ?? 0,
    itemsAdded: report?.items.added.length ?? 0,
    itemsRemoved: report?.items.removed.length ?? 0,
    conflicts: report?.conflicts.length ?? 0,
  };
}

/**
 * Adds the stored map to the project's journeys when asked. The map is stored by then: a failure
 * here is a warning beside "stored", never an error that would say the import failed.
 */
async function showInProject(
  deps: BackendDeps,
  project: ContextProject,
  map: JourneyMap,
  addToProject: boolean,
): Promise<{ projectJourneyIds: string[]; diagnostics: DiagnosticView[] }> {
  try {
    const current = await deps.app.projectJourneys(project.id);
    const projectJourneyIds =
      addToProject && !current.includes(map.id)
        ? await deps.app.setProjectJourneys(project.id, [...current, map.id])
        : current;
    return { projectJourneyIds, diagnostics: [] };
  } catch (error) {
    const reason = error instanceof Error ? error.message : 'storage failed';
    return {
      projectJourneyIds: [],
      diagnostics: [
        {
          severity: 'warning',
          code: 'not-added-to-project',
          path: [],
          message: `The map is stored, but it could not be added to ${project.key}'s journeys (${reason}); add it under "This project's journeys"`,
        },
      ],
    };
  }
}

/**
 * A broken map stores nothing and says why. A map whose id is stored already is merged into it
 * (`mergeMaps` keeps ids, so every issue linked to a stage stays linked); removals are flagged,
 * never dropped, until a person confirms them.
 */
export async function importMap(
  deps: BackendDeps,
  project: ContextProject,
  text: string,
  addToProject: boolean,
): Promise<ImportResult> {
  const parsed = parseMapJson(text);
  if (!parsed.ok) return { outcome: 'invalid', diagnostics: parsed.diagnostics.map(view) };
  const incoming = parsed.value;
  const findings = validateMap(incoming);
  if (findings.some((finding) => finding.severity === 'error')) {
    return { outcome: 'invalid', diagnostics: findings.map(view) };
  }
  const previous = await deps.maps.load(incoming.id);
  if (previous) requireOwner(previous.pointer, project);
  let map: JourneyMap = incoming;
  let report: MergeReport | undefined;
  if (previous) {
    const merged = mergeMaps(previous.map, incoming);
    map = merged.map;
    report = merged.report;
    const after = validateMap(map).filter((finding) => finding.severity === 'error');
    if (after.length > 0) return { outcome: 'invalid', diagnostics: after.map(view) };
  }
  await deps.maps.save(map, {
    expectedVersion: previous?.pointer.version ?? null,
    projectId: project.id,
    now: deps.now,
  });
  const shown = await showInProject(deps, project, map, addToProject);
  const conflicts: DiagnosticView[] = (report?.conflicts ?? []).map((conflict) => ({
    severity: 'warning',
    code: `merge-${conflict.code}`,
    path: conflict.id === undefined ? [conflict.list] : [conflict.list, conflict.id],
    message: conflict.message,
  }));
  return {
    outcome: 'stored',
    mapId: map.id,
    title: map.title,
    merged: previous !== undefined,
    diagnostics: [...findings.map(view), ...conflicts, ...shown.diagnostics],
    changes: changes(report),
    projectJourneyIds: shown.projectJourneyIds,
  };
}
