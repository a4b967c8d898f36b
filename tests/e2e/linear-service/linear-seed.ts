// The Linear workspace the service page is tested over: two journeys, a stage with no project yet,
// an overdue project, a project in no journey, and one whose name is markup.
import type { LinearWorkspaceSeed } from '@throughline/platform-fakes';

/** Would set `window.pwned` if the page ever ran a project name as markup. */
export const HOSTILE_NAME =
  '<img src=x onerror="window.pwned = 1"><script>window.pwned = 2</script>';

export const LINEAR_SEED: LinearWorkspaceSeed = {
  labels: [
    { id: 'group-onboarding', name: 'Journey: Onboarding', isGroup: true },
    { id: 'label-signup', name: 'Sign-up', parentId: 'group-onboarding' },
    { id: 'label-activation', name: 'Activation', parentId: 'group-onboarding' },
    { id: 'label-first-value', name: 'First value', parentId: 'group-onboarding' },
    { id: 'group-checkout', name: 'journey: Checkout', isGroup: true },
    { id: 'label-basket', name: 'Basket', parentId: 'group-checkout' },
    { id: 'label-payment', name: 'Payment', parentId: 'group-checkout' },
  ],
  projects: [
    {
      id: 'project-form',
      name: 'Shorter sign-up form',
      health: 'onTrack',
      progress: 0.7,
      scope: 8,
      targetDate: '2027-02-01',
      labelIds: ['label-signup'],
    },
    {
      id: 'project-sso',
      name: 'Sign in with Google',
      health: 'atRisk',
      progress: 0.3,
      scope: 5,
      targetDate: '2027-01-15',
      labelIds: ['label-signup'],
    },
    {
      id: 'project-tour',
      name: 'Welcome tour',
      health: 'onTrack',
      progress: 0.45,
      scope: 6,
      targetDate: '2027-01-10',
      labelIds: ['label-activation'],
    },
    {
      id: 'project-hostile',
      name: HOSTILE_NAME,
      health: 'onTrack',
      progress: 0.1,
      scope: 2,
      labelIds: ['label-basket'],
    },
    {
      id: 'project-wallets',
      name: 'Apple Pay and Google Pay',
      health: 'onTrack',
      progress: 0.55,
      scope: 10,
      targetDate: '2027-03-01',
      labelIds: ['label-payment'],
    },
    { id: 'project-billing', name: 'Billing clean-up', health: 'onTrack', progress: 0.9 },
  ],
};
