import { describe, expect, it } from 'vitest';
import type { JourneyOption } from '../../contract/resolver-contract';
import { findOption, journeyOptions, painPointOptions, stageGroups } from './journey-options';

const journey: JourneyOption = {
  mapId: 'map-checkout',
  key: 'checkout',
  title: 'Checkout',
  phases: [
    { id: 'ph-during', name: 'During', stageIds: ['st-cart', 'st-pay', 'st-gone'] },
    { id: 'ph-empty', name: 'Empty', stageIds: [] },
  ],
  stages: [
    { id: 'st-browse', key: 'browse', name: 'Browse' },
    { id: 'st-cart', key: 'cart', name: 'Cart' },
    { id: 'st-pay', key: 'pay', name: 'Pay' },
  ],
  painPoints: [
    { id: 'pp-card', key: 'card', title: 'Card form', stageId: 'st-pay', status: 'open' },
    { id: 'pp-fees', key: 'fees', title: 'Fees', stageId: 'st-cart', status: 'open' },
  ],
};

describe('the issue panel pickers', () => {
  it('lists the journeys by title', () => {
    expect(journeyOptions([journey])).toEqual([{ label: 'Checkout', value: 'map-checkout' }]);
  });

  it('groups stages under their phase in phase order, skips empty phases and lost ids, keeps the rest last', () => {
    expect(stageGroups(journey)).toEqual([
      {
        label: 'During',
        options: [
          { label: 'Cart', value: 'st-cart' },
          { label: 'Pay', value: 'st-pay' },
        ],
      },
      { label: 'Other stages', options: [{ label: 'Browse', value: 'st-browse' }] },
    ]);
  });

  it('calls the stages of a map without phases just "Stages"', () => {
    expect(stageGroups({ ...journey, phases: [] })).toEqual([
      {
        label: 'Stages',
        options: journey.stages.map((stage) => ({ label: stage.name, value: stage.id })),
      },
    ]);
  });

  it("offers only the chosen stage's pain points", () => {
    expect(painPointOptions(journey, 'st-pay')).toEqual([{ label: 'Card form', value: 'pp-card' }]);
    expect(painPointOptions(journey, 'st-browse')).toEqual([]);
  });

  it('finds the chosen option in flat and grouped lists', () => {
    const groups = stageGroups(journey);
    expect(findOption(groups, 'st-browse')).toEqual({ label: 'Browse', value: 'st-browse' });
    expect(findOption(journeyOptions([journey]), 'map-checkout')?.label).toBe('Checkout');
    expect(findOption(groups, undefined)).toBeNull();
    expect(findOption(groups, 'st-nowhere')).toBeNull();
  });
});
