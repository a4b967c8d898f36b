import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { journeyMapArbitrary } from '../model/map-arbitraries.test-support';
import { parseCsv } from './csv-reader.test-support';
import { hostileMap } from './export-fixture.test-support';
import { CSV_HEADER, csvField, neutralizeFormula, toCsv } from './to-csv';

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
    expect(rows).toHaveLength(map.items.length);
    expect(rows[0]).toEqual([
      '<script>alert("title")</script> | =1+1',
      '| Discover <b>',
      "'@Doing",
      'actions',
      '<script>alert(1)</script>',
      '',
      "'=sticky-0",
      'i0',
      'removed-at-source edited-text edited-cell',
    ]);
    rows.forEach((row, index) => {
      expect(row).toHaveLength(CSV_HEADER.length);
      expect(shown(row[4] ?? '')).toBe(map.items[index]?.text);
    });
  });

  it('leaves no cell that a spreadsheet would run as a formula', () => {
    const [, ...rows] = parseCsv(toCsv(hostileMap()));
    const cells = rows.flatMap((row) =>
      row.filter((_, column) => CSV_HEADER[column] !== 'emotion'),
    );
    expect(cells.filter((cell) => /^[=+\-@\t\r]/.test(cell))).toEqual([]);
    expect(cells.filter((cell) => cell.startsWith("'")).length).toBeGreaterThan(5);
    const emotions = rows.map((row) => row[5] ?? '').filter((cell) => cell !== '');
    expect(emotions.every((cell) => Number.isFinite(Number(cell)))).toBe(true);
  });

  it('names a stage or lane the map lacks by its id rather than losing the item', () => {
    const map = hostileMap();
    map.items = [{ id: 'x', stageId: 'gone-stage', laneId: 'gone-lane', text: 'orphan' }];
    const [, row] = parseCsv(toCsv(map));
    expect(row?.slice(1, 5)).toEqual(['gone-stage', 'gone-lane', '', 'orphan']);
  });

  it('gives back every item of any map, each field whole and none a formula', () => {
    fc.assert(
      fc.property(journeyMapArbitrary(), (map) => {
        const [header, ...rows] = parseCsv(toCsv(map));
        expect(header).toEqual([...CSV_HEADER]);
        expect(rows.map((row) => row[4])).toEqual(
          map.items.map((item) => neutralizeFormula(item.text)),
        );
        expect(rows.map((row) => row[7])).toEqual(
          map.items.map((item) => neutralizeFormula(item.id)),
        );
        const texts = rows.flatMap((row) =>
          row.filter((_, column) => CSV_HEADER[column] !== 'emotion'),
        );
        expect(texts.filter((cell) => /^[=+\-@\t\r]/.test(cell))).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });
});
