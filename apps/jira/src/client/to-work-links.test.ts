import { JourneyMap, rollup, WorkLink } from '@throughline/journey-core';
import { describe, expect, it } from 'vitest';
import type { JiraIssue } from './jira-issue';
import { jqlString } from './jql-string';
import { addLink, EMPTY_LINKS } from './links-property';
import { toWorkLinks } from './to-work-links';

const issue = (overrides: Partial<JiraIssue>): JiraIssue => ({
  id: '10001',
  key: 'SHOP-1',
  summary: 'Make sign-up shorter',
  statusCategory: 'indeterminate',
  scope: 3,
  links: EMPTY_LINKS,
  ...overrides,
});

const payMap = JourneyMap.parse({
  schemaVersion: 4,
  id: 'map-1',
  key: 'checkout',
  title: 'Checkout',
  phases: [],
  stages: [{ id: 'pay', key: 'pay', name: 'Pay' }],
  lanes: [],
  items: [],
  painPoints: [
    { id: 'pp-card', key: 'card', title: 'Card form rejects spaces', stageId: 'pay' },
    { id: 'pp-fees', key: 'fees', title: 'Surprise fees', stageId: 'pay' },
  ],
  kpis: [],
});

describe('toWorkLinks', () => {
  it('makes one WorkLink per link of the issue to the map, and none for other maps', () => {
    let links = addLink(EMPTY_LINKS, { mapId: 'map-1', stageId: 'sign-up', painPointId: 'pp-1' });
    links = addLink(links, { mapId: 'map-1', stageId: 'pay' });
    links = addLink(links, { mapId: 'map-2', stageId: 'other' });
    const result = toWorkLinks([issue({ links, dueDate: '2026-12-24' })], 'map-1', {
      siteUrl: 'https://acme.atlassian.net/',
    });
    expect(result).toEqual([
      {
        provider: 'jira',
        id: '10001',
        key: 'SHOP-1',
        title: 'Make sign-up shorter',
        url: 'https://acme.atlassian.net/browse/SHOP-1',
        status: 'in-progress',
        scope: 3,
        dueDate: '2026-12-24',
        mapId: 'map-1',
        stageId: 'sign-up',
        painPointId: 'pp-1',
      },
      expect.objectContaining({ stageId: 'pay', mapId: 'map-1' }),
    ]);
    for (const link of result) expect(WorkLink.safeParse(link).success).toBe(true);
  });

  it('counts an issue linked to a stage and to its pain points once, and addresses each pain point', () => {
    let links = addLink(EMPTY_LINKS, { mapId: 'map-1', stageId: 'pay' });
    links = addLink(links, { mapId: 'map-1', stageId: 'pay', painPointId: 'pp-card' });
    links = addLink(links, { mapId: 'map-1', stageId: 'pay', painPointId: 'pp-fees' });
    const figures = rollup(payMap, toWorkLinks([issue({ links })], 'map-1'));
    expect(figures.counts.total).toBe(1);
    expect(figures.stages[0]?.counts).toMatchObject({ total: 1, inProgress: 1 });
    expect(figures.unaddressedPainPoints).toEqual([]);
  });

  it('leaves out the URL when the site is unknown or not http(s), and maps canceled work', () => {
    const links = addLink(EMPTY_LINKS, { mapId: 'm', stageId: 's' });
    const done = issue({ links, statusCategory: 'done', resolution: 'Duplicate' });
    for (const siteUrl of [undefined, 'javascript:alert(1)', 'not a url']) {
      const [link] = toWorkLinks([done], 'm', siteUrl === undefined ? {} : { siteUrl });
      expect(link).not.toHaveProperty('url');
      expect(link?.status).toBe('canceled');
    }
  });
});

describe('jqlString', () => {
  it.each([
    ['map-1', '"map-1"'],
    ['a"b', '"a\\"b"'],
    ['a\\" OR project = X', '"a\\\\\\" OR project = X"'],
    ['line\nbreak', '"line\\nbreak"'],
  ])('%s → %s', (value, expected) => {
    expect(jqlString(value)).toBe(expected);
  });
});
