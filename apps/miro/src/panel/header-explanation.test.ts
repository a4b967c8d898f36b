import type { InferenceSummary } from '@throughline/journey-core';
import { describe, expect, it } from 'vitest';
import { headerLines } from './header-explanation';

function summary(headers: InferenceSummary['headers']): InferenceSummary {
  return { stickies: 9, placed: 8, unsure: 1, unplaced: 1, headers, ignored: {} };
}

describe('headerLines', () => {
  it('says where stages and lanes came from, stages first', () => {
    const lines = headerLines(
      summary({
        lanes: {
          from: 'text',
          itemIds: ['l-1'],
          why: 'a column of 3 texts with stickies right of it',
        },
        stages: {
          from: 'stickies',
          itemIds: ['s-1', 's-2', 's-3'],
          why: 'a row of 3 stickies above the other stickies: dark_gray, a colour no content sticky uses',
        },
      }),
    );
    expect(lines.map((line) => line.text)).toEqual([
      'Stages from a row of 3 stickies above the other stickies: dark_gray, a colour no content sticky uses',
      'Lanes from a column of 3 texts with stickies right of it',
    ]);
  });

  it('words a legend reason as a sentence, and phases when the core names them', () => {
    // A variable, not a literal: `phases` is checked whether or not the core's type names it yet.
    const headers = {
      lanes: {
        from: 'legend' as const,
        itemIds: [],
        why: 'no lane labels on the board: one lane per kind',
      },
      phases: {
        from: 'shapes' as const,
        itemIds: ['p-1'],
        why: 'a row of 2 shapes above the stages',
      },
    };
    const lines = headerLines(summary(headers));
    expect(lines).toEqual([
      { part: 'phases', text: 'Phases from a row of 2 shapes above the stages' },
      { part: 'lanes', text: 'Lanes: no lane labels on the board: one lane per kind' },
    ]);
  });

  it('says nothing of what was not found', () => {
    expect(headerLines(summary({}))).toEqual([]);
  });
});
