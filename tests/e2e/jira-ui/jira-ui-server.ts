// Serves the Jira app's Custom UI sources with Vite's dev server, @forge/bridge replaced by the test double.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer, type Plugin } from 'vite';
import {
  UI_ALIASES,
  UI_RESOURCES,
  type UiResource,
  uiPlugins,
} from '../../../apps/jira/vite.config';

const frontendRoot = fileURLToPath(new URL('../../../apps/jira/src/frontend', import.meta.url));
const bridgeDouble = fileURLToPath(new URL('./forge-bridge-double.ts', import.meta.url));
const HOST_THEME = 'virtual:throughline-host-theme';

/** Atlaskit's theme loader, resolved from the Jira app (the tests package does not depend on Atlaskit). */
const hostTheme: Plugin = {
  name: 'throughline-host-theme',
  resolveId: (id) => (id === HOST_THEME ? `\0${HOST_THEME}` : undefined),
  load: (id) =>
    id === `\0${HOST_THEME}`
      ? `export { setGlobalTheme } from '@atlaskit/tokens/set-global-theme';`
      : undefined,
};

export interface JiraUiServer {
  /** `http://127.0.0.1:41234/issue-panel/index.html` */
  url(resource: UiResource): string;
  close(): Promise<void>;
}

export async function startJiraUiServer(): Promise<JiraUiServer> {
  // Vite's dependency cache goes to a temporary folder: a test run leaves no files behind.
  const cacheDir = await mkdtemp(join(tmpdir(), 'throughline-vite-'));
  const server = await createServer({
    configFile: false,
    root: frontendRoot,
    cacheDir,
    logLevel: 'error',
    plugins: [...uiPlugins(), hostTheme],
    resolve: { alias: [{ find: /^@forge\/bridge$/, replacement: bridgeDouble }, ...UI_ALIASES] },
    server: { host: '127.0.0.1', port: 0, strictPort: false, hmr: false, watch: null },
    // Pre-bundle everything the pages import before the first request: a dependency found while a page
    // loads would make Vite reload the page under the test.
    optimizeDeps: {
      entries: UI_RESOURCES.map((resource) => `${resource}/index.html`),
      include: ['@atlaskit/tokens/set-global-theme'],
    },
  });
  try {
    await server.listen();
    const address = server.httpServer?.address();
    if (!address || typeof address === 'string') throw new Error('vite: no TCP address');
    return {
      url: (resource) => `http://127.0.0.1:${address.port}/${resource}/index.html`,
      async close() {
        try {
          await server.close();
        } finally {
          await rm(cacheDir, { recursive: true, force: true });
        }
      },
    };
  } catch (error) {
    await server.close();
    await rm(cacheDir, { recursive: true, force: true });
    throw error;
  }
}
