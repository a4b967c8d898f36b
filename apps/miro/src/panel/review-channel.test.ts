import { JourneyMap, renameStage } from '@throughline/journey-core';
import { describe, expect, it } from 'vitest';
import {
  DRAFT_LIMIT_BYTES,
  draftValue,
  needsLargerView,
  readReviewData,
  reviewedMap,
} from './review-channel';

function map(stages: number): JourneyMap {
  return JourneyMap.parse({
    schemaVersion: 4,
    id: 'm',
    key: 'm',
    title: 'Map',
    stages: Array.from({ length: stages }, (_, index) => ({
      id: `s${index}`,
      key: `s${index}`,
      name: `Stage ${index + 1}`,
    })),
    lanes: [{ id: 'l', key: 'l', name: 'Actions', kind: 'actions' }],
  });
}

describe('needsLargerView', () => {
  it('sends maps of more than three stages to the larger view', () => {
    expect(needsLargerView(map(3))).toBe(false);
    expect(needsLargerView(map(4))).toBe(true);
  });
});

describe('the modal channel', () => {
  it('reads the data it was opened with, parsed as a map', () => {
    expect(readReviewData({ map: map(2), dirty: true })).toEqual({ map: map(2), dirty: true });
    expect(readReviewData({ map: map(2) })?.dirty).toBe(false);
    expect(readReviewData({ map: { title: 'no stages' } })).toBeNull();
    expect(readReviewData(undefined)).toBeNull();
  });

  it('keeps a draft as plain JSON that reads back, and none past the storage limit', () => {
    const small = map(4);
    expect(readReviewData(draftValue(small))?.map).toEqual(small);
    const large = { ...small, title: 'x'.repeat(DRAFT_LIMIT_BYTES) };
    expect(draftValue(large)).toBeNull();
  });

  it('takes back a changed map only', () => {
    const opened = map(4);
    const renamed = renameStage(opened, 's0', 'First');
    expect(reviewedMap({ map: renamed, dirty: true }, opened)).toEqual(renamed);
    expect(reviewedMap({ map: structuredClone(opened) }, opened)).toBeNull();
    expect(reviewedMap(undefined, opened)).toBeNull();
  });
});
