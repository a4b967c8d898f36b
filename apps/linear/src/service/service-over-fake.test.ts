// The service over the real Linear client and the msw fake of Linear's GraphQL API: a webhook costs
// exactly one GraphQL request however many projects it names, and every document passes the schema.
import { createLinearGraphQLFake } from '@throughline/platform-fakes';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createLinearClient } from '../client/linear-client';
import { linearSchema } from '../client/linear-fake.test-support';
import { openStore } from '../store/open-store';
import type { SqlStore } from '../store/sql-store';
import { perCallClient } from './per-call-client';
import { createService } from './service';
import { projectChanged, signedDelivery, WEBHOOK_SECRET } from './service.test-support';

const API_URL = 'https://linear.fake-service/graphql';
const API_KEY = 'lin_api_service_test';

const fake = createLinearGraphQLFake({
  schema: linearSchema,
  apiUrl: API_URL,
  apiKey: API_KEY,
  seed: {
    labels: [
      { id: 'group-onboarding', name: 'Journey: Onboarding', isGroup: true },
      { id: 'label-signup', name: 'Sign-up', parentId: 'group-onboarding' },
      { id: 'label-activation', name: 'Activation', parentId: 'group-onboarding' },
    ],
    projects: [
      {
        id: 'project-a',
        name: 'Shorter form',
        health: 'onTrack',
        progress: 0.5,
        scope: 4,
        labelIds: ['label-signup'],
      },
      {
        id: 'project-b',
        name: 'Welcome tour',
        health: 'atRisk',
        progress: 0.2,
        scope: 6,
        labelIds: ['label-activation'],
      },
      { id: 'project-c', name: 'Billing clean-up', health: 'onTrack' },
    ],
  },
});
const server = setupServer(...fake.handlers);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

let store: SqlStore | undefined;
afterEach(async () => {
  await store?.close();
  store = undefined;
});

describe('the service over the Linear fake', { timeout: 30_000 }, () => {
  it('reads everything at start, then refetches two changed projects in one request', async () => {
    store = await openStore({});
    const service = await createService({
      store,
      client: perCallClient(() => createLinearClient({ apiKey: API_KEY, apiUrl: API_URL })),
      webhookSecret: WEBHOOK_SECRET,
      log: () => undefined,
    });
    await service.refresher.idle();
    expect((await service.state.projects()).map((p) => p.name).sort()).toEqual([
      'Billing clean-up',
      'Shorter form',
      'Welcome tour',
    ]);
    const afterStart = fake.requests.length;

    const a = fake.workspace.projects.get('project-a');
    const b = fake.workspace.projects.get('project-b');
    if (!a || !b) throw new Error('seeded above');
    a.health = 'offTrack';
    b.name = 'Guided tour';
    const answers = await Promise.all(
      ['project-a', 'project-b'].map((id) =>
        service.app.request('/webhooks/linear', {
          method: 'POST',
          ...signedDelivery(projectChanged(id)),
        }),
      ),
    );
    expect(answers.map((r) => r.status)).toEqual([200, 200]);
    await service.refresher.idle();

    const refetches = fake.requests.slice(afterStart);
    expect(refetches.map((r) => r.operationName)).toEqual(['ThroughlineProjectsByIds']);
    expect(fake.violations).toEqual([]);
    const portfolio = (await (await service.app.request('/api/portfolio')).json()) as {
      journeys: { stages: { name: string; health: string; projects: { title: string }[] }[] }[];
    };
    const stages = portfolio.journeys[0]?.stages ?? [];
    expect(stages.map((s) => [s.name, s.health, s.projects.map((p) => p.title)])).toEqual([
      ['Sign-up', 'offTrack', ['Shorter form']],
      ['Activation', 'atRisk', ['Guided tour']],
    ]);
  });
});
