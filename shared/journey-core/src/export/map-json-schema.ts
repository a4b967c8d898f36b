// The journey map's JSON Schema, generated from the zod schema: how other tools read and write maps.
import { z } from 'zod';
import { CURRENT_SCHEMA_VERSION, JourneyMap } from '../model/journey-map';

/** Where the published file lives in the repository, relative to its root. */
export const MAP_JSON_SCHEMA_PATH = 'shared/journey-core/schema/journey-map.schema.json';

/**
 * The JSON Schema (draft 2020-12) of a map of the current version, as a person or tool may write
 * it: fields with defaults may be left out. Older versions are read through `parseMap`'s migrations.
 */
export function journeyMapJsonSchema(): Record<string, unknown> {
  const { $schema, ...schema } = z.toJSONSchema(JourneyMap, { io: 'input' });
  return {
    $schema,
    $id: `urn:throughline:journey-map:v${CURRENT_SCHEMA_VERSION}`,
    title: `Throughline journey map, schema version ${CURRENT_SCHEMA_VERSION}`,
    $comment: 'Generated from the zod schema in shared/journey-core by `pnpm schema`: do not edit.',
    ...schema,
  };
}
