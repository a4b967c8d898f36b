import { describe, expect, it } from 'vitest';
import { JourneyMap } from '../model/journey-map';
import { checkoutMap, kpi, painPoint } from '../rollup/journey-fixtures.test-support';
import { validateMap } from '../validate/validate-map';
import {
  groupMapId,
  journeyNameOf,
  type LabelJourney,
  labelStageId,
  matchJourneys,
  synthesizeMap,
} from './label-journeys';

const journey = (
  name: string,
  stages: string[] = [],
  groupId = `g-${name.replace(/ /g, '_')}`,
): LabelJourney => ({
  groupId,
  name,
  stages: stages.map((stage, index) => ({ labelId: `${groupId}-l${index}`, name: stage })),
});

describe('journeyNameOf', () => {
  const cases: [string, string | null][] = [
    ['Journey: Onboarding', 'Onboarding'],
    ['journey: Onboarding', 'Onboarding'],
    ['JOURNEY:Checkout  ', 'Checkout'],
    ['Journey:   Self serve  ', 'Self serve'],
    ['Team: Payments', null],
    ['My Journey: x', null],
    ['Journeys', null],
  ];
  it.each(cases)('%s → %s', (group, name) => {
    expect(journeyNameOf(group)).toBe(name);
  });
});

describe('matchJourneys: maps to journeys', () => {
  const checkout = checkoutMap({ painPoints: [painPoint()], kpis: [kpi()] });
  const cases: [string, string, boolean][] = [
    ['by title', 'Checkout', true],
    ['by title, any case', 'cHECKOUT', true],
    ['by key', 'checkout', true],
    ['by key, any case', 'CheckOut', true],
    ['no map of that name', 'Onboarding', false],
    ['a slug of the title is not the key', 'Check out', false],
  ];
  it.each(cases)('%s ("%s")', (_how, name, fromMap) => {
    const [matched] = matchJourneys([journey(name)], [checkout]);
    expect(matched?.fromMap).toBe(fromMap);
    expect(matched?.map.id).toBe(
      fromMap ? 'm-checkout' : groupMapId(`g-${name.replace(/ /g, '_')}`),
    );
  });

  it('keeps a matched map whole: stage order, empty stages, pain points, KPIs', () => {
    const [matched] = matchJourneys([journey('Checkout', ['Pay'])], [checkout]);
    expect(matched?.map).toBe(checkout);
    expect(matched?.stageLabels).toEqual([
      { labelId: 'g-Checkout-l0', name: 'Pay', stageId: 's-pay' },
    ]);
  });

  it('matches stage labels by name or key, any case, and reports the labels the map lacks', () => {
    const map = checkoutMap({
      stages: [
        { id: 's-browse', key: 'browse', name: 'Browse the shop' },
        { id: 's-cart', key: 'cart', name: 'Cart' },
      ],
    });
    const [matched] = matchJourneys([journey('Checkout', ['BROWSE', 'cart', 'Refund'])], [map]);
    expect(matched?.stageLabels.map((label) => label.stageId)).toEqual([
      's-browse',
      's-cart',
      null,
    ]);
  });

  it('gives a map no group names a journey of its own, after the groups', () => {
    const onboarding = checkoutMap({ id: 'm-onboarding', key: 'onboarding', title: 'Onboarding' });
    const journeys = matchJourneys([journey('Checkout')], [onboarding, checkout]);
    expect(journeys.map((j) => [j.name, j.map.id, j.groupId, j.fromMap])).toEqual([
      ['Checkout', 'm-checkout', 'g-Checkout', true],
      ['Onboarding', 'm-onboarding', null, true],
    ]);
  });

  it('gives one map to one journey only', () => {
    const journeys = matchJourneys(
      [journey('Checkout', [], 'g1'), journey('checkout', [], 'g2')],
      [checkout],
    );
    expect(journeys.map((j) => j.map.id)).toEqual(['m-checkout', groupMapId('g2')]);
  });
});

describe('synthesizeMap', () => {
  const labels = journey('Onboarding', ['Sign up', 'First use', 'Sign up']);

  it('is a valid map with the labels as stages, in label order', () => {
    const map = synthesizeMap(labels);
    expect(() => JourneyMap.parse(map)).not.toThrow();
    expect(validateMap(map).filter((d) => d.severity === 'error')).toEqual([]);
    expect(map.stages.map((s) => [s.name, s.key])).toEqual([
      ['Sign up', 'sign-up'],
      ['First use', 'first-use'],
      ['Sign up', 'sign-up-2'],
    ]);
    expect(map.title).toBe('Onboarding');
  });

  it('derives its ids from the label ids, so they hold from run to run', () => {
    const map = synthesizeMap(labels);
    expect(map.id).toBe('linear-group-g-Onboarding');
    expect(map.stages.map((s) => s.id)).toEqual(labels.stages.map((l) => labelStageId(l.labelId)));
    expect(synthesizeMap(labels)).toEqual(map);
  });

  it('ties each label to its own stage even when two share a name', () => {
    const [matched] = matchJourneys([labels], []);
    expect(matched?.stageLabels.map((l) => l.stageId)).toEqual(
      matched?.map.stages.map((s) => s.id),
    );
  });

  it('names a group with nothing after the prefix', () => {
    const map = synthesizeMap(journey('', ['  ']));
    expect(validateMap(map).filter((d) => d.severity === 'error')).toEqual([]);
    expect([map.title, map.key, map.stages[0]?.name]).toEqual([
      'Untitled journey',
      'untitled',
      'Untitled stage',
    ]);
  });
});
