import { describe, expect, it } from 'vitest';
import { box } from './board-builder.test-support';
import type { Box } from './board-item';
import { centreXOf, centreYOf } from './box-edges';
import type { Candidate } from './candidate-bands';
import { findHeaders } from './find-headers';
import { indexPoints } from './range-count';

const candidate = (id: string, at: Box): Candidate => ({ id, name: id, box: at });
const point = (x: number, y: number) => ({ x, y });

/** A 3 × 2 grid of sticky centres: columns at 500, 1000, 1500; rows at 300, 700. */
const stickies = [500, 1000, 1500].flatMap((x) => [point(x, 300), point(x, 700)]);
const headers = [
  candidate('Discover', box(300, 0, 400, 100)),
  candidate('Buy', box(800, 0, 400, 100)),
  candidate('Use', box(1300, 0, 400, 100)),
];
const labels = [candidate('Doing', box(0, 280, 200, 40)), candidate('Pains', box(0, 680, 200, 40))];
const ids = (found: readonly Candidate[]) => found.map((entry) => entry.id);

describe('findHeaders', () => {
  it('finds the header row above the stickies and the label column left of them', () => {
    const found = findHeaders([...labels, ...headers], indexPoints(stickies));
    expect([ids(found.stageHeaders), ids(found.laneLabels)]).toEqual([
      ['Discover', 'Buy', 'Use'],
      ['Doing', 'Pains'],
    ]);
  });

  it('prefers the header row to a wider title that covers more stickies', () => {
    const title = candidate('Title', box(-500, -300, 3000, 80));
    const parkingBelow = [point(-400, 2000), point(-300, 2000)];
    const found = findHeaders(
      [title, ...labels, ...headers],
      indexPoints([...stickies, ...parkingBelow]),
    );
    expect(ids(found.stageHeaders)).toEqual(['Discover', 'Buy', 'Use']);
  });

  it('does not take a parking-lot label far right for the label column', () => {
    const parking = candidate('Parking lot', box(3000, 500, 300, 40));
    const parked = [point(3500, 520), point(3800, 520)];
    const found = findHeaders([...headers, parking], indexPoints([...stickies, ...parked]));
    expect([ids(found.stageHeaders), ids(found.laneLabels)]).toEqual([
      ['Discover', 'Buy', 'Use'],
      [],
    ]);
  });

  it('does not take a lane label with stickies under it for a header row', () => {
    // Stickies sit right of the labels, and one lies under the first label's box.
    const under = [...stickies, point(100, 900)];
    const found = findHeaders(labels, indexPoints(under));
    expect([ids(found.stageHeaders), ids(found.laneLabels)]).toEqual([[], ['Doing', 'Pains']]);
  });

  it('finds nothing without stickies', () => {
    expect(findHeaders([...labels, ...headers], indexPoints([]))).toEqual({
      stageHeaders: [],
      laneLabels: [],
    });
  });

  it('keeps a corner label out of the stages', () => {
    const corner = candidate('Stages →', box(0, 20, 200, 60));
    const found = findHeaders([corner, ...labels, ...headers], indexPoints(stickies));
    expect(ids(found.stageHeaders)).toEqual(['Discover', 'Buy', 'Use']);
    expect(found.stageHeaders.every((header) => centreXOf(header.box) > 200)).toBe(true);
    expect(found.laneLabels.every((label) => centreYOf(label.box) > 100)).toBe(true);
  });
});
