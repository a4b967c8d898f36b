// Plain Linear projects and label groups for the portfolio adapter's tests.
import type { LabelGroup, LinearProject } from '../client/linear-model';

/** A started project on no label, unless told otherwise. */
export function linearProject(fields: Partial<LinearProject> & { id: string }): LinearProject {
  return {
    name: `Project ${fields.id}`,
    slugId: `${fields.id}-slug`,
    url: `https://linear.app/acme/project/${fields.id}`,
    statusType: 'started',
    health: null,
    progress: 0.5,
    scope: 10,
    startDate: null,
    targetDate: null,
    archivedAt: null,
    updatedAt: '2025-06-01T00:00:00.000Z',
    labels: [],
    externalLinks: [],
    ...fields,
  };
}

export const label = (id: string, name: string, parentId: string | null) => ({
  id,
  name,
  parentId,
});

export const checkoutGroup: LabelGroup = {
  id: 'g-checkout',
  name: 'Journey: Checkout',
  children: [
    { id: 'l-browse', name: 'Browse' },
    { id: 'l-pay', name: 'Pay' },
  ],
};

export const onboardingGroup: LabelGroup = {
  id: 'g-onboarding',
  name: 'journey: Onboarding',
  children: [{ id: 'l-sign-up', name: 'Sign up' }],
};
