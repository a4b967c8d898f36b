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
