// The Linear application config is the source of truth for scopes and webhooks: it must ask for no
// more than the client's operations need, and subscribe to exactly the types the service reads.
import { readdirSync, readFileSync } from 'node:fs';
import { parse as parseGraphql } from 'graphql';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { WEBHOOK_TYPES } from '../../apps/linear/src/service/webhook-delivery';

const LinearAppConfig = z.strictObject({
  name: z.string().min(1),
  description: z.string().min(1),
  scopes: z.array(z.enum(['read', 'write', 'issues:create', 'comments:create', 'admin'])),
  webhook: z.strictObject({
    url: z.url({ protocol: /^https$/ }),
    resourceTypes: z.array(z.string()).min(1),
  }),
});

const config = LinearAppConfig.parse(
  parseYaml(
    readFileSync(new URL('../../manifests/linear/linear-app.yaml', import.meta.url), 'utf8'),
  ),
);

const queriesDir = new URL('../../apps/linear/queries/', import.meta.url);
const operations = readdirSync(queriesDir)
  .filter((name) => name.endsWith('.graphql'))
  .flatMap((name) => parseGraphql(readFileSync(new URL(name, queriesDir), 'utf8')).definitions)
  .flatMap((definition) => (definition.kind === 'OperationDefinition' ? [definition] : []));

describe('the Linear application config', () => {
  it('subscribes to exactly the webhook types the service reads', () => {
    expect([...config.webhook.resourceTypes].sort()).toEqual([...WEBHOOK_TYPES].sort());
  });

  it('asks for write only because the client has mutations, and never for admin', () => {
    const mutations = operations.filter((operation) => operation.operation === 'mutation');
    expect(mutations.length).toBeGreaterThan(0);
    expect(config.scopes).toEqual(['read', 'write']);
    // Every mutation is one of the two opt-in write-backs the write scope is asked for.
    const fields = mutations.flatMap((operation) =>
      operation.selectionSet.selections.flatMap((selection) =>
        selection.kind === 'Field' ? [selection.name.value] : [],
      ),
    );
    expect([...new Set(fields)].sort()).toEqual(['entityExternalLinkCreate', 'projectLabelCreate']);
  });
});
