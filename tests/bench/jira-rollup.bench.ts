// How many Jira requests and how long rolling up a map's linked issues takes: 1,000 and 10,000
// issues through the real client and HTTP transport, against the Jira fake served by msw.
import { readFileSync } from 'node:fs';
import {
  createHttpTransport,
  createJiraClient,
  LINKS_PROPERTY_KEY,
  SEARCH_PAGE_SIZE,
  toWorkLinks,
} from '@throughline/jira';
import { type JourneyMap, parseMapJson, rollup } from '@throughline/journey-core';
import { createJiraRestFake, type FakeIssueSeed } from '@throughline/platform-fakes';
import { setupServer } from 'msw/node';
import { afterAll, bench, describe } from 'vitest';

const parsed = parseMapJson(
  readFileSync(
    new URL('../../apps/cli/samples/broadband-onboarding.map.json', import.meta.url),
    'utf8',
  ),
);
if (!parsed.ok) throw new Error('the sample map does not parse');
const map: JourneyMap = parsed.value;
const CATEGORIES = ['new', 'indeterminate', 'done'] as const;

function issuesFor(count: number): FakeIssueSeed[] {
  return Array.from({ length: count }, (_, index) => {
    const stage = map.stages[index % map.stages.length];
    if (stage === undefined) throw new Error('the sample map has no stages');
    const painPoint = map.painPoints.find((entry) => entry.stageId === stage.id);
    const link = {
      mapId: map.id,
      stageId: stage.id,
      ...(painPoint === undefined || index % 3 !== 0 ? {} : { painPointId: painPoint.id }),
    };
    return {
      key: `HOME-${index + 1}`,
      summary: `Work item ${index + 1}`,
      statusCategory: CATEGORIES[index % 3] ?? 'new',
      duedate: index % 4 === 0 ? '2026-11-01' : null,
      storyPoints: (index % 8) + 1,
      properties: {
        [LINKS_PROPERTY_KEY]: {
          links: [link],
          mapIds: [map.id],
          stageIds: [stage.id],
          painPointIds: 'painPointId' in link ? [link.painPointId] : [],
        },
      },
    };
  });
}

const TOKEN = 'bench-token-000';
const sites = [1_000, 10_000].map((count) => {
  const fake = createJiraRestFake({
    baseUrl: `https://bench-${count}.atlassian.net`,
    issues: issuesFor(count),
    users: [{ accountId: 'u', email: 'bench@example.com', apiToken: TOKEN }],
  });
  return { count, fake };
});
const server = setupServer(...sites.flatMap((site) => site.fake.handlers));
server.listen({ onUnhandledRequest: 'error' });
afterAll(() => server.close());

async function rollUp(baseUrl: string) {
  const transport = createHttpTransport({
    siteUrl: baseUrl,
    email: 'bench@example.com',
    apiToken: TOKEN,
  });
  const client = createJiraClient({ transport, storyPointsFieldId: 'customfield_10016' });
  const issues = await client.searchLinkedIssues(map.id);
  return rollup(map, toWorkLinks(issues, map.id, { siteUrl: baseUrl }), { asOf: '2026-11-23' });
}

/** The last result, kept where the engine can see it is used, so that it cannot skip the work. */
export let lastResult: unknown;

const labels = new Map<number, string>();
for (const { count, fake } of sites) {
  fake.clearLog();
  const result = await rollUp(fake.baseUrl);
  const searches = fake.requests.filter(
    (request) => request.path === '/rest/api/3/search/jql',
  ).length;
  const others = fake.requests.length - searches;
  const expected = Math.ceil(count / SEARCH_PAGE_SIZE);
  if (searches !== expected || others !== 0 || result.counts.total !== count) {
    throw new Error(`${count} issues took ${searches} searches and ${others} other requests`);
  }
  labels.set(
    count,
    `jira rollup, ${count.toLocaleString('en')} linked issues: ${fake.requests.length} requests (${searches} searches of ${SEARCH_PAGE_SIZE}, ${others} per issue)`,
  );
}

describe('roll up a map from Jira', () => {
  for (const { count, fake } of sites) {
    bench(
      labels.get(count) ?? String(count),
      async () => {
        lastResult = await rollUp(fake.baseUrl);
      },
      count > 1_000
        ? { time: 4000, warmupTime: 500, iterations: 5 }
        : { time: 2000, warmupTime: 200 },
    );
  }
});
