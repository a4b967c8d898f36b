// The store's behaviour, run twice: on embedded PGlite and on a real PostgreSQL server. Each engine
// opens one store for the file (starting one costs seconds), emptied before each test; only the
// restart tests open locations of their own.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { LabelGroup, LinearProject } from '../client/linear-model';
import { migrate } from './migrate';
import { openStore, type StoreOptions } from './open-store';
import { portfolioState, type StageSnapshot } from './portfolio-state';
import { type PostgresServer, startPostgresServer } from './postgres-server.test-support';
import type { SqlStore } from './sql-store';

const project = (
  id: string,
  name = `Project ${id}`,
  updatedAt = '2026-11-30T10:00:00.000Z',
): LinearProject => ({
  id,
  name,
  slugId: id,
  url: `https://linear.app/acme/project/${id}`,
  statusType: 'started',
  health: 'onTrack',
  progress: 0.5,
  scope: 10,
  startDate: '2026-01-05',
  targetDate: '2026-06-30',
  archivedAt: null,
  updatedAt,
  labels: [{ id: 'l1', name: 'Sign-up', parentId: 'g1' }],
  externalLinks: [],
});

const ONBOARDING: LabelGroup = {
  id: 'g1',
  name: 'Journey: Onboarding',
  children: [{ id: 'l1', name: 'Sign-up' }],
};

const snapshot = (day: string, stage: string, health: string): StageSnapshot => ({
  day,
  journey: 'Onboarding',
  stage,
  health,
  progress: 0.25,
  overdue: 1,
});

const delivery = (id: string, bodySha256 = `sha-of-${id}`) => ({
  id,
  type: 'Project',
  bodySha256,
});

/** Fresh, empty locations: a PGlite directory or a new database on the server. */
interface Engine {
  name: 'PGlite' | 'PostgreSQL';
  fresh(): Promise<StoreOptions>;
}

let server: PostgresServer | undefined;
let databases = 0;
const cleanups: (() => Promise<void>)[] = [];

async function newDatabase(url: string): Promise<StoreOptions> {
  const name = `store_test_${++databases}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  return { databaseUrl: url.replace(/\/postgres$/, `/${name}`) };
}

const engines: Engine[] = [
  {
    name: 'PGlite',
    async fresh() {
      const dir = await mkdtemp(join(tmpdir(), 'throughline-pglite-'));
      cleanups.push(() => rm(dir, { recursive: true, force: true }));
      return { dataDir: dir };
    },
  },
  {
    name: 'PostgreSQL',
    async fresh() {
      if (!server) throw new Error('started in beforeAll');
      return newDatabase(server.url);
    },
  },
];

beforeAll(async () => {
  server = await startPostgresServer();
}, 60_000);

afterAll(async () => {
  for (const cleanup of cleanups) await cleanup();
  await server?.stop();
}, 30_000);

describe('migrations on PostgreSQL', { timeout: 30_000 }, () => {
  // PGlite serves one process: two instances on one data directory are not replicas, only a risk.
  it('applies each migration once when two replicas start together', async () => {
    const where = await engines[1]?.fresh();
    const [a, b] = await Promise.all([openStore(where ?? {}), openStore(where ?? {})]);
    const rows = await a.query<{ version: number }>('SELECT version FROM schema_migrations');
    expect(rows.map((row) => row.version).sort()).toEqual([1, 2, 3]);
    expect(await migrate(b)).toEqual([]);
    await Promise.all([a.close(), b.close()]);
  });
});

describe.each(engines)('store on $name', { timeout: 30_000 }, (engine) => {
  let where: StoreOptions;
  let store: SqlStore;
  /** A second replica: another pool on PostgreSQL; on PGlite (one process) the same store. */
  let replica: SqlStore;
  beforeAll(async () => {
    where = engine.name === 'PGlite' ? {} : await engine.fresh();
    store = await openStore(where);
    replica = where.databaseUrl ? await openStore(where) : store;
  }, 60_000);
  afterAll(async () => {
    if (replica !== store) await replica.close();
    await store.close();
  });
  beforeEach(() =>
    store.exec('TRUNCATE projects, label_groups, deliveries, snapshots, maps, jira_links'),
  );

  it('keeps refetched projects and forgets the ones Linear no longer returns', async () => {
    const state = portfolioState(store);
    const readSince = await state.now();
    await state.replaceAll({
      projects: [project('p1'), project('p2')],
      groups: [ONBOARDING],
      readSince,
    });
    await state.saveRefetched(['p1', 'p2'], [project('p1', 'Renamed')]);
    expect((await state.projects()).map((p) => [p.id, p.name])).toEqual([['p1', 'Renamed']]);
    expect((await state.labelGroups()).map((g) => g.name)).toEqual(['Journey: Onboarding']);
    await state.removeProjects(['p1']);
    expect(await state.projects()).toEqual([]);
  });

  it('never writes back a reconcile page older than what a refetch stored meanwhile', async () => {
    const state = portfolioState(store);
    await state.replaceAll({
      projects: [project('p1'), project('p2')],
      groups: [ONBOARDING],
      readSince: await state.now(),
    });
    // A reconcile starts reading; while its pages load, a webhook's refetch commits p1 and a new p3.
    const readSince = await state.now();
    await state.saveRefetched(
      ['p1', 'p3'],
      [project('p1', 'Fresh', '2026-12-01T10:00:00.000Z'), project('p3', 'New')],
    );
    // The reconcile's pages were read before both: p1 old, p3 absent, p2 gone from Linear.
    await state.replaceAll({ projects: [project('p1', 'Stale')], groups: [ONBOARDING], readSince });
    expect((await state.projects()).map((p) => [p.id, p.name])).toEqual([
      ['p1', 'Fresh'],
      ['p3', 'New'],
    ]);
  });

  it('lets two replicas reconcile at once', async () => {
    const groups = [ONBOARDING, { id: 'g2', name: 'Journey: Billing', children: [] }];
    const reconciles = [store, replica].map(async (s) => {
      const state = portfolioState(s);
      const readSince = await state.now();
      await state.replaceAll({ projects: [project('p1'), project('p2')], groups, readSince });
    });
    expect((await Promise.allSettled(reconciles)).map((r) => r.status)).toEqual([
      'fulfilled',
      'fulfilled',
    ]);
    const state = portfolioState(store);
    expect((await state.projects()).map((p) => p.id)).toEqual(['p1', 'p2']);
    expect((await state.labelGroups()).map((g) => g.id)).toEqual(['g1', 'g2']);
  });

  it('saves the label groups alone, exactly these', async () => {
    const state = portfolioState(store);
    await state.saveLabelGroups([ONBOARDING, { id: 'g2', name: 'Journey: Billing', children: [] }]);
    const renamed = { ...ONBOARDING, name: 'Journey: First run' };
    await state.saveLabelGroups([renamed]);
    expect(await state.labelGroups()).toEqual([renamed]);
  });

  it('lets one replica claim a delivery; a replay is refused on every replica', async () => {
    const claims = await Promise.all([
      portfolioState(store).claimDelivery(delivery('d-1')),
      portfolioState(replica).claimDelivery(delivery('d-1')),
    ]);
    expect(claims.filter(Boolean)).toHaveLength(1);
    expect(await portfolioState(store).claimDelivery(delivery('d-1'))).toBe(false);
    expect(await portfolioState(store).deliveryCount()).toBe(1);
  });

  it('refuses a known body under a new delivery id', async () => {
    const state = portfolioState(store);
    expect(await state.claimDelivery(delivery('d-1', 'same-body'))).toBe(true);
    expect(await state.claimDelivery(delivery('d-2', 'same-body'))).toBe(false);
    expect(await state.deliveryCount()).toBe(1);
  });

  it('prunes deliveries older than the given days only', async () => {
    const state = portfolioState(store);
    await state.claimDelivery(delivery('d-old'));
    await state.claimDelivery(delivery('d-new'));
    await store.query(
      "UPDATE deliveries SET received_at = now() - interval '8 days' WHERE id = 'd-old'",
    );
    expect(await state.pruneDeliveries(7)).toBe(1);
    expect(await state.claimDelivery(delivery('d-new'))).toBe(false);
    expect(await state.deliveryCount()).toBe(1);
  });

  it('keeps one snapshot per day and stage, the latest', async () => {
    const state = portfolioState(store);
    await state.saveSnapshots([snapshot('2026-11-30', 'Sign-up', 'onTrack')]);
    await state.saveSnapshots([snapshot('2026-11-30', 'Sign-up', 'atRisk')]);
    await state.saveSnapshots([snapshot('2026-12-01', 'Sign-up', 'offTrack')]);
    expect((await state.snapshots()).map((s) => [s.day, s.health])).toEqual([
      ['2026-11-30', 'atRisk'],
      ['2026-12-01', 'offTrack'],
    ]);
    expect(await state.snapshots('2026-12-01')).toEqual([
      snapshot('2026-12-01', 'Sign-up', 'offTrack'),
    ]);
  });

  it('rolls a failed transaction back', async () => {
    await expect(
      store.transaction(async (tx) => {
        await tx.query("INSERT INTO deliveries (id, type) VALUES ('x', 'Project')");
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(await portfolioState(store).deliveryCount()).toBe(0);
  });

  it('loses nothing across a restart', async () => {
    const location = await engine.fresh();
    const before = await openStore(location);
    const state = portfolioState(before);
    const days = ['2026-11-28', '2026-11-29', '2026-11-30'];
    await state.saveSnapshots(days.map((day) => snapshot(day, 'Sign-up', 'onTrack')));
    await state.replaceAll({ projects: [project('p1')], groups: [], readSince: await state.now() });
    await state.claimDelivery(delivery('d-9'));
    await state.saveMap('onboarding', { title: 'Onboarding' });
    await before.close();

    const reopened = await openStore(location);
    const after = portfolioState(reopened);
    expect((await after.snapshots()).map((s) => s.day)).toEqual(days);
    expect((await after.projects()).map((p) => p.id)).toEqual(['p1']);
    expect(await after.claimDelivery(delivery('d-9'))).toBe(false);
    expect(await after.maps()).toEqual([{ title: 'Onboarding' }]);
    await reopened.close();
  });

  it("replaces a map's Jira links whole, keeps them across a restart, and only for stored maps", async () => {
    const location = await engine.fresh();
    const before = await openStore(location);
    const state = portfolioState(before);
    const link = (id: string, mapId: string) => ({ provider: 'jira', id, mapId, stageId: 's1' });
    await state.saveMap('m1', { id: 'm1' });
    await state.saveMap('m2', { id: 'm2' });
    await state.saveJiraLinks('m1', [link('1', 'm1'), link('2', 'm1')]);
    await state.saveJiraLinks('m2', [link('3', 'm2')]);
    await state.saveJiraLinks('m1', [link('4', 'm1'), link('2', 'm1')]);
    // Links of a map the store does not hold are never served.
    await state.saveJiraLinks('gone', [link('5', 'gone')]);
    await before.close();

    const reopened = await openStore(location);
    const after = portfolioState(reopened);
    expect(await after.jiraLinks()).toEqual([link('4', 'm1'), link('2', 'm1'), link('3', 'm2')]);
    await after.saveJiraLinks('m2', []);
    expect(await after.jiraLinks()).toEqual([link('4', 'm1'), link('2', 'm1')]);
    await reopened.close();
  });
});
