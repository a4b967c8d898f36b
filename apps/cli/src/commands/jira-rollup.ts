// `throughline jira rollup --map FILE`: the map's linked Jira issues, rolled up by the core.

import { JiraClientError, toWorkLinks } from '@throughline/jira';
import { jsonText, rollup } from '@throughline/journey-core';
import { CliError } from '../cli-error';
import type { Io } from '../io';
import { limitsFrom, progressReporter } from '../live-read';
import { JiraRollupOptions, LiveReadOptions, parseOptions } from '../options';
import { renderRollup } from '../render/rollup-text';
import { term } from '../render/terminal-text';
import { readMapFile, writeOutput } from '../user-files';
import { requireValidMap } from '../valid-map';
import { clientOver, connectJira, jiraFailure } from './jira-connection';

/** `--max-items` caps the linked issues the client reads (it counts them itself, across its pages). */
const RollupOptions = JiraRollupOptions.extend({ maxItems: LiveReadOptions.shape.maxItems });

export async function jiraRollup(io: Io, rawOptions: unknown): Promise<void> {
  const options = parseOptions(RollupOptions, rawOptions);
  const map = requireValidMap(io, options.map, await readMapFile(io, options.map)).map;
  const progress = progressReporter(io, term`Jira issues of "${map.title}"`);
  const limits = limitsFrom(options);
  try {
    const connection = connectJira(io, { limits, onEvent: progress.onEvent });
    let client = connection.client;
    if (options.storyPoints !== undefined) {
      const fieldId = await client.findFieldId(options.storyPoints);
      if (fieldId === undefined) {
        throw new CliError(
          term`--story-points ${options.storyPoints}: Jira has no field of this name or id`,
        );
      }
      client = clientOver(connection.transport, { limits, storyPointsFieldId: fieldId });
    }
    const issues = await client.searchLinkedIssues(map.id, {
      ...(options.jql === undefined ? {} : { jql: options.jql }),
      onPage: ({ pages, issues: count }) => progress.onEvent({ type: 'page', pages, items: count }),
    });
    progress.done();
    for (const issue of issues) {
      if (issue.linksProblem !== undefined)
        io.err(term`warning: ${issue.key}: ${issue.linksProblem}\n`);
    }
    const links = toWorkLinks(issues, map.id, { siteUrl: connection.transport.siteUrl });
    const result = rollup(map, links, { asOf: options.asOf ?? io.today });
    await writeOutput(
      io,
      options.out,
      options.format === 'json' ? jsonText(result) : renderRollup(result),
    );
  } catch (error) {
    // Jira refuses JQL it cannot read with a 400: that is the --jql the user gave.
    const badJql =
      options.jql !== undefined &&
      error instanceof JiraClientError &&
      error.code === 'invalid-request' &&
      error.status === 400;
    throw jiraFailure(error, badJql ? '--jql: ' : '');
  } finally {
    progress.done();
  }
}
