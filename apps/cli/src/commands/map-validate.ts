// `throughline map validate FILE`: is this a sound journey map, and if not, what to fix.
import { formatDiagnostic, validateMap } from '@throughline/journey-core';
import { CliError } from '../cli-error';
import type { Io } from '../io';
import { parseOptions, ValidateOptions } from '../options';
import { readMapFile } from '../user-files';

export async function mapValidate(io: Io, file: string, rawOptions: unknown): Promise<void> {
  const options = parseOptions(ValidateOptions, rawOptions);
  const map = await readMapFile(io, file);
  const diagnostics = validateMap(map);
  const errors = diagnostics.filter((diagnostic) => diagnostic.severity === 'error');
  if (options.json)
    io.out(`${JSON.stringify({ file, valid: errors.length === 0, diagnostics }, null, 2)}\n`);
  const last = errors.at(-1);
  if (last) {
    // One line per error, in document order; the last one leaves through the CLI's error path.
    if (!options.json) {
      for (const diagnostic of errors.slice(0, -1))
        io.err(`throughline: ${file}: ${formatDiagnostic(diagnostic)}\n`);
    }
    throw new CliError(`${file}: ${formatDiagnostic(last)}`);
  }
  if (options.json) return;
  const counts = `${map.stages.length} stages, ${map.lanes.length} lanes, ${map.items.length} items`;
  io.out(`${file}: valid journey map "${map.title}" (${counts})\n`);
  for (const diagnostic of diagnostics) io.out(`  ${formatDiagnostic(diagnostic)}\n`);
}
