// The service with Jira configured: each reconcile reads the stored map's linked issues through the
// real Jira client and the msw fake of Jira's REST API (every request checked against the swagger),
// stores them, and the page and the API show them beside the Linear projects of the same stage.
import { readFile } from 'node:fs/promises';
import { type JourneyMap, parseMap } from '@throughline/journey-core';
import type { LinearGraphQLFake } from '@throughline/platform-fakes';
import { createJiraRestFake, type JiraRestFake } from '@throughline/platform-fakes';
import { HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openStore } from '../store/open-store';
import type { SqlStore } from '../store/sql-store';
import { jiraLinksReader } from './jira-links';
import { createLogger } from './log';
import { createService, type Service } from './service';
import { fakeClient, linearFake, WEBHOOK_SECRET } from './service.test-support';

const JIRA_URL = 'https://jira.fake-service.example';
const JIRA_EMAIL = 'ana@example.com';
const JIRA_TOKEN = 'jira-service-token-0123456789';
const MAP_ID = 'map-broadband-onboarding';

const spec: unknown = JSON.parse(
  await readFile(
    new URL('../../../../tests/contract/specs/jira/swagger-v3.v3.json', import.meta.url),
    'utf8',
  ),
);
const parsedMap = parseMap(
  JSON.parse(
    await readFile(
      new URL('../../../cli/samples/broadband-onboarding.map.json', import.meta.url),
      'utf8',
    ),
  ),
);
if (!parsedMap.ok) throw new Error('the sample map parses');
const map: JourneyMap = parsedMap.value;

/** The links property the Jira app writes on an issue: one stage of the sample map. */
const linkedTo = (stageId: string) => ({
  'throughline-links': {
    links: [{ mapId: MAP_ID, stageId }],
    mapIds: [MAP_ID],
    stageIds: [stageId],
    painPointIds: [],
  },
});

// Matched to the map by its key; its labels to the map's stages by name.
const SIGN_UP_LABEL = { id: 'l-sign-up', name: 'Sign up' };
const GROUP_ID = 'g-broadband';

let jira: JiraRestFake;
/** Linear's side: the journey's group and labels, and one project in Sign up. */
let linear: LinearGraphQLFake;
const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

let store: SqlStore;
beforeAll(async () => {
  store = await openStore({});
}, 60_000);
afterAll(() => store.close());

beforeEach(async () => {
  await store.exec('TRUNCATE projects, label_groups, deliveries, snapshots, maps, jira_links');
  jira = createJiraRestFake({
    baseUrl: JIRA_URL,
    spec,
    issues: [
      {
        id: '10007',
        key: 'HOME-7',
        summary: 'Autosave the order form',
        statusCategory: 'indeterminate',
        properties: linkedTo('stage-sign-up'),
      },
      {
        id: '10008',
        key: 'HOME-8',
        summary: 'Engineer ETA',
        statusCategory: 'done',
        properties: linkedTo('stage-install'),
      },
      { id: '10009', key: 'HOME-9', summary: 'Not on the journey' },
    ],
    users: [{ accountId: 'u', email: JIRA_EMAIL, apiToken: JIRA_TOKEN }],
  });
  linear = linearFake({
    labels: [
      { id: GROUP_ID, name: 'Journey: Broadband-Onboarding', isGroup: true },
      { ...SIGN_UP_LABEL, parentId: GROUP_ID },
      { id: 'l-install', name: 'Installation', parentId: GROUP_ID },
    ],
    projects: [{ id: 'p1', name: 'Shorter form', labelIds: [SIGN_UP_LABEL.id] }],
  });
  server.resetHandlers(...jira.handlers, ...linear.handlers);
});

let running: Service | undefined;
afterEach(async () => {
  await running?.stop();
  running = undefined;
});

async function start(lines: string[]): Promise<Service> {
  const service = await createService({
    store,
    client: fakeClient(),
    webhookSecret: WEBHOOK_SECRET,
    log: createLogger({ write: (line) => lines.push(line), secrets: [WEBHOOK_SECRET] }),
    maps: [map],
    jira: jiraLinksReader(
      { siteUrl: JIRA_URL, email: JIRA_EMAIL, apiToken: JIRA_TOKEN },
      { sleep: async () => undefined },
    ),
    now: () => new Date('2026-12-02T12:00:00Z'),
    timeZone: 'UTC',
  });
  running = service;
  await service.refresher.idle();
  return service;
}

interface StageJson {
  key: string;
  projects: { id: string; title: string }[];
  issues: { id: string; key: string; title: string; url?: string; status: string }[];
  jira: { count: number; health: string; progress: number | null } | null;
}

async function stages(service: Service): Promise<Map<string, StageJson>> {
  const answer = await service.app.request('/api/portfolio');
  expect(answer.status).toBe(200);
  const portfolio = (await answer.json()) as { journeys: { stages: StageJson[] }[] };
  expect(portfolio.journeys).toHaveLength(1);
  return new Map((portfolio.journeys[0]?.stages ?? []).map((stage) => [stage.key, stage]));
}

const events = (lines: string[]) => lines.map((line) => JSON.parse(line).event as string);

describe('the service with Jira configured', { timeout: 30_000 }, () => {
  it("shows a stage's Jira issues beside its Linear projects, on the API and the page", async () => {
    const lines: string[] = [];
    const service = await start(lines);

    const byKey = await stages(service);
    const signUp = byKey.get('sign-up');
    expect(signUp?.projects.map((p) => p.title)).toEqual(['Shorter form']);
    expect(signUp?.issues).toEqual([
      expect.objectContaining({
        id: '10007',
        key: 'HOME-7',
        title: 'Autosave the order form',
        url: `${JIRA_URL}/browse/HOME-7`,
        status: 'in-progress',
      }),
    ]);
    expect(signUp?.jira).toMatchObject({ count: 1 });
    const install = byKey.get('install');
    expect(install?.projects).toEqual([]);
    expect(install?.issues.map((i) => i.key)).toEqual(['HOME-8']);
    expect(install?.jira).toMatchObject({ count: 1, progress: 1 });

    const page = await (await service.app.request('/')).text();
    expect(page).toContain('<ul class="work issues">');
    expect(page).toContain('Autosave the order form');
    expect(page).toContain('Engineer ETA');
    expect(page).not.toContain('Not on the journey');

    // One search for the one map, every request as Jira's swagger allows.
    expect(jira.requests.filter((r) => r.path.startsWith('/rest/api/3/search/jql'))).toHaveLength(
      1,
    );
    expect(jira.violations).toEqual([]);
    expect(events(lines)).toContain('reconcile.done');
    expect(events(lines)).not.toContain('jira.refresh.failed');
    expect(linear.violations).toEqual([]);
  });

  it("replaces a map's stored issues with what the next reconcile finds", async () => {
    const service = await start([]);
    const moved = jira.issue('HOME-8');
    const joined = jira.issue('HOME-9');
    if (!moved || !joined) throw new Error('seeded above');
    moved.properties.set('throughline-links', linkedTo('stage-sign-up')['throughline-links']);
    joined.properties.set('throughline-links', linkedTo('stage-sign-up')['throughline-links']);
    jira.catchUpIndex();
    service.refresher.reconcile();
    await service.refresher.idle();

    const byKey = await stages(service);
    expect(
      byKey
        .get('sign-up')
        ?.issues.map((i) => i.key)
        .sort(),
    ).toEqual(['HOME-7', 'HOME-8', 'HOME-9']);
    expect(byKey.get('install')?.issues).toEqual([]);
  });

  it('keeps the last stored issues through a Jira outage, logs it, and still refreshes Linear', async () => {
    const lines: string[] = [];
    const service = await start(lines);
    expect((await stages(service)).get('sign-up')?.issues.map((i) => i.key)).toEqual(['HOME-7']);

    server.use(
      http.post(`${JIRA_URL}/rest/api/3/search/jql`, () =>
        HttpResponse.json({ errorMessages: ['down'] }, { status: 503 }),
      ),
    );
    // Meanwhile a project appears in Linear: the reconcile must still bring it in.
    linear.workspace.addProject({ id: 'p2', name: 'Address lookup', labelIds: [SIGN_UP_LABEL.id] });
    lines.length = 0;
    service.refresher.reconcile();
    await service.refresher.idle();

    const logged = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    const failed = logged.filter((line) => line.event === 'jira.refresh.failed');
    expect(failed).toHaveLength(1);
    expect(failed[0]).toMatchObject({ level: 'error', map: MAP_ID });
    expect(events(lines)).toContain('reconcile.done');
    expect(events(lines)).not.toContain('refresh.failed');
    const basic = Buffer.from(`${JIRA_EMAIL}:${JIRA_TOKEN}`).toString('base64');
    for (const line of lines) {
      expect(line).not.toContain(JIRA_TOKEN);
      expect(line).not.toContain(basic);
    }

    const after = await stages(service);
    expect(after.get('sign-up')?.issues.map((i) => i.key)).toEqual(['HOME-7']);
    expect(after.get('install')?.issues.map((i) => i.key)).toEqual(['HOME-8']);
    expect(after.get('sign-up')?.projects.map((p) => p.title)).toEqual([
      'Shorter form',
      'Address lookup',
    ]);
    const page = await (await service.app.request('/')).text();
    expect(page).toContain('Autosave the order form');
  });
});
