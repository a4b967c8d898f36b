// `throughline map rollup` and `map portfolio`: where journeys stand, from their linked work.
import {
  type JourneyMap,
  jsonText,
  portfolio,
  rollup,
  type WorkLink,
} from '@throughline/journey-core';
import { CliError } from '../cli-error';
import type { Io } from '../io';
import { PortfolioOptions, parseOptions, ReportOptions } from '../options';
import { renderPortfolio } from '../render/portfolio-text';
import { renderRollup } from '../render/rollup-text';
import { readLinksFile, readMapFile, writeOutput } from '../user-files';
import { requireValidMap } from '../valid-map';

const readLinks = async (io: Io, path: string | undefined): Promise<WorkLink[]> =>
  path === undefined ? [] : readLinksFile(io, path);

const readValidMap = async (io: Io, file: string): Promise<JourneyMap> =>
  requireValidMap(io, file, await readMapFile(io, file)).map;

export async function mapRollup(io: Io, file: string, rawOptions: unknown): Promise<void> {
  const options = parseOptions(ReportOptions, rawOptions);
  const map = await readValidMap(io, file);
  const links = await readLinks(io, options.links);
  const result = rollup(map, links, { asOf: options.asOf ?? io.today });
  await writeOutput(
    io,
    options.out,
    options.format === 'json' ? jsonText(result) : renderRollup(result),
  );
}

export async function mapPortfolio(io: Io, files: string[], rawOptions: unknown): Promise<void> {
  const options = parseOptions(PortfolioOptions, rawOptions);
  const maps: JourneyMap[] = [];
  const fileOfMap = new Map<string, string>();
  // One file after another: a portfolio of many maps holds one file's text at a time.
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
  const links = await readLinks(io, options.links);
  const result = portfolio(maps, links, { asOf: options.asOf ?? io.today });
  const text = options.format === 'json' ? jsonText(result) : renderPortfolio(result, options.top);
  await writeOutput(io, options.out, text);
}
