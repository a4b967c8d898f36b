// The Miro app's production build: the pages Miro loads, bundled for the browser.
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const configFile = fileURLToPath(new URL('../../apps/miro/vite.config.ts', import.meta.url));

describe('pnpm --filter @throughline/miro build', () => {
  let outDir = '';
  let scripts: string[] = [];

  beforeAll(async () => {
    outDir = await mkdtemp(join(tmpdir(), 'throughline-miro-build-'));
    await build({ configFile, logLevel: 'error', build: { outDir, emptyOutDir: true } });
    const assets = await readdir(join(outDir, 'assets'));
    scripts = await Promise.all(
      assets
        .filter((name) => name.endsWith('.js'))
        .map((name) => readFile(join(outDir, 'assets', name), 'utf8')),
    );
  }, 60_000);
  afterAll(() => rm(outDir, { recursive: true, force: true }));

  it('emits the headless entry, which loads Miro’s SDK, the panel page and the review page', async () => {
    const index = await readFile(join(outDir, 'index.html'), 'utf8');
    const panel = await readFile(join(outDir, 'panel.html'), 'utf8');
    const review = await readFile(join(outDir, 'review.html'), 'utf8');
    // The modal page talks to the board too: it needs the SDK as much as the panel does.
    expect(review).toContain('https://miro.com/app/static/sdk/v2/miro.js');
    expect(review).toMatch(/<script type="module"[^>]+src="\/assets\/review-[\w-]+\.js"/);
    expect(index).toContain('https://miro.com/app/static/sdk/v2/miro.js');
    expect(index).toMatch(/<script type="module"[^>]+src="\/assets\/index-[\w-]+\.js"/);
    expect(panel).toMatch(/<script type="module"[^>]+src="\/assets\/panel-[\w-]+\.js"/);
    expect(panel).toMatch(/<link rel="stylesheet"[^>]+href="\/assets\/panel-[\w-]+\.css"/);
  });

  it('bundles no test fake and no Node built-in into what the browser loads', () => {
    expect(scripts.length).toBeGreaterThan(0);
    for (const script of scripts) {
      // String literals survive minifying: the fake board's default id, a Node built-in's name.
      expect(script).not.toMatch(/uXjVFake0000=|["']node:/);
    }
  });
});
