// Re-imported stages and lanes: matched ones keep their identity and person-made fields.
import type { Lane, Stage } from '../model/journey-map';
import { keyAllocator } from '../model/key-allocator';
import { idAllocator } from './id-allocator';
import { type Matchable, matchEntries } from './match-entries';
import { inNextOrder } from './merge-order';
import {
  emptyListChanges,
  type LaneField,
  type ListChanges,
  type MergeConflict,
  type StageField,
} from './merge-report';

interface Entry extends Matchable {
  id: string;
  removedAtSource?: boolean | undefined;
}

interface Combined<T, Field> {
  entry: T;
  fields: Field[];
  /** Board changes that a hand edit overrode, said for a person. */
  keptEdits: string[];
}

export interface MergedList<T, Field extends string> {
  entries: T[];
  /** Import id → merged id, for every entry of the import. */
  idOf: Map<string, string>;
  changes: ListChanges<Field>;
  conflicts: MergeConflict[];
}

function mergeEntries<T extends Entry, Field extends string>(
  list: 'stages' | 'lanes',
  previous: readonly T[],
  next: readonly T[],
  combine: (previous: T, next: T) => Combined<T, Field>,
): MergedList<T, Field> {
  const matches = matchEntries(previous, next);
  const allocateId = idAllocator(previous.map((entry) => entry.id));
  const keys = keyAllocator(previous.map((entry) => entry.key));
  const changes = emptyListChanges<Field>();
  const conflicts: MergeConflict[] = [];
  const idOf = new Map<string, string>();
  const matched = new Set<string>();

  const inNext = next.map((entry, at) => {
    const index = matches[at];
    const before = index === undefined ? undefined : previous[index];
    if (!before) {
      const added = { ...entry, id: allocateId(entry.id), key: keys.claim(entry.key) };
      idOf.set(entry.id, added.id);
      changes.added.push({ id: added.id, label: added.name });
      return added;
    }
    const { entry: merged, fields, keptEdits } = combine(before, entry);
    idOf.set(entry.id, before.id);
    matched.add(before.id);
    const reported = { id: merged.id, label: merged.name };
    if (merged.removedAtSource && !before.removedAtSource) changes.removed.push(reported);
    else if (fields.length > 0) changes.updated.push({ ...reported, fields });
    else changes.unchanged++;
    for (const message of keptEdits) {
      conflicts.push({ code: 'kept-edit', list, id: merged.id, message });
    }
    return merged;
  });

  const kept = new Map<string, T>();
  for (const entry of previous) {
    if (matched.has(entry.id)) continue;
    if (entry.removedAtSource) changes.unchanged++;
    else changes.removed.push({ id: entry.id, label: entry.name });
    kept.set(entry.id, { ...entry, removedAtSource: true });
  }
  const entries = inNextOrder(
    previous.map((entry) => entry.id),
    inNext,
    kept,
  );
  return { entries, idOf, changes, conflicts };
}

/**
 * The board's value for `field`, unless a person edited it: then theirs, with a note in
 * `keptEdits` when the board now says something else.
 */
function boardUnlessEdited<
  T extends Entry & { edited?: readonly string[] | undefined },
  F extends keyof T & string,
>(previous: T, next: T, field: F, subject: string, keptEdits: string[]): T[F] {
  if (!previous.edited?.includes(field)) return next[field];
  if (previous[field] !== next[field]) {
    keptEdits.push(
      `${subject}: kept the ${field} "${String(previous[field])}" a person edited; the board says "${String(next[field])}"`,
    );
  }
  return previous[field];
}

/** `merged` (a copy of the previous entry) with the board's source and removal taken from `next`. */
function withBoardState<T extends Entry>(merged: T, next: T): T {
  delete merged.removedAtSource;
  if (next.source) merged.source = next.source;
  if (next.removedAtSource) merged.removedAtSource = true;
  return merged;
}

function sourceChanged(previous: Entry, merged: Entry): boolean {
  const before = previous.source;
  const after = merged.source;
  return before?.boardId !== after?.boardId || before?.itemId !== after?.itemId;
}

function combineStage(previous: Stage, next: Stage): Combined<Stage, StageField> {
  const keptEdits: string[] = [];
  const subject = `stage "${previous.name}"`;
  const name = boardUnlessEdited(previous, next, 'name', subject, keptEdits);
  const entry = withBoardState({ ...previous, name }, next);
  const fields: StageField[] = [];
  if (entry.name !== previous.name) fields.push('name');
  if (sourceChanged(previous, entry)) fields.push('source');
  if (previous.removedAtSource && !entry.removedAtSource) fields.push('restored');
  return { entry, fields, keptEdits };
}

function combineLane(previous: Lane, next: Lane): Combined<Lane, LaneField> {
  const keptEdits: string[] = [];
  const subject = `lane "${previous.name}"`;
  const name = boardUnlessEdited(previous, next, 'name', subject, keptEdits);
  const kind = boardUnlessEdited(previous, next, 'kind', subject, keptEdits);
  const entry = withBoardState({ ...previous, name, kind }, next);
  const fields: LaneField[] = [];
  if (entry.name !== previous.name) fields.push('name');
  if (entry.kind !== previous.kind) fields.push('kind');
  if (sourceChanged(previous, entry)) fields.push('source');
  if (previous.removedAtSource && !entry.removedAtSource) fields.push('restored');
  return { entry, fields, keptEdits };
}

export function mergeStages(previous: readonly Stage[], next: readonly Stage[]) {
  return mergeEntries('stages', previous, next, combineStage);
}

export function mergeLanes(previous: readonly Lane[], next: readonly Lane[]) {
  return mergeEntries('lanes', previous, next, combineLane);
}
