// A Custom UI resource as a test drives it: the Forge host set up before the page loads, the resolvers
// exposed to it, and the waits and reads the tests share.
import type { Page } from 'playwright-core';
import type { UiResource } from '../../../apps/jira/vite.config';
import type { LaunchedBrowser } from '../browser';
import type { BridgeHost, BridgeWindow, ColorMode, PageContext } from './bridge-host';
import type { JiraUiServer } from './jira-ui-server';

/** The real resolvers in this process, called with the page's Forge context (never the page's word). */
export type Backend = (
  functionKey: string,
  payload: unknown,
  context: PageContext,
) => Promise<unknown>;

export interface UiPage {
  page: Page;
  /** Uncaught errors and console errors in the page: a test fails on any. */
  errors: string[];
  /** Every resolver call the page made, in order. */
  calls: string[];
}

export interface OpenOptions {
  context: PageContext;
  colorMode?: ColorMode;
  viewport?: { width: number; height: number };
}

export async function openResource(
  browser: LaunchedBrowser,
  server: JiraUiServer,
  backend: Backend,
  resource: UiResource,
  options: OpenOptions,
): Promise<UiPage> {
  const page = await browser.context.newPage();
  if (options.viewport) await page.setViewportSize(options.viewport);
  const errors: string[] = [];
  const calls: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const host: BridgeHost = { context: options.context, colorMode: options.colorMode ?? 'light' };
  await page.exposeFunction(
    '__throughlineInvoke',
    async (functionKey: string, payloadJson: string) => {
      calls.push(functionKey);
      return JSON.stringify(await backend(functionKey, JSON.parse(payloadJson), host.context));
    },
  );
  // Passed as text: playwright's types for a structured argument recurse too deep.
  await page.addInitScript((state: string) => {
    (window as Window & BridgeWindow).__throughlineHost = JSON.parse(state);
  }, JSON.stringify(host));
  await page.goto(server.url(resource));
  return { page, errors, calls };
}

/** Waits until no spinner of ours is left on the page. */
export async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => document.querySelector('[data-testid="loading"]') === null);
}

/** Picks an option of an Atlaskit select by typing part of its label (the selects are searchable). */
export async function pick(page: Page, inputId: string, text: string): Promise<void> {
  const input = page.locator(`#${inputId}`);
  await input.fill(text);
  await page.locator('[role="option"]', { hasText: text }).first().waitFor();
  await input.press('Enter');
}

/** Picks an option of a select that takes no typing (a short fixed list) from its open menu. */
export async function choose(page: Page, inputId: string, text: string): Promise<void> {
  await page.locator(`#${inputId}`).focus();
  await page.keyboard.press('ArrowDown');
  await page.locator('[role="option"]', { hasText: text }).first().click();
}

export function openedUrls(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as Window & BridgeWindow).__throughlineOpened ?? []);
}

/** The colour mode on <html> and the page's computed background, to tell dark surfaces from light. */
export function themeOf(page: Page): Promise<{ colorMode: string | null; surface: string }> {
  return page.evaluate(() => ({
    colorMode: document.documentElement.getAttribute('data-color-mode'),
    surface: getComputedStyle(document.documentElement).getPropertyValue('--ds-surface').trim(),
  }));
}
