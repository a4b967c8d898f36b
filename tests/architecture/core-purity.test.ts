// Purity is lint-enforced: this proves the rules fire in the core and the browser-safe HTTP layer.
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const biome = join(repoRoot, 'node_modules/.bin/biome');

// The repository's own biome.json, in a scratch tree laid out like the repository.
const scratch = mkdtempSync(join(tmpdir(), 'throughline-purity-'));
const config = JSON.parse(readFileSync(join(repoRoot, 'biome.json'), 'utf8'));
config.vcs = { enabled: false };
delete config.$schema;
writeFileSync(join(scratch, 'biome.json'), JSON.stringify(config));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function lintRules(path: string, source: string): Promise<string[]> {
  mkdirSync(join(scratch, path, '..'), { recursive: true });
  writeFileSync(join(scratch, path), source);
  return new Promise((resolve) => {
    execFile(biome, ['lint', '--reporter=json', path], { cwd: scratch }, (_, stdout) => {
      const report = JSON.parse(stdout) as { diagnostics: { category: string }[] };
      resolve(report.diagnostics.map((diagnostic) => diagnostic.category));
    });
  });
}

describe('the journey core stays pure', () => {
  it.each([
    ["import { asUser } from '@forge/api';\nexport const a = asUser;\n", 'noRestrictedImports'],
    [
      "import { LinearClient } from '@linear/sdk';\nexport const l = LinearClient;\n",
      'noRestrictedImports',
    ],
    ["import { readFile } from 'node:fs';\nexport const r = readFile;\n", 'noRestrictedImports'],
    ['export const now = Date.now();\n', 'noRestrictedGlobals'],
    ["export const get = () => fetch('https://example.com');\n", 'noRestrictedGlobals'],
    ['export const env = process.env.TOKEN;\n', 'noRestrictedGlobals'],
  ])('rejects %j in shared/journey-core', async (source, rule) => {
    const rules = await lintRules('shared/journey-core/src/probe.ts', source);
    expect(rules).toContain(`lint/style/${rule}`);
  });

  it('allows the same code in an app', async () => {
    const rules = await lintRules('apps/cli/src/probe.ts', 'export const now = Date.now();\n');
    expect(rules).toEqual([]);
  });
});

describe('the HTTP layer stays browser-safe', () => {
  const source = "import { request } from 'node:http';\nexport const r = request;\n";

  it('rejects a Node import in shared/platform-http', async () => {
    const rules = await lintRules('shared/platform-http/src/probe.ts', source);
    expect(rules).toContain('lint/style/noRestrictedImports');
  });

  it("allows it in the layer's tests, which run a loopback server", async () => {
    const rules = await lintRules('shared/platform-http/src/probe.test.ts', source);
    expect(rules).toEqual([]);
  });
});
