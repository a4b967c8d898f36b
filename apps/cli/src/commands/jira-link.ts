// `throughline jira link | unlink ISSUE --map FILE --stage STAGE [--pain-point PP]`.

import type { IssueLink } from '@throughline/jira';
import type { JourneyMap, PainPoint, Stage } from '@throughline/journey-core';
import { CliError } from '../cli-error';
import type { Io } from '../io';
import { JiraLinkOptions, parseOptions } from '../options';
import { term } from '../render/terminal-text';
import { readMapFile } from '../user-files';
import { requireValidMap } from '../valid-map';
import { connectJira, jiraFailure } from './jira-connection';

/** A Jira issue key (`SHOP-42`) or numeric id. */
const ISSUE = /^(?:[A-Za-z][A-Za-z0-9_]*-\d+|\d+)$/;

interface Named {
  id: string;
  key: string;
  name: string;
}

/** One entry by id, key or name (case-insensitive); none or several is exit 2 listing the choices. */
function pick<T>(
  flag: string,
  given: string,
  entries: readonly T[],
  named: (entry: T) => Named,
): T {
  const wanted = given.trim().toLowerCase();
  for (const field of ['id', 'key', 'name'] as const) {
    const found = entries.filter((entry) => named(entry)[field].trim().toLowerCase() === wanted);
    if (found.length === 1 && found[0] !== undefined) return found[0];
    if (found.length > 1) {
      const choices = found.map((entry) => term`${named(entry).key} (${named(entry).name})`);
      throw new CliError(
        term`${flag} ${given}: names ${found.length} entries; give one of their keys: ` +
          choices.join(', '),
      );
    }
  }
  const shown = entries
    .slice(0, 20)
    .map((entry) => term`${named(entry).key} (${named(entry).name})`);
  const more = entries.length > 20 ? `, and ${entries.length - 20} more` : '';
  const list = entries.length === 0 ? 'there are none' : `choose from ${shown.join(', ')}${more}`;
  throw new CliError(term`${flag} ${given}: no such entry on the map; ` + list);
}

function resolveLink(map: JourneyMap, stageText: string, painPointText?: string) {
  const stage = pick('--stage', stageText, map.stages, (entry: Stage) => entry);
  if (painPointText === undefined) {
    const link: IssueLink = { mapId: map.id, stageId: stage.id };
    return { link, stage, painPoint: undefined };
  }
  const ofStage = map.painPoints.filter((entry) => entry.stageId === stage.id);
  const asNamed = (entry: PainPoint): Named => ({
    id: entry.id,
    key: entry.key,
    name: entry.title,
  });
  const painPoint = pick('--pain-point', painPointText, ofStage, asNamed);
  const link: IssueLink = { mapId: map.id, stageId: stage.id, painPointId: painPoint.id };
  return { link, stage, painPoint };
}

async function changeLink(io: Io, issue: string, rawOptions: unknown, kind: 'link' | 'unlink') {
  const options = parseOptions(JiraLinkOptions, rawOptions);
  if (!ISSUE.test(issue)) {
    throw new CliError(term`${issue}: is not a Jira issue key (like SHOP-42) or id`);
  }
  // Everything the user named is checked before Jira is asked anything.
  const map = requireValidMap(io, options.map, await readMapFile(io, options.map)).map;
  const { link, stage, painPoint } = resolveLink(map, options.stage, options.painPoint);
  const { client } = connectJira(io);
  try {
    const change =
      kind === 'link' ? await client.linkIssue(issue, link) : await client.unlinkIssue(issue, link);
    const target =
      painPoint === undefined
        ? term`stage "${stage.name}"`
        : term`pain point "${painPoint.title}" of stage "${stage.name}"`;
    const what = term` of "${map.title}"`;
    const verb = kind === 'link' ? 'linked to' : 'unlinked from';
    const already = kind === 'link' ? 'already linked to' : 'was not linked to';
    const said = change.changed ? verb : already;
    io.out(`${term`${issue}`}: ${said} ${target}${what}\n`);
  } catch (error) {
    const named = error instanceof Error && error.message.includes(issue);
    throw jiraFailure(error, named ? '' : term`${issue}: `);
  }
}

export const jiraLink = (io: Io, issue: string, rawOptions: unknown) =>
  changeLink(io, issue, rawOptions, 'link');

export const jiraUnlink = (io: Io, issue: string, rawOptions: unknown) =>
  changeLink(io, issue, rawOptions, 'unlink');
