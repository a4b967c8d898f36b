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
import { CliError, ExitCode } from './cli-error';
import type { Io } from './io';
import { term } from './render/terminal-text';
import { decodeUtf8 } from './utf8-text';

const hex = (byte: number | undefined) =>
  byte === undefined ? 'end of file' : `byte 0x${byte.toString(16).padStart(2, '0')}`;

export async function readTextFile(io: Io, path: string): Promise<string> {
  let bytes: Uint8Array;
  try {
    bytes = await io.readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a folder' : 'cannot be read';
    throw new CliError(`${path}: ${reason}`);
  }
  const decoded = decodeUtf8(bytes);
  if (decoded.ok) return decoded.text;
  if (decoded.utf16) throw new CliError(`${path}: is UTF-16 text; save it as UTF-8`);
  throw new CliError(
    `${path}: is not UTF-8 text (${hex(decoded.byte)} at byte offset ${decoded.offset}); save it as UTF-8`,
  );
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

const WRITE_FAILURES: Readonly<Record<string, string>> = {
  ENOENT: 'no such folder',
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
  EFBIG: 'the file would be larger than allowed',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'the file system is read-only',
  EISDIR: 'it is a folder',
};

/** Writes the whole file or, on any failure, leaves the old one as it was. */
export async function writeTextFile(io: Io, path: string, text: string): Promise<void> {
  try {
    await io.writeFile(path, text);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === undefined ? undefined : WRITE_FAILURES[code];
    const detail = why === undefined ? '' : ` (${why})`;
    // A failed write is the machine's doing, not the input's, except for a folder that is not there.
    const exitCode =
      code === 'ENOENT' || code === 'EISDIR' ? ExitCode.badInput : ExitCode.unexpected;
    throw new CliError(`${path}: cannot be written${detail}; nothing was changed`, exitCode);
  }
}

/** A command's result: to standard output, or whole to the file `--out` names. */
export async function writeOutput(io: Io, out: string | undefined, text: string): Promise<void> {
  if (out === undefined) {
    io.out(text);
    return;
  }
  await writeTextFile(io, out, text);
  io.err(term`wrote ${out}\n`);
}
