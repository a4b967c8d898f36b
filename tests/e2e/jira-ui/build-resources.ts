// Builds the Jira app's Custom UI resources as `pnpm --filter ./apps/jira build` does, into a temporary
// folder, and measures what a browser loads: the UI build test and the bundle-size bench share it.
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { resourceConfig, UI_RESOURCES, type UiResource } from '../../../apps/jira/vite.config';

export interface BuiltFile {
  /** Relative to the resource folder: `index.html`, `assets/index-abc.js`. */
  path: string;
  bytes: number;
  gzipBytes: number;
  text: string;
}

export interface BuiltResource {
  resource: UiResource;
  folder: string;
  files: BuiltFile[];
  /** index.html and what it loads before the UI runs: the entry script, its static imports, its CSS. */
  initial: BuiltFile[];
}

export interface BuiltUi {
  resources: BuiltResource[];
  remove(): Promise<void>;
}

async function filesUnder(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

/** Scripts and styles index.html names, and the scripts those import statically (`import … from "./x.js"`). */
function initialFiles(files: readonly BuiltFile[]): BuiltFile[] {
  const byPath = new Map(files.map((file) => [file.path, file]));
  const html = byPath.get('index.html');
  if (!html) return [];
  const seen = new Set<string>(['index.html']);
  const queue = [...html.text.matchAll(/(?:src|href)="\.\/([^"]+)"/g)].map(
    (match) => match[1] ?? '',
  );
  while (queue.length > 0) {
    const path = queue.shift() ?? '';
    if (seen.has(path) || !byPath.has(path)) continue;
    seen.add(path);
    const text = byPath.get(path)?.text ?? '';
    if (!path.endsWith('.js')) continue;
    // Static imports only: a lazy `import("./x.js")` is left for when the UI asks for it.
    for (const match of text.matchAll(
      /(?:^|[;}\s])import\s*(?:[\w*${}\s,]+from\s*)?["']\.\/([^"']+)["']/g,
    )) {
      queue.push(`assets/${match[1] ?? ''}`);
    }
  }
  return [...seen].flatMap((path) => byPath.get(path) ?? []);
}

export async function buildUi(): Promise<BuiltUi> {
  const root = await mkdtemp(join(tmpdir(), 'throughline-jira-ui-'));
  // Vite and the React plugin take production from NODE_ENV, which vitest sets to `test`.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    const resources: BuiltResource[] = [];
    for (const resource of UI_RESOURCES) {
      const folder = join(root, resource);
      await build({ ...resourceConfig(resource, folder), configFile: false, logLevel: 'error' });
      const files = await Promise.all(
        (await filesUnder(folder)).map(async (file): Promise<BuiltFile> => {
          const content = await readFile(file);
          return {
            path: relative(folder, file).split('\\').join('/'),
            bytes: content.length,
            gzipBytes: gzipSync(content, { level: 9 }).length,
            text: content.toString('utf8'),
          };
        }),
      );
      resources.push({ resource, folder, files, initial: initialFiles(files) });
    }
    return { resources, remove: () => rm(root, { recursive: true, force: true }) };
  } catch (error) {
    await rm(root, { recursive: true, force: true });
    throw error;
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }
}

export const sum = (files: readonly BuiltFile[], field: 'bytes' | 'gzipBytes') =>
  files.reduce((total, file) => total + file[field], 0);

export const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
