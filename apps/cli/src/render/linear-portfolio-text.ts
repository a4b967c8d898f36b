// The Linear portfolio as a terminal report: each journey's line, its stages as a table, then where
// to invest next and the projects in no journey.
import type {
  PortfolioJourney,
  SetHealth,
  WorkPortfolio,
  WorkSetFigures,
} from '@throughline/journey-core';
import { HEALTH_LABEL } from '@throughline/linear';
import { progressBar } from './progress-bar';
import { term } from './terminal-text';
import { paint, type Sgr, type TableCell, textTable } from './text-table';

/** The words are the adapter's (the same as on the HTML page); only the terminal colours are ours. */
const HEALTH_COLOUR: Record<SetHealth, Sgr> = {
  offTrack: 'red',
  atRisk: 'yellow',
  onTrack: 'green',
  unknown: 'grey',
  none: 'grey',
};
const HEALTH = (health: SetHealth): { label: string; colour: Sgr } => ({
  label: HEALTH_LABEL[health],
  colour: HEALTH_COLOUR[health],
});

/** Unlinked projects listed by name before the rest are only counted. */
const UNLINKED_SHOWN = 10;
const INVEST_SHOWN = 3;

const healthCell = (health: SetHealth): TableCell => ({
  text: HEALTH(health).label,
  colour: HEALTH(health).colour,
});

const plural = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;

/** Jira's figures beside the projects', when Jira joined. */
function jiraCells(figures: WorkSetFigures | null, issues: number): TableCell[] {
  if (figures === null) return [];
  return [
    { text: String(issues) },
    healthCell(figures.health),
    { text: progressBar(figures.progress) },
  ];
}

function journeyBlock(journey: PortfolioJourney, withJira: boolean, colour: boolean): string {
  const health = HEALTH(journey.health);
  const overdue = journey.overdue > 0 ? ` · ${journey.overdue} overdue` : '';
  const jira = journey.jira === null ? '' : ` · Jira ${HEALTH(journey.jira.health).label}`;
  const heading = `${paint(term`${journey.name}`, 'bold', colour)}  ${paint(health.label, health.colour, colour)}  ${progressBar(journey.progress)}  ${plural(journey.count, 'project')}${overdue}${jira}`;
  const table = textTable(
    [
      { header: 'Stage' },
      { header: 'Health' },
      { header: 'Progress' },
      { header: 'Overdue', align: 'right' },
      { header: 'Projects', align: 'right' },
      ...(withJira
        ? [
            { header: 'Issues', align: 'right' as const },
            { header: 'Jira health' },
            { header: 'Jira progress' },
          ]
        : []),
    ],
    journey.stages.map((stage) => [
      { text: stage.name },
      healthCell(stage.health),
      { text: progressBar(stage.progress) },
      { text: String(stage.overdue), ...(stage.overdue > 0 ? { colour: 'red' as const } : {}) },
      { text: String(stage.projects.length) },
      ...jiraCells(withJira ? stage.jira : null, stage.issues.length),
    ]),
    { colour, indent: '  ' },
  );
  const lines = [heading, table];
  const unstaged = journey.unstaged.projects.length + journey.unstaged.issues.length;
  if (unstaged > 0) lines.push(`  ${plural(unstaged, 'piece')} of work on labels the map lacks`);
  return lines.join('\n');
}

export function renderLinearPortfolio(
  portfolio: WorkPortfolio,
  options: { colour: boolean },
): string {
  const { colour } = options;
  const withJira = portfolio.journeys.some((journey) => journey.jira !== null);
  const lines = [`Journey portfolio (as of ${portfolio.asOf})`, ''];
  if (portfolio.journeys.length === 0) {
    lines.push(
      'No journeys: name a Linear project label group "Journey: …" and give it stage labels.',
    );
  }
  for (const journey of portfolio.journeys) lines.push(journeyBlock(journey, withJira, colour), '');
  const invest = portfolio.invest.stages.filter((stage) => stage.score > 0).slice(0, INVEST_SHOWN);
  if (invest.length > 0) {
    lines.push('Invest next:');
    for (const stage of invest) {
      const why = stage.reasons[0]?.message;
      lines.push(
        term`  ${stage.rank}. ${stage.name} — ${stage.journey}${why === undefined ? '' : `: ${why}`}`,
      );
    }
    lines.push('');
  }
  if (portfolio.unlinked.length > 0) {
    lines.push(`Projects in no journey (${portfolio.unlinked.length}):`);
    for (const project of portfolio.unlinked.slice(0, UNLINKED_SHOWN))
      lines.push(term`  - ${project.title}`);
    const more = portfolio.unlinked.length - UNLINKED_SHOWN;
    if (more > 0) lines.push(`  … and ${more} more`);
  }
  return `${lines.join('\n').trimEnd()}\n`;
}
