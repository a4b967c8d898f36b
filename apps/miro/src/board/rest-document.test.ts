import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseRestItemsDocument } from './rest-document';

const sample = JSON.parse(
  readFileSync(
    new URL('../../../../tests/fixtures/miro/provided/sample-board.rest.json', import.meta.url),
    'utf8',
  ),
);

describe('parseRestItemsDocument', () => {
  it.each([
    ['one cursor page', sample],
    [
      'an array of pages',
      [
        { ...sample, data: sample.data.slice(0, 5) },
        { ...sample, data: sample.data.slice(5) },
      ],
    ],
    ['an array of items', sample.data],
  ])('reads %s to the same items', (_shape, document) => {
    const parsed = parseRestItemsDocument(document);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.diagnostics));
    expect(parsed.value.items.map((item) => item.id)).toEqual(
      sample.data.map((item: { id: string }) => item.id),
    );
  });

  it('names the board from the pages’ self link, and none for bare items', () => {
    const page = parseRestItemsDocument(sample);
    const items = parseRestItemsDocument(sample.data);
    expect(page.ok && page.value.boardId).toBe('uXjVFAKE=');
    expect(items.ok && items.value.boardId).toBeUndefined();
  });

  it.each([
    ['a map document', { schemaVersion: 3, stages: [] }, /expected a Miro "get items" page/],
    ['a number', 7, /expected a Miro "get items" page/],
    ['a page with a broken item', { data: [{ id: '1', type: 'sticky_note', data: 3 }] }, /data/],
  ])('refuses %s with a readable diagnostic', (_case, document, message) => {
    const parsed = parseRestItemsDocument(document);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      const said = parsed.diagnostics.map((d) => `${d.path.join('.')}: ${d.message}`).join('\n');
      expect(said).toMatch(message);
    }
  });
});
