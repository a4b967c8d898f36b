// Linear's GraphQL API behind msw over an in-memory workspace. Every document is first parsed and
// validated against the schema given (deprecated fields refused), its complexity estimated against
// Linear's limit, then executed for real with graphql-js. Injected rate limits answer as Linear does
// (HTTP 400, `RATELIMITED`, `Retry-After`), injected server errors with HTTP 500; every request is logged.
import { type DocumentNode, execute, type GraphQLSchema, getOperationAST } from 'graphql';
import { HttpResponse, http, type RequestHandler } from 'msw';
import { createRoots, fieldResolver, typeResolver } from './linear-resolvers';
import { checkLinearDocument } from './linear-schema';
import { LinearWorkspace, type LinearWorkspaceSeed } from './linear-workspace';
import { estimateComplexity, LINEAR_COMPLEXITY_LIMIT } from './query-complexity';

export const DEFAULT_LINEAR_API_URL = 'https://api.linear.app/graphql';

export interface LinearGraphQLFakeOptions {
  /** `buildLinearSchema(schema.graphql)`; with sdk-98-additions when `sdkOperations` is on. */
  schema: GraphQLSchema;
  /**
   * Serve @linear/sdk's own generated operations (`client.projects()`, lazy relations): they select
   * every field of a type, deprecated ones included, so deprecated fields are then allowed.
   */
  sdkOperations?: boolean;
  apiUrl?: string;
  /** When set, `Authorization` must be this key (or `Bearer` it); else HTTP 401. */
  apiKey?: string;
  /** The workspace served; a new one from `seed` when absent (two fakes may share one). */
  workspace?: LinearWorkspace;
  seed?: LinearWorkspaceSeed;
  /** The first n requests answer RATELIMITED. */
  rateLimitFirst?: number;
  /** These requests (1-based) answer RATELIMITED. */
  rateLimitOn?: readonly number[];
  /** These requests (1-based) answer HTTP 500, having changed nothing. */
  serverErrorOn?: readonly number[];
  /** Seconds in `Retry-After` with each RATELIMITED answer; none when absent. */
  retryAfter?: number;
  complexityLimit?: number;
}

export interface LinearGraphQLRequest {
  number: number;
  operationName: string | undefined;
  variables: Record<string, unknown>;
  status: number;
  complexity: number | undefined;
  /** Validation, deprecation and complexity problems; the request was refused when any. */
  problems: string[];
  /** Errors the execution answered with (not found, duplicate label…). */
  errors: string[];
}

export interface LinearGraphQLFake {
  handlers: RequestHandler[];
  apiUrl: string;
  workspace: LinearWorkspace;
  requests: LinearGraphQLRequest[];
  /** `operation: problem` lines for every refused document: tests assert it stays empty. */
  violations: string[];
  clearLog(): void;
}

const RATE_LIMITED_BODY = {
  errors: [
    {
      message: 'Rate limit exceeded',
      extensions: {
        code: 'RATELIMITED',
        type: 'ratelimited',
        userPresentableMessage: 'You have exceeded the rate limit. Please try again later.',
      },
    },
  ],
};

const SERVER_ERROR_BODY = {
  errors: [
    {
      message: 'Internal server error',
      extensions: { code: 'INTERNAL_SERVER_ERROR', type: 'internal error' },
    },
  ],
};

export function createLinearGraphQLFake(options: LinearGraphQLFakeOptions): LinearGraphQLFake {
  const apiUrl = options.apiUrl ?? DEFAULT_LINEAR_API_URL;
  const workspace = options.workspace ?? new LinearWorkspace(options.seed);
  const { query, mutation } = createRoots(workspace);
  const limit = options.complexityLimit ?? LINEAR_COMPLEXITY_LIMIT;
  const rateLimitOn = new Set(options.rateLimitOn ?? []);
  const serverErrorOn = new Set(options.serverErrorOn ?? []);
  const requests: LinearGraphQLRequest[] = [];
  const violations: string[] = [];
  // The same text is checked once: SDK pages send one document many times.
  const checked = new Map<string, { document: DocumentNode | undefined; problems: string[] }>();

  const handler = http.post(apiUrl, async ({ request }) => {
    const number = requests.length + 1;
    const body = (await request.json().catch(() => undefined)) as
      | { query?: unknown; variables?: unknown; operationName?: unknown }
      | undefined;
    const text = typeof body?.query === 'string' ? body.query : '';
    const variables =
      typeof body?.variables === 'object' && body.variables !== null
        ? (body.variables as Record<string, unknown>)
        : {};
    const entry: LinearGraphQLRequest = {
      number,
      operationName: /\b(?:query|mutation)\s+(\w+)/.exec(text)?.[1],
      variables,
      status: 200,
      complexity: undefined,
      problems: [],
      errors: [],
    };
    requests.push(entry);
    const answer = (status: number, json: unknown, headers: Record<string, string> = {}) => {
      entry.status = status;
      return HttpResponse.json(json as Record<string, unknown>, { status, headers });
    };

    if (number <= (options.rateLimitFirst ?? 0) || rateLimitOn.has(number)) {
      const headers: Record<string, string> = { 'x-ratelimit-requests-remaining': '0' };
      if (options.retryAfter !== undefined) headers['retry-after'] = String(options.retryAfter);
      return answer(400, RATE_LIMITED_BODY, headers);
    }
    if (serverErrorOn.has(number)) {
      return answer(500, SERVER_ERROR_BODY);
    }
    if (options.apiKey !== undefined) {
      const given = request.headers.get('authorization') ?? '';
      if (given !== options.apiKey && given !== `Bearer ${options.apiKey}`) {
        return answer(401, {
          errors: [
            {
              message: 'Authentication required, not authenticated',
              extensions: { code: 'AUTHENTICATION_ERROR', type: 'authentication error' },
            },
          ],
        });
      }
    }

    let check = checked.get(text);
    if (check === undefined) {
      check = checkLinearDocument(options.schema, text, {
        allowDeprecated: options.sdkOperations === true,
      });
      checked.set(text, check);
    }
    const { document } = check;
    entry.problems = [...check.problems];
    if (document !== undefined && entry.problems.length === 0) {
      entry.complexity = estimateComplexity(options.schema, document, variables);
      if (entry.complexity > limit) {
        entry.problems.push(`complexity ${entry.complexity} is over ${limit}`);
      }
    }
    if (document === undefined || entry.problems.length > 0) {
      for (const problem of entry.problems) {
        violations.push(`${entry.operationName ?? 'anonymous'}: ${problem}`);
      }
      return answer(400, {
        errors: entry.problems.map((message) => ({
          message,
          extensions: { code: 'GRAPHQL_VALIDATION_FAILED', type: 'graphql error' },
        })),
      });
    }

    const result = await execute({
      schema: options.schema,
      document,
      rootValue: getOperationAST(document)?.operation === 'mutation' ? mutation : query,
      variableValues: variables,
      fieldResolver,
      typeResolver,
    });
    entry.errors = (result.errors ?? []).map((error) => error.message);
    return answer(200, result);
  });

  return {
    handlers: [handler],
    apiUrl,
    workspace,
    requests,
    violations,
    clearLog() {
      requests.length = 0;
      violations.length = 0;
    },
  };
}
