// The site the UI tests run against: a shop project, its people and issues, and two journey maps.
import { JourneyMap } from '@throughline/journey-core';
import type { FakeIssueSeed, FakeJiraUser } from '@throughline/platform-fakes';

export const PROJECT = { id: '10000', key: 'SHOP' };
/** The issue the panel opens on, not linked yet. */
export const OPEN_ISSUE = { id: '10001', key: 'SHOP-1' };
/** An issue already linked to a stage, for unlinking. */
export const LINKED_ISSUE = { id: '10004', key: 'SHOP-4' };

export const EDITOR = 'user-ana';
/** May browse every issue, edit none, and administers no project. */
export const VIEWER = 'user-vic';

export const USERS: FakeJiraUser[] = [
  { accountId: EDITOR, displayName: 'Ana Lima', canAdminister: [PROJECT.key] },
  { accountId: 'user-bo', displayName: 'Bo Chen', canAdminister: [] },
  { accountId: VIEWER, displayName: 'Vic Moreau', canEdit: [], canAdminister: [] },
];

const links = (mapId: string, stageId: string, painPointId?: string) => {
  const link = painPointId === undefined ? { mapId, stageId } : { mapId, stageId, painPointId };
  return {
    'throughline-links': {
      links: [link],
      mapIds: [mapId],
      stageIds: [stageId],
      painPointIds: painPointId === undefined ? [] : [painPointId],
    },
  };
};

export const ISSUES: FakeIssueSeed[] = [
  { ...OPEN_ISSUE, summary: 'Accept spaces in card numbers' },
  {
    id: '10002',
    key: 'SHOP-2',
    summary: 'Strip spaces server-side before validation',
    statusCategory: 'indeterminate',
    status: 'In Review',
    assignee: { accountId: 'user-bo', displayName: 'Bo Chen' },
    properties: links('map-checkout', 'st-pay', 'pp-card'),
  },
  {
    id: '10003',
    key: 'SHOP-3',
    summary: 'Show the basket total with delivery',
    statusCategory: 'done',
    resolution: 'Done',
    assignee: { accountId: 'user-ana', displayName: 'Ana Lima' },
    properties: links('map-checkout', 'st-cart', 'pp-fees'),
  },
  {
    ...LINKED_ISSUE,
    summary: 'Recommend products from browsing history',
    statusCategory: 'new',
    properties: links('map-checkout', 'st-browse'),
  },
  {
    id: '10005',
    key: 'SHOP-5',
    summary: 'Send a welcome email with the first steps',
    statusCategory: 'indeterminate',
    assignee: { accountId: 'user-ana', displayName: 'Ana Lima' },
    properties: links('map-onboarding', 'st-welcome'),
  },
];

export const CHECKOUT = JourneyMap.parse({
  schemaVersion: 4,
  id: 'map-checkout',
  key: 'checkout',
  title: 'Checkout',
  persona: 'Returning shopper',
  phases: [
    { id: 'ph-before', key: 'before', name: 'Before', stageIds: ['st-browse'] },
    { id: 'ph-during', key: 'during', name: 'During', stageIds: ['st-cart', 'st-pay'] },
    { id: 'ph-after', key: 'after', name: 'After', stageIds: ['st-track'] },
  ],
  stages: [
    { id: 'st-browse', key: 'browse', name: 'Browse' },
    { id: 'st-cart', key: 'cart', name: 'Cart', owner: 'Ana Lima' },
    { id: 'st-pay', key: 'pay', name: 'Pay', owner: 'Bo Chen' },
    { id: 'st-track', key: 'track', name: 'Track the order' },
  ],
  lanes: [
    { id: 'ln-actions', key: 'actions', name: 'Actions', kind: 'actions' },
    { id: 'ln-pain', key: 'pain', name: 'Pain points', kind: 'pain-points' },
  ],
  items: [{ id: 'it-1', stageId: 'st-pay', laneId: 'ln-actions', text: 'Enter card' }],
  painPoints: [
    {
      id: 'pp-card',
      key: 'card-form',
      title: 'Card form rejects spaces',
      stageId: 'st-pay',
      severity: 4,
      reach: 0.5,
    },
    {
      id: 'pp-3ds',
      key: '3ds',
      title: 'Bank check times out',
      stageId: 'st-pay',
      severity: 5,
      reach: 0.2,
    },
    {
      id: 'pp-fees',
      key: 'fees',
      title: 'Surprise delivery fees',
      stageId: 'st-cart',
      severity: 3,
    },
    { id: 'pp-where', key: 'where', title: 'No idea when the parcel comes', stageId: 'st-track' },
  ],
  kpis: [
    {
      id: 'kpi-conv',
      key: 'conversion',
      name: 'Conversion',
      unit: '%',
      direction: 'increase',
      target: 40,
      baseline: 20,
      current: 30,
      stageId: 'st-pay',
    },
  ],
});

export const ONBOARDING = JourneyMap.parse({
  schemaVersion: 4,
  id: 'map-onboarding',
  key: 'onboarding',
  title: 'Onboarding',
  stages: [
    { id: 'st-signup', key: 'signup', name: 'Sign up' },
    { id: 'st-welcome', key: 'welcome', name: 'Welcome', owner: 'Ana Lima' },
  ],
  lanes: [{ id: 'ln-actions', key: 'actions', name: 'Actions', kind: 'actions' }],
  items: [],
  painPoints: [
    {
      id: 'pp-password',
      key: 'password',
      title: 'Password rules shown too late',
      stageId: 'st-signup',
      severity: 2,
    },
  ],
  kpis: [],
});
