// The optional map files (the JSON the Miro app exports): a directory of *.json or a list of paths.
import { readdir, readFile, stat } from 'node:fs/promises';
import { delimiter, join } from 'node:path';
import { formatDiagnostic, type JourneyMap, parseMapJson } from '@throughline/journey-core';

async function mapPaths(spec: string): Promise<string[]> {
  const entries = spec.split(delimiter).filter((entry) => entry.length > 0);
  const paths: string[] = [];
  for (const entry of entries) {
    if ((await stat(entry)).isDirectory()) {
      const names = (await readdir(entry)).filter((name) => name.endsWith('.json')).sort();
      paths.push(...names.map((name) => join(entry, name)));
    } else {
      paths.push(entry);
    }
  }
  return paths;
}

/** Every map, parsed; the first bad file fails start-up with its name and the reason. */
export async function readMapFiles(spec: string): Promise<JourneyMap[]> {
  const maps: JourneyMap[] = [];
  for (const path of await mapPaths(spec)) {
    const parsed = parseMapJson(await readFile(path, 'utf8'));
    if (!parsed.ok) {
      const first = parsed.diagnostics[0];
      throw new Error(`map file ${path}: ${first ? formatDiagnostic(first) : 'not a journey map'}`);
    }
    maps.push(parsed.value);
  }
  return maps;
}
