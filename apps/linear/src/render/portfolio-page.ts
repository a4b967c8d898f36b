// The portfolio as one standalone HTML page: journeys → stages → projects and issues, a chart per journey.
// Pure (no I/O, no clock): the service serves it and the CLI's `--format html` writes it. No script.
import type {
  PortfolioJourney,
  PortfolioStage,
  SetHealth,
  WorkPortfolio,
  WorkView,
} from '@throughline/journey-core';
import { escapeHtml, safeHref } from './escape-html';
import { HEALTH_COLOUR, HEALTH_LABEL } from './health-style';
import { PAGE_STYLE } from './page-style';
import { type StageTrends, trendChart } from './trend-chart';

export interface PageOptions {
  /** Per-stage health by day (the service's snapshots); without it the chart shows progress only. */
  trends?: StageTrends;
  title?: string;
}

const percent = (value: number | null): string =>
  value === null ? 'no progress measured' : `${Math.round(value * 100)}% done`;

const count = (n: number, noun: string): string => `${n} ${noun}${n === 1 ? '' : 's'}`;

function badge(health: SetHealth): string {
  return `<span class="badge badge-${health}" data-health="${health}" style="background:${HEALTH_COLOUR[health]}">${HEALTH_LABEL[health]}</span>`;
}

function workItem(work: WorkView): string {
  const href = safeHref(work.url);
  const title = escapeHtml(work.title);
  const name = href ? `<a href="${escapeHtml(href)}">${title}</a>` : title;
  const meta = [
    work.key ? escapeHtml(work.key) : null,
    escapeHtml(work.status),
    work.health ? HEALTH_LABEL[work.health] : null,
    work.progress === undefined ? null : `${Math.round(work.progress * 100)}%`,
    work.dueDate ? `due ${escapeHtml(work.dueDate)}` : null,
  ].filter((part) => part !== null);
  const overdue = work.overdue ? ' <span class="overdue">overdue</span>' : '';
  return `<li data-work-id="${escapeHtml(work.id)}">${name}${overdue}<div class="meta">${meta.join(' · ')}</div></li>`;
}

function workList(heading: string, kind: string, items: readonly WorkView[]): string {
  if (items.length === 0) return '';
  return `<h4>${heading}</h4><ul class="work ${kind}">${items.map(workItem).join('')}</ul>`;
}

function stageCard(stage: PortfolioStage): string {
  const overdue = stage.overdue > 0 ? `<span class="overdue">${stage.overdue} overdue</span>` : '';
  const open = stage.painPoints.filter((pain) => !pain.addressed);
  const pains =
    open.length > 0
      ? `<h4>Pain points no work addresses</h4><ul class="work pains">${open.map((p) => `<li>${escapeHtml(p.title)}</li>`).join('')}</ul>`
      : '';
  const empty =
    stage.projects.length + stage.issues.length === 0
      ? '<p class="empty">No projects on this stage yet.</p>'
      : '';
  return `<article class="stage" data-stage="${escapeHtml(stage.key)}">
<h3>${escapeHtml(stage.name)}</h3>
<div class="figures">${badge(stage.health)} <span>${percent(stage.progress)}</span>${overdue}</div>
${workList('Linear projects', 'projects', stage.projects)}${workList('Jira issues', 'issues', stage.issues)}${empty}${pains}
</article>`;
}

function journeySection(journey: PortfolioJourney, trends: StageTrends | undefined): string {
  const unstaged = [...journey.unstaged.projects, ...journey.unstaged.issues];
  return `<section class="journey" data-journey="${escapeHtml(journey.key)}">
<h2>${escapeHtml(journey.name)} ${badge(journey.health)} <span class="muted">${percent(journey.progress)} · ${count(journey.count, 'project')} · ${journey.overdue} overdue</span></h2>
${trendChart(journey, trends)}
<div class="stages">${journey.stages.map(stageCard).join('\n')}</div>
${unstaged.length > 0 ? workList('On the journey, on no stage of its map', 'unstaged', unstaged) : ''}
</section>`;
}

function investTable(portfolio: WorkPortfolio): string {
  const top = portfolio.invest.stages.slice(0, 5);
  if (top.length === 0) return '';
  const rows = top
    .map(
      (s) =>
        `<tr><td>${s.rank}</td><td>${escapeHtml(s.journey)}</td><td>${escapeHtml(s.name)}</td><td>${escapeHtml(s.reasons.map((r) => r.message).join('; '))}</td></tr>`,
    )
    .join('');
  return `<section><h2>Where to invest next</h2><table class="invest"><thead><tr><th>#</th><th>Journey</th><th>Stage</th><th>Why</th></tr></thead><tbody>${rows}</tbody></table></section>`;
}

function unlinkedSection(portfolio: WorkPortfolio): string {
  if (portfolio.unlinked.length === 0) return '';
  const items = portfolio.unlinked
    .map((work) => {
      const href = safeHref(work.url);
      const title = escapeHtml(work.title);
      return `<li>${href ? `<a href="${escapeHtml(href)}">${title}</a>` : title}</li>`;
    })
    .join('');
  return `<section class="unlinked"><h2>Projects in no journey</h2><ul class="work">${items}</ul></section>`;
}

export function renderPortfolioPage(portfolio: WorkPortfolio, options: PageOptions = {}): string {
  const title = escapeHtml(options.title ?? 'Journey portfolio');
  const journeys =
    portfolio.journeys.length > 0
      ? portfolio.journeys.map((j) => journeySection(j, options.trends)).join('\n')
      : '<p class="empty">No journeys yet: name a Linear project label group "Journey: …" and give it stage labels.</p>';
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<style>${PAGE_STYLE}</style>
</head>
<body>
<header><h1>${title}</h1><p class="muted">As of ${escapeHtml(portfolio.asOf)} · ${count(portfolio.journeys.length, 'journey')} · ${count(portfolio.unlinked.length, 'project')} in no journey</p></header>
<main>
${journeys}
${investTable(portfolio)}
${unlinkedSection(portfolio)}
</main>
</body>
</html>
`;
}
