// `throughline map rollup` and `map portfolio`: where journeys stand, from their linked work.
import { jsonText, portfolio, rollup, type WorkLink } from '@throughline/journey-core';
import type { Io } from '../io';
import { PortfolioOptions, parseOptions, ReportOptions } from '../options';
import { renderPortfolio } from '../render/portfolio-text';
import { renderRollup } from '../render/rollup-text';
import { readLinksFile, writeOutput } from '../user-files';
import { readValidMap, readValidMaps } from '../valid-map';

const readLinks = async (io: Io, path: string | undefined): Promise<WorkLink[]> =>
  path === undefined ? [] : readLinksFile(io, path);

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
  const maps = await readValidMaps(io, files);
  const links = await readLinks(io, options.links);
  const result = portfolio(maps, links, { asOf: options.asOf ?? io.today });
  const text = options.format === 'json' ? jsonText(result) : renderPortfolio(result, options.top);
  await writeOutput(io, options.out, text);
}
