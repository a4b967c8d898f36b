// How a customer feels at a point of the journey, read from how high its sticky sits in the lane.

/**
 * +1 at the lane's top edge, −1 at its bottom edge, linear between, clamped, to two decimals.
 * A lane of no height gives 0.
 */
export function emotionScore(y: number, laneTop: number, laneBottom: number): number {
  const height = laneBottom - laneTop;
  if (!(height > 0)) return 0;
  const score = Math.min(1, Math.max(-1, 1 - (2 * (y - laneTop)) / height));
  // `+ 0` turns a rounded -0 into 0.
  return Math.round(score * 100) / 100 + 0;
}
