// Linear's GraphQL API behind msw for the `linear` commands' tests: a fresh fake workspace per test,
// every document validated against the published schema.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  buildLinearSchema,
  createLinearGraphQLFake,
  type LinearGraphQLFake,
  type LinearGraphQLFakeOptions,
} from '@throughline/platform-fakes';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { repoRoot } from '../memory-io.test-support';

export const LINEAR_URL = 'https://linear.cli-test/graphql';
export const LINEAR_KEY = 'lin_api_cli_test_0123456789';
export const linearEnv = { LINEAR_API_KEY: LINEAR_KEY, LINEAR_API_URL: LINEAR_URL };

// The official schema, as copied into the repository (tests/contract/specs).
const schema = buildLinearSchema(
  readFileSync(resolve(repoRoot, 'tests/contract/specs/linear/schema.graphql'), 'utf8'),
);

/** Installs msw for the file; `serve` puts a new fake workspace behind it for one test. */
export function linearServer() {
  const server = setupServer();
  let current: LinearGraphQLFake | undefined;
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => {
    expect(current?.violations ?? []).toEqual([]);
    current = undefined;
    server.resetHandlers();
  });
  afterAll(() => server.close());
  return {
    server,
    serve(options: Omit<LinearGraphQLFakeOptions, 'schema'>): LinearGraphQLFake {
      current = createLinearGraphQLFake({
        schema,
        apiUrl: LINEAR_URL,
        apiKey: LINEAR_KEY,
        ...options,
      });
      server.use(...current.handlers);
      return current;
    },
  };
}

/** The operations the fake answered, by name. */
export const operations = (fake: LinearGraphQLFake, name: string) =>
  fake.requests.filter((request) => request.operationName === name);
