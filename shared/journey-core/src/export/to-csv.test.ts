import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { journeyMapArbitrary } from '../model/map-arbitraries.test-support';
import { parseCsv } from './csv-reader.test-support';
import { hostileMap } from './export-fixture.test-support';
import { CSV_HEADER, csvField, neutralizeFormula, toCsv } from './to-csv';

/** The index of a column, by its header. */
const column = (name: (typeof CSV_HEADER)[number]) => CSV_HEADER.indexOf(name);

/** The text a spreadsheet shows for a neutralised cell. */
const shown = (cell: string) => (/^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell);

describe('neutralizeFormula', () => {
  it.each([
    ['=1+1', "'=1+1"],
    ['+1', "'+1"],
    ['-1', "'-1"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tcmd', "'\tcmd"],
    ['\rcmd', "'\rcmd"],
    ['plain = text', 'plain = text'],
    ["'quoted", "'quoted"],
    ['', ''],
  ])('turns %j into %j', (cell, expected) => {
    expect(neutralizeFormula(cell)).toBe(expected);
  });
});

describe('csvField', () => {
  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['cr\r', '"cr\r"'],
    ['', ''],
  ])('writes %j as %j', (cell, expected) => {
    expect(csvField(cell)).toBe(expected);
  });
});

describe('toCsv', () => {
  it('writes a header and one row per item that a CSV reader gets back exactly', () => {
    const map = hostileMap();
    const [header, ...rows] = parseCsv(toCsv(map));
    expect(header).toEqual([...CSV_HEADER]);
    expect(rows).toHaveLength(map.items.length + map.unplaced.length);
    expect(rows[0]).toEqual([
      '<script>alert("title")</script> | =1+1',
      '',
      '| Discover <b>',
      "'@Doing",
      'actions',
      '<script>alert(1)</script>',
      '',
      "'=sticky-0",
      'i0',
      'removed-at-source edited-text edited-cell',
      '',
    ]);
    rows.forEach((row, index) => {
      expect(row).toHaveLength(CSV_HEADER.length);
      const written = map.items[index]?.text ?? map.unplaced[index - map.items.length]?.text;
      expect(shown(row[column('text')] ?? '')).toBe(written);
    });
  });

  it('leaves no cell that a spreadsheet would run as a formula', () => {
    const [, ...rows] = parseCsv(toCsv(hostileMap()));
    const cells = rows.flatMap((row) =>
      row.filter((_, column) => CSV_HEADER[column] !== 'emotion'),
    );
    expect(cells.filter((cell) => /^[=+\-@\t\r]/.test(cell))).toEqual([]);
    expect(cells.filter((cell) => cell.startsWith("'")).length).toBeGreaterThan(5);
    const emotions = rows.map((row) => row[column('emotion')] ?? '').filter((cell) => cell !== '');
    expect(emotions.every((cell) => Number.isFinite(Number(cell)))).toBe(true);
  });

  it('names a stage or lane the map lacks by its id rather than losing the item', () => {
    const map = hostileMap();
    map.items = [{ id: 'x', stageId: 'gone-stage', laneId: 'gone-lane', text: 'orphan' }];
    const [, row] = parseCsv(toCsv(map));
    expect(row?.slice(column('stage'), column('text') + 1)).toEqual([
      'gone-stage',
      'gone-lane',
      '',
      'orphan',
    ]);
  });

  it('puts each item under its phase, and gives every unplaced sticky a row with its reason', () => {
    const map = hostileMap();
    const [first] = map.stages;
    map.phases = [{ id: 'p1', key: 'before', name: 'Before', stageIds: first ? [first.id] : [] }];
    map.unplaced = [
      {
        source: { provider: 'miro', boardId: 'b', itemId: 'u1' },
        text: '=HYPERLINK("x")',
        reason: 'outside-grid',
      },
    ];
    const rows = parseCsv(toCsv(map)).slice(1);
    expect(rows[0]?.[column('phase')]).toBe('Before');
    expect(rows.at(-1)).toEqual([
      '<script>alert("title")</script> | =1+1',
      '',
      '',
      '',
      '',
      '\'=HYPERLINK("x")',
      '',
      'u1',
      '',
      '',
      'outside-grid',
    ]);
  });

  it('gives back every item of any map, each field whole and none a formula', () => {
    fc.assert(
      fc.property(journeyMapArbitrary(), (map) => {
        const [header, ...rows] = parseCsv(toCsv(map));
        expect(header).toEqual([...CSV_HEADER]);
        const placed = rows.slice(0, map.items.length);
        expect(placed.map((row) => row[column('text')])).toEqual(
          map.items.map((item) => neutralizeFormula(item.text)),
        );
        expect(placed.map((row) => row[column('item id')])).toEqual(
          map.items.map((item) => neutralizeFormula(item.id)),
        );
        // Every unplaced sticky has its row too, with its reason and no cell.
        const unplaced = rows.slice(map.items.length);
        expect(unplaced.map((row) => row[column('unplaced reason')])).toEqual(
          map.unplaced.map((entry) => entry.reason),
        );
        expect(unplaced.every((row) => row[column('stage')] === '')).toBe(true);
        const texts = rows.flatMap((row) =>
          row.filter((_, column) => CSV_HEADER[column] !== 'emotion'),
        );
        expect(texts.filter((cell) => /^[=+\-@\t\r]/.test(cell))).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });
});
