import { JourneyMap } from '@throughline/journey-core';
import { describe, expect, it } from 'vitest';
import type { LabelGroup } from '../client/linear-model';
import { linearPortfolio } from '../portfolio/linear-portfolio';
import { planLabels } from './label-plan';

const map = JourneyMap.parse({
  schemaVersion: 4,
  id: 'm-onboarding',
  key: 'broadband-onboarding',
  title: 'Broadband onboarding',
  stages: [
    { id: 's-discover', key: 'discover', name: 'Discover' },
    { id: 's-sign-up', key: 'sign-up', name: 'Sign up' },
    { id: 's-install', key: 'installation', name: 'Installation' },
  ],
  lanes: [],
});

describe('planLabels', () => {
  it('plans the group and every stage label when none is there', () => {
    expect(planLabels(map, [])).toEqual({
      groupName: 'Journey: Broadband onboarding',
      group: undefined,
      missing: ['Discover', 'Sign up', 'Installation'],
      present: [],
    });
  });

  it('matches the group by title or key and stage labels by name or key, any case', () => {
    const group: LabelGroup = {
      id: 'g',
      name: 'journey: BROADBAND-ONBOARDING',
      children: [
        { id: 'l1', name: 'discover' },
        { id: 'l2', name: 'SIGN-UP' },
      ],
    };
    const other: LabelGroup = {
      id: 'o',
      name: 'Team',
      children: [{ id: 'l3', name: 'Installation' }],
    };
    const plan = planLabels(map, [other, group]);
    expect(plan.group).toBe(group);
    expect(plan.missing).toEqual(['Installation']);
    expect(plan.present).toEqual(['Discover', 'Sign up']);
    expect(planLabels(map, [{ ...group, name: 'Journey:  broadband onboarding ' }]).group?.id).toBe(
      'g',
    );
  });

  it('takes the first group naming the journey, as the portfolio does', () => {
    const first: LabelGroup = { id: 'g1', name: 'Journey: Broadband onboarding', children: [] };
    const second: LabelGroup = {
      id: 'g2',
      name: 'Journey: broadband-onboarding',
      children: [{ id: 'l1', name: 'Discover' }],
    };
    const plan = planLabels(map, [first, second]);
    expect(plan.group).toBe(first);
    expect(plan.missing).toEqual(['Discover', 'Sign up', 'Installation']);
    const portfolio = linearPortfolio({
      projects: [],
      groups: [first, second],
      maps: [map],
      asOf: '2026-11-23',
    });
    expect(portfolio.journeys.find((journey) => journey.mapId === map.id)?.groupId).toBe('g1');
  });

  it('ignores groups that do not name a journey', () => {
    const plan = planLabels(map, [
      { id: 't', name: 'Broadband onboarding', children: [{ id: 'l', name: 'Discover' }] },
    ]);
    expect(plan.group).toBeUndefined();
    expect(plan.missing).toHaveLength(3);
  });
});
