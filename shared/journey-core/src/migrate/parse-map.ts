// Reading a stored journey map of any version: upgrade it step by step, then parse it strictly.
import { z } from 'zod';
import { failure, fromZodError, type Result } from '../model/diagnostic';
import { CURRENT_SCHEMA_VERSION, JourneyMap } from '../model/journey-map';
import { jsonText } from '../model/json-text';
import { parseJson } from '../model/parse-document';
import { journeyMapMigrations, type Migration } from './journey-map-migrations';

export interface MigratedMap {
  map: JourneyMap;
  /** Ids of the migrations applied, oldest first; empty for a current document. */
  applied: string[];
}

const Versioned = z.looseObject({
  schemaVersion: z.number().int().min(1, 'must be 1 or more'),
});

/** Upgrade a map document of any known version to the current one and parse it. */
export function migrateMap(
  document: unknown,
  migrations: readonly Migration[] = journeyMapMigrations,
): Result<MigratedMap> {
  const versioned = Versioned.safeParse(document);
  if (!versioned.success) {
    return typeof document === 'object' && document !== null && !Array.isArray(document)
      ? { ok: false, diagnostics: fromZodError(versioned.error) }
      : failure('not-a-map', [], 'expected a journey map object');
  }
  const version = versioned.data.schemaVersion;
  if (version > CURRENT_SCHEMA_VERSION) {
    return failure(
      'newer-version',
      ['schemaVersion'],
      `schema version ${version} is newer than this Throughline understands (${CURRENT_SCHEMA_VERSION}); upgrade Throughline`,
    );
  }
  let current: Record<string, unknown> = versioned.data;
  const applied: string[] = [];
  for (let from = version; from < CURRENT_SCHEMA_VERSION; from++) {
    const step = migrations.find((migration) => migration.from === from);
    if (!step)
      return failure('no-migration', ['schemaVersion'], `no migration from version ${from}`);
    try {
      current = step.up(current);
    } catch (error) {
      const detail = error instanceof z.ZodError ? fromZodError(error) : [];
      return failure(
        'migration-failed',
        [],
        `cannot upgrade from version ${from} (${step.id})`,
        detail,
      );
    }
    applied.push(step.id);
  }
  const parsed = JourneyMap.safeParse(current);
  if (!parsed.success) return { ok: false, diagnostics: fromZodError(parsed.error) };
  return { ok: true, value: { map: parsed.data, applied } };
}

/** Parse a map document of any version; the diagnostics say what is wrong and where. */
export function parseMap(document: unknown): Result<JourneyMap> {
  const migrated = migrateMap(document);
  return migrated.ok ? { ok: true, value: migrated.value.map } : migrated;
}

/** Parse a map from JSON text, as read from a file or a request body. */
export function parseMapJson(text: string): Result<JourneyMap> {
  const document = parseJson(text);
  return document.ok ? parseMap(document.value) : document;
}

/**
 * The stored form of a map: what `parseMapJson` reads back to an equal map (of text that entered
 * through `parseJson`, so clean). No raw control or bidi character: safe to `cat` to a terminal.
 */
export function serializeMap(map: JourneyMap): string {
  return jsonText(map);
}
