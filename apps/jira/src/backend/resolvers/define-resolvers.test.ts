import { serializeMap } from '@throughline/journey-core';
import { describe, expect, it } from 'vitest';
import { addLink, EMPTY_LINKS, LINKS_PROPERTY_KEY } from '../../client/links-property';
import {
  MAX_MAP_TEXT_LENGTH,
  RESOLVER_KEYS,
  type ResolverKey,
  type ResolverResult,
  type ResponseOf,
  resultSchema,
} from '../../contract/resolver-contract';
import { backendHarness, invoker, sampleMap } from '../backend.test-support';
import { resolver } from '../index';
import { MODULE_KEYS, MODULES_BY_KEY } from './module-access';
import { PROJECT_ADMIN_KEYS } from './project-admin';

const SHOP_1 = { id: '10001', key: 'SHOP-1' };
const PROJECT = { id: '10000', key: 'SHOP' };
const { jira, kvs, forge } = backendHarness({
  accountId: 'user-1',
  projects: [PROJECT],
  users: [
    { accountId: 'user-1', displayName: 'Ana', canAdminister: ['SHOP'] },
    { accountId: 'viewer', displayName: 'Vic', canEdit: [], canAdminister: [] },
  ],
  issues: [
    { id: '10001', key: 'SHOP-1', summary: 'Accept spaces in card numbers' },
    {
      id: '10002',
      key: 'SHOP-2',
      summary: 'Strip spaces server-side',
      statusCategory: 'indeterminate',
      assignee: { accountId: 'user-2', displayName: 'Bo' },
      properties: {
        [LINKS_PROPERTY_KEY]: addLink(EMPTY_LINKS, {
          mapId: 'map-checkout',
          stageId: 'st-pay',
          painPointId: 'pp-card',
        }),
      },
    },
    {
      id: '10003',
      key: 'SHOP-3',
      summary: 'Show the basket total',
      statusCategory: 'done',
      resolution: 'Done',
      properties: {
        [LINKS_PROPERTY_KEY]: addLink(EMPTY_LINKS, { mapId: 'map-checkout', stageId: 'st-cart' }),
      },
    },
  ],
});

const fromIssue = invoker(resolver, {
  moduleKey: MODULE_KEYS.issuePanel,
  issue: SHOP_1,
  project: PROJECT,
});
const fromSettings = invoker(resolver, { moduleKey: MODULE_KEYS.settings, project: PROJECT });
const fromBoard = invoker(resolver, { moduleKey: MODULE_KEYS.journeyBoard, project: PROJECT });

/** Every answer is the key's envelope, exactly as the contract says. */
async function call<K extends ResolverKey>(
  invoke: typeof fromIssue,
  key: K,
  payload: unknown,
  context?: Parameters<typeof fromIssue>[2],
): Promise<ResolverResult<ResponseOf<K>>> {
  const answer = await invoke(key, payload, context);
  return resultSchema(key).parse(answer) as ResolverResult<ResponseOf<K>>;
}

async function importSample(text = serializeMap(sampleMap())) {
  const result = await call(fromSettings, 'importMap', { text });
  expect(result).toMatchObject({ ok: true, data: { outcome: 'stored' } });
  return result;
}

const linksOf = (key: string) => jira.issue(key)?.properties.get(LINKS_PROPERTY_KEY);
const mapKeys = () => [...kvs.store.keys()].filter((key) => key.startsWith('map-'));

describe('linking the context issue', () => {
  it('links as the user, writes the property in the public format, and reads it back with names', async () => {
    await importSample();
    const linked = await call(fromIssue, 'linkIssue', {
      mapId: 'map-checkout',
      stageId: 'st-pay',
      painPointId: 'pp-card',
    });
    expect(linked).toEqual({
      ok: true,
      data: {
        issue: SHOP_1,
        links: [
          {
            mapId: 'map-checkout',
            stageId: 'st-pay',
            painPointId: 'pp-card',
            mapTitle: 'Checkout',
            stageName: 'Pay',
            painPointTitle: 'Card form rejects spaces',
            missing: false,
          },
        ],
      },
    });
    expect(linksOf('SHOP-1')).toEqual({
      links: [{ mapId: 'map-checkout', stageId: 'st-pay', painPointId: 'pp-card' }],
      mapIds: ['map-checkout'],
      stageIds: ['st-pay'],
      painPointIds: ['pp-card'],
      stageRefs: ['map-checkout/st-pay'],
    });
    const jiraCalls = forge.calls.filter((entry) => entry.remote === 'jira');
    expect(jiraCalls.length).toBeGreaterThan(0);
    expect(
      jiraCalls.every((entry) => entry.provider === 'user' && entry.accountId === 'user-1'),
    ).toBe(true);
    expect(jira.violations).toEqual([]);

    const read = await call(fromIssue, 'getIssueLinks', {});
    expect(read.ok && read.data.links.map((link) => link.stageName)).toEqual(['Pay']);
    const unlinked = await call(fromIssue, 'unlinkIssue', {
      mapId: 'map-checkout',
      stageId: 'st-pay',
      painPointId: 'pp-card',
    });
    expect(unlinked).toMatchObject({ ok: true, data: { links: [] } });
    expect(linksOf('SHOP-1')).toBeUndefined();
  });

  it('refuses a user without edit permission, and writes nothing', async () => {
    await importSample();
    forge.setAccountId('viewer');
    const answer = await call(
      fromIssue,
      'linkIssue',
      { mapId: 'map-checkout', stageId: 'st-pay' },
      { accountId: 'viewer' },
    );
    expect(answer).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(jira.writes()).toEqual([]);
    expect(linksOf('SHOP-1')).toBeUndefined();
  });

  it('refuses a stage or pain point the stored map does not have, before asking Jira', async () => {
    await importSample();
    jira.clearLog();
    expect(
      await call(fromIssue, 'linkIssue', { mapId: 'map-checkout', stageId: 'st-nope' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
    expect(
      await call(fromIssue, 'linkIssue', {
        mapId: 'map-checkout',
        stageId: 'st-cart',
        painPointId: 'pp-card',
      }),
    ).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(jira.requests).toEqual([]);
  });
});

describe('untrusted input', () => {
  it('refuses an issue key in the payload: the issue comes from the Forge context only', async () => {
    await importSample();
    const answer = await call(fromIssue, 'linkIssue', {
      mapId: 'map-checkout',
      stageId: 'st-pay',
      issueKey: 'SHOP-2',
    });
    expect(answer).toMatchObject({
      ok: false,
      error: { code: 'invalid-request', issues: [{ path: [] }] },
    });
    expect(jira.writes()).toEqual([]);
    // A link made from SHOP-1's panel lands on SHOP-1, whatever the page claims.
    await call(fromIssue, 'linkIssue', { mapId: 'map-checkout', stageId: 'st-pay' });
    expect(jira.writes().map((request) => request.path)).toEqual([
      `/rest/api/3/issue/${SHOP_1.id}/properties/${LINKS_PROPERTY_KEY}`,
    ]);
  });

  it.each([
    ['a wrong type', { mapId: 5, stageId: 'st-pay' }],
    ['a missing field', { mapId: 'map-checkout' }],
    ['an id with spaces', { mapId: 'map checkout', stageId: 'st-pay' }],
    ['an overlong id', { mapId: 'm'.repeat(129), stageId: 'st-pay' }],
    ['not an object', 'map-checkout'],
  ])(
    'answers a malformed payload (%s) with a typed error and changes nothing',
    async (_name, payload) => {
      await importSample();
      const before = new Map(kvs.store);
      const answer = await call(fromIssue, 'linkIssue', payload);
      expect(answer).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
      if (!answer.ok) expect(answer.error.issues?.length).toBeGreaterThan(0);
      expect(jira.writes()).toEqual([]);
      expect(kvs.store).toEqual(before);
    },
  );

  it('refuses an oversized payload before parsing it, and stores nothing', async () => {
    const answer = await call(fromSettings, 'importMap', {
      text: 'x'.repeat(MAX_MAP_TEXT_LENGTH + 1),
    });
    expect(answer).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    const huge = await call(fromSettings, 'setProjectJourneys', {
      mapIds: Array.from({ length: 51 }, (_, i) => `m-${i}`),
    });
    expect(huge).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(kvs.store.size).toBe(0);
  });

  it('keeps map and settings changes to the settings page', async () => {
    const answer = await call(fromIssue, 'importMap', { text: serializeMap(sampleMap()) });
    expect(answer).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(
      await call(fromBoard, 'saveSettings', { storyPointsField: null, canceledResolutions: [] }),
    ).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(kvs.store.size).toBe(0);
  });

  it('asks for a project administrator on every change only the settings page may make', () => {
    const settingsOnly = RESOLVER_KEYS.filter(
      (key) => MODULES_BY_KEY[key].join() === MODULE_KEYS.settings,
    );
    // getSettings only reads.
    expect([...PROJECT_ADMIN_KEYS].sort()).toEqual(
      settingsOnly.filter((key) => key !== 'getSettings').sort(),
    );
  });

  it('checks as the user that they administer the project before a change, and writes nothing if not', async () => {
    const settings = { storyPointsField: null, canceledResolutions: [] };
    forge.setAccountId('viewer');
    const refused = {
      ok: false,
      error: {
        code: 'forbidden',
        message: expect.stringContaining('administrator of project SHOP'),
      },
    };
    expect(
      await call(fromSettings, 'importMap', { text: serializeMap(sampleMap()) }),
    ).toMatchObject(refused);
    expect(await call(fromSettings, 'saveSettings', settings)).toMatchObject(refused);
    expect(await call(fromSettings, 'setProjectJourneys', { mapIds: [] })).toMatchObject(refused);
    expect(kvs.store.size).toBe(0);
    const writes = new Set(['set', 'delete', 'batch/set', 'batch/delete', 'transaction']);
    expect(kvs.requests.filter((request) => writes.has(request.operation))).toEqual([]);
    const checks = jira.requests.filter((request) => request.path.includes('/mypermissions'));
    expect(checks.map((request) => [request.actor, request.path])).toEqual(
      Array.from({ length: 3 }, () => [
        'viewer',
        '/rest/api/3/mypermissions?projectId=10000&permissions=ADMINISTER_PROJECTS',
      ]),
    );

    forge.setAccountId('user-1');
    expect(await call(fromSettings, 'saveSettings', settings)).toMatchObject({ ok: true });
    await importSample();
    expect(jira.violations).toEqual([]);
  });

  it('asks for an issue context where one is needed', async () => {
    expect(await call(fromIssue, 'getIssueLinks', {}, { issue: undefined })).toMatchObject({
      ok: false,
      error: { code: 'wrong-context' },
    });
  });
});

describe('importing maps', () => {
  it('returns the diagnostics of a broken map and stores nothing', async () => {
    const document = JSON.parse(serializeMap(sampleMap()));
    document.items[0].stageId = 'st-gone';
    const broken = JSON.stringify(document);
    const answer = await call(fromSettings, 'importMap', { text: broken });
    expect(answer.ok && answer.data.outcome).toBe('invalid');
    if (answer.ok && answer.data.outcome === 'invalid') {
      expect(answer.data.diagnostics.some((diagnostic) => diagnostic.severity === 'error')).toBe(
        true,
      );
    }
    expect(await call(fromSettings, 'importMap', { text: '{ not json' })).toMatchObject({
      ok: true,
      data: { outcome: 'invalid' },
    });
    expect(mapKeys()).toEqual([]);
  });

  it('merges a re-import into the stored map, so links to its stages survive', async () => {
    await importSample();
    await call(fromIssue, 'linkIssue', { mapId: 'map-checkout', stageId: 'st-pay' });
    const next = sampleMap({
      title: 'Checkout',
      stages: [
        { id: 'st-browse', key: 'browse', name: 'Browse' },
        { id: 'st-cart', key: 'cart', name: 'Cart' },
        { id: 'st-pay', key: 'pay', name: 'Pay' },
        { id: 'st-confirm', key: 'confirm', name: 'Confirm' },
      ],
    });
    const again = await call(fromSettings, 'importMap', { text: serializeMap(next) });
    expect(again).toMatchObject({ ok: true, data: { outcome: 'stored', merged: true } });
    const links = await call(fromIssue, 'getIssueLinks', {});
    expect(links.ok && links.data.links).toEqual([
      expect.objectContaining({ stageId: 'st-pay', stageName: 'Pay', missing: false }),
    ]);
    const journeys = await call(fromSettings, 'listJourneys', { scope: 'project' });
    expect(journeys.ok && journeys.data.journeys[0]?.stages.map((stage) => stage.id)).toEqual([
      'st-browse',
      'st-cart',
      'st-pay',
      'st-confirm',
    ]);
    // A person's owner on the stored map is kept, as mergeMaps keeps manual edits.
    expect(journeys.ok && journeys.data.journeys[0]?.stages[1]?.owner).toBe('Ana');
  });

  it('edits a stage and scores a pain point as new map versions', async () => {
    await importSample();
    const edited = await call(fromSettings, 'editStage', {
      mapId: 'map-checkout',
      stageId: 'st-pay',
      name: 'Payment',
      owner: 'Kim',
    });
    expect(edited.ok && edited.data.journey.stages[2]).toEqual({
      id: 'st-pay',
      key: 'pay',
      name: 'Payment',
      owner: 'Kim',
    });
    const scored = await call(fromSettings, 'scorePainPoint', {
      mapId: 'map-checkout',
      painPointId: 'pp-fees',
      severity: 3,
      reach: 0.2,
    });
    expect(scored.ok && scored.data.journey.painPoints[1]).toMatchObject({
      severity: 3,
      reach: 0.2,
    });
    expect(
      await call(fromSettings, 'scorePainPoint', {
        mapId: 'map-checkout',
        painPointId: 'pp-fees',
        severity: 9,
      }),
    ).toMatchObject({
      ok: false,
      error: { code: 'invalid-request' },
    });
  });

  it('saves settings and refuses a project journey that is not stored', async () => {
    const saved = await call(fromSettings, 'saveSettings', {
      storyPointsField: 'customfield_10016',
      canceledResolutions: ['Nope'],
    });
    expect(saved.ok).toBe(true);
    expect(await call(fromSettings, 'getSettings', {})).toEqual(saved);
    expect(await call(fromSettings, 'setProjectJourneys', { mapIds: ['map-nope'] })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
  });
});

describe('reading the journey', () => {
  it('shows a stage with its pain points, KPIs and the other issues linked to it', async () => {
    await importSample();
    const answer = await call(fromIssue, 'getStageContext', {
      mapId: 'map-checkout',
      stageId: 'st-pay',
    });
    expect(answer.ok).toBe(true);
    if (!answer.ok) return;
    expect(answer.data.stage).toEqual({
      id: 'st-pay',
      key: 'pay',
      name: 'Pay',
      phaseName: 'During',
    });
    // SHOP-2 is in progress on the stage: its work counts in the stage's health (not an empty rollup).
    expect({ health: answer.data.health, progress: answer.data.progress }).toEqual({
      health: 'on-track',
      progress: 0,
    });
    expect(answer.data.painPoints.map((pain) => pain.id)).toEqual(['pp-card']);
    expect(answer.data.kpis).toEqual([
      {
        id: 'kpi-conv',
        name: 'Conversion',
        unit: '%',
        direction: 'increase',
        target: 40,
        current: 30,
        attainment: 0.5,
      },
    ]);
    expect(
      answer.data.issues.map((issue) => [issue.key, issue.status, issue.assignee?.displayName]),
    ).toEqual([['SHOP-2', 'in-progress', 'Bo']]);
    expect(jira.violations).toEqual([]);
  });

  it('builds the project board: phases as columns, stage health, issues under pain points, JQL', async () => {
    await importSample();
    await call(fromIssue, 'linkIssue', {
      mapId: 'map-checkout',
      stageId: 'st-cart',
      painPointId: 'pp-fees',
    });
    const answer = await call(fromBoard, 'getJourneyBoard', { asOf: '2026-12-01' });
    expect(answer.ok).toBe(true);
    if (!answer.ok) return;
    const [journey] = answer.data.journeys;
    expect(
      journey?.columns.map((column) => [
        column.phaseName,
        column.stages.map((stage) => stage.name),
      ]),
    ).toEqual([
      ['Before', ['Browse']],
      ['During', ['Cart', 'Pay']],
    ]);
    const [cart, pay] = journey?.columns[1]?.stages ?? [];
    expect(cart?.painPoints).toEqual([
      expect.objectContaining({
        id: 'pp-fees',
        unaddressed: false,
        issues: [expect.objectContaining({ key: 'SHOP-1', status: 'todo' })],
      }),
    ]);
    expect(cart?.issues.map((issue) => issue.key)).toEqual(['SHOP-3']);
    expect(
      pay?.painPoints[0]?.issues.map((issue) => [issue.key, issue.assignee?.displayName]),
    ).toEqual([['SHOP-2', 'Bo']]);
    // One stage of one map, also for links written before `stageRefs` (matched by both ids).
    expect(pay?.jql).toBe(
      '(issue.property[throughline-links].stageRefs = "map-checkout/st-pay" OR (issue.property[throughline-links].stageRefs IS EMPTY AND issue.property[throughline-links].mapIds = "map-checkout" AND issue.property[throughline-links].stageIds = "st-pay"))',
    );
    expect(cart?.counts).toMatchObject({ todo: 1, done: 1, total: 2 });
    expect(journey?.columns[0]?.stages[0]?.health).toBe('none');
    const searches = jira.requests.filter((request) =>
      request.path.startsWith('/rest/api/3/search/jql'),
    );
    expect(searches).toHaveLength(1);
    expect(searches[0]?.body).toMatchObject({ reconcileIssues: [10001] });
    expect(jira.violations).toEqual([]);
  });

  it('lists journeys for the pickers', async () => {
    await importSample();
    const answer = await call(fromIssue, 'listJourneys', {});
    expect(answer.ok && answer.data.journeys.map((journey) => journey.title)).toEqual(['Checkout']);
    expect(answer.ok && answer.data.projectJourneyIds).toEqual(['map-checkout']);
  });
});
