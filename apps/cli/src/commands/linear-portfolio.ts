// `throughline linear portfolio`: Linear projects (and the maps' Jira issues) rolled into journeys by the core.
import { jsonText, type WorkPortfolio } from '@throughline/journey-core';
import { linearPortfolio, planMapLinks, renderPortfolioPage } from '@throughline/linear';
import type { Io } from '../io';
import { limitsFrom, progressReporter } from '../live-read';
import { parseOptions } from '../options';
import { renderLinearPortfolio } from '../render/linear-portfolio-text';
import { writeOutput } from '../user-files';
import { readValidMaps } from '../valid-map';
import { connectLinearWorkspace, linearFailure } from './linear-connection';
import { readJiraLinks, wantsJira } from './linear-jira-links';
import { applyMapLinks } from './linear-map-links';
import { LinearPortfolioOptions } from './linear-options';

/**
 * Colour for a terminal only: never into a file, and NO_COLOR / FORCE_COLOR as everyone spells them.
 * The Io says nothing of stdout being a terminal, so this one fact is read from the process.
 */
function wantsColour(io: Io, out: string | undefined): boolean {
  if (out !== undefined || (io.env.NO_COLOR ?? '') !== '') return false;
  const forced = io.env.FORCE_COLOR;
  if (forced !== undefined && forced !== '') return forced !== '0';
  return process.stdout.isTTY === true;
}

function render(io: Io, portfolio: WorkPortfolio, options: LinearPortfolioOptions): string {
  if (options.format === 'json') return jsonText(portfolio);
  if (options.format === 'html') return renderPortfolioPage(portfolio);
  return renderLinearPortfolio(portfolio, { colour: wantsColour(io, options.out) });
}

export async function linearPortfolioCommand(io: Io, rawOptions: unknown): Promise<void> {
  const options = parseOptions(LinearPortfolioOptions, rawOptions);
  const maps = await readValidMaps(io, options.map);
  const limits = limitsFrom(options);
  const progress = progressReporter(io, 'Linear projects');
  let portfolio: WorkPortfolio;
  try {
    const client = connectLinearWorkspace(io, { limits, onEvent: progress.onEvent });
    // The client reports each page to the HTTP layer's listener, which draws the progress line.
    const projects = await client.listProjects();
    progress.done();
    const groups = await client.listLabelGroups();
    const jiraLinks = wantsJira(io, maps) ? await readJiraLinks(io, maps, limits) : [];
    portfolio = linearPortfolio({
      projects,
      groups,
      maps,
      jiraLinks,
      asOf: options.asOf ?? io.today,
    });
    if (options.linkMaps !== undefined) {
      await applyMapLinks(io, client, planMapLinks(portfolio, projects, options.linkMaps));
    }
  } catch (error) {
    throw linearFailure(error);
  } finally {
    progress.done();
  }
  await writeOutput(io, options.out, render(io, portfolio, options));
}
