import { describe, expect, it } from 'vitest';
import type { JourneyMapInput } from '../model/journey-map';
import type { WorkLink } from '../model/work-link';
import { checkoutMap, kpi, painPoint, workLink } from '../rollup/journey-fixtures.test-support';
import { rollup } from '../rollup/rollup';
import {
  AT_RISK_WEIGHT,
  journeyKpiReason,
  KPI_GAP_WEIGHT,
  OFF_TRACK_WEIGHT,
  type PortfolioStatus,
  stageReasons,
  statusOf,
  UNDERFUNDED_WEIGHT,
  UNSCORED_REACH,
  UNSCORED_SEVERITY,
  worstStatus,
} from './portfolio-score';

const ASOF = '2025-06-01';
const late = '2025-05-01';

/** The browse stage's rollup for this map content and these links. */
function browse(links: Partial<WorkLink>[], map: Partial<JourneyMapInput> = {}) {
  const stage = rollup(
    checkoutMap(map),
    links.map((fields) => workLink(fields)),
    { asOf: ASOF },
  ).stages[0];
  if (stage === undefined) throw new Error('the checkout map has no browse stage');
  return stage;
}

const openPain = { painPoints: [painPoint({ title: 'Slow search', severity: 4, reach: 0.6 })] };

describe('statusOf', () => {
  const cases: [string, Partial<WorkLink>[], Partial<JourneyMapInput>, PortfolioStatus][] = [
    ['overdue work', [{ dueDate: late }], {}, 'off-track'],
    ['off track even with pain', [{ health: 'off-track' }], openPain, 'off-track'],
    ['open pain, nothing under way', [], openPain, 'underfunded'],
    [
      'open pain, only finished work',
      [{ status: 'done', painPointId: 'p-1' }],
      openPain,
      'underfunded',
    ],
    ['at risk', [{ health: 'at-risk' }], openPain, 'at-risk'],
    ['active and fine', [{ status: 'in-progress' }], openPain, 'on-track'],
    ['all finished, no pain left', [{ status: 'done' }], {}, 'on-track'],
    ['only canceled work', [{ status: 'canceled' }], {}, 'no-work'],
    ['nothing at all', [], {}, 'no-work'],
  ];
  it.each(cases)('%s', (_, links, map, expected) => {
    expect(statusOf(browse(links, map))).toBe(expected);
  });

  it.each([
    [['on-track', 'at-risk', 'underfunded'], 'underfunded'],
    [['no-work', 'off-track', 'at-risk'], 'off-track'],
    [['on-track', 'no-work'], 'on-track'],
    [[], 'no-work'],
  ] as [PortfolioStatus[], PortfolioStatus][])('the worst of %j is %s', (statuses, expected) => {
    expect(worstStatus(statuses)).toBe(expected);
  });
});

describe('stageReasons', () => {
  const cases: [
    string,
    Partial<WorkLink>[],
    Partial<JourneyMapInput>,
    [string, string, number][],
  ][] = [
    ['nothing wrong', [{ status: 'in-progress' }], {}, []],
    [
      'pain nobody works on, and nothing under way',
      [],
      openPain,
      [
        ['underfunded', 'underfunded: 1 open pain point and no active work', UNDERFUNDED_WEIGHT],
        [
          'unaddressed-pain',
          '1 open pain point with no linked work: "Slow search" severity 4 × reach 60%',
          0.48,
        ],
      ],
    ],
    [
      'overdue work',
      [{ dueDate: late }, {}, { status: 'in-progress' }],
      {},
      [['off-track', 'off track: 1 of 3 active items overdue', OFF_TRACK_WEIGHT]],
    ],
    [
      'work the team calls off track',
      [{ health: 'off-track' }, {}],
      {},
      [['off-track', 'off track: 1 of 2 active items reported off track', OFF_TRACK_WEIGHT]],
    ],
    [
      'both overdue and reported off track',
      [{ dueDate: late }, { health: 'off-track' }],
      {},
      [
        [
          'off-track',
          'off track: 1 of 2 active items overdue, 1 more reported off track',
          OFF_TRACK_WEIGHT,
        ],
      ],
    ],
    [
      'at risk',
      [{ health: 'at-risk' }, {}, { status: 'done' }],
      {},
      [['at-risk', 'at risk: 1 of 2 active items reported at risk', AT_RISK_WEIGHT]],
    ],
    [
      'KPIs short of target, furthest first, met ones left out',
      [{}],
      {
        kpis: [
          kpi({ id: 'k-a', key: 'a', name: 'Activation rate', stageId: 's-browse', current: 40 }),
          kpi({
            id: 'k-b',
            key: 'b',
            name: 'Search exits',
            stageId: 's-browse',
            direction: 'decrease',
            target: 10,
            baseline: 30,
            current: 26,
          }),
          kpi({ id: 'k-c', key: 'c', name: 'Met', stageId: 's-browse', current: 100 }),
        ],
      },
      [
        [
          'kpi-gap',
          "KPI 'Search exits' 20% of the way from baseline to target, KPI 'Activation rate' at 40% of target",
          KPI_GAP_WEIGHT * (1 - (0.4 + 0.2 + 1) / 3),
        ],
      ],
    ],
    ['every KPI met', [{}], { kpis: [kpi({ stageId: 's-browse', current: 100 })] }, []],
    [
      'a KPI just short of target does not read as met',
      [{}],
      { kpis: [kpi({ stageId: 's-browse', current: 99.8 })] },
      [['kpi-gap', "KPI 'A KPI' at 99% of target", KPI_GAP_WEIGHT * 0.002]],
    ],
    ['pain nobody meets weighs nothing', [{}], { painPoints: [painPoint({ reach: 0 })] }, []],
  ];
  it.each(cases)('%s', (_, links, map, expected) => {
    const reasons = stageReasons(browse(links, map));
    expect(reasons.map((r) => [r.code, r.message])).toEqual(
      expected.map(([code, message]) => [code, message]),
    );
    reasons.forEach((reason, index) => {
      expect(reason.weight).toBeCloseTo(expected[index]?.[2] ?? Number.NaN, 6);
    });
  });

  it('lists the heaviest pain points first and counts the rest', () => {
    const pains = [1, 2, 3, 4, 5].map((severity) =>
      painPoint({
        id: `p-${severity}`,
        key: `p-${severity}`,
        title: `S${severity}`,
        severity,
        reach: 1,
      }),
    );
    const [pain] = stageReasons(browse([{}], { painPoints: pains }));
    expect(pain?.message).toBe(
      '5 open pain points with no linked work: "S5" severity 5 × reach 100%, "S4" severity 4 × reach 100%, "S3" severity 3 × reach 100% and 2 more',
    );
    expect(pain?.weight).toBeCloseTo(3, 6);
  });
});

describe('unscored pain points', () => {
  const unscored = (fields: object) => {
    const { severity: _, reach: __, ...pain } = painPoint({ title: 'Sticky', ...fields });
    return pain;
  };

  it('weigh by the documented rule and say "unscored" instead of a number', () => {
    const stage = browse([{}], {
      painPoints: [
        unscored({ id: 'p-u' }),
        painPoint({ id: 'p-s', key: 'p-s', title: 'Scored', severity: 5, reach: 1 }),
      ],
    });
    expect(stage.unscoredPainPoints).toBe(1);
    expect(stage.unaddressedPainPoints.map((pain) => 'severity' in pain)).toEqual([false, true]);
    const [pain] = stageReasons(stage);
    expect(pain?.message).toBe(
      '2 open pain points with no linked work (1 unscored): "Scored" severity 5 × reach 100%, "Sticky" unscored',
    );
    expect(pain?.weight).toBeCloseTo(1 + (UNSCORED_SEVERITY / 5) * UNSCORED_REACH, 6);
  });

  it.each([
    [{ severity: 4 }, '"Sticky" severity 4 × reach unscored'],
    [{ reach: 0.5 }, '"Sticky" severity unscored × reach 50%'],
  ])('name the half a person set, %j', (score, text) => {
    const stage = browse([{}], { painPoints: [{ ...unscored({}), ...score }] });
    expect(stage.unscoredPainPoints).toBe(1);
    expect(stageReasons(stage)[0]?.message).toContain(text);
  });
});

describe('journeyKpiReason', () => {
  it('weighs the gap of the KPIs tied to no stage only', () => {
    const map = checkoutMap({
      kpis: [
        kpi({ id: 'k-j', key: 'j', name: 'Checkout conversion', target: 0.6, current: 0.3 }),
        kpi({ id: 'k-s', key: 's', stageId: 's-pay', current: 0 }),
      ],
    });
    expect(journeyKpiReason(rollup(map, []))).toEqual({
      code: 'journey-kpi-gap',
      message: "KPI 'Checkout conversion' at 50% of target",
      weight: 0.5,
    });
  });

  it('says nothing when there are none, none measured, or all are met', () => {
    expect(journeyKpiReason(rollup(checkoutMap(), []))).toBeUndefined();
    expect(journeyKpiReason(rollup(checkoutMap({ kpis: [kpi()] }), []))).toBeUndefined();
    expect(
      journeyKpiReason(rollup(checkoutMap({ kpis: [kpi({ current: 120 })] }), [])),
    ).toBeUndefined();
  });
});
