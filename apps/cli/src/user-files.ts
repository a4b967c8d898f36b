// The user's files: reading and writing them, every failure one line naming the file and the problem.
import {
  ColourLegend,
  type Diagnostic,
  formatDiagnostic,
  type JourneyMap,
  parseJson,
  parseMapJson,
  parseWith,
  WorkLink,
} from '@throughline/journey-core';
import { z } from 'zod';
import { CliError } from './cli-error';
import type { Io } from './io';

export async function readTextFile(io: Io, path: string): Promise<string> {
  try {
    return await io.readText(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a folder' : 'cannot be read';
    throw new CliError(`${path}: ${reason}`);
  }
}

/** The first error of a failed parse, naming the file, plus how many more there are. */
export function describeFailure(path: string, diagnostics: readonly Diagnostic[]): string {
  const [first, ...rest] = diagnostics;
  const more = rest.length > 0 ? ` (and ${rest.length} more)` : '';
  return `${path}: ${first ? formatDiagnostic(first) : 'invalid'}${more}`;
}

export async function readMapFile(io: Io, path: string): Promise<JourneyMap> {
  const parsed = parseMapJson(await readTextFile(io, path));
  if (!parsed.ok) throw new CliError(describeFailure(path, parsed.diagnostics));
  return parsed.value;
}

/** A colour legend file: `[{ "color": "light_pink", "kind": "pain-points" }, …]`. */
export async function readLegendFile(io: Io, path: string): Promise<ColourLegend> {
  const document = parseJson(await readTextFile(io, path));
  const parsed = document.ok ? parseWith(ColourLegend, document.value) : document;
  if (!parsed.ok) throw new CliError(describeFailure(path, parsed.diagnostics));
  return parsed.value;
}

const WorkLinks = z.array(WorkLink);

export async function readLinksFile(io: Io, path: string): Promise<WorkLink[]> {
  const document = parseJson(await readTextFile(io, path));
  const parsed = document.ok ? parseWith(WorkLinks, document.value) : document;
  if (!parsed.ok) throw new CliError(describeFailure(path, parsed.diagnostics));
  return parsed.value;
}

export async function writeTextFile(io: Io, path: string, text: string): Promise<void> {
  try {
    await io.writeText(path, text);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new CliError(`${path}: cannot be written${code === 'ENOENT' ? ' (no such folder)' : ''}`);
  }
}
