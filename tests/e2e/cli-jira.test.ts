// `jira link` and `jira rollup` as a user runs them: the CLI in its own process, over real HTTP to
// a loopback server that answers with the Jira fake's handlers, every request checked against the swagger.
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { createJiraRestFake, type JiraRestFake } from '@throughline/platform-fakes';
import { type Loopback, startLoopback } from '@throughline/platform-fakes/loopback';
import { getResponse } from 'msw';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jiraSpec } from '../contract/jira-openapi.test-support';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const TOKEN = 'e2e-jira-token-0123456789';
const map = 'apps/cli/samples/broadband-onboarding.map.json';

let server: Loopback;
let fake: JiraRestFake;

beforeAll(async () => {
  server = await startLoopback((request, response) => {
    const headers = new Headers();
    for (const [name, value] of Object.entries(request.headers)) {
      if (typeof value === 'string') headers.set(name, value);
    }
    const hasBody = request.method !== 'GET' && request.method !== 'DELETE';
    const forwarded = new Request(`${server.origin}${request.url}`, {
      method: request.method ?? 'GET',
      headers,
      ...(hasBody ? { body: request.body } : {}),
    });
    void getResponse(fake.handlers, forwarded).then(async (answer) => {
      const reply = answer ?? new Response('not served', { status: 404 });
      const text = await reply.text();
      response.writeHead(reply.status, Object.fromEntries(reply.headers));
      response.end(text);
    });
  });
  fake = createJiraRestFake({
    baseUrl: server.origin,
    spec: jiraSpec,
    issues: [
      { key: 'HOME-7', summary: 'Autosave the order form', statusCategory: 'indeterminate' },
    ],
    users: [{ accountId: 'u', email: 'ana@example.com', apiToken: TOKEN, canEdit: ['HOME-7'] }],
  });
});
afterAll(() => server.close());

function throughline(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      'pnpm',
      ['--silent', 'throughline', ...args],
      {
        cwd: repoRoot,
        env: {
          ...process.env,
          JIRA_URL: server.origin,
          JIRA_EMAIL: 'ana@example.com',
          JIRA_API_TOKEN: TOKEN,
        },
      },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

describe('throughline jira, end to end', () => {
  it('links an issue, then finds it in the rollup', async () => {
    const linked = await throughline(
      'jira',
      'link',
      'HOME-7',
      '--map',
      map,
      '--stage',
      'Sign up',
      '--pain-point',
      'Order form loses data',
    );
    expect(linked.stderr).toBe('');
    expect(linked.code).toBe(0);
    expect(linked.stdout).toMatch(/^HOME-7: linked to pain point "Order form loses data"/);
    const rolled = await throughline(
      'jira',
      'rollup',
      '--map',
      map,
      '--format',
      'json',
      '--as-of',
      '2026-11-23',
    );
    expect(rolled.code).toBe(0);
    const document = JSON.parse(rolled.stdout);
    expect(document.counts.total).toBe(1);
    // The pain point the issue serves is no longer unaddressed.
    expect(JSON.stringify(document.unaddressedPainPoints)).not.toContain('pain-form-loses-data');
    expect(fake.violations).toEqual([]);
    expect(rolled.stdout + rolled.stderr + linked.stdout).not.toContain(TOKEN);
  }, 60_000);

  it('refuses a user without permission in one line, exit 2', async () => {
    fake.addIssue({ key: 'HOME-8' });
    const refused = await throughline(
      'jira',
      'link',
      'HOME-8',
      '--map',
      map,
      '--stage',
      'discover',
    );
    expect(refused.code).toBe(2);
    expect(refused.stderr).toBe(
      'throughline: You may not edit issue HOME-8, so its journey links were not changed\n',
    );
    expect(fake.writes().map((request) => request.path)).toEqual([
      '/rest/api/3/issue/HOME-7/properties/throughline-links',
    ]);
  }, 60_000);
});
