// The service over an in-memory Linear and an in-memory PGlite: webhooks, refetches, reconcile, restart.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { WorkPortfolio } from '@throughline/journey-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openStore } from '../store/open-store';
import type { SqlStore } from '../store/sql-store';
import { createLogger } from './log';
import { createService, type Service } from './service';
import {
  ACTIVATION,
  type MemoryLinear,
  memoryLinear,
  ONBOARDING,
  projectChanged,
  SIGN_UP,
  type SignedDelivery,
  sampleProject,
  signedDelivery,
  WEBHOOK_SECRET,
} from './service.test-support';

interface Running {
  service: Service;
  linear: MemoryLinear;
  store: SqlStore;
  lines: string[];
}

// One in-memory PGlite for the file (starting one costs seconds), emptied before each test.
let shared: SqlStore;
beforeAll(async () => {
  shared = await openStore({});
}, 60_000);
afterAll(() => shared.close());
beforeEach(() => shared.exec('TRUNCATE projects, label_groups, deliveries, snapshots, maps'));

async function start(
  options: { store?: SqlStore; linear?: MemoryLinear; day?: () => string } = {},
): Promise<Running> {
  const store = options.store ?? shared;
  const linear =
    options.linear ??
    memoryLinear(
      [sampleProject('p1', SIGN_UP), sampleProject('p2', ACTIVATION, { health: 'atRisk' })],
      [ONBOARDING],
    );
  const lines: string[] = [];
  const day = options.day;
  const service = await createService({
    store,
    client: linear,
    webhookSecret: WEBHOOK_SECRET,
    log: createLogger({ write: (line) => lines.push(line), secrets: [WEBHOOK_SECRET] }),
    ...(day ? { now: () => new Date(`${day()}T12:00:00Z`) } : {}),
  });
  await service.refresher.idle();
  return { service, linear, store, lines };
}

const post = (service: Service, delivery: SignedDelivery) =>
  service.app.request('/webhooks/linear', {
    method: 'POST',
    headers: delivery.headers,
    body: delivery.body,
  });

/** Everything a webhook could change. */
async function storedState(running: Running) {
  const { state } = running.service;
  return {
    projects: await state.projects(),
    deliveries: await state.deliveryCount(),
    snapshots: await state.snapshots(),
    refetches: running.linear.byIdsCalls.length,
    reconciles: running.linear.listCalls,
  };
}

describe('the portfolio service', { timeout: 30_000 }, () => {
  it('reads every project at start and serves the portfolio as JSON and as a page', async () => {
    const { service } = await start();
    const response = await service.app.request('/api/portfolio');
    const portfolio = (await response.json()) as WorkPortfolio;
    const journey = portfolio.journeys[0];
    expect(journey?.name).toBe('Onboarding');
    expect(journey?.stages.map((s) => [s.name, s.health])).toEqual([
      ['Sign-up', 'onTrack'],
      ['Activation', 'atRisk'],
    ]);
    const page = await service.app.request('/');
    expect(page.headers.get('content-type')).toMatch(/text\/html/);
    expect(await page.text()).toContain('Project p1');
    expect(await (await service.app.request('/healthz')).json()).toEqual({
      ok: true,
      store: 'pglite',
    });
  });

  it('accepts a signed delivery, answers, then refetches the changed project in one request', async () => {
    const running = await start();
    running.linear.projects.set('p1', sampleProject('p1', SIGN_UP, { name: 'Faster sign-up' }));
    const response = await post(running.service, signedDelivery(projectChanged('p1')));
    expect(response.status).toBe(200);
    await running.service.refresher.idle();
    expect(running.linear.byIdsCalls).toEqual([['p1']]);
    const names = (await running.service.state.projects()).map((p) => p.name);
    expect(names).toContain('Faster sign-up');
  });

  it('refetches projects changed by deliveries arriving together in one request', async () => {
    const running = await start();
    const update = {
      type: 'ProjectUpdate',
      action: 'create',
      data: { id: 'pu-1', projectId: 'p2', health: 'offTrack' },
    };
    await Promise.all([
      post(running.service, signedDelivery(projectChanged('p1'))),
      post(running.service, signedDelivery(update)),
    ]);
    await running.service.refresher.idle();
    expect(running.linear.byIdsCalls.map((ids) => [...ids].sort())).toEqual([['p1', 'p2']]);
  });

  it('drops a removed project, and reads everything again on an initiative change', async () => {
    const running = await start();
    running.linear.projects.delete('p2');
    await post(running.service, signedDelivery({ ...projectChanged('p2'), action: 'remove' }));
    await running.service.refresher.idle();
    expect((await running.service.state.projects()).map((p) => p.id)).toEqual(['p1']);

    const before = running.linear.listCalls;
    await post(
      running.service,
      signedDelivery({ type: 'Initiative', action: 'update', data: { id: 'i-1' } }),
    );
    await running.service.refresher.idle();
    expect(running.linear.listCalls).toBe(before + 1);
  });

  const rejected: [string, (running: Running) => Promise<SignedDelivery>, number][] = [
    [
      'a bad signature',
      async () => signedDelivery(projectChanged('p1'), { secret: 'not-the-secret' }),
      401,
    ],
    [
      'a stale timestamp',
      async () => signedDelivery(projectChanged('p1'), { timestamp: Date.now() - 2 * 60_000 }),
      401,
    ],
    [
      'a replayed delivery',
      async (running) => {
        const first = signedDelivery(projectChanged('p1'), { deliveryId: 'd-replayed' });
        expect((await post(running.service, first)).status).toBe(200);
        await running.service.refresher.idle();
        return signedDelivery(projectChanged('p1'), { deliveryId: 'd-replayed' });
      },
      200,
    ],
    ['a body that is not JSON', async () => signedDelivery({}, { rawBody: '{"type": "Proj' }), 400],
    [
      'a payload of the wrong shape',
      async () => signedDelivery({ type: 'Project', data: 'p1' }),
      400,
    ],
    [
      'no delivery id',
      async () => {
        const delivery = signedDelivery(projectChanged('p1'));
        delete delivery.headers['linear-delivery'];
        return delivery;
      },
      400,
    ],
  ];

  it.each(rejected)('refuses or ignores %s and changes nothing', async (_name, make, status) => {
    const running = await start();
    const delivery = await make(running);
    running.linear.projects.set('p1', sampleProject('p1', SIGN_UP, { name: 'Must not arrive' }));
    const before = await storedState(running);
    const response = await post(running.service, delivery);
    await running.service.refresher.idle();
    expect(response.status).toBe(status);
    expect(await storedState(running)).toEqual(before);
  });

  it('logs one JSON line per event, without secrets or bodies', async () => {
    const running = await start();
    await post(running.service, signedDelivery(projectChanged('p1'), { secret: 'wrong-secret' }));
    await post(running.service, signedDelivery(projectChanged('p1')));
    await running.service.refresher.idle();
    const events = running.lines.map((line) => (JSON.parse(line) as { event: string }).event);
    expect(events).toEqual([
      'reconcile.done',
      'webhook.rejected',
      'webhook.accepted',
      'refetch.done',
    ]);
    const all = running.lines.join('\n');
    expect(all).not.toContain(WEBHOOK_SECRET);
    expect(all).not.toContain('changed');
  });
});

describe('a restart', { timeout: 30_000 }, () => {
  it('keeps every snapshot, and the page shows the trend from them', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'throughline-service-'));
    try {
      let today = '2026-11-29';
      const first = await openStore({ dataDir: dir });
      const running = await start({ store: first, day: () => today });
      for (const day of ['2026-11-30', '2026-12-01']) {
        today = day;
        running.service.refresher.reconcile();
        await running.service.refresher.idle();
      }
      const before = await running.service.state.snapshots();
      expect(before).toHaveLength(6);
      await running.service.stop();
      await first.close();

      const second = await openStore({ dataDir: dir });
      const restarted = await createService({
        store: second,
        client: memoryLinear([], []),
        webhookSecret: WEBHOOK_SECRET,
        log: () => undefined,
        reconcileAtStart: false,
        now: () => new Date('2026-12-01T15:00:00Z'),
      });
      expect(await restarted.state.snapshots()).toEqual(before);
      const page = await (await restarted.app.request('/')).text();
      expect(page.match(/class="trend-cell"/g)).toHaveLength(6);
      await second.close();
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
