// The core's test project: as vitest's defaults, plus a fixed property-test seed in CI.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    name: '@throughline/journey-core',
    setupFiles: ['./vitest.setup.ts'],
  },
});
