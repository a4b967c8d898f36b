// Writes the journey map's JSON Schema from the zod schema (`pnpm schema`); a test fails when stale.
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { journeyMapJsonSchema, jsonText, MAP_JSON_SCHEMA_PATH } from '@throughline/journey-core';

const target = join(fileURLToPath(new URL('../..', import.meta.url)), MAP_JSON_SCHEMA_PATH);
await mkdir(dirname(target), { recursive: true });
await writeFile(target, jsonText(journeyMapJsonSchema()));
process.stdout.write(`wrote ${MAP_JSON_SCHEMA_PATH}\n`);
