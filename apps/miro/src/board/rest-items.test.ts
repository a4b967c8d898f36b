import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RestItemsPage } from './rest-items';

const sample: unknown = JSON.parse(
  readFileSync(
    new URL('../../../../tests/fixtures/miro/provided/sample-board.rest.json', import.meta.url),
    'utf8',
  ),
);

const sticky = {
  id: '1',
  type: 'sticky_note',
  data: { content: '<p>Hi</p>', shape: 'square' },
  style: { fillColor: 'light_yellow', textAlign: 'center' },
  geometry: { width: 199, height: 228 },
  position: { x: 10, y: 20, origin: 'center', relativeTo: 'canvas_center' },
};

function issuesOf(data: unknown[]): string[] {
  const parsed = RestItemsPage.safeParse({ data });
  return parsed.success
    ? []
    : parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('RestItemsPage', () => {
  it('reads the sample page, keeping fields Miro adds', () => {
    const page = RestItemsPage.parse(sample);
    expect(page.data).toHaveLength(14);
    expect(page.total).toBe(14);
    expect(page.cursor).toBeUndefined();
    expect(page).toHaveProperty('type', 'cursor-list');
  });

  it('reads string-typed style numbers, and drops one it cannot read', () => {
    const page = RestItemsPage.parse({
      data: [
        { ...sticky, style: { fillColor: 'red', fontSize: '24', fillOpacity: '1.0' } },
        { ...sticky, id: '2', style: { fillColor: 'red', fontSize: 'big' } },
      ],
    });
    expect(page.data[0]).toMatchObject({ style: { fontSize: 24, fillOpacity: 1 } });
    expect(page.data[1]).toMatchObject({ style: { fillColor: 'red', fontSize: undefined } });
  });

  it('accepts item types it does not know, with or without a position', () => {
    const page = RestItemsPage.parse({
      data: [
        { id: '7', type: 'image', data: { imageUrl: 'x' }, position: sticky.position },
        { id: '8', type: 'mindmap_node' },
      ],
    });
    expect(page.data.map((item) => item.type)).toEqual(['image', 'mindmap_node']);
  });

  it.each([
    [
      'a sticky without position',
      [{ ...sticky, position: undefined }],
      ['data.0.position: Invalid input: expected object, received undefined'],
    ],
    [
      'a non-numeric x',
      [{ ...sticky, position: { ...sticky.position, x: '10' } }],
      ['data.0.position.x: Invalid input: expected number, received string'],
    ],
    [
      'an unknown relativeTo',
      [{ ...sticky, position: { ...sticky.position, relativeTo: 'viewport' } }],
      [
        'data.0.position.relativeTo: Invalid option: expected one of "canvas_center"|"parent_top_left"',
      ],
    ],
    [
      'another origin',
      [{ ...sticky, position: { ...sticky.position, origin: 'top_left' } }],
      ['data.0.position.origin: Invalid input: expected "center"'],
    ],
    [
      'a negative width',
      [{ ...sticky, geometry: { width: -1, height: 2 } }],
      ['data.0.geometry.width: Too small: expected number to be >=0'],
    ],
    [
      'a numeric id',
      [{ ...sticky, id: 1 }],
      ['data.0.id: Invalid input: expected string, received number'],
    ],
    [
      'a text without content',
      [{ ...sticky, type: 'text', data: {} }],
      ['data.0.data.content: Invalid input: expected string, received undefined'],
    ],
    [
      'an item without type',
      [{ id: '9' }],
      ['data.0.type: Invalid input: expected string, received undefined'],
    ],
  ])('rejects %s, saying where', (_name, data, issues) => {
    expect(issuesOf(data)).toEqual(issues);
  });

  it('accepts a text without a height', () => {
    expect(issuesOf([{ ...sticky, type: 'text', geometry: { width: 300 } }])).toEqual([]);
  });
});
