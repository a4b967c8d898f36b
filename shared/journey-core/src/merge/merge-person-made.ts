// Pain points, opportunities and KPIs on re-import: a person made or scored them, so the map's own
// are kept (those raised from a sticky follow its text and are flagged when it goes), and the import
// only adds those raised from new stickies or under keys the map does not use yet.
import type { JourneyMap, Kpi, Opportunity, PainPoint } from '../model/journey-map';
import { keyAllocator } from '../model/key-allocator';
import { idAllocator } from './id-allocator';
import { mergeRaised } from './merge-raised';
import type { ConflictList, MergeConflict, ReportedEntry } from './merge-report';

export interface PersonMadeInput {
  previous: JourneyMap;
  next: JourneyMap;
  /** The merged map's items and lanes: where each raised entry's sticky now is. */
  items: JourneyMap['items'];
  lanes: JourneyMap['lanes'];
  /** Import stage id → merged stage id. */
  stageIdOf: ReadonlyMap<string, string>;
  /** Import item id → merged item id. */
  itemIdOf: ReadonlyMap<string, string>;
}

export interface MergedPersonMade {
  painPoints: PainPoint[];
  opportunities: Opportunity[];
  kpis: Kpi[];
  added: { painPoints: ReportedEntry[]; opportunities: ReportedEntry[]; kpis: ReportedEntry[] };
  raised: { retitled: ReportedEntry[]; removed: ReportedEntry[] };
  conflicts: MergeConflict[];
}

interface Added<T> {
  entries: T[];
  /** Import id → merged id, for new entries and for those whose key the map already had. */
  idOf: Map<string, string>;
  added: ReportedEntry[];
}

/**
 * `previous`, then each entry of `next` whose key is new, with a fresh id and its references
 * remapped by `remap` (undefined leaves the entry out).
 */
function addNewKeys<T extends { id: string; key: string; itemId?: string | undefined }>(
  previous: readonly T[],
  next: readonly T[],
  label: (entry: T) => string,
  remap: (entry: T) => T | undefined,
  matched: ReadonlyMap<string, string> = new Map(),
): Added<T> {
  const idOfKey = new Map(previous.map((entry) => [entry.key, entry.id]));
  const allocateId = idAllocator(previous.map((entry) => entry.id));
  const keys = keyAllocator(previous.map((entry) => entry.key));
  const result: Added<T> = { entries: [...previous], idOf: new Map(matched), added: [] };
  for (const entry of next) {
    if (matched.has(entry.id)) continue;
    // Raised from a new sticky: a new entry even if its text slugs to a key the map already uses.
    if (entry.itemId !== undefined && idOfKey.has(entry.key)) {
      const remapped = remap(entry);
      if (!remapped) continue;
      const added = { ...remapped, id: allocateId(entry.id), key: keys(entry.key) };
      idOfKey.set(added.key, added.id);
      result.idOf.set(entry.id, added.id);
      result.entries.push(added);
      result.added.push({ id: added.id, label: label(added) });
      continue;
    }
    const existing = idOfKey.get(entry.key);
    if (existing !== undefined) {
      result.idOf.set(entry.id, existing);
      continue;
    }
    const remapped = remap(entry);
    if (!remapped) continue;
    const added = { ...remapped, id: allocateId(entry.id) };
    keys.claim(added.key);
    idOfKey.set(added.key, added.id);
    result.idOf.set(entry.id, added.id);
    result.entries.push(added);
    result.added.push({ id: added.id, label: label(added) });
  }
  return result;
}

/** How the import's references become the merged map's, and where unresolved ones are reported. */
interface Remapping {
  input: PersonMadeInput;
  conflicts: MergeConflict[];
}

function unknownReference(remapping: Remapping, list: ConflictList, message: string): void {
  remapping.conflicts.push({ code: 'unknown-reference', list, message });
}

function mergedStage(remapping: Remapping, list: ConflictList, title: string, stageId: string) {
  const merged = remapping.input.stageIdOf.get(stageId);
  if (merged === undefined) {
    unknownReference(
      remapping,
      list,
      `"${title}" is for a stage the import does not have; it was left out`,
    );
  }
  return merged;
}

function remapPainPoint(remapping: Remapping, pain: PainPoint): PainPoint | undefined {
  const stageId = mergedStage(remapping, 'painPoints', pain.title, pain.stageId);
  if (stageId === undefined) return undefined;
  const remapped: PainPoint = { ...pain, stageId };
  delete remapped.itemId;
  if (pain.itemId === undefined) return remapped;
  const itemId = remapping.input.itemIdOf.get(pain.itemId);
  if (itemId !== undefined) remapped.itemId = itemId;
  else {
    unknownReference(
      remapping,
      'painPoints',
      `pain point "${pain.title}" came from an item the import does not have; the link to it was left out`,
    );
  }
  return remapped;
}

function remapOpportunity(
  remapping: Remapping,
  opportunity: Opportunity,
  painIdOf: ReadonlyMap<string, string>,
): Opportunity | undefined {
  const stageId = mergedStage(remapping, 'opportunities', opportunity.title, opportunity.stageId);
  if (stageId === undefined) return undefined;
  const painPointIds: string[] = [];
  for (const painId of opportunity.painPointIds) {
    const merged = painIdOf.get(painId);
    if (merged !== undefined) painPointIds.push(merged);
    else {
      unknownReference(
        remapping,
        'opportunities',
        `opportunity "${opportunity.title}" answers a pain point the import does not have; that link was left out`,
      );
    }
  }
  return { ...opportunity, stageId, painPointIds };
}

function remapKpi(remapping: Remapping, kpi: Kpi): Kpi | undefined {
  if (kpi.stageId === undefined) return kpi;
  const stageId = mergedStage(remapping, 'kpis', kpi.name, kpi.stageId);
  return stageId === undefined ? undefined : { ...kpi, stageId };
}

/** Merge the import's pain points, opportunities and KPIs into the map's own. */
export function mergePersonMade(input: PersonMadeInput): MergedPersonMade {
  const remapping: Remapping = { input, conflicts: [] };
  const { previous, next } = input;
  const raisedPains = mergeRaised('pain-points', previous.painPoints, next.painPoints, input);
  const raisedOpportunities = mergeRaised(
    'opportunities',
    previous.opportunities,
    next.opportunities,
    input,
  );
  const painPoints = addNewKeys(
    raisedPains.entries,
    next.painPoints,
    (pain) => pain.title,
    (pain) => remapPainPoint(remapping, pain),
    raisedPains.matched,
  );
  const opportunities = addNewKeys(
    raisedOpportunities.entries,
    next.opportunities,
    (opportunity) => opportunity.title,
    (opportunity) => remapOpportunity(remapping, opportunity, painPoints.idOf),
    raisedOpportunities.matched,
  );
  const kpis = addNewKeys(
    previous.kpis,
    next.kpis,
    (kpi) => kpi.name,
    (kpi) => remapKpi(remapping, kpi),
  );
  return {
    painPoints: painPoints.entries,
    opportunities: opportunities.entries,
    kpis: kpis.entries,
    added: { painPoints: painPoints.added, opportunities: opportunities.added, kpis: kpis.added },
    raised: {
      retitled: [...raisedPains.retitled, ...raisedOpportunities.retitled],
      removed: [...raisedPains.removed, ...raisedOpportunities.removed],
    },
    conflicts: remapping.conflicts,
  };
}
