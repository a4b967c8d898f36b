import { describe, expect, it } from 'vitest';
import { JourneyMap, type JourneyMapInput } from '../model/journey-map';
import { hostileTexts } from '../model/map-arbitraries.test-support';
import { hostileMap } from './export-fixture.test-support';
import { exportMap } from './export-map';
import { drawableText, textWidth, wrapText, xmlText } from './svg-text';
import { toSvg } from './to-svg';
import { elementsOf, readXml, textOf, type XmlElement } from './xml-reader.test-support';

const sticky = (itemId: string) => ({ provider: 'miro' as const, boardId: 'b', itemId });

/** Two phases over three stages, one stage outside them, every lane kind the picture treats apart. */
function phasedMap(overrides: Partial<JourneyMapInput> = {}): JourneyMap {
  return JourneyMap.parse({
    schemaVersion: 4,
    id: 'm',
    key: 'm',
    title: 'Moving house',
    persona: 'Ana',
    goal: 'Settle in',
    phases: [
      { id: 'ph1', key: 'before', name: 'Before', stageIds: ['s1', 's2'] },
      { id: 'ph2', key: 'during', name: 'During', stageIds: ['s3'] },
    ],
    stages: [
      { id: 's1', key: 'plan', name: 'Plan' },
      { id: 's2', key: 'pack', name: 'Pack' },
      { id: 's3', key: 'move', name: 'Move' },
      { id: 's4', key: 'settle', name: 'Settle' },
    ],
    lanes: [
      { id: 'l1', key: 'doing', name: 'Doing', kind: 'actions' },
      { id: 'l2', key: 'feeling', name: 'Feeling', kind: 'emotions' },
      { id: 'l3', key: 'pain', name: 'Pain points', kind: 'pain-points' },
    ],
    items: [
      { id: 'i1', stageId: 's1', laneId: 'l1', text: 'Makes a list' },
      { id: 'i2', stageId: 's1', laneId: 'l2', text: 'Hopeful', emotion: 0.5 },
      { id: 'i3', stageId: 's2', laneId: 'l2', text: 'Tired', emotion: -0.25 },
      { id: 'i4', stageId: 's2', laneId: 'l2', text: 'Stressed', emotion: -0.75 },
      { id: 'i5', stageId: 's4', laneId: 'l2', text: 'Relieved', emotion: 0.8 },
      { id: 'i6', stageId: 's3', laneId: 'l3', text: 'Van is late' },
    ],
    painPoints: [
      { id: 'p1', key: 'late', title: 'Van is late', stageId: 's3', itemId: 'i6', severity: 4 },
      { id: 'p2', key: 'boxes', title: 'Not enough boxes', stageId: 's2' },
    ],
    unplaced: [{ source: sticky('x'), text: 'parked', reason: 'outside-grid' }],
    ...overrides,
  });
}

function parsed(svg: string): XmlElement {
  const read = readXml(svg);
  if (!read.ok) throw new Error(`not well-formed: ${read.error}`);
  return read.root;
}

/** The text of every `<text>` element: what a reader of the picture sees, line by line joined. */
function texts(root: XmlElement): string[] {
  return elementsOf(root)
    .filter((element) => element.name === 'text')
    .map(textOf);
}

const named = (root: XmlElement, name: string) =>
  elementsOf(root).filter((element) => element.name === name);

/** Everything the exporter may write: shapes and text, never script, links or foreign content. */
const ALLOWED_ELEMENTS = new Set([
  'svg',
  'title',
  'style',
  'rect',
  'line',
  'polyline',
  'circle',
  'text',
  'tspan',
]);

function expectInert(root: XmlElement): void {
  for (const element of elementsOf(root)) {
    expect(ALLOWED_ELEMENTS.has(element.name), element.name).toBe(true);
    for (const [name, value] of Object.entries(element.attributes)) {
      expect(name).not.toMatch(/^on|href|src/i);
      expect(value).not.toMatch(/javascript:|url\(/i);
    }
  }
}

describe('toSvg', () => {
  it('writes a well-formed SVG document sized by its content, with a matching viewBox', () => {
    const root = parsed(toSvg(phasedMap()));
    expect(root.name).toBe('svg');
    const { width, height, viewBox, xmlns } = root.attributes;
    expect(xmlns).toBe('http://www.w3.org/2000/svg');
    expect(viewBox).toBe(`0 0 ${width} ${height}`);
    // 32 px margins, a 172 px label column and four 220 px stage columns.
    expect(Number(width)).toBe(2 * 32 + 172 + 4 * 220);
    expectInert(root);
  });

  it('names the map, every phase, stage and lane', () => {
    const shown = texts(parsed(toSvg(phasedMap())));
    expect(shown[0]).toBe('Moving house');
    expect(shown).toContain('Persona: Ana · Goal: Settle in');
    for (const name of ['Before', 'During', 'Plan', 'Pack', 'Move', 'Settle']) {
      expect(shown).toContain(name);
    }
    for (const name of ['Doing', 'Feeling', 'Pain points']) expect(shown).toContain(name);
    expect(shown).toContain('Makes a list');
  });

  it('draws a phase once per run of its stages, and no phase row for a map without phases', () => {
    const phaseRects = (map: JourneyMap) =>
      named(parsed(toSvg(map)), 'rect').filter((rect) => rect.attributes.fill === '#dfe6ee');
    expect(phaseRects(phasedMap())).toHaveLength(2);
    const flat = phaseRects(phasedMap({ phases: [] }));
    expect(flat).toHaveLength(0);
    const shown = texts(parsed(toSvg(phasedMap({ phases: [] }))));
    expect(shown).not.toContain('Before');
  });

  it('draws the emotion curve through the mean score of each scored stage, skipping the rest', () => {
    const root = parsed(toSvg(phasedMap()));
    const [curve, ...others] = named(root, 'polyline');
    expect(others).toEqual([]);
    // Plan, Pack (two scores) and Settle; Move has none.
    const points = curve?.attributes.points?.split(' ') ?? [];
    expect(points).toHaveLength(3);
    expect(named(root, 'circle')).toHaveLength(3);
    const shown = texts(root);
    expect(shown).toEqual(expect.arrayContaining(['+0.5', '-0.5', '+0.8']));
    expect(shown).toContain('Stressed (-0.75)');
    // Each stage column's centre: Plan is column 0, Settle column 3.
    expect(points.map((point) => point.split(',')[0])).toEqual(['314', '534', '974']);
  });

  it('draws a dot and no line for one scored stage, and no curve without scores', () => {
    const one = phasedMap();
    one.items = one.items.filter(
      (item) => item.id !== 'i3' && item.id !== 'i4' && item.id !== 'i5',
    );
    const root = parsed(toSvg(one));
    expect(named(root, 'polyline')).toHaveLength(0);
    expect(named(root, 'circle')).toHaveLength(1);

    const none = phasedMap();
    none.items = none.items.map(({ emotion: _, ...item }) => item);
    const bare = parsed(toSvg(none));
    expect(named(bare, 'polyline')).toHaveLength(0);
    expect(named(bare, 'circle')).toHaveLength(0);
    expect(texts(bare).join('\n')).not.toMatch(/mean emotion/);
  });

  it('marks pain points on their sticky or in their stage, scored or "unscored", and lists them', () => {
    const shown = texts(parsed(toSvg(phasedMap())));
    expect(shown).toContain('P1 · severity 4/5');
    expect(shown).toContain('P2 · unscored');
    expect(shown).toContain('P1 Van is late (Move): severity 4/5, reach unscored · open');
    expect(shown).toContain('P2 Not enough boxes (Pack): unscored · open');
    expect(shown).toContain('Pain points');
  });

  it('counts unplaced stickies in a footnote', () => {
    const shown = texts(parsed(toSvg(phasedMap())));
    expect(shown).toContain(
      '1 sticky found no cell and is not drawn: the JSON and Markdown exports list it.',
    );
    const none = texts(parsed(toSvg(phasedMap({ unplaced: [] }))));
    expect(none.join('\n')).not.toMatch(/found no cell/);
  });

  it('shows at most four cards a cell, then "+N more", and caps a long sticky at four lines', () => {
    const map = phasedMap();
    const long = 'word '.repeat(200_000);
    map.items = Array.from({ length: 7 }, (_, index) => ({
      id: `n${index}`,
      stageId: 's1',
      laneId: 'l1',
      text: index === 0 ? long : `note ${index}`,
    }));
    const svg = toSvg(map);
    const root = parsed(svg);
    const shown = texts(root);
    expect(shown).toContain('+3 more');
    expect(shown).not.toContain('note 4');
    const first = named(root, 'text').find((text) => textOf(text).startsWith('word'));
    expect(first && named(first, 'tspan')).toHaveLength(4);
    expect(first && textOf(first)).toMatch(/…$/);
    expect(svg.length).toBeLessThan(20_000);
  });

  it('marks what is gone from the board', () => {
    const map = phasedMap();
    map.stages[1] = {
      ...map.stages[1],
      id: 's2',
      key: 'pack',
      name: 'Pack',
      removedAtSource: true,
    };
    map.items[0] = {
      ...map.items[0],
      id: 'i1',
      stageId: 's1',
      laneId: 'l1',
      text: 'x',
      removedAtSource: true,
    };
    const root = parsed(toSvg(map));
    expect(texts(root).filter((text) => text === 'gone from the board')).toHaveLength(2);
    expect(named(root, 'rect').some((rect) => rect.attributes['stroke-dasharray'])).toBe(true);
  });

  it('keeps every hostile string as text: escaped, legal XML, no markup, script or link', () => {
    const map = hostileMap();
    const extra = [
      ']]><script>alert(1)</script>',
      '<svg onload=alert(1)><foreignObject><a href="javascript:alert(1)">x</a></foreignObject>',
      'quotes " and \' and & ampersand &amp;',
      'nul\u0000 bell\u0007 vt\u000b ff\u000c nonchars\uFFFE\uFFFF lone\uD800 end',
      'bidi \u202Eevil\u202C \u2066isolate\u2069',
    ];
    map.stages[0] = { ...map.stages[0], id: 's1', key: 'discover', name: extra[0] ?? '' };
    map.lanes[0] = {
      ...map.lanes[0],
      id: 'l1',
      key: 'doing',
      name: extra[1] ?? '',
      kind: 'actions',
    };
    map.phases = [{ id: 'ph', key: 'ph', name: extra[2] ?? '', stageIds: ['s1', 's2'] }];
    map.lanes.push({ id: 'l3', key: 'more', name: extra[3] ?? '', kind: 'custom' });
    map.items.push(
      ...extra.map((text, index) => ({
        id: `x${index}`,
        stageId: index < 3 ? 's1' : 's2',
        laneId: 'l3',
        text,
      })),
    );
    const svg = toSvg(map);
    const root = parsed(svg);
    expectInert(root);
    expect(svg).not.toMatch(/<script|<foreignObject|<a[\s>]|<img|<svg onload/i);
    // Nothing XML 1.0 forbids, no C1 control, no bidi control survives.
    expect(svg).not.toMatch(/(?![\t\n\r])\p{Cc}|\p{Cs}|[\uFFFE\uFFFF\u202A-\u202E\u2066-\u2069]/u);
    const shown = texts(root);
    expect(shown).toContain(']]><script>alert(1)</script>');
    expect(shown).toContain(extra[2]);
    expect(shown.join('\n')).toContain('nul bell vt ff nonchars lone end');
    expect(shown.join('\n')).toContain('bidi evil isolate');
    expect(svg).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(svg).toContain('quotes &quot; and &apos; and &amp; ampersand &amp;amp;');
    // The title is escaped the same way in the document's <title>.
    expect(textOf(named(root, 'title')[0] ?? root)).toBe('<script>alert("title")</script> | =1+1');
  });

  it('writes the same bytes for the same map', () => {
    const map = phasedMap();
    expect(toSvg(map)).toBe(toSvg(JourneyMap.parse(JSON.parse(JSON.stringify(map)))));
    expect(exportMap(map, 'svg')).toBe(toSvg(map));
  });

  it('writes numbers with at most two decimals and no text under 12 px', () => {
    const svg = toSvg(phasedMap());
    const root = parsed(svg);
    for (const element of elementsOf(root)) {
      for (const [name, value] of Object.entries(element.attributes)) {
        if (/^(x|y|x1|x2|y1|y2|cx|cy|r|width|height|rx)$/.test(name)) {
          expect(value).toMatch(/^-?\d+(\.\d{1,2})?$/);
        }
      }
    }
    const sizes = [...svg.matchAll(/font-size:(\d+)px/g)].map((match) => Number(match[1]));
    expect(sizes.length).toBeGreaterThan(5);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(12);
  });

  it.each([
    ['no stages', { stages: [], phases: [], items: [], painPoints: [] }, 'stages'],
    ['no lanes', { lanes: [], items: [], painPoints: [] }, 'lanes'],
  ])('draws a map with %s as its title and a note', (_, overrides, missing) => {
    const root = parsed(toSvg(phasedMap(overrides)));
    expect(texts(root)).toContain(`This map has no ${missing} yet: there is no grid to draw.`);
    expect(Number(root.attributes.width)).toBe(720);
    expectInert(root);
  });

  it('draws 200 stages in a size proportional to them', () => {
    const wide = (count: number) =>
      phasedMap({
        phases: [],
        stages: Array.from({ length: count }, (_, index) => ({
          id: `s${index}`,
          key: `s${index}`,
          name: `Stage ${index}`,
        })),
        items: Array.from({ length: count * 3 }, (_, index) => ({
          id: `i${index}`,
          stageId: `s${index % count}`,
          laneId: ['l1', 'l2', 'l3'][index % 3] ?? 'l1',
          text: `Note ${index}`,
          ...(index % 3 === 1 ? { emotion: ((index % 7) - 3) / 3 } : {}),
        })),
        painPoints: [],
      });
    // Quadratic work would show as a timeout (vitest's 5 s); the size must grow with the stages.
    const svg200 = toSvg(wide(200));
    const svg400 = toSvg(wide(400));
    const root = parsed(svg200);
    expect(Number(root.attributes.width)).toBe(2 * 32 + 172 + 200 * 220);
    expect(texts(root)).toContain('Stage 199');
    expect(svg400.length / svg200.length).toBeLessThan(2.1);
  });
});

describe('svg text', () => {
  it('escapes the five markup characters for text and attributes alike', () => {
    expect(xmlText(`<a href="x">'&'</a>`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;',
    );
  });

  it('drops what XML 1.0 forbids and bidi controls, keeps line breaks as LF and tabs as spaces', () => {
    expect(drawableText('a\u0000b\u001bc\u0085d\uFFFEe\uDC00f\u202Eg')).toBe('abcdefg');
    expect(drawableText('one\r\ntwo\rthree\u2028four\tfive')).toBe('one\ntwo\nthree\nfour five');
    // A pair of surrogates is one character (an emoji) and stays.
    expect(drawableText('ok 😀')).toBe('ok 😀');
  });

  it.each(hostileTexts)('keeps hostile text %j inert', (text) => {
    expect(xmlText(text)).not.toMatch(/[<>"']|&(?!amp;|lt;|gt;|quot;|apos;)/);
  });

  it('measures wide characters at about twice a Latin letter, marks at nothing', () => {
    const style = { size: 10 };
    expect(textWidth('日本', style)).toBeGreaterThan(1.6 * textWidth('ab', style));
    expect(textWidth('e\u0301', style)).toBe(textWidth('e', style));
  });

  it('wraps at spaces within the width, and the lines join back into the text', () => {
    const style = { size: 13 };
    const { lines, cut } = wrapText('the quick brown fox jumps over the lazy dog', 90, style, 9);
    expect(cut).toBe(false);
    expect(lines.length).toBeGreaterThan(2);
    for (const line of lines) expect(textWidth(line.trimEnd(), style)).toBeLessThanOrEqual(90);
    expect(lines.join('')).toBe('the quick brown fox jumps over the lazy dog');
  });

  it('breaks a word longer than a line, keeps line breaks, and ends a cut text with …', () => {
    const style = { size: 13 };
    expect(wrapText('x'.repeat(40), 100, style, 9).lines.length).toBeGreaterThan(2);
    expect(wrapText('one\ntwo', 500, style, 9).lines).toEqual(['one', 'two']);
    const cut = wrapText('a b c d e f g h', 20, style, 2);
    expect(cut.cut).toBe(true);
    expect(cut.lines).toHaveLength(2);
    expect(cut.lines.at(-1)).toMatch(/…$/);
    expect(wrapText('last\n\n', 500, style, 1)).toEqual({ lines: ['last'], cut: false });
  });
});
