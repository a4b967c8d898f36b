// The `throughline` command tree: each command parses its flags and hands over to the core.
import { Command, CommanderError } from 'commander';
import { CliError, ExitCode } from './cli-error';
import { demo } from './commands/demo';
import { jiraLink, jiraUnlink } from './commands/jira-link';
import { jiraRollup } from './commands/jira-rollup';
import { linearLabels } from './commands/linear-labels';
import { collect } from './commands/linear-options';
import { linearPortfolioCommand } from './commands/linear-portfolio';
import { mapExport } from './commands/map-export';
import { mapPortfolio, mapRollup } from './commands/map-report';
import { mapValidate } from './commands/map-validate';
import { miroConvert } from './commands/miro-convert';
import type { Io } from './io';
import { terminalText } from './render/terminal-text';

function buildProgram(io: Io): Command {
  const program = new Command('throughline')
    .description('Customer journey maps, linked to the work that improves them.')
    .exitOverride()
    .configureOutput({ writeOut: io.out, writeErr: io.err, outputError: () => {} })
    .showSuggestionAfterError();

  const map = program.command('map').description('check, export and report on journey map files');
  map
    .command('validate')
    .description('check a map file: schema, references, duplicate keys, empty stages')
    .argument('<file>', 'journey map JSON (any schema version)')
    .option('-f, --format <format>', 'text or json', 'text')
    .action((file: string, options: unknown) => mapValidate(io, file, options));
  map
    .command('export')
    .description(
      'write a map as JSON, CSV (one row per item), Markdown (a table) or SVG (a picture of the map)',
    )
    .argument('<file>', 'journey map JSON (any schema version)')
    .requiredOption('-f, --format <format>', 'json, csv, md or svg')
    .option('-o, --out <path>', 'write to this file instead of standard output')
    .action((file: string, options: unknown) => mapExport(io, file, options));
  map
    .command('rollup')
    .description(
      'per stage and for the journey: linked work, progress, health, unaddressed pain, KPIs',
    )
    .argument('<file>', 'journey map JSON')
    .option('-l, --links <file>', 'work links JSON (an array of WorkLink)')
    .option('--as-of <date>', 'count overdue work against this YYYY-MM-DD date (default: today)')
    .option('-f, --format <format>', 'table or json', 'table')
    .option('-o, --out <path>', 'write to this file instead of standard output')
    .action((file: string, options: unknown) => mapRollup(io, file, options));
  map
    .command('portfolio')
    .description('rank journeys and stages for investment, with the reasons for each rank')
    .argument('<files...>', 'journey map JSON files')
    .option('-l, --links <file>', 'work links JSON (an array of WorkLink)')
    .option('--as-of <date>', 'count overdue work against this YYYY-MM-DD date (default: today)')
    .option('--top <n>', 'how many stages to list', '5')
    .option('-f, --format <format>', 'table or json', 'table')
    .option('-o, --out <path>', 'write to this file instead of standard output')
    .action((files: string[], options: unknown) => mapPortfolio(io, files, options));

  const miro = program.command('miro').description('turn Miro workshop boards into journey maps');
  miro
    .command('convert')
    .description(
      'infer a journey map (stages × lanes) from a board: every sticky placed or reported with a reason',
    )
    .argument(
      '[file]',
      'Miro REST v2 "get items" JSON: one page, an array of pages, or an array of items',
    )
    .option(
      '-b, --board <id>',
      'read this live board instead (needs MIRO_TOKEN; MIRO_API_URL overrides the API)',
    )
    .requiredOption('-f, --format <format>', 'json, csv, md or svg')
    .option('-o, --out <path>', 'write to this file instead of standard output')
    .option('--frame <id>', 'convert only this frame and what lies on it (one journey of several)')
    .option('--title <title>', "the map's title (default: the title of the frame around the grid)")
    .option(
      '--legend <file>',
      'colour legend JSON: [{ "color": "light_pink", "kind": "pain-points" }]',
    )
    .option('--previous <file>', 'the map converted last time: keep its ids, links and hand edits')
    .option('--allow-other-board', 'let --previous name a map converted from another board')
    .option('--timeout <seconds>', 'longest wait for the API to start answering (default 30)')
    .option('--body-timeout <seconds>', 'longest time to receive one whole page (default 60)')
    .option('--retries <n>', 'retries after HTTP 429 or 5xx, for the whole read (default 8)')
    .option('--max-wait <seconds>', 'longest Retry-After to wait out (default 60)')
    .option('--max-pages <n>', 'stop after this many pages (default 10000)')
    .option('--max-items <n>', 'stop after this many items (default 500000)')
    .option('--max-page-mb <n>', 'refuse a page larger than this, in MiB (default 16)')
    .action((file: string | undefined, options: unknown) => miroConvert(io, file, options));

  const jira = program
    .command('jira')
    .description(
      'link Jira issues to journey stages and roll them up (needs JIRA_URL, JIRA_EMAIL, JIRA_API_TOKEN)',
    );
  for (const [name, action, verb] of [
    ['link', jiraLink, 'link an issue to a stage (and pain point) of a map'],
    ['unlink', jiraUnlink, 'remove that link from the issue'],
  ] as const) {
    jira
      .command(name)
      .description(verb)
      .argument('<issue>', 'the issue key (SHOP-42) or id')
      .requiredOption('-m, --map <file>', 'journey map JSON')
      .requiredOption('-s, --stage <stage>', 'the stage, by id, key or name')
      .option('-p, --pain-point <pain point>', 'a pain point of that stage, by id, key or title')
      .action((issue: string, options: unknown) => action(io, issue, options));
  }
  jira
    .command('rollup')
    .description("per stage and for the journey: the map's linked Jira issues, rolled up")
    .requiredOption('-m, --map <file>', 'journey map JSON')
    .option('--jql <jql>', 'only issues that also match this JQL (e.g. "project = SHOP")')
    .option('--story-points <field>', 'weigh issues by this field (its name or id)')
    .option('--as-of <date>', 'count overdue work against this YYYY-MM-DD date (default: today)')
    .option('-f, --format <format>', 'table or json', 'table')
    .option('-o, --out <path>', 'write to this file instead of standard output')
    .option('--timeout <seconds>', 'longest wait for Jira to start answering (default 30)')
    .option('--body-timeout <seconds>', 'longest time to receive one whole page (default 60)')
    .option('--retries <n>', 'retries after HTTP 429 or 5xx, for the whole read (default 8)')
    .option('--max-wait <seconds>', 'longest Retry-After to wait out (default 60)')
    .option('--max-pages <n>', 'stop after this many pages of 100 issues (default 10000)')
    .option(
      '--max-items <n>',
      'stop when the map has more linked issues than this (default: no cap)',
    )
    .option('--max-page-mb <n>', 'refuse a page larger than this, in MiB (default 16)')
    .action((options: unknown) => jiraRollup(io, options));

  const linear = program
    .command('linear')
    .description(
      'roll Linear projects up into journeys, and write journeys back to Linear (needs LINEAR_API_KEY)',
    );
  linear
    .command('portfolio')
    .description(
      'journeys → stages → projects: health, progress, overdue, where to invest (Jira issues beside them when JIRA_URL is set)',
    )
    .option(
      '-m, --map <file>',
      'journey map JSON: adds stage order, empty stages, pain points (repeatable)',
      collect,
    )
    .option('--as-of <date>', 'count overdue work against this YYYY-MM-DD date (default: today)')
    .option('-f, --format <format>', 'table, json or html', 'table')
    .option('-o, --out <path>', 'write to this file instead of standard output')
    .option(
      '--link-maps <url>',
      'write back: link each journey project to <url>/<map key>, once (creates links in Linear)',
    )
    .option('--timeout <seconds>', 'longest wait for an API to start answering (default 30)')
    .option('--body-timeout <seconds>', 'longest time to receive one whole page (default 60)')
    .option('--retries <n>', 'retries after rate limits or 5xx, for the whole read (default 8)')
    .option('--max-wait <seconds>', 'longest Retry-After to wait out (default 60)')
    .option('--max-pages <n>', 'stop after this many pages of 100 projects (default 10000)')
    .option('--max-items <n>', 'stop after this many projects (default 500000)')
    .option('--max-page-mb <n>', 'refuse a page larger than this, in MiB (default 16)')
    .action((options: unknown) => linearPortfolioCommand(io, options));
  linear
    .command('labels')
    .description(
      'write back: create the map\'s "Journey: <title>" label group and one label per stage, skipping what exists',
    )
    .requiredOption('-m, --map <file>', 'journey map JSON')
    .option('--timeout <seconds>', 'longest wait for Linear to start answering (default 30)')
    .option('--body-timeout <seconds>', 'longest time to receive one whole answer (default 60)')
    .option('--retries <n>', 'retries after rate limits or 5xx, for the whole run (default 8)')
    .option('--max-wait <seconds>', 'longest Retry-After to wait out (default 60)')
    .action((options: unknown) => linearLabels(io, options));

  program
    .command('demo')
    .description('roll up and rank the bundled sample journey')
    .action(() => demo(io));
  return program;
}

/** Runs one command line and returns the exit code; errors are reported on stderr, never thrown. */
export async function run(argv: readonly string[], io: Io): Promise<number> {
  const program = buildProgram(io);
  if (argv.length === 0) {
    io.out(program.helpInformation());
    return ExitCode.ok;
  }
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return ExitCode.ok;
  } catch (error) {
    if (error instanceof CliError) {
      io.err(`throughline: ${terminalText(error.message)}\n`);
      return error.exitCode;
    }
    if (error instanceof CommanderError) {
      // Help and version exit through here too, with code 0.
      if (error.exitCode === 0) return ExitCode.ok;
      // Commander's own text, which may quote the argument typed and add a hint on a second line.
      const message = error.message.replace(/^error: /, '').replace(/\s*\n\s*/g, ' ');
      io.err(`throughline: ${terminalText(message)}\n`);
      return ExitCode.badInput;
    }
    const detail = error instanceof Error ? error.message : String(error);
    io.err(`throughline: unexpected failure: ${terminalText(detail)}\n`);
    return ExitCode.unexpected;
  }
}
