// What a re-convert changed, as short lines of counts a person can read at a glance.
import type { ListChanges, MergeReport } from '@throughline/journey-core';

function listLine(name: string, changes: ListChanges<string>): string | null {
  const parts = [
    changes.added.length > 0 ? `${changes.added.length} added` : '',
    changes.updated.length > 0 ? `${changes.updated.length} updated` : '',
    changes.removed.length > 0 ? `${changes.removed.length} gone from the board` : '',
  ].filter((part) => part !== '');
  return parts.length === 0 ? null : `${name}: ${parts.join(', ')}`;
}

export function mergeSummaryLines(report: MergeReport): string[] {
  const lines = [
    listLine('Phases', report.phases),
    listLine('Stages', report.stages),
    listLine('Lanes', report.lanes),
    listLine('Cards', report.items),
  ].filter((line): line is string => line !== null);
  const moved = report.items.movedToUnplaced.length;
  if (moved > 0) lines.push(`Cards back to unplaced: ${moved}`);
  const kept = report.conflicts.filter((conflict) => conflict.code === 'kept-edit').length;
  if (kept > 0) lines.push(`Your edits kept over board changes: ${kept}`);
  const other = report.conflicts.length - kept;
  if (other > 0) lines.push(`Other conflicts: ${other}`);
  if (lines.length === 0) lines.push('Nothing changed on the board since the last convert.');
  return lines;
}
