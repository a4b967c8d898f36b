// Phases on re-import: matched like stages (by board source, then name), a person's renames and
// regroupings kept, the rest following the board; each stage in one phase at most.
import type { Phase } from '../model/journey-map';
import { keyAllocator } from '../model/key-allocator';
import { idAllocator } from './id-allocator';
import { matchEntries } from './match-entries';
import { inNextOrder } from './merge-order';
import {
  emptyListChanges,
  type ListChanges,
  type MergeConflict,
  type PhaseField,
} from './merge-report';

export interface MergedPhases {
  entries: Phase[];
  changes: ListChanges<PhaseField>;
  conflicts: MergeConflict[];
}

/**
 * A phase keeps its own stages when a person grouped them: they regrouped it (`edited: ['stages']`)
 * or made it by hand (it has no board source). Every other phase's stages follow the board.
 */
const personGrouped = (phase: Phase) =>
  phase.edited?.includes('stages') === true || phase.source === undefined;

const sameStages = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((id, index) => id === b[index]);

function withEdit(phase: Phase, field: 'name' | 'stages'): Phase['edited'] {
  const edited = [...(phase.edited ?? [])];
  if (!edited.includes(field)) edited.push(field);
  return edited;
}

/**
 * Merge the import's phases into the map's. A phase of the import matches a previous one by board
 * source, then by name (normalised as stages are), then by key; a match keeps its id and key, and
 * its name unless a person renamed it. Its stages are the board's, mapped to the merged map's stage
 * ids, unless a person grouped them (see `personGrouped`): then theirs, and a phase made by hand
 * that the board now draws is marked regrouped, so that a later re-import keeps its stages too.
 * Person-grouped phases claim their stages first, so the board never takes a stage out of a
 * grouping a person made; a board phase loses the stages they hold, and a kept-edit conflict says
 * so whenever the board groups a person's phase otherwise. New board phases are added. A previous
 * phase the import lacks is kept when a person made it (unchanged) or edited it (flagged
 * `removedAtSource`); one that only followed the board is dropped (its stages stay). Either way a
 * phase newly gone from the board is reported removed.
 */
export function mergePhases(
  previous: readonly Phase[],
  next: readonly Phase[],
  stageIdOf: ReadonlyMap<string, string>,
  mergedStageIds: readonly string[],
): MergedPhases {
  const position = new Map(mergedStageIds.map((id, index) => [id, index]));
  const matches = matchEntries(previous, next);
  const allocateId = idAllocator(previous.map((phase) => phase.id));
  const keys = keyAllocator(previous.map((phase) => phase.key));
  const changes = emptyListChanges<PhaseField>();
  const conflicts: MergeConflict[] = [];
  const claimed = new Set<string>();
  /** The stages not yet in a phase, now taken, in the merged map's stage order. */
  const claim = (stageIds: readonly string[]) =>
    stageIds
      .filter((id) => {
        if (claimed.has(id) || !position.has(id)) return false;
        claimed.add(id);
        return true;
      })
      .sort((a, b) => (position.get(a) ?? 0) - (position.get(b) ?? 0));
  const boardStages = (phase: Phase) => phase.stageIds.flatMap((id) => stageIdOf.get(id) ?? []);

  // Person-grouped phases first, whether or not the board still draws them.
  const ownStages = new Map<string, string[]>();
  for (const phase of previous) {
    if (personGrouped(phase)) ownStages.set(phase.id, claim(phase.stageIds));
  }

  const matched = new Set<string>();
  const inNext = next.map((phase, at): Phase => {
    const index = matches[at];
    const before = index === undefined ? undefined : previous[index];
    if (!before) {
      const added = { ...phase, id: allocateId(phase.id), key: keys.claim(phase.key) };
      delete added.removedAtSource;
      changes.added.push({ id: added.id, label: added.name });
      return { ...added, stageIds: claim(boardStages(phase)) };
    }
    matched.add(before.id);
    const subject = `phase "${before.name}"`;
    const merged: Phase = { ...before };
    delete merged.removedAtSource;
    if (phase.source) merged.source = phase.source;
    if (before.edited?.includes('name')) {
      if (before.name !== phase.name) {
        conflicts.push({
          code: 'kept-edit',
          list: 'phases',
          id: before.id,
          message: `${subject}: kept the name "${before.name}" a person edited; the board says "${phase.name}"`,
        });
      }
    } else merged.name = phase.name;
    const own = ownStages.get(before.id);
    if (own) {
      merged.stageIds = own;
      const board = boardStages(phase);
      if (!sameStages(own, board)) {
        if (before.source === undefined) merged.edited = withEdit(before, 'stages');
        conflicts.push({
          code: 'kept-edit',
          list: 'phases',
          id: before.id,
          message: `${subject}: kept the ${own.length} stage(s) a person grouped in it; the board puts ${board.length} under it`,
        });
      }
    } else merged.stageIds = claim(boardStages(phase));
    const fields: PhaseField[] = [];
    if (merged.name !== before.name) fields.push('name');
    if (!sameStages(merged.stageIds, before.stageIds)) fields.push('stages');
    if (merged.source?.boardId !== before.source?.boardId) fields.push('source');
    else if (merged.source?.itemId !== before.source?.itemId) fields.push('source');
    if (before.removedAtSource) fields.push('restored');
    const reported = { id: merged.id, label: merged.name };
    if (fields.length > 0) changes.updated.push({ ...reported, fields });
    else changes.unchanged++;
    return merged;
  });

  const kept = new Map<string, Phase>();
  for (const phase of previous) {
    if (matched.has(phase.id)) continue;
    const stageIds = ownStages.get(phase.id) ?? claim(phase.stageIds);
    if (phase.source === undefined || phase.removedAtSource) {
      kept.set(phase.id, { ...phase, stageIds });
      changes.unchanged++;
      continue;
    }
    changes.removed.push({ id: phase.id, label: phase.name });
    if ((phase.edited ?? []).length > 0) {
      kept.set(phase.id, { ...phase, stageIds, removedAtSource: true });
    }
  }
  const entries = inNextOrder(
    previous.map((phase) => phase.id),
    inNext,
    kept,
  );
  return { entries, changes, conflicts };
}
