// The page is text in, escaped HTML out: hostile names render as text, links only when http(s).
import { describe, expect, it } from 'vitest';
import type { LabelGroup, LinearProject } from '../client/linear-model';
import { linearPortfolio } from '../portfolio/linear-portfolio';
import { escapeHtml, safeHref } from './escape-html';
import { renderPortfolioPage } from './portfolio-page';
import { trendKey } from './trend-chart';

const HOSTILE = '<img src=x onerror="alert(1)"><script>alert(2)</script>';

const group: LabelGroup = {
  id: 'g1',
  name: `Journey: Checkout ${HOSTILE}`,
  children: [{ id: 'l1', name: `Pay & <b>go</b>` }],
};

const project = (
  id: string,
  name: string,
  overrides: Partial<LinearProject> = {},
): LinearProject => ({
  id,
  name,
  slugId: id,
  url: `https://linear.app/acme/project/${id}`,
  statusType: 'started',
  health: 'offTrack',
  progress: 0.25,
  scope: 4,
  startDate: null,
  targetDate: '2026-11-01',
  archivedAt: null,
  updatedAt: '2026-11-30T00:00:00.000Z',
  labels: [{ id: 'l1', name: 'Pay', parentId: 'g1' }],
  externalLinks: [],
  ...overrides,
});

const portfolio = linearPortfolio({
  projects: [project('p1', HOSTILE), project('p2', 'No journey', { labels: [] })],
  groups: [group],
  asOf: '2026-12-01',
});

describe('renderPortfolioPage', () => {
  const page = renderPortfolioPage(portfolio);

  it('renders every user string as text', () => {
    expect(page).not.toContain('<script>alert');
    expect(page).not.toContain('<img src=x');
    expect(page).toContain('&lt;img src=x onerror=&quot;alert(1)&quot;&gt;');
    expect(page).toContain('Pay &amp; &lt;b&gt;go&lt;/b&gt;');
    expect(page).not.toMatch(/<script/i);
  });

  it('shows journeys, stages with their projects and figures, and the unlinked projects', () => {
    expect(page).toMatch(/<section class="journey"/);
    expect(page).toContain('data-stage=');
    expect(page).toContain('1 overdue');
    expect(page).toContain('Off track');
    expect(page).toContain('Projects in no journey');
    expect(page).toContain('No journey');
  });

  it('draws a chart per journey, with the trend when one is given', () => {
    expect(page.match(/<svg class="journey-chart"/g)).toHaveLength(1);
    expect(page).not.toContain('trend-cell');
    const journey = portfolio.journeys[0];
    const stage = journey?.stages[0];
    if (!journey || !stage) throw new Error('the sample has a journey with a stage');
    const trends = new Map([
      [
        trendKey(journey.mapId, stage.id),
        [
          { day: '2026-11-30', health: 'onTrack' },
          { day: '2026-12-01', health: 'offTrack' },
        ],
      ],
    ]);
    const withTrend = renderPortfolioPage(portfolio, { trends });
    expect(withTrend.match(/class="trend-cell"/g)).toHaveLength(2);
    expect(withTrend).toContain('2026-11-30: On track');
  });

  it('lists the Jira issues of a stage beside its Linear projects', () => {
    const stage = portfolio.journeys[0]?.stages[0];
    const mapId = portfolio.journeys[0]?.mapId;
    if (!stage || !mapId) throw new Error('the sample has a journey with a stage');
    const withJira = linearPortfolio({
      projects: [project('p1', 'Pay faster')],
      groups: [group],
      jiraLinks: [
        {
          provider: 'jira',
          id: '10001',
          key: 'SHOP-1',
          title: '<b>Fix</b> the card form',
          url: 'https://acme.atlassian.net/browse/SHOP-1',
          status: 'in-progress',
          mapId,
          stageId: stage.id,
        },
      ],
      asOf: '2026-12-01',
    });
    const html = renderPortfolioPage(withJira);
    expect(html).toContain('<ul class="work issues">');
    expect(html).toContain('&lt;b&gt;Fix&lt;/b&gt; the card form');
    expect(html).toContain('href="https://acme.atlassian.net/browse/SHOP-1"');
  });

  it('says so when there is no journey', () => {
    const empty = renderPortfolioPage(
      linearPortfolio({ projects: [], groups: [], asOf: '2026-12-01' }),
    );
    expect(empty).toContain('No journeys yet');
  });
});

describe('escapeHtml and safeHref', () => {
  it('escapes the five characters that matter in content and attributes', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe(
      '&lt;a href=&quot;x&quot; title=&apos;y&apos;&gt;&amp;&lt;/a&gt;',
    );
  });

  it('keeps http(s) links only', () => {
    expect(safeHref('https://linear.app/x')).toBe('https://linear.app/x');
    expect(safeHref('javascript:alert(1)')).toBeNull();
    expect(safeHref('not a url')).toBeNull();
    expect(safeHref(undefined)).toBeNull();
  });
});
