// `throughline map rollup` and `map portfolio`: where journeys stand, from their linked work.
import { portfolio, rollup, type WorkLink } from '@throughline/journey-core';
import type { Io } from '../io';
import { PortfolioOptions, parseOptions, ReportOptions } from '../options';
import { renderPortfolio } from '../render/portfolio-text';
import { renderRollup } from '../render/rollup-text';
import { readLinksFile, readMapFile } from '../user-files';

const readLinks = async (io: Io, path: string | undefined): Promise<WorkLink[]> =>
  path === undefined ? [] : readLinksFile(io, path);

export async function mapRollup(io: Io, file: string, rawOptions: unknown): Promise<void> {
  const options = parseOptions(ReportOptions, rawOptions);
  const map = await readMapFile(io, file);
  const links = await readLinks(io, options.links);
  const result = rollup(map, links, { asOf: options.asOf ?? io.today });
  io.out(options.json ? `${JSON.stringify(result, null, 2)}\n` : renderRollup(result));
}

export async function mapPortfolio(io: Io, files: string[], rawOptions: unknown): Promise<void> {
  const options = parseOptions(PortfolioOptions, rawOptions);
  const maps = await Promise.all(files.map((file) => readMapFile(io, file)));
  const links = await readLinks(io, options.links);
  const result = portfolio(maps, links, { asOf: options.asOf ?? io.today });
  io.out(
    options.json ? `${JSON.stringify(result, null, 2)}\n` : renderPortfolio(result, options.top),
  );
}
