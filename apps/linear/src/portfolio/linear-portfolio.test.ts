import { JourneyMap, type WorkLink } from '@throughline/journey-core';
import { describe, expect, it } from 'vitest';
import { linearPortfolio } from './linear-portfolio';
import {
  checkoutGroup,
  label,
  linearProject,
  onboardingGroup,
} from './linear-project.test-support';

const checkoutMap = JourneyMap.parse({
  schemaVersion: 4,
  id: 'm-checkout',
  key: 'checkout',
  title: 'Checkout',
  stages: [
    { id: 's-browse', key: 'browse', name: 'Browse' },
    { id: 's-cart', key: 'cart', name: 'Cart' },
    { id: 's-pay', key: 'pay', name: 'Pay' },
  ],
  lanes: [],
});

const jiraIssue: WorkLink = {
  provider: 'jira',
  id: '10001',
  key: 'SHOP-1',
  title: 'Retry declined cards',
  status: 'in-progress',
  mapId: 'm-checkout',
  stageId: 's-pay',
};

describe('linearPortfolio', () => {
  const result = linearPortfolio({
    projects: [
      linearProject({ id: 'p1', health: 'atRisk', labels: [label('l-pay', 'Pay', 'g-checkout')] }),
      linearProject({
        id: 'p2',
        statusType: 'completed',
        progress: 1,
        labels: [label('l-sign-up', 'Sign up', 'g-onboarding')],
      }),
      linearProject({
        id: 'p3',
        archivedAt: '2025-05-01T00:00:00.000Z',
        labels: [label('l-pay', 'Pay', 'g-checkout')],
      }),
      linearProject({ id: 'p4' }),
    ],
    groups: [checkoutGroup, onboardingGroup],
    maps: [checkoutMap],
    jiraLinks: [jiraIssue],
    asOf: '2025-06-10',
  });

  it('names journeys after their groups, on the matched map or one made from the labels', () => {
    expect(result.journeys.map((j) => [j.name, j.mapId, j.fromMap])).toEqual([
      ['Checkout', 'm-checkout', true],
      ['Onboarding', 'linear-group-g-onboarding', false],
    ]);
  });

  it('puts projects and Jira issues side by side on their stages', () => {
    const pay = result.journeys[0]?.stages.find((s) => s.id === 's-pay');
    expect(pay?.projects.map((p) => p.id)).toEqual(['p1']);
    expect(pay?.issues.map((i) => i.key)).toEqual(['SHOP-1']);
    expect([pay?.health, pay?.jira?.health]).toEqual(['atRisk', 'unknown']);
    expect(result.journeys[0]?.stages.map((s) => s.name)).toEqual(['Browse', 'Cart', 'Pay']);
  });

  it('rolls a done project into its journey: nothing active, all progress', () => {
    const onboarding = result.journeys[1];
    expect([onboarding?.health, onboarding?.progress, onboarding?.count]).toEqual(['none', 1, 1]);
  });

  it('lists the project in no journey as unlinked, and leaves the archived one out', () => {
    expect(result.unlinked.map((p) => p.id)).toEqual(['p4']);
    const ids = result.journeys.flatMap((j) =>
      j.stages.flatMap((s) => s.projects.map((p) => p.id)),
    );
    expect(ids).not.toContain('p3');
  });
});
