import { createLinearGraphQLFake, sampleWorkspace } from '@throughline/platform-fakes';
import { HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { isMutation } from './http-graphql-client';
import { connectLinear, createLinearClient, linearOptionsFromEnv } from './linear-client';
import { LinearClientError } from './linear-client-error';
import { linearSchema, linearSdkSchema } from './linear-fake.test-support';
import { LINEAR_QUERIES, PROJECTS_PAGE_SIZE } from './linear-queries';

const API_KEY = 'lin_api_SECRET0123456789abcdef';
const API_URL = 'https://linear.fake-client/graphql';
const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

function serve(options: Omit<Parameters<typeof createLinearGraphQLFake>[0], 'schema'> = {}) {
  const fake = createLinearGraphQLFake({
    schema: linearSchema,
    apiUrl: API_URL,
    apiKey: API_KEY,
    ...options,
  });
  server.use(...fake.handlers);
  return fake;
}

const waits: number[] = [];
const sleep = async (milliseconds: number) => {
  waits.push(milliseconds);
};
const client = (extra: Partial<Parameters<typeof createLinearClient>[0]> = {}) =>
  createLinearClient({ apiKey: API_KEY, apiUrl: API_URL, sleep, ...extra });

async function failureOf(promise: Promise<unknown>): Promise<LinearClientError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(LinearClientError);
  return error as LinearClientError;
}

describe('listProjects', () => {
  it(`reads 1,000 projects in ⌈1000/${PROJECTS_PAGE_SIZE}⌉ requests, archived ones left out`, async () => {
    const fake = serve({ seed: sampleWorkspace({ projects: 1000, archived: 5 }) });
    const linear = client();
    const pages: number[] = [];
    const projects = await linear.listProjects({ onPage: ({ pages: n }) => pages.push(n) });
    expect(projects).toHaveLength(1000);
    expect(linear.requests).toBe(Math.ceil(1000 / PROJECTS_PAGE_SIZE));
    expect(fake.requests).toHaveLength(Math.ceil(1000 / PROJECTS_PAGE_SIZE));
    expect(pages).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(fake.violations).toEqual([]);
    expect(Math.max(...fake.requests.map((r) => r.complexity ?? 0))).toBeLessThan(10_000);
    expect(projects[0]).toEqual({
      id: 'project-1',
      name: 'Project 1',
      slugId: 'project1',
      url: 'https://linear.app/throughline/project/project-1-project1',
      statusType: 'started',
      health: 'onTrack',
      progress: 0,
      scope: 0,
      startDate: '2026-01-01',
      targetDate: null,
      archivedAt: null,
      updatedAt: '2026-01-05T09:00:00.000Z',
      labels: [
        { id: 'stage-1-1', name: 'Discover', parentId: 'group-1' },
        { id: 'label-team-web', name: 'Web', parentId: null },
      ],
      externalLinks: [],
    });
  });

  it('waits out RATELIMITED by Retry-After and then succeeds', async () => {
    const fake = serve({
      seed: sampleWorkspace({ projects: 150 }),
      rateLimitFirst: 2,
      retryAfter: 3,
    });
    waits.length = 0;
    const linear = client();
    const projects = await linear.listProjects();
    expect(projects).toHaveLength(150);
    expect(waits).toEqual([3000, 3000]);
    expect(linear.requests).toBe(2);
    expect(fake.requests.map((r) => r.status)).toEqual([400, 400, 200, 200]);
  });

  it('fails naming what was read when the retry budget runs out', async () => {
    serve({ seed: sampleWorkspace({ projects: 1000 }), rateLimitOn: [3, 4], retryAfter: 1 });
    const error = await failureOf(client({ limits: { retryBudget: 1 } }).listProjects());
    expect(error.code).toBe('rate-limited');
    expect(error.read).toEqual({ pages: 2, projects: 200 });
    expect(error.message).toMatch(/page 3 of the projects failed/);
    expect(error.message).toMatch(/2 pages \(200 projects\) had been read, the rest was not/);
  });

  it('fails as unauthorized on a wrong key, without quoting any key', async () => {
    serve({ seed: sampleWorkspace({ projects: 3 }) });
    const error = await failureOf(
      createLinearClient({ apiKey: 'lin_api_WRONG', apiUrl: API_URL }).listProjects(),
    );
    expect(error.code).toBe('unauthorized');
    expect(error.message).not.toContain('lin_api_WRONG');
    expect(error.message).toMatch(/nothing had been read yet/);
  });
});

describe('a project with more labels than a page reads', () => {
  it('fails rather than drop labels', async () => {
    const labels = Array.from({ length: 25 }, (_, n) => ({ id: `l-${n}`, name: `Label ${n}` }));
    serve({ seed: { labels, projects: [{ name: 'Busy', labelIds: labels.map((l) => l.id) }] } });
    const error = await failureOf(client().listProjects());
    expect(error.code).toBe('limit-reached');
    expect(error.message).toMatch(/Busy .* carries 25 labels, more than the 20/);
  });
});

describe('a project with more external links than a page reads', () => {
  const links = Array.from({ length: 21 }, (_, n) => ({
    url: `https://maps.example/m${n}`,
    label: `Link ${n}`,
  }));

  it('fails rather than miss a link (which write-back would then create again)', async () => {
    serve({ seed: { projects: [{ name: 'Linked', externalLinks: links }] } });
    const error = await failureOf(client().listProjects());
    expect(error.code).toBe('limit-reached');
    expect(error.message).toMatch(/Linked .* carries more than the 20 external links/);
  });

  it('fails the same way when read by id', async () => {
    serve({ seed: { projects: [{ id: 'p-1', name: 'Linked', externalLinks: links }] } });
    const error = await failureOf(client().projectsByIds(['p-1']));
    expect(error.code).toBe('limit-reached');
    expect(error.message).toMatch(/Linked .* carries more than the 20 external links/);
  });

  it('reads exactly 20 links', async () => {
    serve({ seed: { projects: [{ name: 'Full', externalLinks: links.slice(0, 20) }] } });
    const [project] = await client().listProjects();
    expect(project?.externalLinks).toHaveLength(20);
  });
});

describe('listLabelGroups', () => {
  it('fails rather than return a group with its children cut short', async () => {
    const children = Array.from({ length: 101 }, (_, n) => ({
      name: `Stage ${n}`,
      parentId: 'g-big',
    }));
    serve({
      seed: { labels: [{ id: 'g-big', name: 'Journey: Big', isGroup: true }, ...children] },
    });
    const error = await failureOf(client().listLabelGroups());
    expect(error.code).toBe('limit-reached');
    expect(error.message).toMatch(/Journey: Big .* more than the 100 labels/);
  });

  it('reads a group of exactly 100 children', async () => {
    const children = Array.from({ length: 100 }, (_, n) => ({
      name: `Stage ${n}`,
      parentId: 'g-full',
    }));
    serve({
      seed: { labels: [{ id: 'g-full', name: 'Journey: Full', isGroup: true }, ...children] },
    });
    const [group] = await client().listLabelGroups();
    expect(group?.children).toHaveLength(100);
  });

  it('fails when Linear says there is a next page but gives no cursor to it', async () => {
    server.use(
      http.post(API_URL, () =>
        HttpResponse.json({
          data: {
            projectLabels: {
              nodes: [
                {
                  id: 'g',
                  name: 'Journey: A',
                  children: { nodes: [], pageInfo: { hasNextPage: false } },
                },
              ],
              pageInfo: { hasNextPage: true, endCursor: null },
            },
          },
        }),
      ),
    );
    const error = await failureOf(client().listLabelGroups());
    expect(error.code).toBe('invalid-response');
    expect(error.message).toMatch(/label group page 1 .* no cursor/);
  });
});

describe('mutations', () => {
  it('are recognised after the comments of their file, so a 5xx is not retried', () => {
    expect(isMutation(LINEAR_QUERIES.createExternalLink)).toBe(true);
    expect(isMutation(LINEAR_QUERIES.projectsPage)).toBe(false);
  });

  it('are sent once when Linear answers HTTP 500, where a read is retried', async () => {
    const fake = serve({ seed: sampleWorkspace({ projects: 1 }), serverErrorOn: [1, 2] });
    const error = await failureOf(
      client().createExternalLink('project-1', 'https://maps.example/m1', 'Journey map'),
    );
    expect(error.code).toBe('server');
    expect(fake.requests).toHaveLength(1);
    expect(fake.requests[0]?.status).toBe(500);
    expect(fake.workspace.links.size).toBe(0);

    fake.clearLog();
    const read = serve({ seed: sampleWorkspace({ projects: 1 }), serverErrorOn: [1] });
    expect(await client().listProjects()).toHaveLength(1);
    expect(read.requests.map((r) => r.status)).toEqual([500, 200]);
  });
});

describe('projectsByIds', () => {
  it('reads the named projects in one request, leaving out missing and archived ones', async () => {
    const fake = serve({ seed: sampleWorkspace({ projects: 300, archived: 2 }) });
    const linear = client();
    const projects = await linear.projectsByIds([
      'project-7',
      'project-250',
      'project-301',
      'gone',
    ]);
    expect(projects.map((p) => p.id)).toEqual(['project-7', 'project-250']);
    expect(linear.requests).toBe(1);
    expect(fake.requests).toHaveLength(1);
    expect(fake.violations).toEqual([]);
    expect(await linear.projectsByIds([])).toEqual([]);
    expect(linear.requests).toBe(1);
  });
});

describe('write-back', () => {
  it('creates a label group, its stage labels and a project link, and refuses a duplicate', async () => {
    const fake = serve({ seed: sampleWorkspace({ projects: 2 }) });
    const linear = client();
    const group = await linear.createLabelGroup('Journey: Returns');
    const stage = await linear.createLabel(group.id, 'Send back');
    expect(stage.name).toBe('Send back');
    const groups = await linear.listLabelGroups();
    expect(groups.find((g) => g.id === group.id)).toEqual({
      id: group.id,
      name: 'Journey: Returns',
      children: [stage],
    });
    const link = await linear.createExternalLink(
      'project-1',
      'https://maps.example/m1',
      'Journey map',
    );
    const [project] = await linear.projectsByIds(['project-1']);
    expect(project?.externalLinks).toEqual([{ id: link.id, url: 'https://maps.example/m1' }]);
    const duplicate = await failureOf(linear.createLabel(group.id, 'send back'));
    expect(duplicate.code).toBe('invalid-request');
    expect(duplicate.message).toMatch(/already exists/);
    expect(fake.violations).toEqual([]);
  });
});

describe('secrets and configuration', () => {
  it('never puts the API key in a message, even when Linear echoes it', async () => {
    server.use(
      http.post(API_URL, ({ request }) => {
        const key = request.headers.get('authorization') ?? '';
        return request.headers.get('x-refuse') === null
          ? HttpResponse.json({ errors: [{ message: `Key ${key} may not read projects` }] })
          : HttpResponse.json({ errors: [{ message: `Key ${key} refused` }] }, { status: 400 });
      }),
    );
    const inGraphQL = await failureOf(client().listProjects());
    expect(inGraphQL.message).toContain('may not read projects');
    expect(inGraphQL.message).not.toContain(API_KEY);
    const linear = createLinearClient({
      apiKey: API_KEY,
      apiUrl: API_URL,
      fetch: (input, init) => {
        const headers = new Headers(init?.headers);
        headers.set('x-refuse', '1');
        return globalThis.fetch(input, { ...init, headers });
      },
    });
    const inHttp = await failureOf(linear.listLabelGroups());
    expect(inHttp.message).toMatch(/HTTP 400/);
    expect(inHttp.message).not.toContain(API_KEY);
  });

  it('reads LINEAR_API_KEY and LINEAR_API_URL, and refuses plain http to another host', () => {
    expect(linearOptionsFromEnv({ LINEAR_API_KEY: ' k ', LINEAR_API_URL: API_URL })).toEqual({
      apiKey: 'k',
      apiUrl: API_URL,
    });
    expect(() => linearOptionsFromEnv({})).toThrow(/LINEAR_API_KEY/);
    expect(() =>
      createLinearClient({ apiKey: 'k', apiUrl: 'http://linear.example/graphql' }),
    ).toThrow(LinearClientError);
  });
});

describe("the SDK's own operations over the same transport", () => {
  it('serves client.projects() and the lazy status and labels, one request each', async () => {
    const fake = createLinearGraphQLFake({
      schema: linearSdkSchema,
      sdkOperations: true,
      apiUrl: API_URL,
      apiKey: API_KEY,
      seed: sampleWorkspace({ projects: 3 }),
    });
    server.use(...fake.handlers);
    const connection = connectLinear({ apiKey: API_KEY, apiUrl: API_URL });
    const page = await connection.sdk.projects();
    expect(page.nodes).toHaveLength(3);
    const first = page.nodes[0];
    expect((await first?.status)?.type).toBe('started');
    expect((await first?.labels())?.nodes.map((label) => label.name)).toEqual(['Discover', 'Web']);
    expect(connection.requests).toBe(3);
    expect(fake.violations).toEqual([]);
  });
});
