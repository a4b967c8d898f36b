// Loading a portfolio of 1,000 Linear projects, our way (one raw query per page, every field
// nested) against @linear/sdk's straightforward way (`client.projects()`, then per project the lazy
// `project.status` and `project.labels()`): requests and wall time, side by side, against the same
// msw fake and through the same HTTP layer.
import { readFileSync } from 'node:fs';
import { connectLinear, createLinearClient } from '@throughline/linear';
import {
  buildLinearSchema,
  createLinearGraphQLFake,
  LinearWorkspace,
  sampleWorkspace,
} from '@throughline/platform-fakes';
import { setupServer } from 'msw/node';
import { afterAll, bench, describe } from 'vitest';

const specUrl = (name: string) => new URL(`../contract/specs/linear/${name}`, import.meta.url);
const sdl = readFileSync(specUrl('schema.graphql'), 'utf8');
const additions = readFileSync(specUrl('sdk-98-additions.graphql'), 'utf8');

const PROJECTS = 1000;
const API_KEY = 'lin_api_bench';
const OURS_URL = 'https://linear.bench-ours/graphql';
const SDK_URL = 'https://linear.bench-sdk/graphql';
// One workspace behind two endpoints: ours refuses deprecated fields; the SDK's own generated
// documents select every field (deprecated ones and sdk-98-additions included), so its endpoint
// serves them against the extended schema.
const workspace = new LinearWorkspace(sampleWorkspace({ projects: PROJECTS, archived: 10 }));
const ours = createLinearGraphQLFake({
  schema: buildLinearSchema(sdl),
  apiUrl: OURS_URL,
  apiKey: API_KEY,
  workspace,
});
const sdkFake = createLinearGraphQLFake({
  schema: buildLinearSchema(sdl, additions),
  sdkOperations: true,
  apiUrl: SDK_URL,
  apiKey: API_KEY,
  workspace,
});
const server = setupServer(...ours.handlers, ...sdkFake.handlers);
server.listen({ onUnhandledRequest: 'error' });
afterAll(() => server.close());

async function loadOurWay() {
  const client = createLinearClient({ apiKey: API_KEY, apiUrl: OURS_URL });
  const projects = await client.listProjects();
  return { projects: projects.length, requests: client.requests };
}

async function loadTheSdkWay() {
  const connection = connectLinear({ apiKey: API_KEY, apiUrl: SDK_URL });
  const page = await connection.sdk.projects();
  while (page.pageInfo.hasNextPage) await page.fetchNext();
  const rows: { id: string; status: string; labels: string[] }[] = [];
  for (const project of page.nodes) {
    const status = await project.status;
    const labels = await project.labels();
    rows.push({
      id: project.id,
      status: status?.type ?? 'none',
      labels: labels.nodes.map((l) => l.id),
    });
  }
  return { projects: rows.length, requests: connection.requests };
}

// One run each first, for the counts in the names; both must read every project.
const ourRun = await loadOurWay();
const sdkRun = await loadTheSdkWay();
for (const run of [ourRun, sdkRun]) {
  if (run.projects !== PROJECTS) throw new Error(`read ${run.projects} of ${PROJECTS} projects`);
}
const violations = [...ours.violations, ...sdkFake.violations];
if (violations.length > 0) throw new Error(`the fake refused: ${violations.join('; ')}`);

/** The last result, kept where the engine can see it is used, so that it cannot skip the work. */
export let lastResult: unknown;

describe(`load ${PROJECTS.toLocaleString('en')} Linear projects with status and labels`, () => {
  bench(
    `ours: one raw query per page, fields nested — ${ourRun.requests} requests`,
    async () => {
      lastResult = await loadOurWay();
    },
    { time: 3000, warmupTime: 300 },
  );
  bench(
    `@linear/sdk: client.projects() + project.status + project.labels() — ${sdkRun.requests} requests`,
    async () => {
      lastResult = await loadTheSdkWay();
    },
    { iterations: 3, time: 0, warmupIterations: 0, warmupTime: 0 },
  );
});
