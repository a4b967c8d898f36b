// The resolver function the manifest names: every payload parsed by the contract, every answer one envelope.
import { makeResolver } from '@forge/resolver';
import {
  errorResult,
  MAX_MAP_TEXT_LENGTH,
  okResult,
  RESOLVER_KEYS,
  type ResolverKey,
  type ResolverResult,
  resolverContract,
  toResolverIssues,
} from '../../contract/resolver-contract';
import type { BackendDeps } from '../services/backend-deps';
import { errorEnvelope } from './error-envelope';
import { MODULES_BY_KEY } from './module-access';
import { PROJECT_ADMIN_KEYS, requireProjectAdmin } from './project-admin';
import { resolverHandlers } from './resolver-handlers';
import { type TrustedContext, trustedContext } from './trusted-context';

/**
 * Above any valid payload, measured as JSON: refused before zod walks it. The map text is the
 * largest part, and JSON escapes at most double a map file's characters (each `"`, `\` or
 * newline becomes two), so a file the contract accepts is never refused here.
 */
export const MAX_PAYLOAD_CHARS = 2 * MAX_MAP_TEXT_LENGTH + 64 * 1024;

export type DepsFactory = (context: TrustedContext) => Promise<BackendDeps>;

interface ForgeRequest {
  payload: unknown;
  context: unknown;
}

function payloadTooLarge(payload: unknown): boolean {
  try {
    return JSON.stringify(payload ?? {}).length > MAX_PAYLOAD_CHARS;
  } catch {
    return true;
  }
}

/** One resolver call from the bridge to its envelope. */
async function runResolver<K extends ResolverKey>(
  key: K,
  request: ForgeRequest,
  makeDeps: DepsFactory,
): Promise<ResolverResult<unknown>> {
  try {
    const context = trustedContext(request.context);
    if (!context) return errorResult('wrong-context', 'The app was called without a Forge context');
    if (!context.moduleKey || !MODULES_BY_KEY[key].includes(context.moduleKey)) {
      return errorResult('forbidden', `${key} cannot be called from this page`);
    }
    if (payloadTooLarge(request.payload)) {
      return errorResult('invalid-request', 'The request is too large; nothing was changed');
    }
    const parsed = resolverContract[key].request.safeParse(request.payload ?? {});
    if (!parsed.success) {
      return errorResult(
        'invalid-request',
        'The request is not valid; nothing was changed',
        toResolverIssues(parsed.error),
      );
    }
    const deps = await makeDeps(context);
    if (PROJECT_ADMIN_KEYS.has(key)) await requireProjectAdmin(context, deps);
    const handler = resolverHandlers[key] as (input: {
      request: unknown;
      context: TrustedContext;
      deps: BackendDeps;
    }) => Promise<unknown>;
    return okResult(await handler({ request: parsed.data, context, deps }));
  } catch (error) {
    return errorEnvelope(error);
  }
}

/** The Forge handler: `resolver` in backend/index.ts. */
export function defineResolvers(makeDeps: DepsFactory) {
  const handlers = Object.fromEntries(
    RESOLVER_KEYS.map((key) => [
      key,
      (request: ForgeRequest) => runResolver(key, request, makeDeps),
    ]),
  );
  return makeResolver(handlers);
}
