// Benchmarks of the journey core at portfolio scale: `pnpm bench` from the repository root.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  test: {
    benchmark: {
      include: ['tests/bench/**/*.bench.ts'],
      reporters: ['default', './tests/bench/median-reporter.ts'],
    },
  },
});
