import { describe, expect, it } from 'vitest';
import { labelJourneys } from './journey-groups';
import { checkoutGroup, onboardingGroup } from './linear-project.test-support';

describe('labelJourneys', () => {
  it('keeps only "Journey: …" groups, any case, their labels in order as stages', () => {
    const journeys = labelJourneys([
      checkoutGroup,
      { id: 'g-team', name: 'Team', children: [{ id: 'l-web', name: 'Web' }] },
      onboardingGroup,
    ]);
    expect(journeys).toEqual([
      {
        groupId: 'g-checkout',
        name: 'Checkout',
        stages: [
          { labelId: 'l-browse', name: 'Browse' },
          { labelId: 'l-pay', name: 'Pay' },
        ],
      },
      {
        groupId: 'g-onboarding',
        name: 'Onboarding',
        stages: [{ labelId: 'l-sign-up', name: 'Sign up' }],
      },
    ]);
  });
});
