import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { WorkLink } from '../model/work-link';
import { mapWithLinksArb } from './arbitraries.test-support';
import { checkoutMap, kpi, painPoint, workLink } from './journey-fixtures.test-support';
import type { RollupHealth } from './link-health';
import { rollup } from './rollup';

const ASOF = '2025-06-01';
const before = '2025-05-31';
const after = '2025-06-02';

/** The browse stage's figures for these links. */
function browse(links: WorkLink[], asOf?: string) {
  const result = rollup(checkoutMap(), links, asOf === undefined ? {} : { asOf });
  const stage = result.stages[0];
  if (stage === undefined) throw new Error('the checkout map has no browse stage');
  return stage;
}

describe('rollup health', () => {
  const cases: [string, Partial<WorkLink>[], string | undefined, RollupHealth][] = [
    ['no work at all', [], ASOF, 'none'],
    ['only canceled work', [{ status: 'canceled', health: 'off-track' }], ASOF, 'none'],
    ['only finished work', [{ status: 'done' }, { status: 'canceled' }], ASOF, 'done'],
    ['active work without a word from the team', [{ status: 'todo' }], ASOF, 'on-track'],
    [
      'the worst active work decides',
      [{ health: 'at-risk' }, { status: 'in-progress' }],
      ASOF,
      'at-risk',
    ],
    [
      'off track beats at risk',
      [{ health: 'at-risk' }, { health: 'off-track' }],
      ASOF,
      'off-track',
    ],
    [
      'finished work is not judged',
      [{ status: 'done', health: 'off-track' }, {}],
      ASOF,
      'on-track',
    ],
    [
      'overdue active work is off track',
      [{ health: 'on-track', dueDate: before }],
      ASOF,
      'off-track',
    ],
    ['due today is not overdue', [{ dueDate: ASOF }], ASOF, 'on-track'],
    ['nothing is overdue without a date', [{ dueDate: before }], undefined, 'on-track'],
    ['overdue but finished', [{ status: 'done', dueDate: before }], ASOF, 'done'],
  ];
  it.each(cases)('%s', (_, fields, asOf, expected) => {
    expect(
      browse(
        fields.map((f) => workLink(f)),
        asOf,
      ).health,
    ).toBe(expected);
  });
});

describe('rollup progress', () => {
  const cases: [string, Partial<WorkLink>[], number | null][] = [
    ['nothing to weigh', [], null],
    ['only canceled work', [{ status: 'canceled', progress: 0.5 }], null],
    ['only work of no size', [{ status: 'done', scope: 0 }], null],
    ['one of two done', [{ status: 'done' }, {}], 0.5],
    ['in progress without a figure counts nothing (Jira)', [{ status: 'in-progress' }], 0],
    ['a reported figure counts', [{ status: 'in-progress', progress: 0.4 }], 0.4],
    ['done is done whatever the figure', [{ status: 'done', progress: 0.3 }], 1],
    [
      'weighted by scope',
      [{ status: 'in-progress', progress: 0.4, scope: 3 }, { status: 'done' }],
      0.55,
    ],
    ['canceled work is left out', [{ status: 'done' }, { status: 'canceled' }], 1],
    // Scopes whose sum overflows: the sums are scaled down, never Infinity / Infinity.
    [
      'two scopes of 1e308',
      [
        { status: 'done', scope: 1e308 },
        { status: 'todo', scope: 1e308 },
      ],
      0.5,
    ],
    [
      'the largest scopes there are, and a small one',
      [
        { status: 'done', scope: Number.MAX_VALUE },
        { status: 'in-progress', progress: 0.5, scope: Number.MAX_VALUE },
        { status: 'todo', scope: 1 },
      ],
      0.75,
    ],
    [
      'a huge scope after many small ones',
      [...Array.from({ length: 10 }, () => ({ status: 'done' as const })), { scope: 1e308 }],
      0,
    ],
    ['only the smallest scope there is', [{ status: 'done', scope: Number.MIN_VALUE }], 1],
  ];
  it.each(cases)('%s', (_, fields, expected) => {
    const { progress } = browse(fields.map((f) => workLink(f)));
    if (expected === null) expect(progress).toBeNull();
    else expect(progress).toBeCloseTo(expected, 10);
  });
});

describe('rollup overdue', () => {
  const links: Partial<WorkLink>[] = [
    { status: 'todo', dueDate: before },
    { status: 'in-progress', dueDate: before, health: 'at-risk' },
    { status: 'done', dueDate: before },
    { status: 'canceled', dueDate: before },
    { status: 'todo', dueDate: ASOF },
    { status: 'todo', dueDate: after },
    { status: 'todo' },
  ];
  it.each([
    ['counts active work due before the date', ASOF, 2, { onTrack: 3, atRisk: 0, offTrack: 2 }],
    ['counts nothing without a date', undefined, 0, { onTrack: 4, atRisk: 1, offTrack: 0 }],
  ])('%s', (_, asOf, overdue, activeHealth) => {
    const stage = browse(
      links.map((f) => workLink(f)),
      asOf,
    );
    expect(stage.overdue).toBe(overdue);
    expect(stage.activeHealth).toEqual(activeHealth);
  });

  it('refuses a date it cannot compare', () => {
    expect(() => rollup(checkoutMap(), [], { asOf: '1 June 2025' })).toThrow(RangeError);
  });
});

describe('rollup unaddressed pain points', () => {
  const cases: [string, Partial<WorkLink>[], string[]][] = [
    ['no work names it', [{}], ['p-1']],
    ['active work names it', [{ painPointId: 'p-1' }], []],
    ['finished work names it', [{ status: 'done', painPointId: 'p-1' }], []],
    ['only canceled work names it', [{ status: 'canceled', painPointId: 'p-1' }], ['p-1']],
    ['work on another map names it', [{ mapId: 'm-other', painPointId: 'p-1' }], ['p-1']],
    ['work filed under another stage names it', [{ stageId: 's-pay', painPointId: 'p-1' }], []],
  ];
  it.each(cases)('%s', (_, fields, expected) => {
    const map = checkoutMap({ painPoints: [painPoint({ severity: 4, reach: 0.6 })] });
    const result = rollup(
      map,
      fields.map((f) => workLink(f)),
    );
    expect(result.unaddressedPainPoints.map((pain) => pain.id)).toEqual(expected);
    expect(result.stages[0]?.unaddressedPainPoints.map((pain) => pain.id)).toEqual(expected);
    expect(result.stages[0]?.openPainPoints).toBe(1);
  });

  it('lists only open pain points, per stage, with severity and reach', () => {
    const map = checkoutMap({
      painPoints: [
        painPoint({ id: 'p-open', key: 'open', stageId: 's-pay', severity: 4, reach: 0.6 }),
        painPoint({ id: 'p-done', key: 'done', status: 'resolved' }),
        painPoint({ id: 'p-ok', key: 'ok', status: 'accepted' }),
      ],
    });
    const result = rollup(map, []);
    expect(result.openPainPoints).toBe(1);
    expect(result.stages.map((stage) => stage.unaddressedPainPoints.length)).toEqual([0, 0, 1]);
    expect(result.stages[2]?.unaddressedPainPoints[0]).toEqual({
      id: 'p-open',
      key: 'open',
      title: 'A pain',
      stageId: 's-pay',
      severity: 4,
      reach: 0.6,
    });
  });
});

describe('rollup KPI attainment', () => {
  const map = checkoutMap({
    kpis: [
      kpi({ id: 'k-browse-1', key: 'b1', stageId: 's-browse', current: 40 }),
      kpi({
        id: 'k-browse-2',
        key: 'b2',
        stageId: 's-browse',
        direction: 'decrease',
        target: 2,
        current: 4,
      }),
      kpi({ id: 'k-cart', key: 'c', stageId: 's-cart' }),
      kpi({ id: 'k-journey', key: 'j', current: 100 }),
      kpi({ id: 'k-lost', key: 'lost', stageId: 's-gone', current: 10, baseline: 0, target: 20 }),
    ],
  });
  const result = rollup(map, []);

  it.each([
    ['a stage: the mean of its KPIs', 0, 0.45],
    ['a stage whose KPIs have no reading', 1, null],
    ['a stage without KPIs', 2, null],
  ])('%s', (_, index, expected) => {
    const attainment = result.stages[index]?.kpiAttainment;
    if (expected === null) expect(attainment).toBeNull();
    else expect(attainment).toBeCloseTo(expected, 10);
  });

  it('the journey: the mean over every measured KPI, stage or not', () => {
    expect(result.kpiAttainment).toBeCloseTo((0.4 + 0.5 + 1 + 0.5) / 4, 10);
    expect(result.kpis.map((k) => [k.kpiId, k.stageId])).toEqual([
      ['k-browse-1', 's-browse'],
      ['k-browse-2', 's-browse'],
      ['k-cart', 's-cart'],
      ['k-journey', null],
      ['k-lost', null],
    ]);
  });

  it('is null for a journey without KPIs', () => {
    expect(rollup(checkoutMap(), []).kpiAttainment).toBeNull();
  });
});

describe('rollup of work with several links', () => {
  const map = checkoutMap({
    painPoints: [
      painPoint({ id: 'p-card', key: 'card', stageId: 's-pay' }),
      painPoint({ id: 'p-fees', key: 'fees', stageId: 's-pay' }),
    ],
  });

  it('counts an issue linked to a stage and to two of its pain points once, naming both', () => {
    const issue = { id: 'SHOP-1', stageId: 's-pay', status: 'in-progress' as const };
    const result = rollup(map, [
      workLink(issue),
      workLink({ ...issue, painPointId: 'p-card' }),
      workLink({ ...issue, painPointId: 'p-fees' }),
    ]);
    expect(result.counts).toMatchObject({ inProgress: 1, total: 1 });
    expect(result.stages[2]?.counts).toMatchObject({ inProgress: 1, total: 1 });
    expect(result.unaddressedPainPoints).toEqual([]);
  });

  it('counts an issue on two stages in each stage and once in the journey', () => {
    const result = rollup(map, [
      workLink({ id: 'SHOP-2', stageId: 's-browse', status: 'done' }),
      workLink({ id: 'SHOP-2', stageId: 's-pay', status: 'done' }),
    ]);
    expect(result.counts).toMatchObject({ done: 1, total: 1 });
    expect(result.stages.map((stage) => stage.counts.total)).toEqual([1, 0, 1]);
    expect(result.progress).toBe(1);
  });

  it('keeps the same id from two tools apart', () => {
    const result = rollup(map, [workLink({ id: '7' }), workLink({ id: '7', provider: 'linear' })]);
    expect(result.counts.total).toBe(2);
  });
});

describe('rollup links', () => {
  const links = [
    workLink({ id: 'a', status: 'done' }),
    workLink({ id: 'b', stageId: 's-pay', status: 'in-progress' }),
    workLink({ id: 'c', stageId: 's-gone', key: 'SHOP-9', status: 'todo' }),
    workLink({ id: 'd', provider: 'linear', stageId: 's-older', status: 'canceled' }),
    workLink({ id: 'e', mapId: 'm-other', status: 'todo' }),
  ];
  const result = rollup(checkoutMap(), links);

  it('reports links to stages the map does not have, in the journey but in no stage', () => {
    expect(result.unmatchedLinks).toEqual([
      { provider: 'jira', id: 'c', key: 'SHOP-9', title: 'Some work', stageId: 's-gone' },
      { provider: 'linear', id: 'd', title: 'Some work', stageId: 's-older' },
    ]);
    expect(result.counts).toEqual({ todo: 1, inProgress: 1, done: 1, canceled: 1, total: 4 });
    const inStages = result.stages.reduce((sum, stage) => sum + stage.counts.total, 0);
    expect(inStages + result.unmatchedLinks.length).toBe(result.counts.total);
  });

  it('ignores links to other maps', () => {
    expect(rollup(checkoutMap(), [workLink({ mapId: 'm-other' })]).counts.total).toBe(0);
  });

  it('gives stages in map order, with their names', () => {
    expect(
      result.stages.map((stage) => [stage.index, stage.key, stage.name, stage.counts.total]),
    ).toEqual([
      [0, 'browse', 'Browse', 1],
      [1, 'cart', 'Cart', 0],
      [2, 'pay', 'Pay', 1],
    ]);
    expect(result).toMatchObject({
      mapId: 'm-checkout',
      key: 'checkout',
      title: 'Checkout',
      asOf: null,
    });
  });

  it('is plain data', () => {
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
  });
});

describe('rollup properties', () => {
  it('counts each piece of work once in the journey and once in each stage it serves', () => {
    fc.assert(
      fc.property(mapWithLinksArb, isoDateOrNone(), ([map, links], asOf) => {
        const result = rollup(map, links, asOf === null ? {} : { asOf });
        const ofThisMap = links.filter((link) => link.mapId === map.id);
        const works = new Set(ofThisMap.map((link) => `${link.provider}:${link.id}`));
        expect(result.counts.total).toBe(works.size);
        for (const stage of result.stages) {
          const onStage = ofThisMap.filter((link) => link.stageId === stage.stageId);
          const worksOnStage = new Set(onStage.map((link) => `${link.provider}:${link.id}`));
          expect(stage.counts.total).toBe(worksOnStage.size);
        }
        for (const { counts } of [result, ...result.stages]) {
          expect(counts.todo + counts.inProgress + counts.done + counts.canceled).toBe(
            counts.total,
          );
        }
      }),
    );
  });

  it('progress is a share or null', () => {
    fc.assert(
      fc.property(mapWithLinksArb, ([map, links]) => {
        const result = rollup(map, links);
        for (const { progress } of [result, ...result.stages]) {
          if (progress !== null) {
            expect(progress).toBeGreaterThanOrEqual(0);
            expect(progress).toBeLessThanOrEqual(1);
          }
        }
      }),
    );
  });

  it('attainment is a share or null', () => {
    fc.assert(
      fc.property(mapWithLinksArb, ([map, links]) => {
        const result = rollup(map, links);
        const shares = [
          result.kpiAttainment,
          ...result.stages.map((stage) => stage.kpiAttainment),
          ...result.kpis.map((kpi) => kpi.attainment),
        ];
        for (const share of shares) {
          if (share !== null) expect(share >= 0 && share <= 1).toBe(true);
        }
      }),
    );
  });
});

function isoDateOrNone() {
  return fc.option(fc.constantFrom('2025-01-01', '2025-06-30', '2026-01-01'));
}
