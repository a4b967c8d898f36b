import { describe, expect, it } from 'vitest';
import type { WorkLink } from '../model/work-link';
import { workLink } from '../rollup/journey-fixtures.test-support';
import { type WorkSetFigures, workSetFigures } from './work-set-figures';

const ASOF = '2025-06-10';

/** A Linear project as the adapter maps it: in progress, half done, scope 1, no health. */
const project = (fields: Partial<WorkLink> = {}): WorkLink =>
  workLink({ provider: 'linear', status: 'in-progress', progress: 0.5, scope: 1, ...fields });

describe('workSetFigures: health', () => {
  const cases: [string, WorkLink[], WorkSetFigures['health']][] = [
    ['no work at all', [], 'none'],
    [
      'nothing active (done and canceled)',
      [project({ status: 'done' }), project({ status: 'canceled' })],
      'none',
    ],
    ['active work with no health', [project()], 'unknown'],
    ['a todo project on track', [project({ status: 'todo', health: 'on-track' })], 'onTrack'],
    ['on track beats unknown', [project(), project({ health: 'on-track' })], 'onTrack'],
    [
      'at risk beats on track',
      [project({ health: 'on-track' }), project({ health: 'at-risk' })],
      'atRisk',
    ],
    [
      'off track beats at risk',
      [project({ health: 'off-track' }), project({ health: 'at-risk' })],
      'offTrack',
    ],
    [
      'overdue overrules on track',
      [project({ health: 'on-track', dueDate: '2025-06-09' })],
      'offTrack',
    ],
    ['overdue with no health is off track', [project({ dueDate: '2025-06-09' })], 'offTrack'],
    ['due today is not overdue', [project({ health: 'at-risk', dueDate: ASOF })], 'atRisk'],
    [
      'done work off track does not count',
      [project({ status: 'done', health: 'off-track' }), project({ health: 'on-track' })],
      'onTrack',
    ],
    [
      'canceled overdue work does not count',
      [project({ status: 'canceled', dueDate: '2025-01-01' })],
      'none',
    ],
  ];
  it.each(cases)('%s', (_name, links, health) => {
    expect(workSetFigures(links, ASOF).health).toBe(health);
  });
});

describe('workSetFigures: overdue and active', () => {
  const cases: [string, WorkLink[], { overdue: number; active: number; count: number }][] = [
    [
      'due yesterday is overdue',
      [project({ dueDate: '2025-06-09' })],
      { overdue: 1, active: 1, count: 1 },
    ],
    ['due today is not', [project({ dueDate: ASOF })], { overdue: 0, active: 1, count: 1 }],
    ['no due date is not', [project()], { overdue: 0, active: 1, count: 1 }],
    [
      'todo counts as active',
      [project({ status: 'todo', dueDate: '2024-12-31' })],
      { overdue: 1, active: 1, count: 1 },
    ],
    [
      'done late is not overdue',
      [project({ status: 'done', dueDate: '2025-01-01' })],
      { overdue: 0, active: 0, count: 1 },
    ],
    [
      'canceled late is not overdue',
      [project({ status: 'canceled', dueDate: '2025-01-01' })],
      { overdue: 0, active: 0, count: 1 },
    ],
  ];
  it.each(cases)('%s', (_name, links, expected) => {
    const { overdue, active, count } = workSetFigures(links, ASOF);
    expect({ overdue, active, count }).toEqual(expected);
  });
});

describe('workSetFigures: progress', () => {
  const cases: [string, WorkLink[], number | null][] = [
    ['no work', [], null],
    [
      'all canceled',
      [project({ status: 'canceled' }), project({ status: 'canceled', progress: 1 })],
      null,
    ],
    [
      'weighted by scope',
      [project({ progress: 1, scope: 3 }), project({ progress: 0, scope: 1 })],
      0.75,
    ],
    [
      'canceled work is left out',
      [
        project({ progress: 0.2, scope: 1 }),
        project({ status: 'canceled', progress: 1, scope: 9 }),
      ],
      0.2,
    ],
    [
      'zero total scope: the plain mean',
      [project({ progress: 0.2, scope: 0 }), project({ progress: 0.6, scope: 0 })],
      0.4,
    ],
    [
      'zero scope weighs nothing beside some scope',
      [project({ progress: 1, scope: 0 }), project({ progress: 0.5, scope: 2 })],
      0.5,
    ],
    [
      'no scope counts 1',
      [project({ progress: 1, scope: undefined }), project({ progress: 0, scope: 1 })],
      0.5,
    ],
    [
      'no progress figure: done is 1, else 0',
      [workLink({ status: 'done' }), workLink({ status: 'in-progress' })],
      0.5,
    ],
    [
      'huge scopes stay finite',
      [project({ progress: 1, scope: 1e308 }), project({ progress: 0, scope: 1e308 })],
      0.5,
    ],
  ];
  it.each(cases)('%s', (_name, links, progress) => {
    const figures = workSetFigures(links, ASOF);
    if (progress === null) expect(figures.progress).toBeNull();
    else expect(figures.progress).toBeCloseTo(progress, 12);
  });
});

describe('workSetFigures: each piece of work once', () => {
  it('counts a project with several links (stages) once', () => {
    const late = project({ id: 'p1', dueDate: '2025-06-01', progress: 0, scope: 5 });
    const figures = workSetFigures(
      [late, { ...late, stageId: 's-cart' }, project({ id: 'p2', progress: 1, scope: 5 })],
      ASOF,
    );
    expect(figures).toEqual({ health: 'offTrack', progress: 0.5, overdue: 1, active: 2, count: 2 });
  });

  it('tells a Jira issue and a Linear project with the same id apart', () => {
    const figures = workSetFigures([project({ id: 'x' }), workLink({ id: 'x' })], ASOF);
    expect(figures.count).toBe(2);
  });

  it('rejects an as-of date that would not compare as a string', () => {
    expect(() => workSetFigures([], '10/06/2025')).toThrow(RangeError);
  });
});
