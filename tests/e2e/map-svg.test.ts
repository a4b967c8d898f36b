// The SVG export in headless Chromium: the sample map and a hostile one load as SVG documents,
// parse cleanly, run nothing, show every stage, keep card text inside its card, and are kept as PNGs.
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { JourneyMap, parseMapJson, toSvg } from '@throughline/journey-core';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LaunchedBrowser, launchBrowser } from './browser';

const TIMEOUT = 20_000;
const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
/** Git-ignored (`.throughline-out/`): the pictures are looked at, not committed. */
const ARTIFACTS = join(repoRoot, '.throughline-out', 'e2e', 'map-svg');

/** Each would set `window.pwned` if any markup of a name ran. */
const HOSTILE_NAMES = [
  '<script>window.pwned = "script"</script>',
  '<svg onload="window.pwned = \'onload\'"></svg>',
  '<img src=x onerror="window.pwned = \'onerror\'">',
  ']]><foreignObject><iframe src="javascript:window.pwned=1"></iframe></foreignObject>',
  '<a href="javascript:window.pwned = \'link\'">click</a> & "quotes" \'too\'',
  'controls \u0000\u0008\u000b and bidi \u202Eright-to-left\u202C end',
];

function hostileMap(): JourneyMap {
  const [first = '', second = '', third = '', fourth = '', fifth = '', sixth = ''] = HOSTILE_NAMES;
  return JourneyMap.parse({
    schemaVersion: 4,
    id: 'hostile',
    key: 'hostile',
    title: first,
    persona: second,
    phases: [{ id: 'ph', key: 'ph', name: third, stageIds: ['s1', 's2'] }],
    stages: [
      { id: 's1', key: 's1', name: 'Plain stage' },
      { id: 's2', key: 's2', name: fourth },
      { id: 's3', key: 's3', name: 'Third' },
    ],
    lanes: [
      { id: 'l1', key: 'l1', name: fifth, kind: 'actions' },
      { id: 'l2', key: 'l2', name: 'Feeling', kind: 'emotions' },
    ],
    items: HOSTILE_NAMES.map((text, index) => ({
      id: `i${index}`,
      stageId: `s${(index % 3) + 1}`,
      laneId: index % 2 === 0 ? 'l1' : 'l2',
      text,
      ...(index % 2 === 0 ? {} : { emotion: index / 6 - 0.5 }),
    })),
    painPoints: [{ id: 'p', key: 'p', title: sixth, stageId: 's1', itemId: 'i0' }],
  });
}

async function sampleMap(): Promise<JourneyMap> {
  const path = join(repoRoot, 'apps/cli/samples/broadband-onboarding.map.json');
  const parsed = parseMapJson(await readFile(path, 'utf8'));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.diagnostics));
  return parsed.value;
}

let browser: LaunchedBrowser;

beforeAll(async () => {
  browser = await launchBrowser({ viewport: { width: 1800, height: 1400 } });
  await mkdir(ARTIFACTS, { recursive: true });
}, 30_000);

afterAll(async () => {
  await browser?.close();
});

/** `svg` served as an `image/svg+xml` document from a loopback URL, and opened as the page. */
async function openSvg(name: string, svg: string): Promise<{ page: Page; errors: string[] }> {
  const url = `http://127.0.0.1/${name}.svg`;
  await browser.context.route(url, (route) =>
    route.fulfill({ status: 200, contentType: 'image/svg+xml; charset=utf-8', body: svg }),
  );
  const page = await browser.context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('dialog', (dialog) => {
    errors.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  await page.goto(url);
  // Playwright's full-page screenshot waits forever on an SVG document: size the viewport instead.
  const size = await page.evaluate(() => {
    const root = document.documentElement;
    return {
      width: Number(root.getAttribute('width')),
      height: Number(root.getAttribute('height')),
    };
  });
  await page.setViewportSize(size);
  return { page, errors };
}

interface Inspection {
  parseErrors: number;
  root: string | null;
  pwned: unknown;
  activeElements: number;
  texts: string[];
  /** Card texts whose drawn box runs past their card's right edge. */
  overflowing: string[];
}

async function inspect(page: Page, svg: string): Promise<Inspection> {
  return page.evaluate((source) => {
    const parsed = new DOMParser().parseFromString(source, 'image/svg+xml');
    const texts = [...document.querySelectorAll('text')].map((text) => text.textContent ?? '');
    const overflowing = [...document.querySelectorAll<SVGTextElement>('text.card')].flatMap(
      (text) => {
        const card = text.previousElementSibling;
        if (!(card instanceof SVGRectElement)) return [`no card before ${text.textContent}`];
        const box = text.getBBox();
        const right = card.x.baseVal.value + card.width.baseVal.value;
        return box.x + box.width > right - 2 ? [text.textContent ?? ''] : [];
      },
    );
    return {
      parseErrors: parsed.getElementsByTagName('parsererror').length,
      root: document.documentElement.namespaceURI,
      pwned: (window as unknown as { pwned?: unknown }).pwned,
      activeElements: document.querySelectorAll('script, foreignObject, a, iframe, image, use')
        .length,
      texts,
      overflowing,
    };
  }, svg);
}

describe('the SVG export in Chromium', () => {
  it(
    'shows the sample map: parsed as SVG, every stage and lane named, text inside its cards',
    async () => {
      const map = await sampleMap();
      const svg = toSvg(map);
      const { page, errors } = await openSvg('sample-map', svg);
      const seen = await inspect(page, svg);
      expect(seen.parseErrors).toBe(0);
      expect(seen.root).toBe('http://www.w3.org/2000/svg');
      for (const stage of map.stages) expect(seen.texts).toContain(stage.name);
      for (const lane of map.lanes) expect(seen.texts).toContain(lane.name);
      expect(seen.overflowing).toEqual([]);
      expect(errors).toEqual([]);
      await page.screenshot({ path: join(ARTIFACTS, 'sample-map.png') });
      await page.close();
    },
    TIMEOUT,
  );

  it(
    'shows a hostile map as text: nothing runs, nothing is parsed as markup',
    async () => {
      const svg = toSvg(hostileMap());
      const { page, errors } = await openSvg('hostile-map', svg);
      const seen = await inspect(page, svg);
      expect(seen.parseErrors).toBe(0);
      expect(seen.root).toBe('http://www.w3.org/2000/svg');
      expect(seen.pwned).toBeUndefined();
      expect(seen.activeElements).toBe(0);
      expect(seen.texts[0]).toBe(HOSTILE_NAMES[0]);
      expect(seen.texts).toContain('Plain stage');
      expect(seen.texts.join('\n')).toContain('<svg onload=');
      expect(seen.texts.join('\n')).not.toMatch(/(?![\t\n\r])\p{Cc}|[\u202A-\u202E]/u);
      expect(seen.overflowing).toEqual([]);
      expect(errors).toEqual([]);
      await page.screenshot({ path: join(ARTIFACTS, 'hostile-map.png') });
      await page.close();
    },
    TIMEOUT,
  );
});
