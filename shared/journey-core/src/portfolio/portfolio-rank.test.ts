import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { JourneyMap } from '../model/journey-map';
import type { WorkLink } from '../model/work-link';
import { mapsWithLinksArb } from '../rollup/arbitraries.test-support';
import { checkoutMap, kpi, painPoint, workLink } from '../rollup/journey-fixtures.test-support';
import { type Portfolio, portfolio } from './portfolio-rank';

const ASOF = '2025-06-01';

const checkout = checkoutMap({
  painPoints: [
    painPoint({
      id: 'p-declined',
      key: 'declined',
      title: 'Card declined',
      stageId: 's-pay',
      severity: 4,
      reach: 0.6,
    }),
    painPoint({ id: 'p-slow', key: 'slow', title: 'Slow search', severity: 2, reach: 0.1 }),
  ],
  kpis: [
    kpi({
      id: 'k-activation',
      key: 'activation',
      name: 'Activation rate',
      stageId: 's-browse',
      target: 50,
      current: 20,
    }),
    kpi({
      id: 'k-conversion',
      key: 'conversion',
      name: 'Checkout conversion',
      target: 0.6,
      current: 0.3,
    }),
  ],
});

const onboarding = JourneyMap.parse({
  schemaVersion: 4,
  id: 'm-onboarding',
  key: 'onboarding',
  title: 'Onboarding',
  stages: [
    { id: 's-sign-up', key: 'sign-up', name: 'Sign up' },
    { id: 's-first-use', key: 'first-use', name: 'First use' },
  ],
  lanes: [{ id: 'l-do', key: 'doing', name: 'Doing', kind: 'actions' }],
  painPoints: [
    painPoint({
      id: 'p-form',
      key: 'form',
      title: 'Endless form',
      stageId: 's-sign-up',
      severity: 5,
      reach: 1,
    }),
  ],
});

const links: WorkLink[] = [
  workLink({ id: 'b1', dueDate: '2025-05-01', painPointId: 'p-slow' }),
  workLink({ id: 'b2', status: 'in-progress' }),
  workLink({ id: 'b3', health: 'on-track' }),
  workLink({ id: 'c1', stageId: 's-cart', status: 'in-progress', health: 'at-risk' }),
  workLink({ id: 'p1', stageId: 's-pay', status: 'done' }),
  workLink({
    id: 'o1',
    provider: 'linear',
    mapId: 'm-onboarding',
    stageId: 's-first-use',
    status: 'done',
  }),
  workLink({ id: 'x1', mapId: 'm-nowhere', stageId: 's-sign-up' }),
];

describe('portfolio', () => {
  const result = portfolio([onboarding, checkout], links, { asOf: ASOF });

  it('ranks stages across journeys by need', () => {
    expect(result.stages.map((s) => [s.rank, s.mapKey, s.key, s.score, s.status])).toEqual([
      [1, 'onboarding', 'sign-up', 1.5, 'underfunded'],
      [2, 'checkout', 'pay', 0.98, 'underfunded'],
      [3, 'checkout', 'browse', 0.9, 'off-track'],
      [4, 'checkout', 'cart', 0.25, 'at-risk'],
      [5, 'onboarding', 'first-use', 0, 'on-track'],
    ]);
  });

  it('says why, heaviest reason first, and the reasons add up to the score', () => {
    const browse = result.stages[2];
    expect(browse?.reasons).toEqual([
      { code: 'off-track', message: 'off track: 1 of 3 active items overdue', weight: 0.6 },
      { code: 'kpi-gap', message: "KPI 'Activation rate' at 40% of target", weight: 0.3 },
    ]);
    expect(result.stages[1]?.reasons.map((r) => r.message)).toEqual([
      'underfunded: 1 open pain point and no active work',
      '1 open pain point with no linked work: "Card declined" severity 4 × reach 60%',
    ]);
    expect(browse?.figures).toMatchObject({ overdue: 1, counts: { total: 3 }, kpiAttainment: 0.4 });
  });

  it('ranks journeys by their stages plus their own KPIs', () => {
    expect(result.journeys.map((j) => [j.rank, j.key, j.score, j.status])).toEqual([
      [1, 'checkout', 2.63, 'off-track'],
      [2, 'onboarding', 1.5, 'underfunded'],
    ]);
    const [checkoutEntry] = result.journeys;
    expect(checkoutEntry?.reasons).toEqual([
      { code: 'off-track', message: '1 stage off track: Browse', weight: 0.6 },
      { code: 'underfunded', message: '1 stage underfunded: Pay', weight: 0.5 },
      {
        code: 'journey-kpi-gap',
        message: "KPI 'Checkout conversion' at 50% of target",
        weight: 0.5,
      },
      {
        code: 'unaddressed-pain',
        message: '1 open pain point with no linked work in 1 stage: Pay',
        weight: 0.48,
      },
      { code: 'kpi-gap', message: '1 stage short of KPI targets: Browse', weight: 0.3 },
      { code: 'at-risk', message: '1 stage at risk: Cart', weight: 0.25 },
    ]);
    expect(checkoutEntry?.figures).toMatchObject({ mapId: 'm-checkout', counts: { total: 5 } });
    expect(checkoutEntry?.figures).not.toHaveProperty('stages');
  });

  it('sums a reason over the stages that share it, naming the heaviest first', () => {
    const map = checkoutMap({
      painPoints: [
        painPoint({ id: 'p-a', key: 'a', stageId: 's-browse', severity: 2, reach: 0.5 }),
        painPoint({ id: 'p-b', key: 'b', stageId: 's-pay', severity: 5, reach: 1 }),
        painPoint({ id: 'p-c', key: 'c', stageId: 's-pay', severity: 5, reach: 0.5 }),
      ],
    });
    const [entry] = portfolio([map], [workLink({ stageId: 's-cart' })]).journeys;
    expect(entry?.reasons).toEqual([
      {
        code: 'unaddressed-pain',
        message: '3 open pain points with no linked work in 2 stages: Pay, Browse',
        weight: 1.7,
      },
      { code: 'underfunded', message: '2 stages underfunded: Browse, Pay', weight: 1 },
    ]);
    expect(entry?.stageStatus).toMatchObject({ underfunded: 2, onTrack: 1 });
    expect(entry?.status).toBe('underfunded');
  });

  it('lets work on stages the map no longer has weigh on the journey status', () => {
    const gone = workLink({ stageId: 's-gone', health: 'off-track' });
    const [entry] = portfolio([checkoutMap()], [gone, workLink()]).journeys;
    expect(entry?.status).toBe('off-track');
    expect(entry?.stageStatus).toMatchObject({ onTrack: 1, noWork: 2, offTrack: 0 });
    expect(entry?.figures.unmatchedLinks).toHaveLength(1);
  });

  it('counts where each journey stages stand', () => {
    expect(result.journeys.map((j) => j.stageStatus)).toEqual([
      { offTrack: 1, underfunded: 1, atRisk: 1, onTrack: 0, noWork: 0, total: 3 },
      { offTrack: 0, underfunded: 1, atRisk: 0, onTrack: 1, noWork: 0, total: 2 },
    ]);
  });

  it('breaks ties by journey title, then map id, then stage order', () => {
    const quiet = (id: string, title: string) => checkoutMap({ id, key: id, title });
    const tied = portfolio(
      [quiet('m-b2', 'Beta'), quiet('m-b1', 'Beta'), quiet('m-z', 'Alpha')],
      [],
    );
    expect(tied.journeys.map((j) => j.mapId)).toEqual(['m-z', 'm-b1', 'm-b2']);
    expect(tied.stages.slice(0, 4).map((s) => [s.mapId, s.key])).toEqual([
      ['m-z', 'browse'],
      ['m-z', 'cart'],
      ['m-z', 'pay'],
      ['m-b1', 'browse'],
    ]);
    expect(tied.asOf).toBeNull();
  });

  it('gives the same ranking whatever order maps and links come in', () => {
    const shuffled = mapsWithLinksArb.chain(([maps, all]) =>
      fc.tuple(
        fc.constant(maps),
        fc.constant(all),
        fc.shuffledSubarray(maps, { minLength: maps.length }),
        fc.shuffledSubarray(all, { minLength: all.length }),
        fc.constantFrom(undefined, ASOF),
      ),
    );
    fc.assert(
      fc.property(shuffled, ([maps, all, otherMaps, otherLinks, asOf]) => {
        const options = asOf === undefined ? {} : { asOf };
        expect(ranking(portfolio(otherMaps, otherLinks, options))).toEqual(
          ranking(portfolio(maps, all, options)),
        );
      }),
    );
  });

  it('scores are the sum of their reasons and every stage is ranked once', () => {
    fc.assert(
      fc.property(mapsWithLinksArb, ([maps, all]) => {
        const { journeys, stages } = portfolio(maps, all, { asOf: ASOF });
        for (const entry of [...journeys, ...stages]) {
          expect(entry.score).toBeCloseTo(
            entry.reasons.reduce((sum, r) => sum + r.weight, 0),
            5,
          );
        }
        expect(stages.map((s) => s.rank)).toEqual(stages.map((_, index) => index + 1));
        expect(stages.length).toBe(maps.reduce((sum, map) => sum + map.stages.length, 0));
        expect(journeys.reduce((sum, j) => sum + j.stageStatus.total, 0)).toBe(stages.length);
      }),
    );
  });
});

/** What a ranking shows; rollup figures such as progress may differ in the last bit with link order. */
function ranking(result: Portfolio) {
  return {
    journeys: result.journeys.map((j) => [
      j.rank,
      j.mapId,
      j.score,
      j.status,
      j.stageStatus,
      j.reasons,
    ]),
    stages: result.stages.map((s) => [s.rank, s.mapId, s.stageId, s.score, s.status, s.reasons]),
  };
}
