// The app's tests run against its sources; vite.config.ts builds one Custom UI resource per mode and is not for tests.
import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: '@throughline/jira',
  },
});
