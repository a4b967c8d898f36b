// Small hand-written maps and links for the rollup and portfolio rule tests.
import { JourneyMap, type JourneyMapInput, type Kpi, type PainPoint } from '../model/journey-map';
import type { WorkLink } from '../model/work-link';

/** Three stages (browse, cart, pay), one lane; override any field of the map. */
export function checkoutMap(overrides: Partial<JourneyMapInput> = {}): JourneyMap {
  return JourneyMap.parse({
    schemaVersion: 4,
    id: 'm-checkout',
    key: 'checkout',
    title: 'Checkout',
    stages: [
      { id: 's-browse', key: 'browse', name: 'Browse' },
      { id: 's-cart', key: 'cart', name: 'Cart' },
      { id: 's-pay', key: 'pay', name: 'Pay' },
    ],
    lanes: [{ id: 'l-do', key: 'doing', name: 'Doing', kind: 'actions' }],
    ...overrides,
  });
}

let lastWorkId = 0;

/**
 * A to-do Jira issue on the checkout map's browse stage, unless told otherwise; each call is
 * another issue (the rollup counts one issue's several links once).
 */
export function workLink(fields: Partial<WorkLink> = {}): WorkLink {
  lastWorkId += 1;
  return {
    provider: 'jira',
    id: `w-${lastWorkId}`,
    title: 'Some work',
    status: 'todo',
    mapId: 'm-checkout',
    stageId: 's-browse',
    ...fields,
  };
}

/** An open pain point on the browse stage, unless told otherwise. */
export function painPoint(fields: Partial<PainPoint> = {}): PainPoint {
  return {
    id: 'p-1',
    key: 'pain',
    title: 'A pain',
    stageId: 's-browse',
    severity: 3,
    reach: 0.5,
    evidence: [],
    status: 'open',
    ...fields,
  };
}

/** A journey-level KPI going up from nothing to 100, unless told otherwise. */
export function kpi(fields: Partial<Kpi> = {}): Kpi {
  return {
    id: 'k-1',
    key: 'kpi',
    name: 'A KPI',
    unit: '',
    direction: 'increase',
    target: 100,
    history: [],
    ...fields,
  };
}
