import { describe, expect, it } from 'vitest';
import { isSdkItem, readSdkItem, SdkItem } from './sdk-items';
import { sdkFrame, sdkOther, sdkShape, sdkSticky, sdkTag, sdkText } from './sdk-items.test-support';

const place = { x: 10, y: -20, width: 199, height: 228 };
const valid: Record<string, unknown>[] = [
  sdkSticky('1', place, '<p>Sign up</p>', { fillColor: 'light_pink', tagIds: ['t1'] }),
  sdkSticky('2', { ...place, parentId: 'f1', relativeTo: 'parent_center', rotation: 15 }, ''),
  sdkShape('3', place, '<p>Stage</p>'),
  sdkText('4', { ...place, rotation: 90 }, 'Lane'),
  sdkFrame('5', place, 'Journey'),
  sdkTag('6', 'Urgent'),
  sdkOther('7', 'image', place),
  sdkOther('8', 'connector'),
].map((item) => ({ ...item }));

/** Values a field may be given by a broken or future SDK. */
const oddValues: unknown[] = [
  undefined,
  null,
  '',
  'x',
  0,
  -1,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  'canvas_center',
  'parent_top_left',
  'sticky_note',
  'shape',
  'text',
  'frame',
  'tag',
  [],
  ['a'],
  [1],
  {},
  { fillColor: 1 },
  { fillColor: 'red' },
];
const fields = [
  'id',
  'type',
  'x',
  'y',
  'width',
  'height',
  'rotation',
  'relativeTo',
  'parentId',
  'content',
  'shape',
  'style',
  'tagIds',
  'title',
];

/** Every valid item with each field in turn set to each odd value, and each field removed. */
function variants(): unknown[] {
  const all: unknown[] = [...valid, null, 'sticky_note', [], 3];
  for (const item of valid) {
    for (const field of fields) {
      const { [field]: _removed, ...without } = item;
      all.push(without);
      for (const value of oddValues) all.push({ ...item, [field]: value });
    }
  }
  return all;
}

describe('readSdkItem', () => {
  it('accepts exactly what the SdkItem schema accepts, with the same fields', () => {
    for (const raw of variants()) {
      const parsed = SdkItem.safeParse(raw);
      const read = readSdkItem(raw);
      expect({ raw, accepted: read !== undefined }).toEqual({ raw, accepted: parsed.success });
      expect({ raw, checked: isSdkItem(raw) }).toEqual({ raw, checked: parsed.success });
      // toEqual ignores keys holding undefined: the hand reader sets every field it knows.
      if (parsed.success) expect(read).toEqual(parsed.data);
    }
  });
});
