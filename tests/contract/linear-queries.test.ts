// Every GraphQL document the Linear client sends (apps/linear/queries) against Linear's published
// schema: valid, no deprecated field, and under Linear's 10,000-point complexity limit.
import { readdirSync, readFileSync } from 'node:fs';
import {
  buildLinearSchema,
  checkLinearDocument,
  estimateComplexity,
  LINEAR_COMPLEXITY_LIMIT,
} from '@throughline/platform-fakes';
import { describe, expect, it } from 'vitest';

const schema = buildLinearSchema(
  readFileSync(new URL('./specs/linear/schema.graphql', import.meta.url), 'utf8'),
);
const queries = new URL('../../apps/linear/queries/', import.meta.url);
const files = readdirSync(queries).filter((name) => name.endsWith('.graphql'));

describe('the Linear client documents', () => {
  it('are all there', () => {
    expect(files.sort()).toEqual([
      'create-external-link.graphql',
      'create-project-label.graphql',
      'label-groups.graphql',
      'projects-by-ids.graphql',
      'projects-page.graphql',
    ]);
  });

  it.each(files)('%s validates against the schema with no deprecated field', (file) => {
    const { problems } = checkLinearDocument(schema, readFileSync(new URL(file, queries), 'utf8'));
    expect(problems).toEqual([]);
  });

  it.each(files)(`%s stays under ${LINEAR_COMPLEXITY_LIMIT} points at its page size`, (file) => {
    const { document } = checkLinearDocument(schema, readFileSync(new URL(file, queries), 'utf8'));
    expect(document).toBeDefined();
    if (document === undefined) return;
    // `$first` counts at its default in the document: the largest page the client asks for.
    expect(estimateComplexity(schema, document)).toBeLessThan(LINEAR_COMPLEXITY_LIMIT);
  });
});

describe('the complexity estimate follows Linear’s rules', () => {
  const points = (text: string, variables: Record<string, unknown> = {}) => {
    const { document, problems } = checkLinearDocument(schema, text);
    expect(problems).toEqual([]);
    return document === undefined ? Number.NaN : estimateComplexity(schema, document, variables);
  };

  it.each([
    // One object (the project) with two properties.
    ['{ project(id: "p") { id name } }', {}, 1.2],
    // A connection multiplies its children by `first`: 10 × (nodes 1 + 0.1) + the connection's 1.
    ['{ projects(first: 10) { nodes { id } } }', {}, 12],
    // …by 50 when `first` is absent.
    ['{ projects { nodes { id } } }', {}, 56],
    // …by a variable's value when it is given.
    ['query($n: Int) { projects(first: $n) { nodes { id } } }', { n: 2 }, 3.2],
    // Nested connections multiply.
    [
      '{ projects(first: 10) { nodes { labels(first: 5) { nodes { id } } } } }',
      {},
      1 + 10 * (1 + 1 + 5 * 1.1),
    ],
  ])('%s is %d points', (text, variables, expected) => {
    expect(points(text, variables)).toBeCloseTo(expected, 5);
  });

  it('refuses a deprecated field', () => {
    const { problems } = checkLinearDocument(schema, '{ projects { nodes { state } } }');
    expect(problems).toEqual(['deprecated: Project.state (Use project.status instead)']);
  });
});
