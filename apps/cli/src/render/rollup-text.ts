// A journey rollup as a terminal report: one line for the journey, a table of stages, the gaps.
import type {
  JourneyRollup,
  RollupFigures,
  RollupHealth,
  UnaddressedPainPoint,
} from '@throughline/journey-core';
import { term } from './terminal-text';
import { percent, textTable } from './text-table';

const HEALTH_LABEL: Record<RollupHealth, string> = {
  'off-track': 'OFF TRACK',
  'at-risk': 'at risk',
  'on-track': 'on track',
  done: 'done',
  none: 'no work',
};

export const healthLabel = (health: RollupHealth): string => HEALTH_LABEL[health];

function workSummary(figures: RollupFigures): string {
  const { todo, inProgress, done, canceled, total } = figures.counts;
  const overdue = figures.overdue > 0 ? `, ${figures.overdue} overdue` : '';
  return `${total} linked (${todo} to do, ${inProgress} in progress, ${done} done, ${canceled} canceled${overdue})`;
}

/** A pain point's scores as a person gave them; "unscored" where nobody has yet. */
function painScore(pain: UnaddressedPainPoint): string {
  if (pain.severity === undefined && pain.reach === undefined) return 'unscored';
  const severity = pain.severity === undefined ? 'unscored' : `${pain.severity}/5`;
  const reach = pain.reach === undefined ? 'unscored' : percent(pain.reach);
  return `severity ${severity}, reach ${reach}`;
}

export function renderRollup(rollup: JourneyRollup): string {
  const asOf = rollup.asOf ? ` (as of ${rollup.asOf})` : '';
  const lines = [
    term`${rollup.title}${asOf}`,
    `  work      ${workSummary(rollup)}`,
    `  progress  ${percent(rollup.progress)}    health  ${healthLabel(rollup.health)}    KPIs  ${percent(rollup.kpiAttainment)} of target`,
    '',
    textTable(
      [
        { header: 'Stage' },
        { header: 'Work', align: 'right' },
        { header: 'To do', align: 'right' },
        { header: 'Doing', align: 'right' },
        { header: 'Done', align: 'right' },
        { header: 'Progress', align: 'right' },
        { header: 'Health' },
        { header: 'Overdue', align: 'right' },
        { header: 'Pain, no work', align: 'right' },
        { header: 'KPIs', align: 'right' },
      ],
      rollup.stages.map((stage) => [
        stage.name,
        String(stage.counts.total),
        String(stage.counts.todo),
        String(stage.counts.inProgress),
        String(stage.counts.done),
        percent(stage.progress),
        healthLabel(stage.health),
        String(stage.overdue),
        String(stage.unaddressedPainPoints.length),
        percent(stage.kpiAttainment),
      ]),
    ),
  ];
  const stageNames = new Map(rollup.stages.map((stage) => [stage.stageId, stage.name]));
  const unaddressed = rollup.unaddressedPainPoints;
  if (unaddressed.length > 0) {
    lines.push('', 'Open pain points nobody is working on:');
    for (const pain of unaddressed) {
      const where = stageNames.get(pain.stageId) ?? pain.stageId;
      lines.push(term`  - ${pain.title} [${where}] ${painScore(pain)}`);
    }
  }
  if (rollup.unmatchedLinks.length > 0) {
    lines.push('', 'Linked work whose stage is not on this map:');
    for (const link of rollup.unmatchedLinks) {
      lines.push(term`  - ${link.key ?? link.id} ${link.title} (stage "${link.stageId}")`);
    }
  }
  return `${lines.join('\n')}\n`;
}
