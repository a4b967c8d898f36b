import { describe, expect, it } from 'vitest';
import { emotionScore } from './emotion-score';

describe('emotionScore', () => {
  it.each([
    [100, 1],
    [150, 0.5],
    [200, 0],
    [250, -0.5],
    [300, -1],
    [133.33, 0.67],
    [266.67, -0.67],
    // Clamped beyond the edges.
    [0, 1],
    [400, -1],
    // Just above the middle rounds to 0, never -0.
    [200.1, 0],
  ])('at y %d in a lane from 100 to 300 → %d', (y, score) => {
    expect(Object.is(emotionScore(y, 100, 300), score)).toBe(true);
  });

  it('gives 0 in a lane of no height', () => {
    expect(emotionScore(50, 50, 50)).toBe(0);
  });
});
