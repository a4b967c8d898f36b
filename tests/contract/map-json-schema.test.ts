// The published JSON Schema of a journey map: current with the zod schema, and in agreement with it.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  JourneyMap,
  journeyMapJsonSchema,
  jsonText,
  MAP_JSON_SCHEMA_PATH,
  parseMapJson,
  serializeMap,
} from '@throughline/journey-core';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const read = (path: string) => readFile(join(repoRoot, path), 'utf8');

async function validator() {
  const schema = JSON.parse(await read(MAP_JSON_SCHEMA_PATH));
  // `format: date` is annotation here: the schema's own pattern checks the date.
  const ajv = new Ajv2020({ allErrors: true, strict: true, validateFormats: false });
  return ajv.compile(schema);
}

describe('the journey map JSON Schema', () => {
  it('is what `pnpm schema` writes today', async () => {
    // Compared as JSON, so the formatter's layout of the file does not matter.
    const published = JSON.parse(await read(MAP_JSON_SCHEMA_PATH));
    expect(published, 'the schema changed: run `pnpm schema` and commit the file').toEqual(
      JSON.parse(jsonText(journeyMapJsonSchema())),
    );
  });

  it.each([
    'apps/cli/samples/broadband-onboarding.map.json',
    'tests/fixtures/maps/returns-v1.map.json',
    'tests/fixtures/maps/onboarding-v3.map.json',
  ])('accepts %s as upgraded and stored by the core', async (path) => {
    const parsed = parseMapJson(await read(path));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.diagnostics));
    const validate = await validator();
    const stored = JSON.parse(serializeMap(parsed.value));
    expect(validate(stored), JSON.stringify(validate.errors)).toBe(true);
  });

  it.each<[string, (map: Record<string, unknown>) => void]>([
    ['a map of an older version', (map) => Object.assign(map, { schemaVersion: 3 })],
    ['a stage without a name', (map) => Object.assign(map, { stages: [{ id: 's', key: 's' }] })],
    ['a key with capitals', (map) => Object.assign(map, { key: 'Onboarding' })],
    ['an id with a space', (map) => Object.assign(map, { id: 'map one' })],
    [
      'a severity of 9',
      (map) => {
        const [pain] = map.painPoints as Record<string, unknown>[];
        if (pain) pain.severity = 9;
      },
    ],
  ])('refuses %s, as the zod schema does', async (_, spoil) => {
    const parsed = parseMapJson(await read('apps/cli/samples/broadband-onboarding.map.json'));
    if (!parsed.ok) throw new Error('the sample does not parse');
    const map = JSON.parse(serializeMap(parsed.value));
    spoil(map);
    const validate = await validator();
    expect(validate(map)).toBe(false);
    expect(JourneyMap.safeParse(map).success).toBe(false);
  });
});
