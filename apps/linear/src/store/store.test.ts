// The store's behaviour, run twice: on embedded PGlite and on a real PostgreSQL server.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LinearProject } from '../client/linear-model';
import { migrate } from './migrate';
import { openStore, type StoreOptions } from './open-store';
import { portfolioState, type StageSnapshot } from './portfolio-state';
import { type PostgresServer, startPostgresServer } from './postgres-server.test-support';

const project = (id: string, name = `Project ${id}`): LinearProject => ({
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
  updatedAt: '2026-11-30T10:00:00.000Z',
  labels: [{ id: 'l1', name: 'Sign-up', parentId: 'g1' }],
  externalLinks: [],
});

const snapshot = (day: string, stage: string, health: string): StageSnapshot => ({
  day,
  journey: 'Onboarding',
  stage,
  health,
  progress: 0.25,
  overdue: 1,
});

/** Each engine hands out fresh, empty locations: a PGlite directory or a new database on the server. */
interface Engine {
  name: string;
  fresh(): Promise<StoreOptions>;
}

let server: PostgresServer | undefined;
let databases = 0;
const cleanups: (() => Promise<void>)[] = [];

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
      server ??= await startPostgresServer();
      const name = `store_test_${++databases}`;
      const admin = new pg.Client({ connectionString: server.url });
      await admin.connect();
      await admin.query(`CREATE DATABASE ${name}`);
      await admin.end();
      return { databaseUrl: server.url.replace(/\/postgres$/, `/${name}`) };
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

describe.each(engines)('store on $name', { timeout: 30_000 }, (engine) => {
  it('applies each migration once, even when two replicas start together', async () => {
    const where = await engine.fresh();
    const [a, b] = await Promise.all([openStore(where), openStore(where)]);
    const rows = await a.query<{ version: number }>('SELECT version FROM schema_migrations');
    expect(rows.map((row) => row.version).sort()).toEqual([1, 2]);
    expect(await migrate(b)).toEqual([]);
    await Promise.all([a.close(), b.close()]);
  });

  it('keeps refetched projects and forgets the ones Linear no longer returns', async () => {
    const store = await openStore(await engine.fresh());
    const state = portfolioState(store);
    await state.replaceAll(
      [project('p1'), project('p2')],
      [{ id: 'g1', name: 'Journey: Onboarding', children: [{ id: 'l1', name: 'Sign-up' }] }],
    );
    await state.saveRefetched(['p1', 'p2'], [project('p1', 'Renamed')]);
    expect((await state.projects()).map((p) => [p.id, p.name])).toEqual([['p1', 'Renamed']]);
    expect((await state.labelGroups()).map((g) => g.name)).toEqual(['Journey: Onboarding']);
    await state.removeProjects(['p1']);
    expect(await state.projects()).toEqual([]);
    await store.close();
  });

  it('lets one replica claim a delivery id; a replay is refused on every replica', async () => {
    const where = await engine.fresh();
    const first = await openStore(where);
    // PGlite serves one process: its second "replica" is the same store.
    const second = where.databaseUrl ? await openStore(where) : first;
    const claims = await Promise.all([
      portfolioState(first).claimDelivery('d-1', 'Project'),
      portfolioState(second).claimDelivery('d-1', 'Project'),
    ]);
    expect(claims.filter(Boolean)).toHaveLength(1);
    expect(await portfolioState(first).claimDelivery('d-1', 'Project')).toBe(false);
    expect(await portfolioState(first).deliveryCount()).toBe(1);
    if (second !== first) await second.close();
    await first.close();
  });

  it('keeps one snapshot per day and stage, the latest', async () => {
    const store = await openStore(await engine.fresh());
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
    await store.close();
  });

  it('loses nothing across a restart', async () => {
    const where = await engine.fresh();
    const before = await openStore(where);
    const state = portfolioState(before);
    const days = ['2026-11-28', '2026-11-29', '2026-11-30'];
    await state.saveSnapshots(days.map((day) => snapshot(day, 'Sign-up', 'onTrack')));
    await state.replaceAll([project('p1')], []);
    await state.claimDelivery('d-9', 'ProjectUpdate');
    await state.saveMap('onboarding', { title: 'Onboarding' });
    await before.close();

    const reopened = await openStore(where);
    const after = portfolioState(reopened);
    expect((await after.snapshots()).map((s) => s.day)).toEqual(days);
    expect((await after.projects()).map((p) => p.id)).toEqual(['p1']);
    expect(await after.claimDelivery('d-9', 'ProjectUpdate')).toBe(false);
    expect(await after.maps()).toEqual([{ title: 'Onboarding' }]);
    await reopened.close();
  });

  it("replaces a map's Jira links whole, keeps them across a restart, and only for stored maps", async () => {
    const where = await engine.fresh();
    const before = await openStore(where);
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

    const reopened = await openStore(where);
    const after = portfolioState(reopened);
    expect(await after.jiraLinks()).toEqual([link('4', 'm1'), link('2', 'm1'), link('3', 'm2')]);
    await after.saveJiraLinks('m2', []);
    expect(await after.jiraLinks()).toEqual([link('4', 'm1'), link('2', 'm1')]);
    await reopened.close();
  });

  it('rolls a failed transaction back', async () => {
    const store = await openStore(await engine.fresh());
    await expect(
      store.transaction(async (tx) => {
        await tx.query("INSERT INTO deliveries (id, type) VALUES ('x', 'Project')");
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(await portfolioState(store).deliveryCount()).toBe(0);
    await store.close();
  });
});
