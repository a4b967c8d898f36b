import { describe, expect, it } from 'vitest';
import { dueDateOf, issueScope, workStatus } from './issue-status';

describe('workStatus', () => {
  it.each([
    ['new', undefined, 'todo'],
    ['indeterminate', undefined, 'in-progress'],
    ['done', undefined, 'done'],
    ['done', 'Done', 'done'],
    ['done', 'Fixed', 'done'],
    ['done', "Won't Do", 'canceled'],
    ['done', "won't fix", 'canceled'],
    ['done', 'Won’t Fix', 'canceled'],
    ['done', 'DUPLICATE', 'canceled'],
    ['done', 'Declined', 'canceled'],
    ['done', ' Cannot Reproduce ', 'canceled'],
    // A resolution on an issue that is not done (reopened) does not cancel it.
    ['indeterminate', "Won't Do", 'in-progress'],
    ['new', 'Duplicate', 'todo'],
    ['undefined', undefined, 'todo'],
    [undefined, undefined, 'todo'],
  ] as const)('%s with resolution %s → %s', (categoryKey, resolution, expected) => {
    expect(workStatus({ categoryKey, resolution })).toBe(expected);
  });

  it('takes a configured list of canceling resolutions', () => {
    expect(workStatus({ categoryKey: 'done', resolution: 'Obsolete' }, ['obsolete'])).toBe(
      'canceled',
    );
    expect(workStatus({ categoryKey: 'done', resolution: "Won't Do" }, ['obsolete'])).toBe('done');
  });
});

describe('dueDateOf and issueScope', () => {
  it.each([
    ['2026-12-01', '2026-12-01'],
    [null, undefined],
    ['tomorrow', undefined],
    [20261201, undefined],
  ])('duedate %s → %s', (value, expected) => {
    expect(dueDateOf(value)).toBe(expected);
  });

  it.each([
    [{ customfield_10016: 5 }, 'customfield_10016', 5],
    [{ customfield_10016: 0 }, 'customfield_10016', 0],
    [{ customfield_10016: 2.5 }, 'customfield_10016', 2.5],
    [{ customfield_10016: null }, 'customfield_10016', 1],
    [{ customfield_10016: -3 }, 'customfield_10016', 1],
    [{ customfield_10016: '8' }, 'customfield_10016', 1],
    [{ customfield_10016: 5 }, undefined, 1],
  ])('fields %j with story points field %s → scope %s', (fields, fieldId, expected) => {
    expect(issueScope(fields, fieldId)).toBe(expected);
  });
});
