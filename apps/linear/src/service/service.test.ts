// The service over the real Linear client and the msw fake of Linear's API, on an in-memory PGlite:
// webhooks, refetches, reconcile, "today" in the configured zone, restart. What reached Linear is
// asserted from the fake's request log.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { WorkPortfolio } from '@throughline/journey-core';
import type { LinearGraphQLFake } from '@throughline/platform-fakes';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type LinearPortfolioInput, linearPortfolio } from '../portfolio/linear-portfolio';
import { openStore } from '../store/open-store';
import type { SqlStore } from '../store/sql-store';
import { createLogger } from './log';
import { createService, type Service, type ServiceOptions } from './service';
import {
  fakeClient,
  ONBOARDING,
  onboardingFake,
  projectChanged,
  requestsOf,
  type SignedDelivery,
  signedDelivery,
  WEBHOOK_SECRET,
} from './service.test-support';

interface Running {
  service: Service;
  fake: LinearGraphQLFake;
  lines: string[];
}

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

// One in-memory PGlite for the file (starting one costs seconds), emptied before each test.
let shared: SqlStore;
beforeAll(async () => {
  shared = await openStore({});
}, 60_000);
afterAll(() => shared.close());
beforeEach(() =>
  shared.exec('TRUNCATE projects, label_groups, deliveries, snapshots, maps, jira_links'),
);

/** A fresh fake Linear (seeded with one journey) and the service over it, after its start reconcile. */
async function start(options: Partial<ServiceOptions> = {}): Promise<Running> {
  const fake = onboardingFake();
  server.use(...fake.handlers);
  const lines: string[] = [];
  const service = await createService({
    store: shared,
    client: fakeClient(),
    webhookSecret: WEBHOOK_SECRET,
    log: createLogger({ write: (line) => lines.push(line), secrets: [WEBHOOK_SECRET] }),
    ...options,
  });
  await service.refresher.idle();
  return { service, fake, lines };
}

const post = (service: Service, delivery: SignedDelivery) =>
  service.app.request('/webhooks/linear', {
    method: 'POST',
    headers: delivery.headers,
    body: delivery.body,
  });

const REFETCH = 'ThroughlineProjectsByIds';
const PROJECT_PAGE = 'ThroughlineProjectsPage';
const LABEL_GROUPS = 'ThroughlineLabelGroups';

/** Everything a webhook could change, and what it could make us ask Linear. */
async function storedState(running: Running) {
  const { state } = running.service;
  return {
    projects: await state.projects(),
    deliveries: await state.deliveryCount(),
    snapshots: await state.snapshots(),
    requests: running.fake.requests.length,
  };
}

function fakeProject(fake: LinearGraphQLFake, id: string) {
  const project = fake.workspace.projects.get(id);
  if (!project) throw new Error(`${id} is seeded`);
  return project;
}

describe('the portfolio service', { timeout: 30_000 }, () => {
  it('reads every project at start and serves the portfolio as JSON and as a page', async () => {
    const { service, fake } = await start();
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
    expect(fake.violations).toEqual([]);
  });

  it('accepts a signed delivery, answers, then refetches the changed project in one request', async () => {
    const running = await start();
    fakeProject(running.fake, 'p1').name = 'Faster sign-up';
    running.fake.clearLog();
    const response = await post(running.service, signedDelivery(projectChanged('p1')));
    expect(response.status).toBe(200);
    await running.service.refresher.idle();
    expect(running.fake.requests.map((r) => [r.operationName, r.variables.ids])).toEqual([
      [REFETCH, ['p1']],
    ]);
    const names = (await running.service.state.projects()).map((p) => p.name);
    expect(names).toContain('Faster sign-up');
  });

  it('refetches projects changed by deliveries arriving together in one request', async () => {
    const running = await start();
    running.fake.clearLog();
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
    const asked = running.fake.requests.map((r) => [...(r.variables.ids as string[])].sort());
    expect(asked).toEqual([['p1', 'p2']]);
  });

  it('drops a removed project, and reads everything again on an initiative change', async () => {
    const running = await start();
    running.fake.workspace.projects.delete('p2');
    await post(running.service, signedDelivery({ ...projectChanged('p2'), action: 'remove' }));
    await running.service.refresher.idle();
    expect((await running.service.state.projects()).map((p) => p.id)).toEqual(['p1']);

    const before = requestsOf(running.fake, PROJECT_PAGE);
    await post(
      running.service,
      signedDelivery({ type: 'Initiative', action: 'update', data: { id: 'i-1' } }),
    );
    await running.service.refresher.idle();
    expect(requestsOf(running.fake, PROJECT_PAGE)).toBe(before + 1);
  });

  it('reads the label groups once when a refetched project carries a stage label they lack', async () => {
    const running = await start();
    const label = running.fake.workspace.addLabel({
      id: 'l-retention',
      name: 'Retention',
      parentId: ONBOARDING.id,
    });
    fakeProject(running.fake, 'p2').labelIds = [label.id];
    running.fake.clearLog();
    await post(running.service, signedDelivery(projectChanged('p2')));
    await running.service.refresher.idle();
    expect(running.fake.requests.map((r) => r.operationName)).toEqual([REFETCH, LABEL_GROUPS]);
    const portfolio = (await (
      await running.service.app.request('/api/portfolio')
    ).json()) as WorkPortfolio;
    const stages = portfolio.journeys[0]?.stages.map((s) => [s.name, s.projects.length]);
    expect(stages).toContainEqual(['Retention', 1]);
    expect(portfolio.unlinked).toEqual([]);

    // A known label costs no group read.
    running.fake.clearLog();
    await post(running.service, signedDelivery(projectChanged('p2')));
    await running.service.refresher.idle();
    expect(running.fake.requests.map((r) => r.operationName)).toEqual([REFETCH]);
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
    [
      'a captured body resent with a new delivery id',
      async (running) => {
        const first = signedDelivery(projectChanged('p1'), { deliveryId: 'd-original' });
        expect((await post(running.service, first)).status).toBe(200);
        await running.service.refresher.idle();
        return { ...first, headers: { ...first.headers, 'linear-delivery': 'd-new-id' } };
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
    fakeProject(running.fake, 'p1').name = 'Must not arrive';
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

describe('"today"', { timeout: 30_000 }, () => {
  // 23:30 UTC on 1 December is already 2 December in Berlin and still 1 December in New York.
  const nearMidnight = () => new Date('2026-12-01T23:30:00Z');
  it.each([
    ['Europe/Berlin', '2026-12-02'],
    ['America/New_York', '2026-12-01'],
    ['UTC', '2026-12-01'],
  ])('is the calendar day in %s', async (timeZone, day) => {
    const asOfs: string[] = [];
    const compute = (input: LinearPortfolioInput) => {
      asOfs.push(input.asOf);
      return linearPortfolio(input);
    };
    const { service } = await start({ now: nearMidnight, timeZone, compute });
    expect([...new Set((await service.state.snapshots()).map((s) => s.day))]).toEqual([day]);
    asOfs.length = 0;
    await service.app.request('/api/portfolio');
    expect(asOfs).toEqual([day]);
  });
});

describe('a restart', { timeout: 30_000 }, () => {
  it('keeps every snapshot, and the page shows the trend from them', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'throughline-service-'));
    try {
      let today = '2026-11-29';
      const first = await openStore({ dataDir: dir });
      const running = await start({
        store: first,
        timeZone: 'UTC',
        now: () => new Date(`${today}T12:00:00Z`),
      });
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
      running.fake.clearLog();
      const restarted = await createService({
        store: second,
        client: fakeClient(),
        webhookSecret: WEBHOOK_SECRET,
        log: () => undefined,
        reconcileAtStart: false,
        timeZone: 'UTC',
        now: () => new Date('2026-12-01T15:00:00Z'),
      });
      expect(await restarted.state.snapshots()).toEqual(before);
      const page = await (await restarted.app.request('/')).text();
      expect(page.match(/class="trend-cell"/g)).toHaveLength(6);
      expect(running.fake.requests).toEqual([]);
      await second.close();
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
