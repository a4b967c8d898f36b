import { describe, expect, it } from 'vitest';
import { idAllocator, MAX_BASE_LENGTH } from './id-allocator';

/** A generous bound for the large-input tests: linear code takes seconds, quadratic code hours. */
const LARGE_INPUT_MS = 60_000;

describe('idAllocator', () => {
  it('keeps a free id and numbers taken ones from 2, skipping any already used', () => {
    const allocate = idAllocator(['item-1', 'item-1-2']);
    expect(['item-1', 'item-1', 'item-2', 'item-2'].map(allocate)).toEqual([
      'item-1-3',
      'item-1-4',
      'item-2',
      'item-2-2',
    ]);
  });

  it('cuts a long id to leave room for its suffix', () => {
    const long = 'x'.repeat(128);
    const allocate = idAllocator([long]);
    const id = allocate(long);
    expect(id).toBe(`${'x'.repeat(MAX_BASE_LENGTH)}-2`);
    expect(id.length).toBeLessThanOrEqual(128);
  });

  it('hands out 100,000 copies of one id in linear time, each once', {
    timeout: LARGE_INPUT_MS,
  }, () => {
    const allocate = idAllocator([]);
    const ids = Array.from({ length: 100_000 }, () => allocate('stage-1'));
    expect(ids.at(-1)).toBe('stage-1-100000');
    expect(new Set(ids).size).toBe(ids.length);
  });
});
