// Vite builds the two pages Miro loads: the headless entry (index.html) and the panel (panel.html).
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const page = (name: string) => fileURLToPath(new URL(name, import.meta.url));

export default defineConfig({
  root: page('.'),
  // Miro serves the app from the root of its URL; dev runs on the port the manifest names.
  server: { port: 3000 },
  build: {
    rollupOptions: {
      input: { index: page('index.html'), panel: page('panel.html') },
      onwarn(warning, warn) {
        // zod's sources carry `@__PURE__` notes where Rollup cannot use them; harmless, and noise.
        if (warning.code === 'INVALID_ANNOTATION' && warning.id?.includes('/zod/')) return;
        warn(warning);
      },
    },
  },
});
