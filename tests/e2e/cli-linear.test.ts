// `linear portfolio` as a user runs it: the CLI in its own process, over real HTTP to loopback
// servers answering with the Linear GraphQL fake and the Jira REST fake, so the maps' Jira issues
// join the Linear projects on the same journeys and stages.
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  buildLinearSchema,
  createJiraRestFake,
  createLinearGraphQLFake,
  type JiraRestFake,
  type LinearGraphQLFake,
} from '@throughline/platform-fakes';
import { type Loopback, startLoopback } from '@throughline/platform-fakes/loopback';
import { getResponse, type RequestHandler } from 'msw';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { jiraSpec } from '../contract/jira-openapi.test-support';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const JIRA_TOKEN = 'e2e-jira-token-for-linear-0123';
const LINEAR_KEY = 'lin_api_e2e_0123456789abcdef';
const MAP_ID = 'map-broadband-onboarding';
const map = 'apps/cli/samples/broadband-onboarding.map.json';
const linearSchema = buildLinearSchema(
  readFileSync(new URL('../contract/specs/linear/schema.graphql', import.meta.url), 'utf8'),
);

/** A loopback server that answers every request with the handlers `handlers()` gives at the time. */
async function serveOverHttp(handlers: () => RequestHandler[]): Promise<Loopback> {
  const server: Loopback = await startLoopback((request, response) => {
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
    void getResponse(handlers(), forwarded).then(async (answer) => {
      const reply = answer ?? new Response('not served', { status: 404 });
      const text = await reply.text();
      response.writeHead(reply.status, Object.fromEntries(reply.headers));
      response.end(text);
    });
  });
  return server;
}

/** The links property the Jira app writes on an issue: one stage of the sample map. */
const linkedTo = (stageId: string) => ({
  'throughline-links': {
    links: [{ mapId: MAP_ID, stageId }],
    mapIds: [MAP_ID],
    stageIds: [stageId],
    painPointIds: [],
  },
});

let jiraServer: Loopback;
let linearServer: Loopback;
let jira: JiraRestFake;
let linear: LinearGraphQLFake;

beforeAll(async () => {
  jiraServer = await serveOverHttp(() => jira.handlers);
  linearServer = await serveOverHttp(() => linear.handlers);
  jira = createJiraRestFake({
    baseUrl: jiraServer.origin,
    spec: jiraSpec,
    issues: [
      {
        id: '10007',
        key: 'HOME-7',
        summary: 'Autosave the order form',
        statusCategory: 'indeterminate',
        properties: linkedTo('stage-sign-up'),
      },
      {
        id: '10008',
        key: 'HOME-8',
        summary: 'Engineer ETA',
        properties: linkedTo('stage-install'),
      },
      { id: '10009', key: 'HOME-9', summary: 'Not on the journey' },
    ],
    users: [{ accountId: 'u', email: 'ana@example.com', apiToken: JIRA_TOKEN }],
  });
  linear = createLinearGraphQLFake({
    schema: linearSchema,
    apiUrl: `${linearServer.origin}/graphql`,
    apiKey: LINEAR_KEY,
    seed: {
      labels: [
        // Matched to the map by its key, case-insensitively; its labels by stage name.
        { id: 'group', name: 'Journey: Broadband-Onboarding', isGroup: true },
        { id: 'sign-up', name: 'sign up', parentId: 'group' },
        { id: 'install', name: 'Installation', parentId: 'group' },
      ],
      projects: [
        {
          id: 'p-form',
          name: 'Shorter order form',
          labelIds: ['sign-up'],
          health: 'onTrack',
          progress: 0.5,
          scope: 2,
        },
        {
          id: 'p-eta',
          name: 'Live engineer ETA',
          labelIds: ['install'],
          health: 'atRisk',
          progress: 0.2,
        },
        { id: 'p-none', name: 'Office move', labelIds: [] },
      ],
    },
  });
});
afterAll(() => Promise.all([jiraServer.close(), linearServer.close()]));

function throughline(
  env: Record<string, string>,
  ...args: string[]
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      'pnpm',
      ['--silent', 'throughline', ...args],
      { cwd: repoRoot, env: { ...process.env, ...env } },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

const linearEnv = () => ({
  LINEAR_API_KEY: LINEAR_KEY,
  LINEAR_API_URL: `${linearServer.origin}/graphql`,
});
const jiraEnv = () => ({
  JIRA_URL: jiraServer.origin,
  JIRA_EMAIL: 'ana@example.com',
  JIRA_API_TOKEN: JIRA_TOKEN,
});

const Stage = z.object({
  key: z.string(),
  projects: z.array(z.object({ id: z.string() })),
  issues: z.array(z.object({ id: z.string(), key: z.string() })),
  jira: z.object({ health: z.string(), count: z.number() }).nullable(),
});
const Portfolio = z.object({
  journeys: z.array(z.object({ name: z.string(), stages: z.array(Stage) })),
  unlinked: z.array(z.object({ id: z.string() })),
});

describe('throughline linear portfolio, end to end', () => {
  it("puts the map's Jira issues beside the Linear projects on the same stages", async () => {
    const result = await throughline(
      { ...linearEnv(), ...jiraEnv() },
      'linear',
      'portfolio',
      '--map',
      map,
      '--format',
      'json',
      '--as-of',
      '2026-11-23',
    );
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const [journey, ...others] = Portfolio.parse(JSON.parse(result.stdout)).journeys;
    expect(others).toEqual([]);
    expect(journey?.name).toBe('Broadband-Onboarding');
    const stage = (key: string) => journey?.stages.find((s) => s.key === key);
    expect(stage('sign-up')?.projects.map((p) => p.id)).toEqual(['p-form']);
    expect(stage('sign-up')?.issues.map((i) => i.key)).toEqual(['HOME-7']);
    expect(stage('install')?.projects.map((p) => p.id)).toEqual(['p-eta']);
    expect(stage('install')?.issues.map((i) => i.key)).toEqual(['HOME-8']);
    expect(stage('discover')).toMatchObject({ projects: [], issues: [], jira: { count: 0 } });
    expect(linear.violations).toEqual([]);
    expect(jira.violations).toEqual([]);
    expect(result.stdout + result.stderr).not.toContain(JIRA_TOKEN);
    expect(result.stdout + result.stderr).not.toContain(LINEAR_KEY);
  }, 60_000);

  it('shows the Jira columns in the table; without JIRA_URL the map stands alone', async () => {
    const table = await throughline(
      { ...linearEnv(), ...jiraEnv() },
      'linear',
      'portfolio',
      '--map',
      map,
      '--as-of',
      '2026-11-23',
    );
    expect(table.code).toBe(0);
    expect(table.stdout).toMatch(
      /Stage\s+Health\s+Progress\s+Overdue\s+Projects\s+Issues\s+Jira health/,
    );
    expect(table.stdout).not.toContain('\u001b');
    const alone = await throughline(
      linearEnv(),
      'linear',
      'portfolio',
      '--map',
      map,
      '--format',
      'json',
      '--as-of',
      '2026-11-23',
    );
    expect(alone.code).toBe(0);
    const stages = Portfolio.parse(JSON.parse(alone.stdout)).journeys[0]?.stages ?? [];
    expect(stages.flatMap((s) => s.issues)).toEqual([]);
    expect(stages.every((s) => s.jira === null)).toBe(true);
  }, 60_000);

  it('refuses a bad --as-of in one line, exit 2, having asked nobody', async () => {
    linear.clearLog();
    const result = await throughline(linearEnv(), 'linear', 'portfolio', '--as-of', '23/11/2026');
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^throughline: --as-of: [^\n]*\n$/);
    expect(result.stdout).toBe('');
    expect(linear.requests).toEqual([]);
  }, 60_000);
});
