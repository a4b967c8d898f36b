import { describe, expect, it } from 'vitest';
import { parseMapJson } from '../migrate/parse-map';
import { cleanClone } from '../model/clone.test-support';
import { hostileTexts } from '../model/map-arbitraries.test-support';
import { parseCsv } from './csv-reader.test-support';
import { hostileMap } from './export-fixture.test-support';
import { ExportFormat, exportMap } from './export-map';
import { toCsv } from './to-csv';
import { toJson } from './to-json';
import { toMarkdown } from './to-markdown';
import { toSvg } from './to-svg';

describe('ExportFormat', () => {
  it.each([['json'], ['csv'], ['md'], ['svg']])('accepts %s', (format) => {
    expect(ExportFormat.parse(format)).toBe(format);
  });

  it('refuses a format it cannot write', () => {
    expect(ExportFormat.safeParse('pdf').success).toBe(false);
  });
});

describe('exportMap', () => {
  it.each([
    ['json', toJson],
    ['csv', toCsv],
    ['md', toMarkdown],
    ['svg', toSvg],
  ] as const)('writes %s with its exporter', (format, exporter) => {
    const map = hostileMap();
    expect(exportMap(map, format)).toBe(exporter(map));
  });

  it('writes JSON that reads back as the same map, hostile text included', () => {
    const map = hostileMap();
    // Reading cleans text once: its carriage returns come back as line feeds.
    expect(parseMapJson(toJson(map))).toEqual({ ok: true, value: cleanClone(map) });
    const read = parseMapJson(toJson(map));
    if (read.ok) expect(parseMapJson(toJson(read.value))).toEqual(read);
  });

  it.each(ExportFormat.options)(
    'never lets a sticky become markup or a formula in %s',
    (format) => {
      const output = exportMap(hostileMap(), format);
      if (format === 'md') expect(output.replaceAll('<br>', '')).not.toMatch(/<|>/);
      // Markup in SVG is the exporter's own: a sticky's `<` is always written `&lt;`.
      if (format === 'svg') expect(output).not.toMatch(/<(script|img|b)\b/);
      if (format === 'csv') {
        const [header = [], ...rows] = parseCsv(output);
        const texts = rows.flatMap((row) =>
          row.filter((_, column) => header[column] !== 'emotion'),
        );
        expect(texts.filter((cell) => /^[=+\-@\t\r]/.test(cell))).toEqual([]);
      }
      if (format === 'json') {
        // Terminal escapes, separators and bidi controls are written as \u escapes, never raw.
        expect(output).not.toMatch(/[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/);
        const stored = JSON.parse(output);
        expect(stored.items.map((item: { text: string }) => item.text)).toEqual(hostileTexts);
      }
    },
  );
});
