// Serves the panel's source and the harness page with Vite's dev server, on a free loopback port.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';

const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));

export interface PanelServer {
  /** The harness page, e.g. `http://127.0.0.1:41234/tests/e2e/miro-panel/harness.html`. */
  harnessUrl: string;
  close(): Promise<void>;
}

export async function startPanelServer(): Promise<PanelServer> {
  // Vite's dependency cache goes to a temporary folder: a test run leaves no files behind.
  const cacheDir = await mkdtemp(join(tmpdir(), 'throughline-vite-'));
  const server = await createServer({
    configFile: false,
    root: repoRoot,
    cacheDir,
    logLevel: 'error',
    server: { host: '127.0.0.1', port: 0, strictPort: false, hmr: false, watch: null },
    // Pre-bundle what the harness imports before the first request: a dependency found while the
    // page loads would make Vite reload the page under the test.
    // The workspace packages are bundled too: one request each instead of one per module.
    optimizeDeps: {
      entries: ['tests/e2e/miro-panel/harness.html', 'tests/e2e/miro-panel/review.html'],
      include: ['@throughline/journey-core', '@throughline/platform-fakes'],
    },
  });
  try {
    await server.listen();
    const address = server.httpServer?.address();
    if (!address || typeof address === 'string') throw new Error('vite: no TCP address');
    return {
      harnessUrl: `http://127.0.0.1:${address.port}/tests/e2e/miro-panel/harness.html`,
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
