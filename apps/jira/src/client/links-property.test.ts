import { describe, expect, it } from 'vitest';
import {
  addLink,
  EMPTY_LINKS,
  LinksPropertyError,
  MAX_LINKS_PER_ISSUE,
  MAX_PROPERTY_BYTES,
  parseLinksProperty,
  propertyBytes,
  removeLink,
  stageRef,
} from './links-property';

describe('the throughline-links property', () => {
  it('adds links without duplicates and recomputes sorted, deduplicated flat arrays', () => {
    let value = addLink(EMPTY_LINKS, { mapId: 'map-b', stageId: 'st-2', painPointId: 'pp-9' });
    value = addLink(value, { mapId: 'map-a', stageId: 'st-2' });
    value = addLink(value, { mapId: 'map-a', stageId: 'st-2' });
    value = addLink(value, { mapId: 'map-a', stageId: 'st-1', painPointId: 'pp-9' });
    expect(value).toEqual({
      links: [
        { mapId: 'map-b', stageId: 'st-2', painPointId: 'pp-9' },
        { mapId: 'map-a', stageId: 'st-2' },
        { mapId: 'map-a', stageId: 'st-1', painPointId: 'pp-9' },
      ],
      mapIds: ['map-a', 'map-b'],
      stageIds: ['st-1', 'st-2'],
      painPointIds: ['pp-9'],
      stageRefs: ['map-a/st-1', 'map-a/st-2', 'map-b/st-2'],
    });
  });

  it('pairs map and stage in stageRefs, unambiguous for ids that hold "/"', () => {
    expect(stageRef('a/b', 'c')).toBe('a%2Fb/c');
    expect(stageRef('a', 'b/c')).toBe('a/b%2Fc');
    expect(stageRef('100%', 's')).toBe('100%25/s');
    // A value stored before stageRefs existed reads with them.
    const before = { links: [{ mapId: 'm', stageId: 's' }], mapIds: ['m'], stageIds: ['s'] };
    expect(parseLinksProperty({ ...before, painPointIds: [] }).stageRefs).toEqual(['m/s']);
  });

  it('removes one link and only that one; the flat arrays follow', () => {
    const value = addLink(addLink(EMPTY_LINKS, { mapId: 'm', stageId: 'a' }), {
      mapId: 'm',
      stageId: 'b',
      painPointId: 'p',
    });
    const removed = removeLink(value, { mapId: 'm', stageId: 'b', painPointId: 'p' });
    expect(removed).toEqual({
      links: [{ mapId: 'm', stageId: 'a' }],
      mapIds: ['m'],
      stageIds: ['a'],
      painPointIds: [],
      stageRefs: ['m/a'],
    });
    // A link with a pain point is not the same link as the stage alone.
    expect(removeLink(value, { mapId: 'm', stageId: 'b' }).links).toHaveLength(2);
  });

  it('keeps fields another tool stored, and repairs flat arrays that drifted', () => {
    const stored = {
      links: [{ mapId: 'm', stageId: 's' }],
      mapIds: ['stale'],
      stageIds: [],
      painPointIds: [],
      owner: 'someone else',
    };
    const parsed = parseLinksProperty(stored);
    expect(parsed).toMatchObject({ owner: 'someone else', mapIds: ['m'], stageIds: ['s'] });
    expect(addLink(parsed, { mapId: 'm', stageId: 't' })).toMatchObject({ owner: 'someone else' });
  });

  it.each([
    ['absent', undefined, 0],
    ['null', null, 0],
  ])('reads an %s property as no links', (_name, value, count) => {
    expect(parseLinksProperty(value).links).toHaveLength(count);
  });

  it.each([
    ['a string', 'links'],
    ['links that are not a list', { links: 'x', mapIds: [], stageIds: [], painPointIds: [] }],
    [
      'an id with a space',
      { links: [{ mapId: 'a b', stageId: 's' }], mapIds: [], stageIds: [], painPointIds: [] },
    ],
  ])('refuses a value that is not ours: %s', (_name, value) => {
    expect(() => parseLinksProperty(value)).toThrow(LinksPropertyError);
  });

  it(`refuses more than ${MAX_LINKS_PER_ISSUE} links with a typed error`, () => {
    let value = EMPTY_LINKS;
    for (let index = 0; index < MAX_LINKS_PER_ISSUE; index++) {
      value = addLink(value, { mapId: 'm', stageId: `s${index}` });
    }
    expect(propertyBytes(value)).toBeLessThan(MAX_PROPERTY_BYTES);
    const tooMany = () => addLink(value, { mapId: 'm', stageId: 'one-more' });
    expect(tooMany).toThrow(expect.objectContaining({ code: 'too-many-links' }));
  });

  it('refuses a value past 32 KB before Jira does', () => {
    const long = (prefix: string, index: number) => `${prefix}${index}-`.padEnd(128, 'x');
    let value = EMPTY_LINKS;
    const add = (index: number) => {
      value = addLink(value, {
        mapId: long('m', index),
        stageId: long('s', index),
        painPointId: long('p', index),
      });
    };
    let index = 0;
    try {
      for (; index < MAX_LINKS_PER_ISSUE; index++) add(index);
    } catch (error) {
      expect(error).toMatchObject({ code: 'too-large' });
    }
    expect(index).toBeGreaterThanOrEqual(30);
    expect(index).toBeLessThan(MAX_LINKS_PER_ISSUE);
    expect(propertyBytes(value)).toBeLessThanOrEqual(MAX_PROPERTY_BYTES);
  });
});
