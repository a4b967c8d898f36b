// The Jira app's Custom UI bundles: each resource built as `pnpm --filter ./apps/jira build` builds it,
// its gzip size in the bench's name (what the browser loads first, and everything with the lazy chunks),
// and the time to gzip what it loads first.
import { gzipSync } from 'node:zlib';
import { afterAll, bench, describe } from 'vitest';
import { buildUi, kib, sum } from '../e2e/jira-ui/build-resources';

const built = await buildUi();
afterAll(() => built.remove());

describe('Jira Custom UI bundles (gzip)', () => {
  for (const resource of built.resources) {
    const initial = sum(resource.initial, 'gzipBytes');
    const all = sum(resource.files, 'gzipBytes');
    const text = resource.initial.map((file) => file.text).join('\n');
    bench(
      `${resource.resource}: ${kib(initial)} gzip loaded first, ${kib(all)} gzip with lazy chunks`,
      () => {
        gzipSync(text);
      },
      { iterations: 5, time: 0 },
    );
  }
});
