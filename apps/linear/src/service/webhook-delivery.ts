// One Linear webhook delivery checked at the door: signature over the raw body and the signed
// timestamp (the SDK's LinearWebhookClient: HMAC-SHA256, one minute), then the body's shape.
import { createHash } from 'node:crypto';
import { LinearWebhookClient } from '@linear/sdk/webhooks';
import { z } from 'zod';

const Payload = z.object({
  type: z.string().min(1),
  action: z.string().min(1),
  webhookTimestamp: z.number(),
  data: z.looseObject({
    id: z.string().optional(),
    projectId: z.string().optional(),
    project: z.looseObject({ id: z.string() }).optional(),
  }),
});

/** The webhook resource types the portfolio reads (manifests/linear/linear-app.yaml subscribes to these). */
export const WEBHOOK_TYPES = ['Project', 'ProjectUpdate', 'Initiative'] as const;

export interface Delivery {
  id: string;
  type: string;
  action: string;
  /** Of the raw body: the signed part, so a replay under a new (unsigned) delivery id still matches. */
  bodySha256: string;
  /**
   * The projects to refetch (a removed one comes back missing and is dropped); `all` when it names
   * none we can refetch alone (an initiative); `none` for a type the portfolio does not read.
   */
  projects: readonly string[] | 'all' | 'none';
}

export type DeliveryCheck =
  | { ok: true; delivery: Delivery }
  | { ok: false; status: 400 | 401; reason: string };

function changedProjects(payload: z.infer<typeof Payload>): Delivery['projects'] {
  switch (payload.type) {
    case 'Project':
      return payload.data.id ? [payload.data.id] : 'all';
    case 'ProjectUpdate': {
      const id = payload.data.projectId ?? payload.data.project?.id;
      return id ? [id] : 'all';
    }
    case 'Initiative':
      // An initiative's payload lists no projects: a full read finds what moved.
      return 'all';
    default:
      return 'none';
  }
}

export function deliveryChecker(secret: string) {
  const client = new LinearWebhookClient(secret);
  return (
    rawBody: Buffer,
    headers: { signature: string | undefined; deliveryId: string | undefined },
  ): DeliveryCheck => {
    if (!headers.signature) return { ok: false, status: 401, reason: 'missing signature' };
    try {
      client.verify(rawBody, headers.signature);
    } catch (error) {
      // verify() checks the HMAC before it parses: a SyntaxError means a signed body that is not JSON.
      if (error instanceof SyntaxError)
        return { ok: false, status: 400, reason: 'body is not JSON' };
      const reason =
        error instanceof Error && /timestamp/i.test(error.message)
          ? 'stale or missing timestamp'
          : 'bad signature';
      return { ok: false, status: 401, reason };
    }
    if (!headers.deliveryId) return { ok: false, status: 400, reason: 'missing delivery id' };
    const parsed = Payload.safeParse(JSON.parse(rawBody.toString('utf8')));
    if (!parsed.success) return { ok: false, status: 400, reason: 'body is not a webhook payload' };
    const payload = parsed.data;
    return {
      ok: true,
      delivery: {
        id: headers.deliveryId,
        type: payload.type,
        action: payload.action,
        bodySha256: createHash('sha256').update(rawBody).digest('hex'),
        projects: changedProjects(payload),
      },
    };
  };
}
