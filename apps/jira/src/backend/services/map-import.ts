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
 * A broken map stores nothing and says why. A map whose id is stored already is merged into it
 * (`mergeMaps` keeps ids, so every issue linked to a stage stays linked); removals are flagged,
 * never dropped, until a person confirms them.
 */
export async function importMap(
  deps: BackendDeps,
  project: ContextProject | undefined,
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
  let map: JourneyMap = incoming;
  let report: MergeReport | undefined;
  if (previous) {
    const merged = mergeMaps(previous.map, incoming);
    map = merged.map;
    report = merged.report;
    const after = validateMap(map).filter((finding) => finding.severity === 'error');
    if (after.length > 0) return { outcome: 'invalid', diagnostics: after.map(view) };
  }
  await deps.maps.save(map, { expectedVersion: previous?.pointer.version ?? null, now: deps.now });
  let projectJourneyIds: string[] = [];
  if (project) {
    const current = await deps.app.projectJourneys(project.id);
    projectJourneyIds =
      addToProject && !current.includes(map.id)
        ? await deps.app.setProjectJourneys(project.id, [...current, map.id])
        : current;
  }
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
    diagnostics: [...findings.map(view), ...conflicts],
    changes: changes(report),
    projectJourneyIds,
  };
}
