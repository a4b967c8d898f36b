// The Miro panel in headless Chromium over the fake `miro` global: convert a workshop board,
// correct it, score it, regroup its phases, save, re-convert, export, draw, review a wide map in
// the larger view (a modal), and survive a board of hostile stickies.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { CURRENT_SCHEMA_VERSION } from '@throughline/journey-core';
import type { Frame, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type LaunchedBrowser, launchBrowser } from '../browser';
import type { BoardState } from './install-fake';
import { allCards, cardsIn, openPanel, type PanelPage, readGrid, runAction } from './panel-page';
import { type PanelServer, startPanelServer } from './panel-server';
import {
  HOSTILE_TEXTS,
  LANES,
  STAGES,
  UNPLACED_CARD,
  UNSURE_CARD,
  WIDE_LANES,
  WIDE_OPPORTUNITIES,
  WIDE_PAIN_POINTS,
  WIDE_STAGES,
  WORKSHOP_CARDS,
  WORKSHOP_FRAME_ID,
} from './workshop-boards';

const TIMEOUT = 20_000;

let browser: LaunchedBrowser;
let server: PanelServer;
const opened: PanelPage[] = [];

beforeAll(async () => {
  [server, browser] = await Promise.all([startPanelServer(), launchBrowser()]);
}, 30_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

afterEach(async () => {
  for (const panel of opened.splice(0)) {
    expect(panel.errors).toEqual([]);
    await panel.page.close();
  }
});

async function open(options: Parameters<typeof openPanel>[2] = {}): Promise<PanelPage> {
  const panel = await openPanel(browser, server.harnessUrl, options);
  opened.push(panel);
  return panel;
}

const screenshots = process.env.THROUGHLINE_SCREENSHOTS === '1';
const docs = (name: string) =>
  fileURLToPath(new URL(`../../../apps/miro/docs/${name}`, import.meta.url));

/** The map saved on the board, as the harness's storage holds it (one inline value). */
function storedMap(state: BoardState): Record<string, unknown> & { id: string } {
  const head = state.storage.find(([collection]) => collection === 'throughline-maps')?.[2];
  if (typeof head !== 'object' || head === null || Array.isArray(head) || !('map' in head)) {
    throw new Error('no inline map saved on the board');
  }
  return head.map as Record<string, unknown> & { id: string };
}

/** The board state with the saved map changed by `change`, as if saved so. */
function withSavedMap(
  state: BoardState,
  change: (map: Record<string, unknown>) => Record<string, unknown>,
): BoardState {
  const map = change(structuredClone(storedMap(state)));
  return {
    ...state,
    storage: state.storage.map(([collection, key, value]) =>
      collection === 'throughline-maps'
        ? [collection, key, { format: 'throughline-map', layout: 'inline', map: map as never }]
        : [collection, key, value],
    ),
  };
}

const focusKey = (page: Page | Frame) =>
  page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.focusKey);

/** The workshop frame selected on the board, converted. */
async function converted(): Promise<PanelPage> {
  const panel = await open({ select: [WORKSHOP_FRAME_ID] });
  const result = await runAction(panel.page, 'convert');
  expect(result.text).toMatch(/Converted 9 stickies/);
  return panel;
}

describe('convert', () => {
  it(
    'shows the stages, lanes and cards of the selected frame, unsure and unplaced highlighted',
    async () => {
      const { page } = await converted();
      const grid = await readGrid(page);
      expect(grid.stages.map((stage) => stage.name)).toEqual([...STAGES]);
      expect(grid.lanes.map((lane) => [lane.name, lane.kind])).toEqual([
        ['Actions', 'actions'],
        ['Thoughts', 'thoughts'],
        ['Pain points', 'pain-points'],
      ]);
      for (const card of WORKSHOP_CARDS) {
        expect(cardsIn(grid, STAGES[card.stage], LANES[card.lane])).toContain(card.text);
      }
      expect(cardsIn(grid, 'Sign up', 'Thoughts')).toEqual([UNSURE_CARD.text]);

      const unsure = allCards(grid).filter((card) => card.unsure);
      expect(unsure.map((card) => card.text)).toEqual([UNSURE_CARD.text]);
      expect(unsure[0]?.title).toMatch(/^Unsure placement: \d+ % confidence/);
      const unsureLabel = await page
        .locator('li.card--unsure .card-button')
        .getAttribute('aria-label');
      expect(unsureLabel).toMatch(/Unsure placement/);

      const unplaced = page.locator('.unplaced .unplaced-item');
      await expect.poll(() => unplaced.count()).toBe(1);
      expect(await unplaced.locator('.unplaced-text').textContent()).toBe(UNPLACED_CARD.text);
      expect(await unplaced.locator('.unplaced-reason').textContent()).toMatch(/\S/);
      expect(await page.locator('[data-summary="counts"]').textContent()).toMatch(
        /^8 placed · 1 unsure · 1 unplaced/,
      );

      if (process.env.THROUGHLINE_SCREENSHOTS === '1') {
        await page.screenshot({
          path: fileURLToPath(new URL('../../../apps/miro/docs/panel.png', import.meta.url)),
          fullPage: true,
        });
      }
    },
    TIMEOUT,
  );

  it(
    'says what to do when nothing is selected, or the board has no stickies',
    async () => {
      const workshop = await open();
      const nothing = await runAction(workshop.page, 'convert', ['empty']);
      expect(nothing.text).toMatch(/Nothing is selected/);

      const empty = await open({ board: 'empty' });
      await empty.page.selectOption('#scope', 'board');
      const none = await runAction(empty.page, 'convert', ['empty']);
      expect(none.text).toMatch(/No stickies found in this board/);
      expect(await empty.page.locator('.grid-table').count()).toBe(0);
    },
    TIMEOUT,
  );

  it(
    'shows a typed error when the board cannot be read',
    async () => {
      const { page } = await open({ select: [WORKSHOP_FRAME_ID] });
      await page.evaluate(() => {
        Object.defineProperty(window.miro.board, 'get', {
          value: () => Promise.reject(new Error('Miro answered 503')),
        });
      });
      const failed = await runAction(page, 'convert', ['error']);
      expect(failed.code).toBe('read-failed');
      expect(failed.text).toMatch(/Could not read the board: Miro answered 503/);
    },
    TIMEOUT,
  );
});

describe('correct and save', () => {
  it(
    'moves a card, renames a stage, places an unplaced sticky, saves, and reopens the saved map',
    async () => {
      const { page } = await converted();

      // Keyboard path: pick the card, choose its new cell in the pickers.
      await page.getByRole('button', { name: /^Prices are confusing/ }).click();
      await page.selectOption('#pick-stage', { label: 'Sign up' });
      await page.selectOption('#pick-lane', { label: 'Pain points' });
      await page.click('[data-action="apply-move"]');

      // Rename a stage inline.
      const firstUse = page.getByRole('textbox', { name: 'Stage 3 name' });
      await firstUse.fill('First week');
      await firstUse.press('Enter');

      // Drag the unplaced sticky onto Discover × Thoughts.
      const grid = await readGrid(page);
      const discover = grid.stages[0]?.id ?? '';
      const thoughts = grid.lanes[1]?.id ?? '';
      await page
        .locator('.unplaced-item')
        .dragTo(page.locator(`td.cell[data-stage-id="${discover}"][data-lane-id="${thoughts}"]`));

      const edited = await readGrid(page);
      expect(edited.stages.map((stage) => stage.name)).toEqual([
        'Discover',
        'Sign up',
        'First week',
      ]);
      expect(cardsIn(edited, 'Sign up', 'Pain points')).toEqual([
        'Address lookup fails',
        'Prices are confusing',
      ]);
      expect(cardsIn(edited, 'Discover', 'Thoughts')).toEqual([
        'Is it faster than mine?',
        UNPLACED_CARD.text,
      ]);
      expect(await page.locator('.unplaced-item').count()).toBe(0);

      const saved = await runAction(page, 'save');
      expect(saved.text).toMatch(/^Saved "Broadband onboarding" to this board/);
      const state = await page.evaluate(() => window.__harness.state());
      const stored = JSON.stringify(state.storage);
      expect(stored).toContain('First week');
      expect(stored).toContain('Prices are confusing');
      expect(Object.keys(state.appData).length).toBeGreaterThan(0);
      const linked = state.metadata.map(([itemId]) => itemId);
      expect(linked).toEqual(expect.arrayContaining(WORKSHOP_CARDS.map((card) => card.id)));

      const reopened = await open({ reopen: state });
      expect(await reopened.page.locator('[role="status"]').textContent()).toMatch(
        /Opened "Broadband onboarding"/,
      );
      const again = await readGrid(reopened.page);
      expect(again.stages.map((stage) => stage.name)).toEqual([
        'Discover',
        'Sign up',
        'First week',
      ]);
      expect(cardsIn(again, 'Sign up', 'Pain points')).toContain('Prices are confusing');
    },
    TIMEOUT,
  );
});

describe('keyboard', () => {
  it(
    'reorders stages and lanes and moves a card without a mouse, keeping focus in place',
    async () => {
      const { page } = await converted();
      const focusKey = () =>
        page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.focusKey);

      await page.getByRole('button', { name: 'Move stage "Discover" later' }).focus();
      await page.keyboard.press('Enter');
      await page.getByRole('button', { name: 'Move lane "Pain points" up' }).focus();
      await page.keyboard.press('Space');
      expect(await focusKey()).toMatch(/^lane-up:/);
      const reordered = await readGrid(page);
      expect(reordered.stages.map((stage) => stage.name)).toEqual([
        'Sign up',
        'Discover',
        'First use',
      ]);
      expect(reordered.lanes.map((lane) => lane.name)).toEqual([
        'Actions',
        'Pain points',
        'Thoughts',
      ]);

      await page.getByRole('button', { name: /^Sees an ad for fibre/ }).focus();
      await page.keyboard.press('Enter');
      await page.getByRole('button', { name: 'Move here: First use × Pain points' }).focus();
      await page.keyboard.press('Enter');
      const moved = await readGrid(page);
      expect(cardsIn(moved, 'First use', 'Pain points')).toEqual(['Sees an ad for fibre']);
      expect(await focusKey()).toBe('card:item-s-ad');
      expect(await page.locator('.move-here').count()).toBe(0);
    },
    TIMEOUT,
  );
});

describe('re-convert', () => {
  it(
    'keeps card ids and hand edits, adds what is new, and says what changed',
    async () => {
      const { page } = await converted();
      const before = await readGrid(page);
      const firstUse = before.stages[2]?.id ?? '';
      const thoughts = before.lanes[1]?.id ?? '';
      await page
        .locator('li.card', { hasText: 'Plugs in the router' })
        .dragTo(page.locator(`td.cell[data-stage-id="${firstUse}"][data-lane-id="${thoughts}"]`));

      // Someone adds a sticky to Discover × Pain points on the board meanwhile.
      await page.evaluate(async () => {
        const sticky = await window.miro.board.createStickyNote({
          content: '<p>Too many plans</p>',
          x: 410,
          y: 850,
          width: 199,
        });
        return sticky.id;
      });

      const result = await runAction(page, 'convert');
      expect(result.text).toMatch(/Re-converted 10 stickies/);
      const after = await readGrid(page);
      const idOf = (grid: typeof before, text: string) =>
        allCards(grid).find((card) => card.text === text)?.id;
      for (const card of WORKSHOP_CARDS) {
        expect(idOf(after, card.text)).toBe(idOf(before, card.text));
      }
      expect(after.stages.map((stage) => stage.id)).toEqual(before.stages.map((stage) => stage.id));
      expect(cardsIn(after, 'First use', 'Thoughts')).toContain('Plugs in the router');
      expect(cardsIn(after, 'Discover', 'Pain points')).toContain('Too many plans');
      const report = await page.locator('.merge-report').textContent();
      expect(report).toMatch(/Cards: 1 added/);
    },
    TIMEOUT,
  );
});

describe('export', () => {
  it(
    'downloads a JSON map that parses, with every card',
    async () => {
      const { page } = await converted();
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.click('[data-action="export-json"]'),
      ]);
      expect(download.suggestedFilename()).toMatch(/\.json$/);
      const path = await download.path();
      const map = JSON.parse(await readFile(path, 'utf8'));
      expect(map.schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
      expect(map.stages.map((stage: { name: string }) => stage.name)).toEqual([...STAGES]);
      expect(map.items).toHaveLength(8);
      expect(map.unplaced).toHaveLength(1);

      const [csv] = await Promise.all([
        page.waitForEvent('download'),
        page.click('[data-action="export-csv"]'),
      ]);
      expect(await readFile(await csv.path(), 'utf8')).toContain('Prices are confusing');
    },
    TIMEOUT,
  );
});

describe('draw', () => {
  it(
    'draws the map as a grid on the board, progress reaching 100 %',
    async () => {
      const { page } = await converted();
      const before = await page.evaluate(() => window.__harness.items());
      const drawn = await runAction(page, 'draw');
      expect(drawn.text).toMatch(/Drew "Broadband onboarding": 15 items/);
      const progress = page.locator('.progress-text');
      expect(await progress.getAttribute('data-percent')).toBe('100');
      expect(await progress.textContent()).toBe('100 % (15 of 15 items)');

      const after = await page.evaluate(() => window.__harness.items());
      const added = after.filter((item) => !before.some((old) => old.id === item.id));
      const frames = added.filter((item) => item.type === 'frame');
      expect(frames.map((frame) => frame.text)).toEqual(['Broadband onboarding']);
      const frameId = frames[0]?.id;
      expect(added.filter((item) => item.type === 'shape')).toHaveLength(6);
      const stickies = added.filter((item) => item.type === 'sticky_note');
      expect(stickies).toHaveLength(8);
      expect(stickies.every((sticky) => sticky.parentId === frameId)).toBe(true);
      expect(stickies.every((sticky) => Object.keys(sticky.metadata).length > 0)).toBe(true);
    },
    TIMEOUT,
  );
});

describe('a hostile board', () => {
  it(
    'renders sticky markup as literal text and runs none of it',
    async () => {
      const { page } = await open({ board: 'hostile', select: [WORKSHOP_FRAME_ID] });
      await runAction(page, 'convert');
      const texts = allCards(await readGrid(page)).map((card) => card.text);
      expect(texts).toEqual(expect.arrayContaining([...HOSTILE_TEXTS]));
      expect(texts).toContain('Raw markup');
      expect(await page.locator('.unplaced-text').allTextContents()).toEqual([
        '<b onmouseover="window.__pwned=4">unplaced</b>',
      ]);

      // Exercise every view that shows sticky text: pick a card, hover it, pick the unplaced one.
      await page.getByRole('button', { name: /^<img src=x/ }).click();
      expect(await page.locator('.picked-text').textContent()).toBe(HOSTILE_TEXTS[0]);
      await page.locator('.unplaced-item').hover();
      await page.locator('.unplaced-item button').click();

      const panelMarkup = await page.evaluate(() => ({
        pwned: window.__pwned,
        images: document.querySelectorAll('#panel img').length,
        scripts: document.querySelectorAll('#panel script').length,
        bold: document.querySelectorAll('#panel b').length,
        handlers: [...document.querySelectorAll('#panel *')].filter((element) =>
          [...element.attributes].some((attribute) => attribute.name.startsWith('on')),
        ).length,
      }));
      expect(panelMarkup).toEqual({
        pwned: undefined,
        images: 0,
        scripts: 0,
        bold: 0,
        handlers: 0,
      });
    },
    TIMEOUT,
  );
});

describe('scores', () => {
  it(
    'scores a pain point by keyboard, refuses a score out of range, and saves the scores',
    async () => {
      const { page } = await converted();
      const rows = page.locator('.scores .score-row');
      expect(await rows.allTextContents()).toEqual([
        expect.stringMatching(/^Prices are confusingDiscoverunscored/),
        expect.stringMatching(/^Address lookup failsSign upunscored/),
      ]);
      const prices = rows.filter({ hasText: 'Prices are confusing' });
      const lookup = rows.filter({ hasText: 'Address lookup fails' });

      // Refused: nothing changes, the message says what is valid, Escape puts the field back.
      await runAction(page, 'save');
      const severity = lookup.getByRole('textbox', { name: 'Severity' });
      await severity.fill('9');
      await severity.press('Enter');
      // Severity is the row's first field.
      const message = lookup.locator('.score-message').first();
      expect(await message.textContent()).toBe(
        'Severity must be a whole number from 1 to 5; "9" is not.',
      );
      expect(await message.getAttribute('aria-live')).toBe('polite');
      expect(await severity.getAttribute('aria-invalid')).toBe('true');
      expect(await page.locator('[data-score-announcer]').textContent()).toMatch(/Severity must/);
      expect(await page.locator('[data-action="save"]').textContent()).toBe('Saved');
      expect(await lookup.getAttribute('data-unscored')).toBe('');
      await severity.press('Escape');
      expect(await severity.inputValue()).toBe('');
      expect(await message.isHidden()).toBe(true);

      // Scored by keyboard: type, Tab commits and moves on, Enter commits and stays.
      await prices.getByRole('textbox', { name: 'Severity' }).focus();
      await page.keyboard.type('4');
      await page.keyboard.press('Tab');
      expect(await focusKey(page)).toMatch(/^score:pain:.+:reach$/);
      await page.keyboard.type('30');
      await page.keyboard.press('Enter');
      expect(await focusKey(page)).toMatch(/^score:pain:.+:reach$/);
      await page.keyboard.press('Shift+Tab');
      expect(await focusKey(page)).toMatch(/^score:pain:.+:severity$/);
      expect(await prices.getByRole('textbox', { name: 'Severity' }).inputValue()).toBe('4');
      expect(await prices.getByRole('textbox', { name: 'Reach' }).inputValue()).toBe('30');
      expect(await prices.getAttribute('data-unscored')).toBeNull();
      expect(await prices.locator('.score-unscored').count()).toBe(0);

      await runAction(page, 'save');
      const saved = storedMap(await page.evaluate(() => window.__harness.state()));
      expect(saved.painPoints).toEqual([
        expect.objectContaining({
          title: 'Prices are confusing',
          severity: 4,
          reach: 0.3,
          edited: ['severity', 'reach'],
        }),
        expect.not.objectContaining({ severity: expect.anything() }),
      ]);
    },
    TIMEOUT,
  );
});

describe('phases', () => {
  it(
    'renames a phase inline and regroups a stage, saying what the core doubts',
    async () => {
      const first = await converted();
      await runAction(first.page, 'save');
      const state = await first.page.evaluate(() => window.__harness.state());
      const withPhases = withSavedMap(state, (map) => {
        const stages = map.stages as { id: string }[];
        const ids = stages.map((stage) => stage.id);
        return {
          ...map,
          phases: [
            { id: 'phase-before', key: 'before', name: 'Before', stageIds: ids.slice(0, 2) },
            { id: 'phase-after', key: 'after', name: 'After', stageIds: ids.slice(2) },
          ],
        };
      });
      const { page } = await open({ reopen: withPhases });
      const phaseCells = () =>
        page
          .locator('.phase-row th.phase-header')
          .evaluateAll((cells) =>
            cells.map((cell) => [
              cell.querySelector('input')?.value,
              (cell as HTMLTableCellElement).colSpan,
            ]),
          );
      expect(await phaseCells()).toEqual([
        ['Before', 2],
        ['After', 1],
      ]);

      const before = page.getByRole('textbox', { name: 'Phase 1 name' });
      await before.fill('Getting in');
      await before.press('Enter');
      // An empty name is refused, the name kept, and the refusal said.
      await before.fill('   ');
      await before.press('Enter');
      expect(await before.inputValue()).toBe('Getting in');
      expect(await page.locator('.grid-notes').textContent()).toBe(
        'A phase needs a name: "Getting in" is kept.',
      );

      const phaseOf = (stage: string) =>
        page.getByRole('combobox', { name: `Phase of stage "${stage}"` });
      await phaseOf('Sign up').focus();
      await phaseOf('Sign up').selectOption({ label: 'After' });
      expect(await focusKey(page)).toMatch(/^stage-phase:/);
      expect(await phaseCells()).toEqual([
        ['Getting in', 1],
        ['After', 2],
      ]);
      if (screenshots) {
        await page.locator('.grid-view').screenshot({ path: docs('panel-phases.png') });
      }

      // The last stage of a phase leaves it: the phase stays, empty, and the core's doubt is shown.
      await phaseOf('Discover').selectOption({ label: 'After' });
      expect(await phaseCells()).toEqual([['After', 3]]);
      expect(await page.locator('.grid-notes').textContent()).toBe(
        'Check: phase "Getting in" has no stages.',
      );
      const grid = await readGrid(page);
      expect(grid.stages.map((stage) => stage.name)).toEqual([...STAGES]);
      expect(allCards(grid)).toHaveLength(8);

      await runAction(page, 'save');
      const saved = storedMap(await page.evaluate(() => window.__harness.state()));
      const ids = (saved.stages as { id: string }[]).map((stage) => stage.id);
      expect(saved.phases).toEqual([
        expect.objectContaining({ name: 'Getting in', stageIds: [], edited: ['name', 'stages'] }),
        expect.objectContaining({ name: 'After', stageIds: ids, edited: ['stages'] }),
      ]);
    },
    TIMEOUT,
  );
});

describe('summary', () => {
  it(
    'says where the stages and lanes were read from, as text',
    async () => {
      const { page } = await converted();
      const notes = page.locator('.summary .header-notes li');
      expect(await notes.allTextContents()).toEqual([
        'Stages from a row of 3 shapes with stickies below',
        'Lanes from a column of 3 texts with stickies right of it',
      ]);
      expect(await page.locator('.summary .header-notes').getAttribute('aria-label')).toBe(
        'How the grid was read',
      );
    },
    TIMEOUT,
  );
});

describe('export as SVG', () => {
  it(
    'downloads a picture of the map',
    async () => {
      const { page } = await converted();
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.click('[data-action="export-svg"]'),
      ]);
      expect(download.suggestedFilename()).toBe('broadband-onboarding.svg');
      const svg = await readFile(await download.path(), 'utf8');
      expect(svg).toMatch(/<svg[\s>]/);
      expect(svg).toContain('Prices are confusing');
      expect(await page.locator('[role="status"]').textContent()).toBe(
        'Exported broadband-onboarding.svg (SVG).',
      );
    },
    TIMEOUT,
  );
});

describe('the larger view', () => {
  async function wideConverted() {
    const panel = await open({ board: 'wide', select: [WORKSHOP_FRAME_ID] });
    await runAction(panel.page, 'convert');
    // Room for the modal Miro would show over the board.
    await panel.page.setViewportSize({ width: 1280, height: 900 });
    return panel;
  }

  async function openReview(page: Page): Promise<Frame> {
    await page.click('[data-action="review-larger"]');
    const element = await page.waitForSelector('#harness-modal iframe');
    const frame = await element.contentFrame();
    if (!frame) throw new Error('the modal has no frame');
    await frame.waitForSelector('#review[data-ready="true"]');
    return frame;
  }

  it(
    'opens a wide map in a Miro modal at full width, and brings its edits back to the panel',
    async () => {
      const { page } = await wideConverted();
      expect(await page.locator('.grid-table').count()).toBe(0);
      expect(await page.locator('.larger-view').textContent()).toMatch(
        /7 stages and 6 lanes: too wide for the panel/,
      );
      expect(await page.locator('[data-summary="counts"]').textContent()).toMatch(/^8 placed/);

      const frame = await openReview(page);
      expect(await page.evaluate(() => window.__harness.modals())).toEqual([
        { url: 'review.html', width: 1200, height: 800 },
      ]);
      expect(await page.evaluate(() => window.__harness.callCount('ui.openModal'))).toBe(1);

      const grid = await readGrid(frame);
      expect(grid.stages.map((stage) => stage.name)).toEqual([...WIDE_STAGES]);
      expect(grid.lanes.map((lane) => lane.name)).toEqual([...WIDE_LANES]);
      const overflow = await frame.evaluate(() => {
        const scroll = document.querySelector('.grid-scroll');
        return {
          width: window.innerWidth,
          page: document.documentElement.scrollWidth - document.documentElement.clientWidth,
          grid: scroll ? scroll.scrollWidth - scroll.clientWidth : Number.NaN,
        };
      });
      expect(overflow).toEqual({ width: 1200, page: 0, grid: 0 });

      const renew = frame.getByRole('textbox', { name: 'Stage 7 name' });
      await renew.fill('Renewal');
      await renew.press('Enter');
      await frame.getByRole('button', { name: /^Sees an ad/ }).click();
      await frame.selectOption('#pick-stage', { label: 'Compare' });
      await frame.click('[data-action="apply-move"]');
      if (screenshots) {
        await page.locator('#harness-modal iframe').screenshot({ path: docs('review.png') });
      }

      await frame.click('[data-action="review-done"]');
      await page.waitForSelector('#harness-modal', { state: 'detached' });
      expect(await page.locator('[role="status"]').textContent()).toBe(
        'Back from the larger view: your edits are kept.',
      );
      expect(await page.locator('[data-action="save"]').textContent()).toBe('Save to board');
      await runAction(page, 'save');
      const saved = storedMap(await page.evaluate(() => window.__harness.state()));
      const stages = saved.stages as { id: string; name: string }[];
      expect(stages.map((stage) => stage.name).at(-1)).toBe('Renewal');
      const ad = (saved.items as { text: string; stageId: string }[]).find(
        (item) => item.text === 'Sees an ad',
      );
      expect(ad?.stageId).toBe(stages[1]?.id);
    },
    TIMEOUT,
  );

  it(
    'keeps the edits made when the modal is closed with its own close button',
    async () => {
      const { page } = await wideConverted();
      await runAction(page, 'save');
      await openReview(page);
      await page.click('[data-harness="close-modal"]');
      await page.waitForSelector('#harness-modal', { state: 'detached' });
      expect(await page.locator('[role="status"]').textContent()).toBe(
        'Back from the larger view: no changes.',
      );
      expect(await page.locator('[data-action="save"]').textContent()).toBe('Saved');

      const frame = await openReview(page);
      const first = frame.getByRole('textbox', { name: 'Stage 1 name' });
      await first.fill('Noticed');
      await first.press('Enter');
      // The draft is written after the edit; the person's close comes once it is in storage.
      await expect
        .poll(() => page.evaluate(() => window.__harness.callCount('collection.set')))
        .toBeGreaterThan(1);
      await page.click('[data-harness="close-modal"]');
      await page.waitForSelector('#harness-modal', { state: 'detached' });
      expect(await page.locator('[role="status"]').textContent()).toBe(
        'Back from the larger view: your edits are kept.',
      );
      await runAction(page, 'save');
      const saved = storedMap(await page.evaluate(() => window.__harness.state()));
      expect((saved.stages as { name: string }[])[0]?.name).toBe('Noticed');
      expect(
        (await page.evaluate(() => window.__harness.state())).storage.filter(
          ([collection]) => collection === 'throughline-review-drafts',
        ),
      ).toEqual([]);
      // The panel scores the wide map's pain points and opportunities: its list fits the panel.
      expect(await page.locator('.scores .score-title').allTextContents()).toEqual([
        ...WIDE_PAIN_POINTS,
        ...WIDE_OPPORTUNITIES,
      ]);
      if (screenshots) {
        await page.setViewportSize({ width: 400, height: 900 });
        await page.screenshot({ path: docs('panel-wide.png'), fullPage: true });
      }
    },
    TIMEOUT,
  );
});
