import { ITEM_METADATA_LIMIT_BYTES as FAKE_LIMIT } from '@throughline/platform-fakes';
import { describe, expect, it } from 'vitest';
import {
  fitsItemMetadata,
  ITEM_METADATA_LIMIT_BYTES,
  readStickyLink,
  STICKY_LINK_KEY,
  stickyLinkBytes,
} from './sticky-link';

describe('sticky links', () => {
  it('use the limit the fake SDK enforces', () => {
    expect(ITEM_METADATA_LIMIT_BYTES).toBe(FAKE_LIMIT);
  });

  it.each([
    ['map-1', 'item-1', true],
    ['m'.repeat(100), 'i'.repeat(100), true],
    ['m'.repeat(128), 'i'.repeat(128), false],
    ['é'.repeat(115), 'i', false],
  ])('map %s, item %s fits: %s', (m, i, fits) => {
    expect(fitsItemMetadata({ m, i })).toBe(fits);
    expect(stickyLinkBytes({ m, i }) <= 256).toBe(fits);
  });

  it('counts the bytes of the whole metadata object, as Miro does', () => {
    expect(stickyLinkBytes({ m: 'a', i: 'b' })).toBe(
      JSON.stringify({ [STICKY_LINK_KEY]: { m: 'a', i: 'b' } }).length,
    );
  });

  it.each([
    [
      { m: 'map', i: 'item' },
      { m: 'map', i: 'item' },
    ],
    [{ m: 'map' }, undefined],
    [{ m: 'has space', i: 'x' }, undefined],
    ['map', undefined],
    [null, undefined],
  ])('reads %j as %j', (value, link) => {
    expect(readStickyLink(value)).toEqual(link);
  });
});
