import { readFileSync } from 'node:fs';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createLinearGraphQLFake } from './linear-graphql-fake';
import { buildLinearSchema } from './linear-schema';
import { sampleWorkspace } from './sample-workspace';

// The official schema, as copied into the repository (tests/contract/specs).
const spec = (name: string) =>
  readFileSync(new URL(`../../../../tests/contract/specs/linear/${name}`, import.meta.url), 'utf8');
const URL_ = 'https://linear.fake-unit/graphql';
const fake = createLinearGraphQLFake({
  schema: buildLinearSchema(spec('schema.graphql')),
  apiUrl: URL_,
  apiKey: 'lin_api_unit',
  seed: sampleWorkspace({ projects: 120, archived: 3 }),
  rateLimitOn: [1],
  retryAfter: 2,
});
const server = setupServer(...fake.handlers);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

const post = async (query: string, variables: Record<string, unknown> = {}) => {
  const response = await fetch(URL_, {
    method: 'POST',
    headers: { authorization: 'lin_api_unit', 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, headers: response.headers, body: await response.json() };
};

describe('the Linear GraphQL fake', () => {
  beforeEach(() => {
    fake.violations.length = 0;
  });

  it('answers an injected RATELIMITED as Linear does, then pages for real', async () => {
    const page =
      'query P($after: String) { projects(first: 50, after: $after) { nodes { id } pageInfo { hasNextPage endCursor } } }';
    const limited = await post(page);
    expect(limited.status).toBe(400);
    expect(limited.headers.get('retry-after')).toBe('2');
    expect(limited.body.errors[0].extensions.code).toBe('RATELIMITED');
    const ids: string[] = [];
    let after: string | null = null;
    do {
      const { body } = await post(page, { after });
      ids.push(...body.data.projects.nodes.map((node: { id: string }) => node.id));
      after = body.data.projects.pageInfo.hasNextPage
        ? body.data.projects.pageInfo.endCursor
        : null;
    } while (after !== null);
    expect(ids).toHaveLength(120);
    expect(new Set(ids).size).toBe(120);
  });

  it('filters by id, nests labels with their group, and leaves archived projects out', async () => {
    const { body } = await post(
      'query($ids: [ID!]) { projects(filter: { id: { in: $ids } }) { nodes { id status { type } labels { nodes { name parent { name } } } } } }',
      { ids: ['project-1', 'project-2', 'project-122', 'nope'] },
    );
    expect(body.data.projects.nodes.map((node: { id: string }) => node.id)).toEqual([
      'project-1',
      'project-2',
    ]);
    expect(body.data.projects.nodes[0].labels.nodes[0].parent.name).toBe('Journey: Onboarding');
  });

  it('refuses deprecated fields, invalid documents and queries over the complexity limit', async () => {
    expect((await post('{ projects { nodes { state } } }')).status).toBe(400);
    expect((await post('{ projects { nodes { nope } } }')).status).toBe(400);
    const tooComplex = await post(
      '{ projects(first: 250) { nodes { labels(first: 250) { nodes { id } } } } }',
    );
    expect(tooComplex.body.errors[0].message).toMatch(/complexity/);
    expect(fake.violations).toHaveLength(3);
    expect(fake.violations[0]).toMatch(/deprecated: Project.state/);
  });

  it('creates label groups, labels and links, and refuses a duplicate label', async () => {
    const create =
      'mutation($input: ProjectLabelCreateInput!) { projectLabelCreate(input: $input) { success projectLabel { id name } } }';
    const group = await post(create, { input: { name: 'Journey: Returns', isGroup: true } });
    const groupId = group.body.data.projectLabelCreate.projectLabel.id;
    await post(create, { input: { name: 'Label', parentId: groupId } });
    const again = await post(create, { input: { name: 'label', parentId: groupId } });
    expect(again.body.errors[0].message).toMatch(/already exists/);
    expect(fake.workspace.labels.get(groupId)?.isGroup).toBe(true);
    const link = await post(
      'mutation($input: EntityExternalLinkCreateInput!) { entityExternalLinkCreate(input: $input) { success entityExternalLink { id url } } }',
      { input: { projectId: 'project-3', url: 'https://example.com/map', label: 'Journey map' } },
    );
    expect(link.body.data.entityExternalLinkCreate.success).toBe(true);
    expect(fake.workspace.projects.get('project-3')?.externalLinkIds).toHaveLength(1);
  });

  it('refuses a request without the API key', async () => {
    const response = await fetch(URL_, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ projects { nodes { id } } }' }),
    });
    expect(response.status).toBe(401);
  });
});
