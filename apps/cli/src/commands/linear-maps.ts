// The `--map` files of the `linear` commands: each read, parsed and validated before Linear is asked anything.
import type { JourneyMap } from '@throughline/journey-core';
import { CliError } from '../cli-error';
import type { Io } from '../io';
import { readMapFile } from '../user-files';
import { requireValidMap } from '../valid-map';

export async function readValidMap(io: Io, file: string): Promise<JourneyMap> {
  return requireValidMap(io, file, await readMapFile(io, file)).map;
}

/** Every map, in the order given; the same map twice is refused, since each journey counts once. */
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
