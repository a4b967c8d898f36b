// The only facts a resolver trusts: what Forge put in the invocation context (never the payload).
import { z } from 'zod';
import type { ContextIssue, ContextProject } from '../services/backend-deps';

const Entity = z.looseObject({ id: z.coerce.string().min(1), key: z.string().min(1) });

const ForgeContext = z.looseObject({
  accountId: z.string().min(1).optional(),
  moduleKey: z.string().optional(),
  siteUrl: z.string().optional(),
  extension: z.looseObject({ issue: Entity.optional(), project: Entity.optional() }).optional(),
});

export interface TrustedContext {
  accountId: string | undefined;
  moduleKey: string | undefined;
  siteUrl: string | undefined;
  issue: ContextIssue | undefined;
  project: ContextProject | undefined;
}

/** Undefined when Forge's context is not the shape Forge sends: the call is refused. */
export function trustedContext(context: unknown): TrustedContext | undefined {
  const parsed = ForgeContext.safeParse(context);
  if (!parsed.success) return undefined;
  const { issue, project } = parsed.data.extension ?? {};
  return {
    accountId: parsed.data.accountId,
    moduleKey: parsed.data.moduleKey,
    siteUrl: parsed.data.siteUrl,
    issue: issue && { id: issue.id, key: issue.key },
    project: project && { id: project.id, key: project.key },
  };
}
