import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { WorkLink } from '@throughline/journey-core';
import { createJiraRestFake, type FakeIssueSeed } from '@throughline/platform-fakes';
import { HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { memoryIo, repoRoot, repoText } from '../memory-io.test-support';
import { run } from '../program';

const SITE = 'https://cli-rollup.atlassian.net';
const env = { JIRA_URL: SITE, JIRA_EMAIL: 'ana@example.com', JIRA_API_TOKEN: 'rollup-token-7' };
const map = 'apps/cli/samples/broadband-onboarding.map.json';
const spec = JSON.parse(
  await readFile(resolve(repoRoot, 'tests/contract/specs/jira/swagger-v3.v3.json'), 'utf8'),
);
const sample: WorkLink[] = JSON.parse(
  await repoText('apps/cli/samples/broadband-onboarding.links.json'),
);
const jiraLinks = sample.filter((link) => link.provider === 'jira');

const CATEGORY = {
  todo: 'new',
  'in-progress': 'indeterminate',
  done: 'done',
  canceled: 'done',
} as const;

/** The sample's Jira links as issues in the fake, each carrying its links in the property. */
function seeds(): FakeIssueSeed[] {
  const byId = new Map<string, WorkLink[]>();
  for (const link of jiraLinks) byId.set(link.id, [...(byId.get(link.id) ?? []), link]);
  return [...byId.values()].map((links) => {
    const [first] = links;
    if (first === undefined) throw new Error('unreachable: groups are never empty');
    const entries = links.map((link) => ({
      mapId: link.mapId,
      stageId: link.stageId,
      ...(link.painPointId === undefined ? {} : { painPointId: link.painPointId }),
    }));
    const sorted = (ids: (string | undefined)[]) =>
      [...new Set(ids.filter((id) => id !== undefined))].sort();
    return {
      id: first.id,
      key: first.key ?? first.id,
      summary: first.title,
      statusCategory: CATEGORY[first.status],
      resolution:
        first.status === 'canceled' ? "Won't Do" : first.status === 'done' ? 'Done' : null,
      duedate: first.dueDate ?? null,
      storyPoints: first.scope ?? null,
      properties: {
        'throughline-links': {
          links: entries,
          mapIds: sorted(entries.map((entry) => entry.mapId)),
          stageIds: sorted(entries.map((entry) => entry.stageId)),
          painPointIds: sorted(entries.map((entry) => entry.painPointId)),
        },
      },
    };
  });
}

const fake = createJiraRestFake({
  baseUrl: SITE,
  spec,
  issues: [
    ...seeds(),
    {
      key: 'OTHER-1',
      properties: {
        'throughline-links': {
          links: [{ mapId: 'other-map', stageId: 's' }],
          mapIds: ['other-map'],
          stageIds: ['s'],
          painPointIds: [],
        },
      },
    },
  ],
  users: [{ accountId: 'u-1', email: env.JIRA_EMAIL, apiToken: env.JIRA_API_TOKEN }],
});
const server = setupServer(...fake.handlers);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  expect(fake.violations).toEqual([]);
  fake.clearLog();
});
afterAll(() => server.close());

describe('throughline jira rollup', () => {
  it('prints the same JSON document as map rollup on the same links, byte for byte', async () => {
    const io = memoryIo('2026-11-23', env);
    const args = [
      'jira',
      'rollup',
      '--map',
      map,
      '--format',
      'json',
      '--story-points',
      'story points',
    ];
    expect(await run(args, io), io.stderr).toBe(0);
    // The links Jira holds, as a links file: what the Jira issues say, with their browse URLs.
    const expected = jiraLinks
      .map(({ health: _health, progress: _progress, ...link }) => ({
        ...link,
        url: `${SITE}/browse/${link.key}`,
      }))
      .sort((a, b) => Number(a.id) - Number(b.id));
    const file = memoryIo('2026-11-23');
    file.files.set('links.json', JSON.stringify(expected));
    expect(
      await run(['map', 'rollup', map, '--links', 'links.json', '--format', 'json'], file),
    ).toBe(0);
    expect(io.stdout).toBe(file.stdout);
    expect(JSON.parse(io.stdout).counts.total).toBe(expected.length);
    // One field lookup, then one search page: nothing per issue.
    expect(fake.requests.map((request) => `${request.method} ${request.path}`)).toEqual([
      'GET /rest/api/3/field',
      'POST /rest/api/3/search/jql',
    ]);
  });

  it('prints the table, with a progress line on stderr, and passes --jql on', async () => {
    const io = memoryIo('2026-11-23', env);
    expect(
      await run(['jira', 'rollup', '-m', map, '--jql', 'project = HOME ORDER BY key'], io),
      io.stderr,
    ).toBe(0);
    expect(io.stdout).toContain('(as of 2026-11-23)');
    expect(io.stdout).toMatch(/^Sign up /m);
    expect(fake.requests[0]?.body).toMatchObject({
      jql: 'issue.property[throughline-links].mapIds = "map-broadband-onboarding" AND (project = HOME) ORDER BY key',
    });
    const logged = memoryIo('2026-11-23', env);
    logged.errIsTerminal = true;
    expect(await run(['jira', 'rollup', '-m', map, '--out', 'rollup.txt'], logged)).toBe(0);
    expect(logged.stderr).toMatch(
      /reading Jira issues of "Broadband onboarding: from first search to first bill": \d+ items in 1 pages/,
    );
    expect(logged.written.get('rollup.txt')).toContain('(as of 2026-11-23)');
  });

  it.each([
    [
      ['--jql', 'nonsense = 1'],
      2,
      /^throughline: --jql: POST .* was refused with HTTP 400: Field 'nonsense' does not exist/,
    ],
    [['--story-points', 'Velocity'], 2, /^throughline: --story-points Velocity: Jira has no field/],
    [['--as-of', 'soon'], 2, /^throughline: --as-of: /],
    [['--max-pages', '0'], 2, /^throughline: --max-pages: must be at least 1/],
    [['--max-items', '0'], 2, /^throughline: --max-items: must be at least 1/],
  ])('refuses %j with exit %i in one line', async (flags, code, message) => {
    const io = memoryIo('2026-11-23', env);
    expect(await run(['jira', 'rollup', '-m', map, ...flags], io)).toBe(code);
    expect(io.stderr).toMatch(message);
    expect(io.stderr.trimEnd().split('\n')).toHaveLength(1);
  });

  it('stops with exit 1 in one line when the map has more linked issues than --max-items', async () => {
    const io = memoryIo('2026-11-23', env);
    expect(await run(['jira', 'rollup', '-m', map, '--max-items', '3'], io)).toBe(1);
    expect(io.stderr).toMatch(
      /^throughline: Stopped after 1 search pages: more than 3 linked issues, the item cap; raise it with --max-items\n$/,
    );
    expect(io.stdout).toBe('');
    // At the cap exactly, the read goes through.
    const total = new Set(jiraLinks.map((link) => link.id)).size;
    const enough = memoryIo('2026-11-23', env);
    expect(
      await run(['jira', 'rollup', '-m', map, '--max-items', String(total)], enough),
      enough.stderr,
    ).toBe(0);
  });

  it('fails with exit 1 when Jira keeps rate-limiting, naming the flag to change', async () => {
    const limited = createJiraRestFake({
      baseUrl: 'https://limited-cli.atlassian.net',
      rateLimitFirst: 10,
      retryAfter: 120,
      users: [{ accountId: 'u', email: 'a@b', apiToken: 'limited-token-5' }],
    });
    server.use(...limited.handlers);
    const io = memoryIo('2026-11-23', {
      JIRA_URL: limited.baseUrl,
      JIRA_EMAIL: 'a@b',
      JIRA_API_TOKEN: 'limited-token-5',
    });
    expect(await run(['jira', 'rollup', '-m', map], io)).toBe(1);
    expect(io.stderr).toMatch(
      /^throughline: POST https:\/\/limited-cli\.atlassian\.net\/rest\/api\/3\/search\/jql answered HTTP 429 \(too many requests\) and asks to wait 120 s, .*--max-wait\n$/,
    );
  });

  it('spends one retry budget across the field lookup and the search (one client, one transport)', async () => {
    const tooMany = () => new HttpResponse(null, { status: 429, headers: { 'retry-after': '0' } });
    server.use(
      http.get(`${SITE}/rest/api/3/field`, tooMany, { once: true }),
      http.post(`${SITE}/rest/api/3/search/jql`, tooMany, { once: true }),
    );
    const io = memoryIo('2026-11-23', env);
    const args = ['jira', 'rollup', '-m', map, '--story-points', 'story points', '--retries', '1'];
    // The lookup's 429 takes the one retry; the search's 429 finds none left.
    expect(await run(args, io)).toBe(1);
    expect(io.stderr).toMatch(/search\/jql answered HTTP 429 .*--retries\n$/);
  });
});
