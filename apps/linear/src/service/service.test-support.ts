// Test doubles for the service: an in-memory LinearClient over a mutable workspace, sample data, signed deliveries.
import { createHmac } from 'node:crypto';
import type { LabelGroup, LinearClient, LinearProject } from '../client/linear-model';

export const WEBHOOK_SECRET = 'whsec-test-0123456789';

export const SIGN_UP = { id: 'l-signup', name: 'Sign-up' };
export const ACTIVATION = { id: 'l-activation', name: 'Activation' };

export const ONBOARDING: LabelGroup = {
  id: 'g-onboarding',
  name: 'Journey: Onboarding',
  children: [SIGN_UP, ACTIVATION],
};

export function sampleProject(
  id: string,
  stageLabel: { id: string; name: string },
  overrides: Partial<LinearProject> = {},
): LinearProject {
  return {
    id,
    name: `Project ${id}`,
    slugId: `slug-${id}`,
    url: `https://linear.app/acme/project/slug-${id}`,
    statusType: 'started',
    health: 'onTrack',
    progress: 0.4,
    scope: 10,
    startDate: '2026-10-01',
    targetDate: '2027-03-31',
    archivedAt: null,
    updatedAt: '2026-12-01T09:00:00.000Z',
    labels: [{ ...stageLabel, parentId: ONBOARDING.id }],
    externalLinks: [],
    ...overrides,
  };
}

export interface MemoryLinear extends LinearClient {
  /** What Linear holds now; tests edit it, then send a webhook. */
  projects: Map<string, LinearProject>;
  groups: LabelGroup[];
  byIdsCalls: string[][];
  listCalls: number;
}

export function memoryLinear(projects: LinearProject[], groups: LabelGroup[]): MemoryLinear {
  let requests = 0;
  const fake: MemoryLinear = {
    projects: new Map(projects.map((p) => [p.id, p])),
    groups,
    byIdsCalls: [],
    listCalls: 0,
    get requests() {
      return requests;
    },
    async listProjects() {
      requests++;
      fake.listCalls++;
      return [...fake.projects.values()];
    },
    async projectsByIds(ids) {
      requests++;
      fake.byIdsCalls.push([...ids]);
      return ids.flatMap((id) => fake.projects.get(id) ?? []);
    },
    async listLabelGroups() {
      requests++;
      return fake.groups;
    },
    createLabelGroup: () => Promise.reject(new Error('not in this fake')),
    createLabel: () => Promise.reject(new Error('not in this fake')),
    createExternalLink: () => Promise.reject(new Error('not in this fake')),
  };
  return fake;
}

export interface SignedDelivery {
  body: string;
  headers: Record<string, string>;
}

/** A delivery as Linear sends it: the HMAC of the exact body, the timestamp inside the signed body. */
export function signedDelivery(
  payload: Record<string, unknown>,
  options: { deliveryId?: string; secret?: string; timestamp?: number; rawBody?: string } = {},
): SignedDelivery {
  const body =
    options.rawBody ??
    JSON.stringify({ webhookTimestamp: options.timestamp ?? Date.now(), ...payload });
  const signature = createHmac('sha256', options.secret ?? WEBHOOK_SECRET)
    .update(body)
    .digest('hex');
  return {
    body,
    headers: {
      'content-type': 'application/json',
      'linear-signature': signature,
      'linear-delivery': options.deliveryId ?? crypto.randomUUID(),
      'linear-event': String(payload.type ?? ''),
    },
  };
}

export const projectChanged = (id: string) => ({
  type: 'Project',
  action: 'update',
  data: { id, name: 'changed' },
  createdAt: new Date().toISOString(),
  organizationId: 'org-1',
  webhookId: 'wh-1',
  url: `https://linear.app/acme/project/${id}`,
});
