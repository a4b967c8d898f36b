// Vite builds the pages Miro loads: the headless entry (index.html), the panel (panel.html) and the
// larger view the panel opens in a modal (review.html).
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const page = (name: string) => fileURLToPath(new URL(name, import.meta.url));

export default defineConfig({
  root: page('.'),
  // Miro serves the app from the root of its URL; dev runs on the port the manifest names.
  server: { port: 3000 },
  build: {
    rollupOptions: {
      input: {
        index: page('index.html'),
        panel: page('panel.html'),
        review: page('review.html'),
      },
      onwarn(warning, warn) {
        // zod's sources carry `@__PURE__` notes where Rollup cannot use them; harmless, and noise.
        if (warning.code === 'INVALID_ANNOTATION' && warning.id?.includes('/zod/')) return;
        warn(warning);
      },
    },
  },
});
