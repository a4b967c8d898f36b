import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { JourneyMap } from '../model/journey-map';
import { journeyMapArbitrary } from '../model/map-arbitraries.test-support';
import { hostileMap } from './export-fixture.test-support';
import { markdownText, toMarkdown } from './to-markdown';

const checkout = JourneyMap.parse({
  schemaVersion: 4,
  id: 'm1',
  key: 'checkout',
  title: 'Checkout',
  persona: 'Returning shopper',
  goal: 'Pay in under a minute',
  stages: [
    { id: 's1', key: 'cart', name: 'Cart' },
    { id: 's2', key: 'pay', name: 'Pay' },
  ],
  lanes: [
    { id: 'l1', key: 'doing', name: 'Doing', kind: 'actions' },
    { id: 'l2', key: 'feeling', name: 'Feeling', kind: 'emotions' },
  ],
  items: [
    { id: 'i1', stageId: 's1', laneId: 'l1', text: 'Reviews the cart' },
    { id: 'i2', stageId: 's1', laneId: 'l1', text: 'Applies a code' },
    {
      id: 'i3',
      stageId: 's2',
      laneId: 'l2',
      text: 'Worried',
      emotion: -0.5,
      removedAtSource: true,
    },
  ],
  unplaced: [
    {
      source: { provider: 'miro', boardId: 'b', itemId: '9' },
      text: 'Legend',
      reason: 'outside-grid',
      detail: 'left of the grid',
    },
  ],
  painPoints: [
    { id: 'p1', key: 'fees', title: 'Surprise fees', stageId: 's2', severity: 4, reach: 0.3 },
  ],
  opportunities: [
    {
      id: 'o1',
      key: 'show-fees',
      title: 'Show fees early',
      stageId: 's1',
      reach: 0.3,
      impact: 3,
      confidence: 0.8,
      effort: 2,
    },
  ],
  kpis: [
    {
      id: 'k1',
      key: 'conversion',
      name: 'Conversion',
      unit: '%',
      direction: 'increase',
      target: 60,
      history: [{ at: '2025-01-01', value: 52 }],
      stageId: 's2',
    },
    { id: 'k2', key: 'nps', name: 'NPS', direction: 'increase', target: 40 },
  ],
});

/** The cells of a Markdown table row, split on pipes that are not escaped. */
const cellsOf = (row: string) => row.slice(2, -2).split(/ (?<!\\)\| /);

describe('markdownText', () => {
  it.each([
    ['plain words', 'plain words'],
    ['<script>alert(1)</script>', '&lt;script&gt;alert(1)&lt;/script&gt;'],
    ['<img src=x onerror=alert(1)>', '&lt;img src=x onerror=alert(1)&gt;'],
    ['a | b', 'a \\| b'],
    ['Tom & Jerry', 'Tom &amp; Jerry'],
    ['**bold** _it_ `code`', '\\*\\*bold\\*\\* \\_it\\_ \\`code\\`'],
    ['[click](javascript:alert(1))', '\\[click\\](javascript:alert(1))'],
    ['![img](x)', '\\!\\[img\\](x)'],
    ['# heading', '\\# heading'],
    ['- item', '\\- item'],
    ['+ item', '\\+ item'],
    ['1. first', '1\\. first'],
    ['back\\slash', 'back\\\\slash'],
    ['one\ntwo\r\nthree\rfour', 'one<br>two<br>three<br>four'],
    ['sign-up', 'sign-up'],
  ])('writes %j as %j', (text, expected) => {
    expect(markdownText(text)).toBe(expected);
  });
});

describe('toMarkdown', () => {
  it('writes the title, persona and goal, the grid, then the sections', () => {
    expect(toMarkdown(checkout)).toBe(
      [
        '# Checkout',
        '',
        '**Persona:** Returning shopper · **Goal:** Pay in under a minute',
        '',
        '| Lane | Cart | Pay |',
        '| --- | --- | --- |',
        '| **Doing** (actions) | • Reviews the cart<br>• Applies a code |  |',
        '| **Feeling** (emotions) |  | Worried (emotion -0.5) _(gone from the board)_ |',
        '',
        '## Pain points',
        '',
        '- **Surprise fees** (Pay): severity 4/5, reach 30 %, open',
        '',
        '## Opportunities',
        '',
        '- **Show fees early** (Cart): reach 30 %, impact 3/5, confidence 80 %, effort 2 person-weeks',
        '',
        '## KPIs',
        '',
        '- **Conversion** (Pay): increase to 60 %, now 52 %',
        '- **NPS** (whole journey): increase to 40',
        '',
        '## Unplaced stickies',
        '',
        '- Legend (outside-grid: left of the grid)',
        '',
      ].join('\n'),
    );
  });

  it('names an unplaced sticky with no text as such, not as a blank bullet', () => {
    const source = { provider: 'miro' as const, boardId: 'b', itemId: 'blank' };
    const map = { ...checkout, unplaced: [{ source, text: ' ', reason: 'empty-text' as const }] };
    expect(toMarkdown(map)).toContain('- _(no text)_ (empty-text)\n');
  });

  it('leaves out the persona line, the grid and every empty section when there is nothing to show', () => {
    const bare = {
      ...checkout,
      stages: [],
      items: [],
      unplaced: [],
      painPoints: [],
      opportunities: [],
      kpis: [],
    };
    delete bare.persona;
    delete bare.goal;
    expect(toMarkdown(bare)).toBe('# Checkout\n');
  });

  it('keeps hostile text as text: no tag, no extra cell, no broken row', () => {
    const map = hostileMap();
    const markdown = toMarkdown(map);
    expect(markdown.replaceAll('<br>', '')).not.toMatch(/[<>]/);
    const rows = markdown.split('\n').filter((line) => line.startsWith('| '));
    expect(rows).toHaveLength(map.lanes.length + 2);
    for (const row of rows) expect(cellsOf(row)).toHaveLength(map.stages.length + 1);
    expect(markdown).toContain('\\[click\\](javascript:alert(1))');
  });

  it('shows an id for a stage the map lacks', () => {
    const map = {
      ...checkout,
      painPoints: [
        {
          ...checkout.painPoints[0],
          id: 'p',
          key: 'p',
          title: 'Lost',
          stageId: 'gone',
          severity: 1,
          reach: 0,
          evidence: [],
          status: 'open' as const,
        },
      ],
    };
    expect(toMarkdown(map)).toContain('- **Lost** (gone): severity 1/5');
  });

  it('writes one table row per lane, with one cell per stage, for any map', () => {
    fc.assert(
      fc.property(journeyMapArbitrary(), (map) => {
        const markdown = toMarkdown(map);
        expect(markdown.replaceAll('<br>', '')).not.toMatch(/[<>]/);
        const rows = markdown.split('\n').filter((line) => line.startsWith('| '));
        const hasGrid = map.stages.length > 0 && map.lanes.length > 0;
        expect(rows).toHaveLength(hasGrid ? map.lanes.length + 2 : 0);
        for (const row of rows) expect(cellsOf(row)).toHaveLength(map.stages.length + 1);
      }),
      { numRuns: 100 },
    );
  });
});

describe('toMarkdown with phases and unscored entries', () => {
  const phased = JourneyMap.parse({
    schemaVersion: 4,
    id: 'm',
    key: 'm',
    title: 'Phased',
    phases: [{ id: 'ph', key: 'before', name: 'Before', stageIds: ['s1'], removedAtSource: true }],
    stages: [
      { id: 's1', key: 'a', name: 'Discover' },
      { id: 's2', key: 'b', name: 'Buy' },
    ],
    lanes: [{ id: 'l1', key: 'p', name: 'Pains', kind: 'pain-points' }],
    painPoints: [
      { id: 'p1', key: 'p1', title: 'Vague', stageId: 's1' },
      { id: 'p2', key: 'p2', title: 'Half', stageId: 's2', severity: 2, removedAtSource: true },
    ],
    opportunities: [
      { id: 'o1', key: 'o1', title: 'Guide', stageId: 's1' },
      { id: 'o2', key: 'o2', title: 'Cart', stageId: 's2', impact: 4, removedAtSource: true },
    ],
  });

  it('shows a phase row above the stage row, and "unscored" where nobody scored', () => {
    const lines = toMarkdown(phased).split('\n');
    const table = lines.filter((line) => line.startsWith('|'));
    expect(table.slice(0, 3)).toEqual([
      '| Phase | Before _(gone from the board)_ |  |',
      '| --- | --- | --- |',
      '| **Lane** | Discover | Buy |',
    ]);
    expect(lines).toContain('- **Vague** (Discover): unscored, open');
    expect(lines).toContain(
      '- **Half** (Buy): severity 2/5, reach unscored, open _(gone from the board)_',
    );
    expect(lines).toContain('- **Guide** (Discover): unscored');
    expect(lines).toContain(
      '- **Cart** (Buy): reach unscored, impact 4/5, confidence unscored, effort unscored _(gone from the board)_',
    );
  });
});
