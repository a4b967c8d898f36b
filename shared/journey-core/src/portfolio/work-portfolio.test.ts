import { describe, expect, it } from 'vitest';
import type { WorkLink } from '../model/work-link';
import { checkoutMap, painPoint, workLink } from '../rollup/journey-fixtures.test-support';
import { type LabelJourney, labelStageId, matchJourneys } from './label-journeys';
import { type PortfolioJourney, workPortfolio } from './work-portfolio';

const ASOF = '2025-06-10';

const checkout = checkoutMap({
  phases: [{ id: 'ph-buy', key: 'buy', name: 'Buy', stageIds: ['s-cart', 's-pay'] }],
  painPoints: [
    painPoint({ id: 'p-browse', key: 'browse', title: 'Slow search', stageId: 's-browse' }),
    painPoint({ id: 'p-cart', key: 'cart', title: 'Lost cart', stageId: 's-cart' }),
    painPoint({
      id: 'p-pay',
      key: 'pay',
      title: 'Card declined',
      stageId: 's-pay',
      severity: 5,
      reach: 1,
    }),
    painPoint({ id: 'p-old', key: 'old', title: 'Fixed', stageId: 's-pay', status: 'resolved' }),
  ],
});

const groups: LabelJourney[] = [
  {
    groupId: 'g-checkout',
    name: 'checkout',
    stages: [
      { labelId: 'l-browse', name: 'Browse' },
      { labelId: 'l-cart', name: 'CART' },
      { labelId: 'l-refund', name: 'Refund' },
    ],
  },
  {
    groupId: 'g-onboarding',
    name: 'Onboarding',
    stages: [{ labelId: 'l-sign-up', name: 'Sign up' }],
  },
];
const journeys = matchJourneys(groups, [checkout]);
const onboardingMapId = journeys[1]?.map.id ?? '';

const project = (fields: Partial<WorkLink>): WorkLink =>
  workLink({ provider: 'linear', status: 'in-progress', progress: 0.5, scope: 1, ...fields });

function build(links: WorkLink[]) {
  return workPortfolio({ journeys, links, unlinked: [{ id: 'lost', title: 'Lost' }], asOf: ASOF });
}

const journeyNamed = (journeys: PortfolioJourney[], name: string) => {
  const found = journeys.find((j) => j.name === name);
  if (!found) throw new Error(`no journey ${name}`);
  return found;
};
const stageOf = (journey: PortfolioJourney, id: string) => {
  const found = journey.stages.find((s) => s.id === id);
  if (!found) throw new Error(`no stage ${id}`);
  return found;
};

describe('workPortfolio', () => {
  it('heads journeys and stages with the Linear projects, the Jira issues beside them', () => {
    const result = build([
      project({ id: 'p1', stageId: 's-cart', health: 'on-track', progress: 1, scope: 1 }),
      workLink({ id: 'j1', stageId: 's-cart', status: 'in-progress', dueDate: '2025-01-01' }),
    ]);
    const cart = stageOf(journeyNamed(result.journeys, 'checkout'), 's-cart');
    expect([cart.health, cart.progress, cart.overdue]).toEqual(['onTrack', 1, 0]);
    expect(cart.jira).toEqual({ health: 'offTrack', progress: 0, overdue: 1, active: 1, count: 1 });
    expect(cart.projects.map((p) => p.id)).toEqual(['p1']);
    expect(cart.issues.map((i) => [i.id, i.overdue])).toEqual([['j1', true]]);
  });

  it('leaves jira null when no Jira issue was joined', () => {
    const result = build([project({ id: 'p1' })]);
    const checkoutJourney = journeyNamed(result.journeys, 'checkout');
    expect(checkoutJourney.jira).toBeNull();
    expect(stageOf(checkoutJourney, 's-browse').jira).toBeNull();
  });

  it('counts a project in two journeys in both', () => {
    const shared = project({ id: 'p1', dueDate: '2025-06-09' });
    const result = build([
      shared,
      { ...shared, mapId: onboardingMapId, stageId: labelStageId('l-sign-up') },
    ]);
    for (const name of ['checkout', 'Onboarding']) {
      const journey = journeyNamed(result.journeys, name);
      expect([journey.health, journey.overdue, journey.count]).toEqual(['offTrack', 1, 1]);
    }
  });

  it('counts a project on two stages of one journey (multi-select) in each, and once in the journey', () => {
    const multi = project({ id: 'p1', progress: 0.2, scope: 4 });
    const result = build([
      multi,
      { ...multi, stageId: 's-cart' },
      project({ id: 'p2', progress: 1, scope: 1 }),
    ]);
    const journey = journeyNamed(result.journeys, 'checkout');
    expect(stageOf(journey, 's-browse').count).toBe(2);
    expect(stageOf(journey, 's-cart').count).toBe(1);
    expect(journey.count).toBe(2);
    expect(journey.progress).toBeCloseTo((0.2 * 4 + 1) / 5, 12);
  });

  it('keeps the map: stage order, phases, stages with no work', () => {
    const journey = journeyNamed(build([]).journeys, 'checkout');
    expect(journey.stages.map((s) => [s.id, s.health, s.progress, s.count])).toEqual([
      ['s-browse', 'none', null, 0],
      ['s-cart', 'none', null, 0],
      ['s-pay', 'none', null, 0],
    ]);
    expect(journey.phases).toEqual([
      { id: 'ph-buy', key: 'buy', name: 'Buy', stageIds: ['s-cart', 's-pay'] },
    ]);
    expect([journey.fromMap, journey.key, journey.groupId]).toEqual([
      true,
      'checkout',
      'g-checkout',
    ]);
  });

  it('reports a label the map lacks, and counts its projects in the journey only', () => {
    const refund = project({
      id: 'p-refund',
      stageId: labelStageId('l-refund'),
      health: 'at-risk',
    });
    const journey = journeyNamed(build([refund]).journeys, 'checkout');
    expect(journey.unmatchedLabels).toEqual([{ labelId: 'l-refund', name: 'Refund' }]);
    expect(journey.unstaged.projects.map((p) => p.id)).toEqual(['p-refund']);
    expect([journey.health, journey.count]).toEqual(['atRisk', 1]);
    expect(journey.stages.every((s) => s.count === 0)).toBe(true);
  });

  const addressedCases: [string, WorkLink[], string[]][] = [
    ['no work: every open pain unaddressed', [], ['p-browse', 'p-cart', 'p-pay']],
    [
      'a Jira issue naming it',
      [workLink({ stageId: 's-pay', painPointId: 'p-pay' })],
      ['p-browse', 'p-cart'],
    ],
    [
      'a live Linear project on its stage',
      [project({ id: 'p1', stageId: 's-cart' })],
      ['p-browse', 'p-pay'],
    ],
    [
      'a canceled project does not',
      [project({ id: 'p1', stageId: 's-cart', status: 'canceled' })],
      ['p-browse', 'p-cart', 'p-pay'],
    ],
    [
      'a Jira issue on the stage naming none does not',
      [workLink({ stageId: 's-cart' })],
      ['p-browse', 'p-cart', 'p-pay'],
    ],
  ];
  it.each(addressedCases)('pain points addressed: %s', (_name, links, unaddressed) => {
    const journey = journeyNamed(build(links).journeys, 'checkout');
    expect(journey.unaddressedPainPoints.map((p) => p.id)).toEqual(unaddressed);
    const listed = journey.stages.flatMap((s) => s.painPoints);
    expect(listed.filter((p) => !p.addressed).map((p) => p.id)).toEqual(unaddressed);
    expect(listed.some((p) => p.id === 'p-old')).toBe(false);
  });

  it('ranks where to invest with the portfolio ranking', () => {
    const result = build([project({ id: 'p1', stageId: 's-browse', health: 'off-track' })]);
    const [first] = result.invest.stages;
    // Card declined (severity 5, everyone) with no work outweighs anything else.
    expect([first?.journey, first?.name, first?.status]).toEqual([
      'checkout',
      'Pay',
      'underfunded',
    ]);
    const browse = stageOf(journeyNamed(result.journeys, 'checkout'), 's-browse');
    expect(browse.invest.status).toBe('off-track');
    expect(browse.invest.reasons.map((r) => r.code)).toContain('off-track');
    expect(result.invest.journeys.map((j) => [j.rank, j.name])).toEqual([
      [1, 'checkout'],
      [2, 'Onboarding'],
    ]);
    expect(journeyNamed(result.journeys, 'checkout').invest.rank).toBe(1);
  });

  it('shows each project with its own figures in the JSON words', () => {
    const result = build([
      project({
        id: 'p1',
        key: 'p-one',
        url: 'https://linear.app/x/project/p-one',
        health: 'at-risk',
        dueDate: '2025-06-09',
      }),
    ]);
    const [view] = stageOf(journeyNamed(result.journeys, 'checkout'), 's-browse').projects;
    expect(view).toEqual({
      id: 'p1',
      key: 'p-one',
      title: 'Some work',
      url: 'https://linear.app/x/project/p-one',
      status: 'in-progress',
      health: 'atRisk',
      progress: 0.5,
      dueDate: '2025-06-09',
      overdue: true,
    });
    expect(result.unlinked).toEqual([{ id: 'lost', title: 'Lost' }]);
    expect(result.asOf).toBe(ASOF);
  });
});
