// The Custom UI build: every resource the manifest names is built self-contained with relative asset
// paths, and ships neither the tests' bridge double nor Node's built-in modules.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { UI_RESOURCES } from '../../../apps/jira/vite.config';
import { type BuiltUi, buildUi } from './build-resources';

let built: BuiltUi;

beforeAll(async () => {
  built = await buildUi();
}, 180_000);

afterAll(() => built?.remove());

describe('the Custom UI build', () => {
  it('builds exactly the Custom UI resources the manifest points to, each in static/<key>', async () => {
    const manifest = parse(
      await readFile(new URL('../../../manifests/jira/manifest.yml', import.meta.url), 'utf8'),
    ) as {
      resources: { key: string; path: string }[];
      modules: Record<string, { resource?: string }[]>;
    };
    const used = new Set(
      Object.values(manifest.modules)
        .flat()
        .flatMap((module) => (module.resource ? [module.resource] : [])),
    );
    const pages = manifest.resources.filter((resource) => used.has(resource.key));
    expect(pages.map((resource) => resource.key).sort()).toEqual([...UI_RESOURCES].sort());
    for (const page of pages) expect(page.path).toBe(`static/${page.key}`);
  });

  it('writes each resource as index.html with assets beside it, named relative to the page', () => {
    for (const resource of built.resources) {
      const html = resource.files.find((file) => file.path === 'index.html');
      expect(html, resource.resource).toBeDefined();
      const references = [...(html?.text ?? '').matchAll(/(?:src|href)="([^"]+)"/g)].map(
        (match) => match[1],
      );
      expect(references.length).toBeGreaterThan(0);
      for (const reference of references) expect(reference).toMatch(/^\.\/assets\//);
      for (const file of resource.files)
        expect(file.path).toMatch(/^(index\.html|assets\/[\w.-]+)$/);
      expect(resource.initial.some((file) => file.path.endsWith('.js'))).toBe(true);
    }
  });

  it('ships the real bridge and no test double, Node built-in or platform fake', () => {
    for (const resource of built.resources) {
      const code = resource.files
        .filter((file) => file.path.endsWith('.js'))
        .map((file) => file.text)
        .join('\n');
      // Booleans, not the code: a failure should name the problem, not print a megabyte of bundle.
      const found = {
        bridgeDouble: code.includes('__throughlineInvoke') || code.includes('__throughlineHost'),
        nodeBuiltin:
          /from\s*["']node:|require\(["'](?:node:)?(?:fs|path|os|crypto|zlib|child_process)["']\)/.test(
            code,
          ),
        msw: code.includes('msw'),
        reactDevelopmentBuild: code.includes('jsxDEV'),
        // The bridge's own call for theming: the real @forge/bridge is in the bundle, not the double.
        realBridge: code.includes('enableTheming'),
      };
      expect(found, resource.resource).toEqual({
        bridgeDouble: false,
        nodeBuiltin: false,
        msw: false,
        reactDevelopmentBuild: false,
        realBridge: true,
      });
    }
  });

  it('renders user text as React text: no frontend source sets HTML', async () => {
    const folder = fileURLToPath(new URL('../../../apps/jira/src/frontend', import.meta.url));
    const sources = (await readdir(folder, { recursive: true })).filter((file) =>
      /\.tsx?$/.test(file),
    );
    expect(sources.length).toBeGreaterThan(10);
    for (const source of sources) {
      const text = await readFile(join(folder, source), 'utf8');
      expect(/dangerouslySetInnerHTML|innerHTML|insertAdjacentHTML/.test(text), source).toBe(false);
    }
  });
});
