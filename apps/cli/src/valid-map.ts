// The gate every command passes a map through before it reports on it or passes it on.
import {
  type Diagnostic,
  formatDiagnostic,
  type JourneyMap,
  validateMap,
} from '@throughline/journey-core';
import { CliError } from './cli-error';
import type { Io } from './io';
import { term } from './render/terminal-text';
import { readMapFile } from './user-files';

export interface CheckedMap {
  map: JourneyMap;
  /** Everything `validateMap` found, warnings included, in document order. */
  diagnostics: Diagnostic[];
}

/**
 * The map's diagnostics when it has no errors. Otherwise each error is printed as one line on
 * stderr, as `map validate` prints them, and the last leaves through the CLI's error path (exit 2):
 * figures computed from a map with broken references would silently leave things out.
 */
export function requireValidMap(io: Io, file: string, map: JourneyMap): CheckedMap {
  const diagnostics = validateMap(map);
  const errors = diagnostics.filter((diagnostic) => diagnostic.severity === 'error');
  const last = errors.at(-1);
  if (last === undefined) return { map, diagnostics };
  for (const diagnostic of errors.slice(0, -1)) {
    io.err(term`throughline: ${file}: ${formatDiagnostic(diagnostic)}\n`);
  }
  throw new CliError(`${file}: ${formatDiagnostic(last)}`);
}

/** A map file read, parsed and validated: the map, or a one-line refusal (exit code 2). */
export async function readValidMap(io: Io, file: string): Promise<JourneyMap> {
  return requireValidMap(io, file, await readMapFile(io, file)).map;
}

/**
 * Every map, in the order given, one file's text at a time; the same map twice is refused, since
 * each journey counts once.
 */
export async function readValidMaps(io: Io, files: readonly string[]): Promise<JourneyMap[]> {
  const maps: JourneyMap[] = [];
  const fileOfMap = new Map<string, string>();
  for (const file of files) {
    const map = await readValidMap(io, file);
    const first = fileOfMap.get(map.id);
    if (first !== undefined) {
      const same = first === file ? 'is given twice' : `is the same map as ${first}`;
      throw new CliError(`${file}: ${same} (map id "${map.id}"): each journey counts once`);
    }
    fileOfMap.set(map.id, file);
    maps.push(map);
  }
  return maps;
}
