// Two replicas behind one load balancer, sharing one real PostgreSQL: Linear's delivery (or its retry)
// reaching both is handled once; what one replica stores, the other serves. Linear is the msw fake.
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../store/open-store';
import { type PostgresServer, startPostgresServer } from '../store/postgres-server.test-support';
import type { SqlStore } from '../store/sql-store';
import { createService } from './service';
import {
  fakeClient,
  onboardingFake,
  projectChanged,
  signedDelivery,
  WEBHOOK_SECRET,
} from './service.test-support';

const fake = onboardingFake();
const msw = setupServer(...fake.handlers);
beforeAll(() => msw.listen({ onUnhandledRequest: 'error' }));
afterAll(() => msw.close());

let server: PostgresServer;
const stores: SqlStore[] = [];

beforeAll(async () => {
  server = await startPostgresServer();
}, 60_000);

afterAll(async () => {
  for (const store of stores) await store.close();
  await server?.stop();
}, 30_000);

describe('replicas sharing PostgreSQL', { timeout: 60_000 }, () => {
  it('reconcile together, handle a delivery once and serve the same portfolio', async () => {
    const events: string[] = [];
    const replicas = await Promise.all(
      [0, 1].map(async () => {
        const store = await openStore({ databaseUrl: server.url });
        stores.push(store);
        return createService({
          store,
          client: fakeClient(),
          webhookSecret: WEBHOOK_SECRET,
          log: (_level, event) => events.push(event),
          reconcileAtStart: false,
        });
      }),
    );
    const [a, b] = replicas;
    if (!a || !b) throw new Error('two replicas');
    for (const replica of replicas) replica.refresher.reconcile();
    await Promise.all(replicas.map((replica) => replica.refresher.idle()));
    expect((await a.state.projects()).map((p) => p.id)).toEqual(['p1', 'p2']);
    expect(events).toEqual(['reconcile.done', 'reconcile.done']);
    fake.clearLog();

    const delivery = signedDelivery(projectChanged('p1'));
    const answers = await Promise.all(
      replicas.map((replica) =>
        replica.app.request('/webhooks/linear', { method: 'POST', ...delivery }),
      ),
    );
    expect(answers.map((r) => r.status)).toEqual([200, 200]);
    await Promise.all(replicas.map((replica) => replica.refresher.idle()));
    expect(fake.requests.map((r) => [r.operationName, r.variables.ids])).toEqual([
      ['ThroughlineProjectsByIds', ['p1']],
    ]);

    const [fromA, fromB] = await Promise.all(
      replicas.map(async (replica) => (await replica.app.request('/api/portfolio')).json()),
    );
    expect(fromB).toEqual(fromA);
  });
});
