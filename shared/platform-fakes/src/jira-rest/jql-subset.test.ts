import { describe, expect, it } from 'vitest';
import { JqlError, type JqlIssue, parseJql } from './jql-subset';

const links = (mapIds: string[], stageIds: string[], painPointIds: string[] = []) => ({
  'throughline-links': { links: [], mapIds, stageIds, painPointIds },
});
const issues: JqlIssue[] = [
  {
    id: '3',
    key: 'SHOP-3',
    projectKey: 'SHOP',
    summary: 'c',
    duedate: null,
    properties: links(['m'], ['a']),
  },
  {
    id: '1',
    key: 'SHOP-1',
    projectKey: 'SHOP',
    summary: 'a',
    duedate: '2026-12-01',
    properties: links(['m', 'n'], ['b'], ['p']),
  },
  {
    id: '2',
    key: 'OPS-10',
    projectKey: 'OPS',
    summary: 'b',
    duedate: null,
    properties: links(['m"x'], ['a']),
  },
  { id: '4', key: 'OPS-2', projectKey: 'OPS', summary: 'd', duedate: null, properties: {} },
];
const keys = (jql: string) => {
  const query = parseJql(jql);
  const found = issues.filter((issue) => query.matches(issue));
  query.sort(found);
  return found.map((issue) => issue.key);
};

describe('the JQL subset', () => {
  it.each([
    ['issue.property[throughline-links].mapIds = "m"', ['SHOP-1', 'SHOP-3']],
    ['issue.property[throughline-links].stageIds = a', ['OPS-10', 'SHOP-3']],
    ['journeyStage = "a" AND project = SHOP', ['SHOP-3']],
    ['journeyMap = "m\\"x"', ['OPS-10']],
    ['journeyPainPoint = p', ['SHOP-1']],
    [
      'issue.property[throughline-links].mapIds = "m" AND (project = OPS OR issue in (SHOP-1, 3))',
      ['SHOP-1', 'SHOP-3'],
    ],
    // As in Jira, negation never matches an empty field: OPS-2 has no property.
    ['project = OPS AND NOT journeyStage = a', []],
    ['journeyMap != m', ['OPS-10']],
    ['journeyStage not in (a)', ['SHOP-1']],
    ['NOT (journeyMap = m AND journeyStage = a)', ['SHOP-1', 'OPS-10']],
    ['NOT (journeyMap = m OR journeyStage = a)', []],
    ['journeyMap != m OR journeyMap IS EMPTY', ['OPS-10', 'OPS-2']],
    ['journeyPainPoint is empty', ['OPS-10', 'SHOP-3', 'OPS-2']],
    ['journeyPainPoint IS NOT EMPTY', ['SHOP-1']],
    ['NOT journeyPainPoint IS EMPTY', ['SHOP-1']],
    ['key not in (SHOP-1, OPS-2)', ['OPS-10', 'SHOP-3']],
    ['project = SHOP ORDER BY key DESC', ['SHOP-3', 'SHOP-1']],
    ['project in (SHOP, OPS) order by key', ['OPS-2', 'OPS-10', 'SHOP-1', 'SHOP-3']],
    ['ORDER BY summary', ['SHOP-1', 'OPS-10', 'SHOP-3', 'OPS-2']],
  ])('%s', (jql, expected) => {
    expect(keys(jql)).toEqual(expected);
  });

  it.each([
    ['status = Done', /Field 'status' does not exist/],
    ['project = ', /ends where a value was expected/],
    ['journeyMap = "open', /never closed/],
    ['project = X ORDER BY colour', /Not able to sort using field 'colour'/],
    ['(project = X', /Expected "\)"/],
    ['project = X project = Y', /Unexpected "project"/],
    ['journeyMap IS open', /Expected EMPTY or NULL/],
  ])('refuses %s as Jira would', (jql, message) => {
    expect(() => parseJql(jql)).toThrow(JqlError);
    expect(() => parseJql(jql)).toThrow(message);
  });
});
