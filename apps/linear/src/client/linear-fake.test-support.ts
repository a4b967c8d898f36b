// Linear's schema for the client tests' fakes, built once: the published snapshot, and the snapshot
// extended with the fields @linear/sdk 98's own operations select (for the SDK's lazy path).
import { readFileSync } from 'node:fs';
import { buildLinearSchema } from '@throughline/platform-fakes';
import type { GraphQLSchema } from 'graphql';

// The official schema, as copied into the repository (tests/contract/specs).
const spec = (name: string) =>
  readFileSync(new URL(`../../../../tests/contract/specs/linear/${name}`, import.meta.url), 'utf8');

export const linearSchema: GraphQLSchema = buildLinearSchema(spec('schema.graphql'));
export const linearSdkSchema: GraphQLSchema = buildLinearSchema(
  spec('schema.graphql'),
  spec('sdk-98-additions.graphql'),
);
