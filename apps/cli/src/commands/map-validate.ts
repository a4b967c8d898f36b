// `throughline map validate FILE`: is this a sound journey map, and if not, what to fix.
import { formatDiagnostic, jsonText, validateMap } from '@throughline/journey-core';
import { CliError } from '../cli-error';
import type { Io } from '../io';
import { parseOptions, ValidateOptions } from '../options';
import { term } from '../render/terminal-text';
import { readMapFile } from '../user-files';
import { requireValidMap } from '../valid-map';

export async function mapValidate(io: Io, file: string, rawOptions: unknown): Promise<void> {
  const options = parseOptions(ValidateOptions, rawOptions);
  const map = await readMapFile(io, file);
  if (options.format === 'json') {
    const diagnostics = validateMap(map);
    const errors = diagnostics.filter((diagnostic) => diagnostic.severity === 'error');
    io.out(jsonText({ file, valid: errors.length === 0, diagnostics }));
    const last = errors.at(-1);
    if (last) throw new CliError(`${file}: ${formatDiagnostic(last)}`);
    return;
  }
  const { diagnostics } = requireValidMap(io, file, map);
  const counts = `${map.stages.length} stages, ${map.lanes.length} lanes, ${map.items.length} items`;
  io.out(term`${file}: valid journey map "${map.title}" (${counts})\n`);
  for (const diagnostic of diagnostics) io.out(term`  ${formatDiagnostic(diagnostic)}\n`);
}
