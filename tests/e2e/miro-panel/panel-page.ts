// The panel as a test drives it: open the harness on a board, click through, read the grid back.
import type { Frame, Page } from 'playwright-core';
import type { LaunchedBrowser } from '../browser';
import type { BoardState } from './install-fake';
import type { BoardName } from './workshop-boards';

export interface GridCardView {
  id: string;
  text: string;
  unsure: boolean;
  title: string | null;
}

export interface GridView {
  stages: { id: string; name: string }[];
  lanes: { id: string; name: string; kind: string }[];
  cells: { stageId: string; laneId: string; cards: GridCardView[] }[];
}

export interface OpenOptions {
  board?: BoardName;
  /** Items selected on the board when the panel opens. */
  select?: readonly string[];
  /** The board as an earlier page left it (saved map and all). */
  reopen?: BoardState;
}

export interface PanelPage {
  page: Page;
  /** Uncaught errors in the page: a test fails on any. */
  errors: string[];
}

export async function openPanel(
  browser: LaunchedBrowser,
  harnessUrl: string,
  options: OpenOptions = {},
): Promise<PanelPage> {
  const page = await browser.context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  if (options.reopen) {
    // Passed as text: playwright's types for a structured argument recurse too deep on `Json`.
    await page.addInitScript((state: string) => {
      window.__reopen = JSON.parse(state);
    }, JSON.stringify(options.reopen));
  }
  const query = new URLSearchParams({ board: options.board ?? 'workshop' });
  if (options.select) query.set('select', options.select.join(','));
  await page.goto(`${harnessUrl}?${query}`);
  await page.waitForSelector('#panel[data-ready="true"]');
  return { page, errors };
}

/** Clicks an action button and waits for the status line to settle on one of `settled`. */
export async function runAction(
  page: Page,
  action: string,
  settled: readonly string[] = ['success'],
): Promise<{ status: string; text: string; code: string | null }> {
  await page.click(`[data-action="${action}"]`);
  const status = page.locator('[role="status"]');
  await page.waitForFunction((kinds) => {
    const element = document.querySelector<HTMLElement>('[role="status"]');
    return element !== null && kinds.includes(element.dataset.status ?? '');
  }, settled);
  return {
    status: (await status.getAttribute('data-status')) ?? '',
    text: (await status.textContent()) ?? '',
    code: await status.getAttribute('data-code'),
  };
}

/** The grid of the panel page, or of the review page in the modal's frame. */
export function readGrid(page: Page | Frame): Promise<GridView> {
  return page.evaluate(() => {
    const text = (element: Element | null) => element?.textContent ?? '';
    const value = (element: Element | null) =>
      element instanceof HTMLInputElement || element instanceof HTMLSelectElement
        ? element.value
        : '';
    const stages = [
      ...document.querySelectorAll<HTMLElement>('.grid-table thead th[data-stage-id]'),
    ].map((th) => ({ id: th.dataset.stageId ?? '', name: value(th.querySelector('input')) }));
    const lanes = [
      ...document.querySelectorAll<HTMLElement>('.grid-table tbody th[data-lane-id]'),
    ].map((th) => ({
      id: th.dataset.laneId ?? '',
      name: value(th.querySelector('input')),
      kind: value(th.querySelector('select')),
    }));
    const cells = [...document.querySelectorAll<HTMLElement>('.grid-table td.cell')].map((td) => ({
      stageId: td.dataset.stageId ?? '',
      laneId: td.dataset.laneId ?? '',
      cards: [...td.querySelectorAll<HTMLElement>('li.card')].map((li) => ({
        id: li.dataset.itemId ?? '',
        text: text(li.querySelector('.card-button')),
        unsure: li.classList.contains('card--unsure'),
        title: li.getAttribute('title'),
      })),
    }));
    return { stages, lanes, cells };
  });
}

/** The card texts in the cell of the stage and lane with these names. */
export function cardsIn(grid: GridView, stageName: string, laneName: string): string[] {
  const stage = grid.stages.find((entry) => entry.name === stageName);
  const lane = grid.lanes.find((entry) => entry.name === laneName);
  const cell = grid.cells.find((entry) => entry.stageId === stage?.id && entry.laneId === lane?.id);
  return cell ? cell.cards.map((card) => card.text) : [];
}

export function allCards(grid: GridView): GridCardView[] {
  return grid.cells.flatMap((cell) => cell.cards);
}
