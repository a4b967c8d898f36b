// The Jira app's Custom UI in headless Chromium over the real resolvers: @forge/bridge is a test double
// that forwards every invoke to the resolvers in this process (Jira and Forge storage served by the
// platform fakes), with the Forge context set here, never by the page.
import { fileURLToPath } from 'node:url';
import { serializeMap } from '@throughline/journey-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { backendHarness, invoker } from '../../../apps/jira/src/backend/backend.test-support';
import { resolver } from '../../../apps/jira/src/backend/index';
import { MODULE_KEYS } from '../../../apps/jira/src/backend/resolvers/module-access';
import { RESOLVER_KEYS, type ResolverKey } from '../../../apps/jira/src/contract/resolver-contract';
import type { UiResource } from '../../../apps/jira/vite.config';
import { type LaunchedBrowser, launchBrowser } from '../browser';
import type { ColorMode, PageContext } from './bridge-host';
import {
  CHECKOUT,
  EDITOR,
  ISSUES,
  LINKED_ISSUE,
  ONBOARDING,
  OPEN_ISSUE,
  PROJECT,
  USERS,
  VIEWER,
} from './jira-seed';
import {
  type Backend,
  choose,
  openedUrls,
  openResource,
  pick,
  settled,
  themeOf,
  type UiPage,
} from './jira-ui-page';
import { type JiraUiServer, startJiraUiServer } from './jira-ui-server';

const TIMEOUT = 30_000;
const LINKS = 'throughline-links';

const { jira, kvs, forge } = backendHarness({
  issues: ISSUES,
  users: USERS,
  projects: [PROJECT],
  accountId: EDITOR,
});
const invoke = invoker(resolver, {});

const backend: Backend = (functionKey, payload, context) => {
  if (!(RESOLVER_KEYS as readonly string[]).includes(functionKey)) {
    return Promise.reject(new Error(`no resolver is named ${functionKey}`));
  }
  forge.setAccountId(context.accountId);
  return invoke(functionKey as ResolverKey, payload, {
    moduleKey: context.moduleKey,
    accountId: context.accountId,
    ...(context.issue ? { issue: context.issue } : {}),
    ...(context.project ? { project: context.project } : {}),
  });
};

const panelOn = (issue: { id: string; key: string }, accountId = EDITOR): PageContext => ({
  accountId,
  moduleKey: MODULE_KEYS.issuePanel,
  issue,
  project: PROJECT,
});
const boardContext: PageContext = {
  accountId: EDITOR,
  moduleKey: MODULE_KEYS.journeyBoard,
  project: PROJECT,
};
const settingsContext: PageContext = {
  accountId: EDITOR,
  moduleKey: MODULE_KEYS.settings,
  project: PROJECT,
};

let browser: LaunchedBrowser;
let server: JiraUiServer;
const opened: UiPage[] = [];

beforeAll(async () => {
  [server, browser] = await Promise.all([startJiraUiServer(), launchBrowser()]);
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

beforeEach(async () => {
  // Each test starts from the seeded site: the issues' links as seeded, the two maps imported.
  for (const seed of ISSUES) {
    const issue = jira.issue(seed.key);
    if (!issue) throw new Error(`seed issue ${seed.key} is missing`);
    issue.properties.clear();
    for (const [key, value] of Object.entries(seed.properties ?? {})) {
      issue.properties.set(key, structuredClone(value));
    }
  }
  jira.catchUpIndex();
  for (const map of [CHECKOUT, ONBOARDING]) {
    const answer = await backend('importMap', { text: serializeMap(map) }, settingsContext);
    expect(answer).toMatchObject({ ok: true, data: { outcome: 'stored' } });
  }
  forge.setAccountId(EDITOR);
});

afterEach(async () => {
  for (const ui of opened.splice(0)) {
    expect(ui.errors).toEqual([]);
    await ui.page.close();
  }
  expect(jira.violations).toEqual([]);
});

async function open(
  resource: UiResource,
  context: PageContext,
  colorMode: ColorMode = 'light',
  viewport?: { width: number; height: number },
): Promise<UiPage> {
  const ui = await openResource(browser, server, backend, resource, {
    context,
    colorMode,
    ...(viewport ? { viewport } : {}),
  });
  opened.push(ui);
  await ui.page.waitForSelector(
    `[data-testid="${resource}"], [data-testid="issue-context"], [data-testid="settings-page"], [data-testid="error"], [data-testid="empty"]`,
  );
  await settled(ui.page);
  return ui;
}

const screenshots = process.env.THROUGHLINE_SCREENSHOTS === '1';
const docs = (name: string) =>
  fileURLToPath(new URL(`../../../apps/jira/docs/${name}`, import.meta.url));

async function keep(ui: UiPage, name: string): Promise<void> {
  if (!screenshots) return;
  // Fonts, avatars and lozenges settle; the screenshot should not catch a half-drawn frame.
  await ui.page.waitForTimeout(300);
  await ui.page.screenshot({ path: docs(name), fullPage: true });
}

const linksOf = (key: string) =>
  jira.issue(key)?.properties.get(LINKS) as { links: unknown[] } | undefined;

async function linkFromPanel(ui: UiPage): Promise<void> {
  const { page } = ui;
  await pick(page, 'journey-select', 'Checkout');
  await pick(page, 'stage-select', 'Pay');
  await page.locator('[data-testid="stage-context"]').waitFor();
  await pick(page, 'pain-point-select', 'Card form');
}

describe('the issue panel', () => {
  it(
    'links the issue to a stage and pain point, and the board shows it with its status',
    async () => {
      const panel = await open('issue-panel', panelOn(OPEN_ISSUE), 'light', {
        width: 420,
        height: 1100,
      });
      const { page } = panel;
      await expect(page.getByTestId('no-links').textContent()).resolves.toContain('Not linked');
      await linkFromPanel(panel);
      // The stage's context: its pain points, its KPI and the other issue already on it.
      const context = page.getByTestId('stage-context');
      await expect(context.textContent()).resolves.toContain('Bank check times out');
      await expect(context.getByTestId('stage-kpi').textContent()).resolves.toContain('Conversion');
      await expect(context.getByTestId('issue-SHOP-2').textContent()).resolves.toContain(
        'In Review',
      );

      await page.getByTestId('link-button').click();
      await page.getByTestId('current-link').waitFor();
      await expect(page.getByTestId('current-link').textContent()).resolves.toContain(
        'Checkout › Pay',
      );
      await expect(page.getByTestId('current-link').textContent()).resolves.toContain(
        'Card form rejects spaces',
      );
      expect(linksOf(OPEN_ISSUE.key)).toMatchObject({
        links: [{ mapId: 'map-checkout', stageId: 'st-pay', painPointId: 'pp-card' }],
        painPointIds: ['pp-card'],
      });
      // The browser never named the issue: the resolver took it from the Forge context.
      expect(panel.calls).toContain('linkIssue');
      await keep(panel, 'issue-panel-light.png');

      const board = await open('journey-board', boardContext, 'light', {
        width: 1440,
        height: 1000,
      });
      const painPoint = board.page.getByTestId('pain-point-pp-card');
      await expect(
        painPoint.getByTestId(`issue-${OPEN_ISSUE.key}`).textContent(),
      ).resolves.toContain('To Do');
      await expect(painPoint.getByTestId('issue-SHOP-2').textContent()).resolves.toContain(
        'In Review',
      );
      // Unaddressed pain points are called out, per stage and for the journey.
      await expect(
        board.page.getByTestId('pain-point-pp-3ds').getByTestId('unaddressed').count(),
      ).resolves.toBe(1);
      await expect(
        board.page
          .getByTestId('journey-map-checkout')
          .getByTestId('unaddressed-pain-points')
          .textContent(),
      ).resolves.toContain('Bank check times out');
      await keep(board, 'journey-board-light.png');
      await board.page.getByTestId('stage-st-pay').getByTestId('open-in-search').click();
      const urls = await openedUrls(board.page);
      expect(urls).toHaveLength(1);
      const jql = new URL(urls[0] ?? '', 'https://site.example').searchParams.get('jql');
      expect(jql).toContain('st-pay');
    },
    TIMEOUT * 2,
  );

  it(
    'unlinks the issue from a stage',
    async () => {
      const { page } = await open('issue-panel', panelOn(LINKED_ISSUE));
      await expect(page.getByTestId('current-link').textContent()).resolves.toContain(
        'Checkout › Browse',
      );
      await page.getByTestId('unlink-button').click();
      await page.getByTestId('no-links').waitFor();
      expect(linksOf(LINKED_ISSUE.key)?.links ?? []).toEqual([]);
    },
    TIMEOUT,
  );

  it(
    'tells a user without edit permission why nothing was linked, keeps the choice and changes nothing',
    async () => {
      const { page } = await open('issue-panel', panelOn(OPEN_ISSUE, VIEWER));
      await pick(page, 'journey-select', 'Checkout');
      await pick(page, 'stage-select', 'Pay');
      // From the keyboard: Tab from the last select reaches the link button, Enter presses it.
      await page.locator('#pain-point-select').focus();
      await page.keyboard.press('Tab');
      await expect(
        page.evaluate(() => document.activeElement?.getAttribute('data-testid')),
      ).resolves.toBe('link-button');
      await page.keyboard.press('Enter');
      const error = page.getByTestId('inline-error');
      await error.waitFor();
      await expect(error.textContent()).resolves.toMatch(/not linked/i);
      // The choice is still there to try again once the permission is granted.
      await expect(page.getByTestId('link-form').textContent()).resolves.toContain('Checkout');
      await expect(page.getByTestId('link-form').textContent()).resolves.toContain('Pay');
      await expect(page.getByTestId('link-button').isEnabled()).resolves.toBe(true);
      expect(linksOf(OPEN_ISSUE.key)).toBeUndefined();
      expect(jira.writes()).toEqual([]);
    },
    TIMEOUT,
  );

  it(
    'follows Jira into the dark theme: data-color-mode and dark surfaces from the tokens',
    async () => {
      const panel = await open('issue-panel', panelOn(LINKED_ISSUE), 'dark', {
        width: 420,
        height: 1000,
      });
      // A choice in progress: the pickers filled, the chosen stage's context below them.
      await linkFromPanel(panel);
      await settled(panel.page);
      const theme = await themeOf(panel.page);
      expect(theme.colorMode).toBe('dark');
      expect(isDark(theme.surface)).toBe(true);
      await keep(panel, 'issue-panel-dark.png');

      const board = await open('journey-board', boardContext, 'dark', {
        width: 1440,
        height: 1000,
      });
      expect((await themeOf(board.page)).colorMode).toBe('dark');
      await keep(board, 'journey-board-dark.png');
    },
    TIMEOUT,
  );

  it(
    'shows the light theme by default with light surfaces',
    async () => {
      const panel = await open('issue-panel', panelOn(OPEN_ISSUE));
      const theme = await themeOf(panel.page);
      expect(theme.colorMode).toBe('light');
      expect(isDark(theme.surface)).toBe(false);
    },
    TIMEOUT,
  );
});

describe('the issue context', () => {
  const REVIEWED = { id: '10002', key: 'SHOP-2' };
  const contextOn = (issue: { id: string; key: string }): PageContext => ({
    ...panelOn(issue),
    moduleKey: MODULE_KEYS.issueContext,
  });

  it(
    'shows each linked stage at a look, with its health, progress and pain point, and no form',
    async () => {
      // A second stage for the issue, linked from the panel, so the glance shows two rows.
      const linked = await backend(
        'linkIssue',
        { mapId: 'map-checkout', stageId: 'st-cart' },
        panelOn(REVIEWED),
      );
      expect(linked).toMatchObject({ ok: true });
      const ui = await open('issue-panel', contextOn(REVIEWED), 'light', {
        width: 360,
        height: 240,
      });
      const { page } = ui;
      await page.waitForFunction(
        () => document.querySelectorAll('[data-testid="glance-progress"]').length === 2,
      );
      const [pay, cart] = await page.getByTestId('stage-glance').all();
      if (!pay || !cart) throw new Error('expected two stage rows');
      await expect(pay.textContent()).resolves.toContain('Checkout › Pay');
      await expect(pay.getByTestId('glance-pain-point').textContent()).resolves.toContain(
        'Card form rejects spaces',
      );
      await expect(pay.getByTestId('health-on-track').count()).resolves.toBe(1);
      await expect(pay.getByTestId('glance-progress').textContent()).resolves.toBe('0% done');
      await expect(cart.textContent()).resolves.toContain('Checkout › Cart');
      await expect(cart.getByTestId('glance-pain-point').count()).resolves.toBe(0);
      // Read-only: no picker, no link or unlink button, and only reads went to the resolvers.
      await expect(page.locator('input, select, textarea, button').count()).resolves.toBe(0);
      expect(new Set(ui.calls)).toEqual(new Set(['getIssueLinks', 'getStageContext']));
      await keep(ui, 'issue-context.png');
    },
    TIMEOUT,
  );

  it(
    'says where to link an issue that is on no stage',
    async () => {
      const { page, calls } = await open('issue-panel', contextOn(OPEN_ISSUE));
      await expect(page.getByTestId('empty').textContent()).resolves.toBe(
        'Not linked to a journey stage — link it in the Throughline panel.',
      );
      // React's StrictMode runs the effect twice in development: the same read, nothing else.
      expect(new Set(calls)).toEqual(new Set(['getIssueLinks']));
    },
    TIMEOUT,
  );
});

describe('the journey board', () => {
  it(
    'says what to do next when the project has no journeys',
    async () => {
      await backend('setProjectJourneys', { mapIds: [] }, settingsContext);
      const { page } = await open('journey-board', boardContext);
      await expect(page.getByTestId('empty').textContent()).resolves.toContain('Project settings');
    },
    TIMEOUT,
  );

  it(
    'shows why it could not load, with a retry that loads it once storage answers again',
    async () => {
      kvs.failWhen(() => true);
      const { page } = await open('journey-board', boardContext);
      const error = page.getByTestId('error');
      await expect(error.textContent()).resolves.toContain('could not be loaded');
      kvs.clearFailures();
      await error.getByRole('button', { name: 'Try again' }).click();
      await page.getByTestId('journey-map-checkout').waitFor();
    },
    TIMEOUT,
  );
});

describe('the settings page', () => {
  it(
    "shows a broken map file's diagnostics (path and message) and keeps the file chosen",
    async () => {
      const ui = await open('settings', settingsContext, 'light', { width: 1024, height: 1400 });
      const { page } = ui;
      const broken = JSON.parse(serializeMap(CHECKOUT)) as Record<string, unknown> & {
        painPoints: Record<string, unknown>[];
      };
      broken.painPoints[0] = { ...broken.painPoints[0], stageId: 'st-missing' };
      await page.getByTestId('map-file').setInputFiles({
        name: 'checkout-broken.map.json',
        mimeType: 'application/json',
        buffer: Buffer.from(JSON.stringify(broken)),
      });
      await expect(page.getByTestId('chosen-file').textContent()).resolves.toContain(
        'checkout-broken.map.json',
      );
      await page.getByTestId('import-button').click();
      const invalid = page.getByTestId('import-invalid');
      await invalid.waitFor();
      const error = invalid.getByTestId('diagnostic-error').first();
      await expect(error.textContent()).resolves.toContain('painPoints[0]');
      // The file stays chosen: fixing nothing and pressing Import again sends it again.
      await expect(page.getByTestId('chosen-file').textContent()).resolves.toContain(
        'checkout-broken.map.json',
      );
      await expect(
        page.getByTestId('map-file').evaluate((input: HTMLInputElement) => input.files?.length),
      ).resolves.toBe(1);
      await expect(page.getByTestId('import-button').isEnabled()).resolves.toBe(true);
      // Nothing was stored: the stored map still has the pain point on its stage.
      const stored = await backend('listJourneys', { scope: 'all' }, settingsContext);
      expect(JSON.stringify(stored)).not.toContain('st-missing');
    },
    TIMEOUT,
  );

  it(
    're-imports a map into the stored one and shows the merge report',
    async () => {
      const ui = await open('settings', settingsContext, 'light', { width: 1024, height: 1600 });
      const { page } = ui;
      const next = JSON.parse(serializeMap(CHECKOUT)) as Record<string, unknown> & {
        stages: unknown[];
      };
      next.stages = [...next.stages, { id: 'st-return', key: 'return', name: 'Return an item' }];
      await page.getByTestId('map-file').setInputFiles({
        name: 'checkout.map.json',
        mimeType: 'application/json',
        buffer: Buffer.from(JSON.stringify(next)),
      });
      await page.getByTestId('import-button').click();
      await page.getByTestId('import-stored').waitFor();
      await expect(page.getByTestId('merge-report').textContent()).resolves.toContain('1 added');
      await keep(ui, 'settings.png');
    },
    TIMEOUT,
  );

  it(
    'renames a stage and scores a pain point, and keeps what was typed when a save is refused',
    async () => {
      const { page } = await open('settings', settingsContext, 'light', {
        width: 1024,
        height: 1600,
      });
      const name = page.locator('#stage-name-st-browse');
      await name.fill('Browse the shop');
      await page.getByTestId('stage-row-st-browse').getByRole('button', { name: 'Save' }).click();
      await page.getByTestId('stage-row-st-browse').getByText('Saved').waitFor();
      const journeys = await backend('listJourneys', { scope: 'all' }, settingsContext);
      expect(JSON.stringify(journeys)).toContain('Browse the shop');

      // An empty name is refused by the contract; the field keeps what was typed beside the error.
      await name.fill('   ');
      await page.getByTestId('stage-row-st-browse').getByRole('button', { name: 'Save' }).click();
      await page.getByTestId('stage-row-st-browse').getByTestId('inline-error').waitFor();
      await expect(name.inputValue()).resolves.toBe('   ');

      const reach = page.locator('#reach-pp-where');
      await choose(page, 'severity-pp-where', '5 · critical');
      await reach.fill('35');
      await page.getByTestId('pain-row-pp-where').getByRole('button', { name: 'Save' }).click();
      await page.getByTestId('pain-row-pp-where').getByText('Saved').waitFor();
      const after = (await backend('listJourneys', { scope: 'all' }, settingsContext)) as {
        data: { journeys: { painPoints: { id: string; severity?: number; reach?: number }[] }[] };
      };
      const scored = after.data.journeys
        .flatMap((journey) => journey.painPoints)
        .find((entry) => entry.id === 'pp-where');
      expect(scored).toMatchObject({ severity: 5, reach: 0.35 });
    },
    TIMEOUT,
  );
});

/** `#1F1F21` and the like: a surface colour is dark when its channels average below the middle. */
function isDark(color: string): boolean {
  const hex = color.match(/^#([0-9a-f]{6})$/i)?.[1];
  if (!hex) throw new Error(`not a hex colour: ${color}`);
  const channels = [0, 2, 4].map((index) => Number.parseInt(hex.slice(index, index + 2), 16));
  return channels.reduce((sum, value) => sum + value, 0) / 3 < 128;
}
