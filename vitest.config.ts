// One test run for the whole workspace: every package is tested against its source, no build step.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: ['shared/*', 'apps/*', 'tests'],
    reporters: ['default', './tests/reporters/plain-summary.ts'],
    coverage: {
      provider: 'v8',
      include: ['shared/*/src/**', 'apps/*/src/**'],
      exclude: ['**/*.test.ts', '**/*.test-support.ts', '**/index.ts'],
      reporter: ['text', 'text-summary', 'json-summary'],
      thresholds: {
        'shared/journey-core/src/**': { statements: 90, branches: 85, functions: 90, lines: 90 },
      },
    },
  },
});
