// The portfolio service in headless Chromium: the real Linear client over the msw fake of Linear's
// API, state in PGlite, a week of daily snapshots; journeys, a stage's projects and the trend on the
// page, a hostile project name as text, a webhook's change shown, and all of it kept over a restart.
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createLinearGraphQLFake } from '@throughline/platform-fakes';
import { setupServer } from 'msw/node';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLinearClient } from '../../../apps/linear/src/client/linear-client';
import { linearSchema } from '../../../apps/linear/src/client/linear-fake.test-support';
import { perCallClient } from '../../../apps/linear/src/service/per-call-client';
import { createService, listen, type Service } from '../../../apps/linear/src/service/service';
import {
  projectChanged,
  signedDelivery,
  WEBHOOK_SECRET,
} from '../../../apps/linear/src/service/service.test-support';
import { openStore } from '../../../apps/linear/src/store/open-store';
import type { SqlStore } from '../../../apps/linear/src/store/sql-store';
import { type LaunchedBrowser, launchBrowser } from '../browser';
import { HOSTILE_NAME, LINEAR_SEED } from './linear-seed';

const TIMEOUT = 60_000;
const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));
/** Git-ignored (`.throughline-out/`): the pictures are looked at, not committed. */
const ARTIFACTS = join(repoRoot, '.throughline-out', 'e2e', 'linear-service');

const API_URL = 'https://linear.fake-e2e/graphql';
const API_KEY = 'lin_api_e2e';
const DAYS = [
  '2026-11-25',
  '2026-11-26',
  '2026-11-27',
  '2026-11-28',
  '2026-11-29',
  '2026-11-30',
  '2026-12-01',
];
const STAGES = 5;

const fake = createLinearGraphQLFake({
  schema: linearSchema,
  apiUrl: API_URL,
  apiKey: API_KEY,
  seed: LINEAR_SEED,
});
// Only the service's own calls to Linear are answered by the fake; the page and webhooks go over loopback.
const msw = setupServer(...fake.handlers);

interface Running {
  store: SqlStore;
  service: Service;
  url: string;
  close(): Promise<void>;
}

let dataDir: string;
let today = DAYS[0] ?? '';
let browser: LaunchedBrowser;
let running: Running;

async function startService(reconcileAtStart: boolean): Promise<Running> {
  const store = await openStore({ dataDir });
  const service = await createService({
    store,
    client: perCallClient(() => createLinearClient({ apiKey: API_KEY, apiUrl: API_URL })),
    webhookSecret: WEBHOOK_SECRET,
    log: () => undefined,
    reconcileAtStart,
    now: () => new Date(`${today}T12:00:00Z`),
    // Noon UTC is another day in some zones: the seeded week is in UTC days.
    timeZone: 'UTC',
  });
  await service.refresher.idle();
  const server = await listen(service.app, 0, '127.0.0.1');
  return {
    store,
    service,
    url: server.url,
    async close() {
      await server.close();
      await service.stop();
      await store.close();
    },
  };
}

function project(id: string) {
  const found = fake.workspace.projects.get(id);
  if (!found) throw new Error(`${id} is seeded`);
  return found;
}

async function openPage(name: string): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(`${running.url}/`);
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });
  return page;
}

beforeAll(async () => {
  msw.listen({ onUnhandledRequest: 'bypass' });
  await mkdir(ARTIFACTS, { recursive: true });
  dataDir = await mkdtemp(join(tmpdir(), 'throughline-linear-e2e-'));
  running = await startService(true);
  // A week of reconciles, the welcome tour slipping from on track to at risk to overdue.
  for (const [index, day] of DAYS.entries()) {
    today = day;
    if (index === 3) project('project-tour').health = 'atRisk';
    if (index === 5) project('project-tour').targetDate = '2026-11-29';
    running.service.refresher.reconcile();
    await running.service.refresher.idle();
  }
  browser = await launchBrowser({ viewport: { width: 1200, height: 900 } });
}, TIMEOUT);

afterAll(async () => {
  await browser?.close();
  await running?.close();
  msw.close();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

describe('the Linear portfolio page', () => {
  it('shows each journey with its stages, their projects and a week of health', {
    timeout: TIMEOUT,
  }, async () => {
    const page = await openPage('portfolio');
    const titles = await page.locator('section.journey h2').allTextContents();
    expect(titles.map((title) => title.split(' ')[0]).sort()).toEqual(['Checkout', 'Onboarding']);
    const onboarding = page.locator('section.journey', {
      has: page.locator('h2', { hasText: 'Onboarding' }),
    });
    await expect(onboarding.locator('h2').textContent()).resolves.toContain(
      'Off track 52% done · 3 projects · 1 overdue',
    );
    const signUp = page.locator('article.stage', {
      has: page.locator('h3', { hasText: 'Sign-up' }),
    });
    await expect(signUp.locator('ul.projects li a').allTextContents()).resolves.toEqual([
      'Shorter sign-up form',
      'Sign in with Google',
    ]);
    await expect(signUp.locator('.badge').textContent()).resolves.toBe('At risk');
    const activation = page.locator('article.stage', {
      has: page.locator('h3', { hasText: 'Activation' }),
    });
    await expect(activation.textContent()).resolves.toContain('1 overdue');
    const firstValue = page.locator('article.stage', {
      has: page.locator('h3', { hasText: 'First value' }),
    });
    await expect(firstValue.textContent()).resolves.toContain('No projects on this stage yet');

    // One cell per stage and day; the tour's stage reads on track, at risk, then off track.
    expect(await page.locator('rect.trend-cell').count()).toBe(STAGES * DAYS.length);
    const onboardingCells = onboarding.locator('svg rect.trend-cell');
    const healths = await onboardingCells.evaluateAll((cells) =>
      cells.map((cell) => cell.getAttribute('data-health')),
    );
    expect(healths.slice(DAYS.length, 2 * DAYS.length)).toEqual([
      'onTrack',
      'onTrack',
      'onTrack',
      'atRisk',
      'atRisk',
      'offTrack',
      'offTrack',
    ]);
    await expect(page.locator('text=Billing clean-up').count()).resolves.toBe(1);
    await page.close();
  });

  it('renders a hostile project name as text and runs nothing', { timeout: TIMEOUT }, async () => {
    const page = await openPage('portfolio-hostile');
    const basket = page.locator('article.stage', {
      has: page.locator('h3', { hasText: 'Basket' }),
    });
    await expect(basket.locator('ul.projects li a').textContent()).resolves.toBe(HOSTILE_NAME);
    expect(await page.locator('script').count()).toBe(0);
    expect(await page.locator('main img').count()).toBe(0);
    expect(await page.evaluate(() => (window as { pwned?: unknown }).pwned)).toBeUndefined();
    await page.close();
  });

  it('shows a webhook change once the project is refetched, and keeps it all over a restart', {
    timeout: TIMEOUT,
  }, async () => {
    project('project-wallets').health = 'offTrack';
    const delivery = signedDelivery(projectChanged('project-wallets'));
    const answer = await fetch(`${running.url}/webhooks/linear`, {
      method: 'POST',
      headers: delivery.headers,
      body: delivery.body,
    });
    expect(answer.status).toBe(200);
    await running.service.refresher.idle();
    const before = await openPage('portfolio-after-webhook');
    const payment = before.locator('article.stage', {
      has: before.locator('h3', { hasText: 'Payment' }),
    });
    await expect(payment.locator('.badge').textContent()).resolves.toBe('Off track');
    const cellsBefore = await before.locator('rect.trend-cell').count();
    await before.close();

    await running.close();
    running = await startService(false);
    const after = await openPage('portfolio-after-restart');
    expect(await after.locator('rect.trend-cell').count()).toBe(cellsBefore);
    const paymentAfter = after.locator('article.stage', {
      has: after.locator('h3', { hasText: 'Payment' }),
    });
    await expect(paymentAfter.locator('.badge').textContent()).resolves.toBe('Off track');
    await after.close();
    expect(fake.violations).toEqual([]);
  });
});
