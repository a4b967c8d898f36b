import type { MergeReport } from '@throughline/journey-core';
import { describe, expect, it } from 'vitest';
import { mergeSummaryLines } from './merge-summary';

const none = () => ({ added: [], updated: [], unchanged: 3, removed: [] });

function report(change: Partial<MergeReport> = {}): MergeReport {
  return {
    phases: none(),
    stages: none(),
    lanes: none(),
    items: { ...none(), movedToUnplaced: [] },
    added: { painPoints: [], opportunities: [], kpis: [] },
    raised: { retitled: [], removed: [] },
    conflicts: [],
    ...change,
  };
}

const entry = (id: string) => ({ id, label: id });

describe('what a re-convert changed', () => {
  it('counts phases first, as they head the grid', () => {
    const lines = mergeSummaryLines(
      report({ phases: { ...none(), added: [entry('p-1')], removed: [entry('p-2')] } }),
    );
    expect(lines).toEqual(['Phases: 1 added, 1 gone from the board']);
  });

  it('says so when nothing changed', () => {
    expect(mergeSummaryLines(report())).toEqual([
      'Nothing changed on the board since the last convert.',
    ]);
  });

  it('counts each list and the edits it kept', () => {
    const lines = mergeSummaryLines(
      report({
        stages: { ...none(), added: [entry('s')] },
        items: {
          added: [entry('a'), entry('b')],
          updated: [{ ...entry('c'), fields: ['text'] }],
          unchanged: 4,
          removed: [entry('d')],
          movedToUnplaced: [
            {
              ...entry('e'),
              source: { provider: 'miro', boardId: 'b', itemId: 'e' },
              reason: 'outside-grid',
            },
          ],
        },
        conflicts: [
          { code: 'kept-edit', list: 'items', message: 'kept' },
          { code: 'duplicate-source', list: 'items', message: 'twice' },
        ],
      }),
    );
    expect(lines).toEqual([
      'Stages: 1 added',
      'Cards: 2 added, 1 updated, 1 gone from the board',
      'Cards back to unplaced: 1',
      'Your edits kept over board changes: 1',
      'Other conflicts: 1',
    ]);
  });
});
