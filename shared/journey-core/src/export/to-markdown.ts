// A map as Markdown: stages as columns, lanes as rows, and every piece of user text kept as text.
import type { JourneyMap, MapItem } from '../model/journey-map';
import { cellKey, itemsByCell } from '../model/map-cells';

/**
 * User text as Markdown that renders it literally: HTML is entity-escaped, inline Markdown syntax
 * and table pipes are backslash-escaped, a leading block marker ("# ", "- ", "1. ") is defused,
 * and line breaks become `<br>` so the text cannot end a table row or start a block.
 */
export function markdownText(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replace(/[\\`*_[\]|~!#]/g, '\\$&')
    .replace(/^([+=-])/, '\\$1')
    .replace(/^(\d+)([.)])/, '$1\\$2')
    .replace(/\r\n|\r|\n/g, '<br>');
}

const GONE = ' _(gone from the board)_';

function percent(fraction: number): string {
  return `${Math.round(fraction * 100)} %`;
}

function itemText(item: MapItem): string {
  const emotion = item.emotion === undefined ? '' : ` (emotion ${item.emotion})`;
  return `${markdownText(item.text)}${emotion}${item.removedAtSource ? GONE : ''}`;
}

function tableRow(cells: readonly string[]): string {
  return `| ${cells.join(' | ')} |`;
}

/** Stages as columns, lanes as rows; items in map order within each cell. */
function grid(map: JourneyMap): string[] {
  if (map.stages.length === 0 || map.lanes.length === 0) return [];
  const cells = itemsByCell(map.items);
  // A sticky's own line breaks are `<br>` too: bullets keep several stickies in a cell apart.
  const cellText = (items: readonly MapItem[]) => {
    const bullet = items.length > 1 ? '• ' : '';
    return items.map((item) => `${bullet}${itemText(item)}`).join('<br>');
  };
  const header = map.stages.map(
    (stage) => `${markdownText(stage.name)}${stage.removedAtSource ? GONE : ''}`,
  );
  const rows = map.lanes.map((lane) =>
    tableRow([
      `**${markdownText(lane.name)}** (${lane.kind})${lane.removedAtSource ? GONE : ''}`,
      ...map.stages.map((stage) => cellText(cells.get(cellKey(stage.id, lane.id)) ?? [])),
    ]),
  );
  const rule = tableRow(['---', ...map.stages.map(() => '---')]);
  if (map.phases.length === 0) return ['', tableRow(['Lane', ...header]), rule, ...rows];
  // Markdown tables have no column spans: each stage's column repeats its phase's name.
  const phaseOf = new Map<string, string>();
  for (const phase of map.phases) {
    const name = `${markdownText(phase.name)}${phase.removedAtSource ? GONE : ''}`;
    for (const stageId of phase.stageIds) if (!phaseOf.has(stageId)) phaseOf.set(stageId, name);
  }
  const phaseRow = map.stages.map((stage) => phaseOf.get(stage.id) ?? '');
  return ['', tableRow(['Phase', ...phaseRow]), rule, tableRow(['**Lane**', ...header]), ...rows];
}

const UNSCORED = 'unscored';

function scored(label: string, value: number | undefined, show: (value: number) => string) {
  return `${label} ${value === undefined ? UNSCORED : show(value)}`;
}

function painLine(pain: JourneyMap['painPoints'][number], stage: string): string {
  const score =
    pain.severity === undefined && pain.reach === undefined
      ? UNSCORED
      : `${scored('severity', pain.severity, (severity) => `${severity}/5`)}, ${scored('reach', pain.reach, percent)}`;
  const gone = pain.removedAtSource ? GONE : '';
  return `- **${markdownText(pain.title)}** (${stage}): ${score}, ${pain.status}${gone}`;
}

function opportunityLine(opportunity: JourneyMap['opportunities'][number], stage: string): string {
  const { reach, impact, confidence, effort } = opportunity;
  const score =
    reach === undefined && impact === undefined && confidence === undefined && effort === undefined
      ? UNSCORED
      : [
          scored('reach', reach, percent),
          scored('impact', impact, (value) => `${value}/5`),
          scored('confidence', confidence, percent),
          scored('effort', effort, (value) => `${value} person-weeks`),
        ].join(', ');
  const gone = opportunity.removedAtSource ? GONE : '';
  return `- **${markdownText(opportunity.title)}** (${stage}): ${score}${gone}`;
}

function section(title: string, lines: readonly string[]): string[] {
  return lines.length === 0 ? [] : ['', `## ${title}`, '', ...lines];
}

export function toMarkdown(map: JourneyMap): string {
  const stageNames = new Map(map.stages.map((stage) => [stage.id, markdownText(stage.name)]));
  const stageOf = (stageId: string | undefined) =>
    stageId === undefined ? 'whole journey' : (stageNames.get(stageId) ?? markdownText(stageId));
  const about = [
    map.persona === undefined ? undefined : `**Persona:** ${markdownText(map.persona)}`,
    map.goal === undefined ? undefined : `**Goal:** ${markdownText(map.goal)}`,
  ].filter((part) => part !== undefined);

  const lines = [
    `# ${markdownText(map.title)}`,
    ...(about.length > 0 ? ['', about.join(' · ')] : []),
    ...grid(map),
    ...section(
      'Pain points',
      map.painPoints.map((pain) => painLine(pain, stageOf(pain.stageId))),
    ),
    ...section(
      'Opportunities',
      map.opportunities.map((opportunity) =>
        opportunityLine(opportunity, stageOf(opportunity.stageId)),
      ),
    ),
    ...section(
      'KPIs',
      map.kpis.map((kpi) => {
        const unit = kpi.unit === '' ? '' : ` ${markdownText(kpi.unit)}`;
        const current = kpi.current ?? kpi.history.at(-1)?.value;
        const now = current === undefined ? '' : `, now ${current}${unit}`;
        return `- **${markdownText(kpi.name)}** (${stageOf(kpi.stageId)}): ${kpi.direction} to ${kpi.target}${unit}${now}`;
      }),
    ),
    ...section(
      'Unplaced stickies',
      map.unplaced.map((entry) => {
        const detail = entry.detail === undefined ? '' : `: ${markdownText(entry.detail)}`;
        const text = entry.text.trim() === '' ? '_(no text)_' : markdownText(entry.text);
        return `- ${text} (${entry.reason}${detail})`;
      }),
    ),
  ];
  return `${lines.join('\n')}\n`;
}
