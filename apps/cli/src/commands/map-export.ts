// `throughline map export FILE --format json|csv|md|svg`: a map as a file people and tools can open.
import { exportMap } from '@throughline/journey-core';
import type { Io } from '../io';
import { ExportOptions, parseOptions } from '../options';
import { readMapFile, writeOutput } from '../user-files';
import { requireValidMap } from '../valid-map';

export async function mapExport(io: Io, file: string, rawOptions: unknown): Promise<void> {
  const options = parseOptions(ExportOptions, rawOptions);
  // Exports feed other tools: a map with broken references is fixed first, not passed on.
  const { map } = requireValidMap(io, file, await readMapFile(io, file));
  await writeOutput(io, options.out, exportMap(map, options.format));
}
