// The SDK's GraphQL client, sending through the shared HTTP layer instead of its own global fetch:
// deadlines, the run's one retry budget (RATELIMITED included), body caps and redaction for every
// request, ours (`rawRequest`) and the SDK's lazy relations (`request`) alike.
import {
  GraphQLClientError,
  type LinearError,
  LinearGraphQLClient,
  type LinearRawResponse,
  parseLinearError,
} from '@linear/sdk';
import {
  type HttpClient,
  type HttpError,
  type HttpJsonResponse,
  isHttpError,
} from '@throughline/platform-http';
import { z } from 'zod';

/** Any GraphQL response: data, errors or both. */
const GraphQLAnswer = z.looseObject({
  data: z.record(z.string(), z.unknown()).nullish(),
  errors: z
    .array(
      z.looseObject({
        message: z.string().optional(),
        path: z.array(z.union([z.string(), z.number()])).optional(),
        extensions: z.looseObject({}).optional(),
      }),
    )
    .optional(),
  extensions: z.unknown().optional(),
});

/**
 * Linear answers a rate limit with HTTP 400 and the error code `RATELIMITED` (type `ratelimited`),
 * not 429; the HTTP layer then retries it by `Retry-After` from the run's budget.
 */
export function isLinearRateLimited(status: number, body: string): boolean {
  if (status !== 400) return false;
  try {
    const parsed = GraphQLAnswer.safeParse(JSON.parse(body));
    return (
      parsed.success &&
      (parsed.data.errors ?? []).some(
        (error) =>
          error.extensions?.code === 'RATELIMITED' || error.extensions?.type === 'ratelimited',
      )
    );
  } catch {
    // A body cut at 64 KiB is no longer JSON: the code alone still says it.
    return body.includes('"RATELIMITED"');
  }
}

/** Whether the document's operation is a mutation (comments and whitespace before it skipped). */
export function isMutation(query: string): boolean {
  return /^mutation\b/.test(query.replace(/^(?:\s*#[^\n]*\n)*\s*/, ''));
}

export interface HttpGraphQLClientOptions {
  url: string;
  http: HttpClient;
  headers: Readonly<Record<string, string>>;
  /** Called once per GraphQL request sent (retries of it not counted). */
  onSend?: () => void;
}

export class HttpGraphQLClient extends LinearGraphQLClient {
  readonly #options: HttpGraphQLClientOptions;

  constructor(options: HttpGraphQLClientOptions) {
    super(options.url);
    this.#options = options;
  }

  override async rawRequest<Data, Variables extends Record<string, unknown>>(
    query: string,
    variables?: Variables,
  ): Promise<LinearRawResponse<Data>> {
    const { url, http, headers, onSend } = this.#options;
    const request = { query, ...(variables === undefined ? {} : { variables }) };
    onSend?.();
    let answer: HttpJsonResponse;
    try {
      answer = await http.postJson(url, request, {
        headers,
        isRateLimited: isLinearRateLimited,
        // A mutation a failing server may already have applied is not sent twice; RATELIMITED
        // answers were not handled, so those are retried even for mutations.
        retryServerErrors: !isMutation(query),
      });
    } catch (error) {
      throw isHttpError(error) ? sdkError(error, request) : error;
    }
    const parsed = GraphQLAnswer.safeParse(answer.body);
    const response = { status: answer.status, headers: answer.headers };
    if (!parsed.success) {
      throw parseLinearError(
        new GraphQLClientError(
          { ...response, error: 'The answer is not a GraphQL response' },
          request,
        ),
      );
    }
    const { data, errors } = parsed.data;
    if ((errors !== undefined && errors.length > 0) || data == null) {
      throw parseLinearError(
        new GraphQLClientError(
          { ...response, ...(data == null ? {} : { data }), errors: (errors ?? []) as never },
          request,
        ),
      );
    }
    return { ...response, data: data as Data, extensions: parsed.data.extensions };
  }

  /** What the SDK's generated queries and lazy relations call. */
  override async request<Data, Variables extends Record<string, unknown>>(
    document: string,
    variables?: Variables,
  ): Promise<Data> {
    const answer = await this.rawRequest<Data, Variables>(document, variables);
    return answer.data as Data;
  }
}

/** The HTTP layer's failure as the SDK error of its kind, carrying it as its cause. */
function sdkError(
  error: HttpError,
  request: { query: string; variables?: Record<string, unknown> },
): LinearError {
  const rateLimited = error.code === 'rate-limited';
  const sdk = parseLinearError({
    message: error.message,
    request,
    response: {
      ...(error.status === undefined ? {} : { status: error.status }),
      error: error.message,
      // The type picks the SDK's RatelimitedLinearError; the same message keeps it said once.
      ...(rateLimited
        ? {
            errors: [
              {
                extensions: { type: 'ratelimited' as never, userPresentableMessage: error.message },
              },
            ],
          }
        : {}),
    },
  });
  return Object.assign(sdk, { cause: error });
}
