// `throughline map export FILE --format json|csv|md`: a map as a file people and tools can open.
import { exportMap, validateMap } from '@throughline/journey-core';
import { CliError } from '../cli-error';
import type { Io } from '../io';
import { ExportOptions, parseOptions } from '../options';
import { describeFailure, readMapFile, writeTextFile } from '../user-files';

export async function mapExport(io: Io, file: string, rawOptions: unknown): Promise<void> {
  const options = parseOptions(ExportOptions, rawOptions);
  const map = await readMapFile(io, file);
  // Exports feed other tools: a map with broken references is fixed first, not passed on.
  const errors = validateMap(map).filter((diagnostic) => diagnostic.severity === 'error');
  if (errors.length > 0) throw new CliError(describeFailure(file, errors));
  const text = exportMap(map, options.format);
  if (options.out === undefined) {
    io.out(text);
    return;
  }
  await writeTextFile(io, options.out, text);
  io.err(`wrote ${options.out}\n`);
}
