// The UI's typed door to the resolvers: checks the request before sending it, parses the envelope it gets back.
import {
  errorResult,
  type RequestOf,
  type ResolverKey,
  type ResolverResult,
  type ResponseOf,
  resolverContract,
  resultSchema,
  toResolverIssues,
} from './resolver-contract';

/** `invoke` from `@forge/bridge`, or the workbench's double over the real resolvers. */
export type BridgeInvoke = (
  functionKey: string,
  payload: Record<string, unknown>,
) => Promise<unknown>;

export type InvokeResolver = <K extends ResolverKey>(
  key: K,
  request: RequestOf<K>,
) => Promise<ResolverResult<ResponseOf<K>>>;

/**
 * `const call = createInvoke(invoke); const result = await call('linkIssue', { mapId, stageId })`.
 * Never throws: a bad request, a bridge failure or an unexpected answer all come back as `ok: false`.
 */
export function createInvoke(invoke: BridgeInvoke): InvokeResolver {
  return async <K extends ResolverKey>(key: K, request: RequestOf<K>) => {
    const checked = resolverContract[key].request.safeParse(request);
    if (!checked.success) {
      return errorResult(
        'invalid-request',
        'the request is not valid',
        toResolverIssues(checked.error),
      );
    }
    let answer: unknown;
    try {
      // The unparsed request goes over the wire: the resolver parses it again, and defaults stay its business.
      answer = await invoke(key, request as Record<string, unknown>);
    } catch (error) {
      return errorResult('upstream-error', `the app did not answer: ${messageOf(error)}`);
    }
    const parsed = resultSchema(key).safeParse(answer);
    if (!parsed.success) return errorResult('internal', 'the app answered in an unexpected shape');
    return parsed.data as ResolverResult<ResponseOf<K>>;
  };
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
