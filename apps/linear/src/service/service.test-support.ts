// Test doubles for the service: the msw fake of Linear's API (seeded with one journey) and the real
// client over it, signed deliveries.
import { createHmac } from 'node:crypto';
import {
  createLinearGraphQLFake,
  type LinearGraphQLFake,
  type LinearWorkspaceSeed,
} from '@throughline/platform-fakes';
import { createLinearClient } from '../client/linear-client';
import { linearSchema } from '../client/linear-fake.test-support';
import type { LabelGroup, LinearClient } from '../client/linear-model';
import { perCallClient } from './per-call-client';

export const WEBHOOK_SECRET = 'whsec-test-0123456789';

export const SIGN_UP = { id: 'l-signup', name: 'Sign-up' };
export const ACTIVATION = { id: 'l-activation', name: 'Activation' };

export const ONBOARDING: LabelGroup = {
  id: 'g-onboarding',
  name: 'Journey: Onboarding',
  children: [SIGN_UP, ACTIVATION],
};

export const FAKE_API_URL = 'https://linear.fake-service/graphql';
const FAKE_API_KEY = 'lin_api_service_test';

/**
 * Linear's API as msw serves it (the caller installs `handlers`): Journey: Onboarding with Sign-up
 * (p1, on track) and Activation (p2, at risk). Tests edit `fake.workspace`, then send a webhook.
 */
export function onboardingFake(): LinearGraphQLFake {
  return linearFake({
    labels: [
      { id: ONBOARDING.id, name: ONBOARDING.name, isGroup: true },
      { ...SIGN_UP, parentId: ONBOARDING.id },
      { ...ACTIVATION, parentId: ONBOARDING.id },
    ],
    projects: [
      {
        id: 'p1',
        name: 'Project p1',
        health: 'onTrack',
        progress: 0.4,
        scope: 10,
        labelIds: [SIGN_UP.id],
      },
      {
        id: 'p2',
        name: 'Project p2',
        health: 'atRisk',
        progress: 0.4,
        scope: 10,
        labelIds: [ACTIVATION.id],
      },
    ],
  });
}

/** Linear's API as msw serves it (the caller installs `handlers`), holding `seed`. */
export const linearFake = (seed: LinearWorkspaceSeed): LinearGraphQLFake =>
  createLinearGraphQLFake({
    schema: linearSchema,
    apiUrl: FAKE_API_URL,
    apiKey: FAKE_API_KEY,
    seed,
  });

/** The real client (a fresh one per read, as main.ts does) against the fake. */
export const fakeClient = (): LinearClient =>
  perCallClient(() => createLinearClient({ apiKey: FAKE_API_KEY, apiUrl: FAKE_API_URL }));

/** How many requests of one operation the fake has answered. */
export const requestsOf = (fake: LinearGraphQLFake, operation: string): number =>
  fake.requests.filter((request) => request.operationName === operation).length;

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
